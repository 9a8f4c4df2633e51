/** Reading helpers the catalog's recognisers share. The feature text is only ever data. */

/** Splits a whitespace-separated word list (kept as text so the word tables stay readable). */
export function wordList(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** The words of a text, lower-case ASCII (accents folded), letters and digits. */
export function featureWords(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The feature as prose: a route it writes (`POST /top-words/{n}`) is read as the words of its path ("top
 * words"), without its method, its path parameters and its separators, so that `POST` is not the word "post"
 * and `/bytes/convert` is not a rate of bytes per something. Query strings (`?from=GiB&to=MiB`) stay.
 */
export function proseOf(text: string): string {
  return text.replace(
    /\b(?:GET|POST|PUT|PATCH|DELETE)\s+(\/[^\s?,;)"'`]*)/g,
    (_route, path: string) => ` ${path.replace(/\{[^}]*\}|:[A-Za-z_]\w*/g, ' ').replace(/[/_.-]+/g, ' ')} `,
  );
}

/**
 * Agent nouns, German action nouns and abbreviations users write for the verbs and words the recognisers read
 * ("url validator", "tip calculator", "URL-Validierung", "avg/min/max"), each read as its verb or word, in place.
 */
const WORD_FORMS: Readonly<Record<string, string>> = {
  validator: 'validate',
  validators: 'validate',
  checker: 'check',
  checkers: 'check',
  calculator: 'calculate',
  roller: 'roll',
  formatter: 'format',
  generator: 'generate',
  validierung: 'validate',
  prufung: 'check',
  uberprufung: 'check',
  avg: 'average',
  qty: 'quantity',
  stddev: 'deviation',
};

/** The words with agent nouns and abbreviations read as the words they stand for. */
export function canonicalWords(words: string[]): string[] {
  return words.map((w) => (Object.hasOwn(WORD_FORMS, w) ? WORD_FORMS[w] : w));
}

/** An arrow between two things, which stands for "convert to" ("EUR -> USD", "decimal <-> hex", "kg → lb"). */
export function writesArrow(text: string): boolean {
  return /\S\s*(?:<?->|→|↔|<?=>)\s*\S/.test(text);
}

/** A feature as a worked example or a summary quotes it: trimmed, without its closing full stop or "!". */
export function asSaid(feature: string): string {
  return feature.trim().replace(/[.!]$/, '');
}

/** Whether any of `wanted` is one of `words`. */
export function hasAny(words: string[], wanted: string[]): boolean {
  return wanted.some((w) => words.includes(w));
}

/** Verbs that say something must be refused, in the languages intents are written in (stems). */
export const REFUSE_VERB_STEMS = [
  'refus',
  'reject',
  'rechaz',
  'recus',
  'rifiut',
  'ablehn',
  'abgelehnt',
  'verweiger',
  'zuruckweis',
  'zuruckgewiesen',
  'deny',
  'denied',
  'forbid',
  'disallow',
  'rejet',
  'rejeit',
  'respin',
  'scart',
];

/** Words that say something must be refused: the verbs, and words of invalidity and error (stems). */
const REFUSAL_STEMS = [
  ...REFUSE_VERB_STEMS,
  'invalid',
  'error',
  'inval',
  'ungult',
  'ungueltig',
  'fehler',
  'erreur',
  'erro',
];

/** Words before a number that make it a status ("returns 400", "is a 400", "HTTP 422"). */
const STATUS_CUES = new Set([
  'returns',
  'return',
  'is',
  'a',
  'an',
  'with',
  'answers',
  'gives',
  'status',
  'http',
  'code',
  'error',
  'un',
  'une',
  'ein',
  'einen',
  'um',
  'uma',
  'devolver',
  'devuelve',
  'renvoie',
  'liefert',
  'restituisce',
  'retorna',
  // Plural verbs of a status said of several values ("… ergeben 400", "… danno 400", "… dão 400").
  'ergibt',
  'ergeben',
  'geben',
  'liefern',
  'give',
  'devuelven',
  'renvoient',
  'restituiscono',
  'danno',
  'da',
  'dan',
  'dao',
  'retornam',
]);

/** Whether the feature says something must be refused (in words, or by answering a 4xx status). */
export function refuses(words: string[]): boolean {
  return words.some(
    (w, i) =>
      REFUSAL_STEMS.some((stem) => w.startsWith(stem)) ||
      (/^4\d\d$/.test(w) && i > 0 && STATUS_CUES.has(words[i - 1])),
  );
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  una: 1,
  uma: 1,
  un: 1,
  eine: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  dos: 2,
  tres: 3,
  deux: 2,
  trois: 3,
  due: 2,
  tre: 3,
  duas: 2,
};

/**
 * The number of decimals a feature asks results to be rounded to ("rounded to 2 decimals", "one decimal",
 * "to cents" = 2, "whole number" = 0), or null when it says nothing.
 */
export function decimalsIn(text: string): number | null {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const digits =
    /(\d+)\s*(?:decimal|decimales|decimais|decimali|dezimal|nachkomma|casas? decima(?:is|l)|chiffres)/.exec(
      folded,
    );
  if (digits) return Number(digits[1]);
  const word =
    /\b(one|two|three|four|una|uma|un|eine|einer|zwei|drei|dos|tres|deux|trois|due|tre|duas)\s+(?:decimal|casas? decima|dezimalstelle|nachkommastelle|decimale)/.exec(
      folded,
    );
  if (word) return NUMBER_WORDS[word[1]];
  if (/\bcents?\b|\bcentimes?\b|\bcentimos?\b|\bcentavos?\b|\bcentesim[oi]\b|\brappen\b/.test(folded))
    return 2;
  // "rounded to the nearest whole millilitre / degree": no decimals, whatever the unit.
  if (/\bwhole (?:number|years?)\b|\bnearest (?:integer|whole)\b/.test(folded)) return 0;
  return null;
}

/** `value` rounded to `decimals` places, as the emitted code rounds (half away from zero on the binary value). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A language intents are written in. */
export type Language = 'en' | 'de' | 'es' | 'fr' | 'it' | 'pt';

/** Words (folded) each language writes often and the others rarely, to tell which language a feature is in. */
const LANGUAGE_MARKERS: Record<Exclude<Language, 'en'>, string[]> = {
  de: 'der die das ein eine einen einem und ist ob von zu mit werden wird nicht zahl zahlen satz worter wort umwandeln prufen zahlen text textes ohne oder fur auf auch leerzeichen gross klein'.split(
    ' ',
  ),
  es: 'el los las una y es si del tiene pero cuando puede debe palabras palabra numero numeros oracion texto entero enteros invertir contar frase sin espacios mayusculas minusculas devolver'.split(
    ' ',
  ),
  fr: 'le les une des du et est mots mot nombre nombres chiffres texte entier inverser compter verifier romains sans pour avec dans espaces majuscules minuscules renvoyer'.split(
    ' ',
  ),
  it: 'il lo gli di che delle della parole parola numeri testo intero interi invertire contare verificare convertire senza spazi maiuscole minuscole della nel nella sono non ogni anche oppure restituire'.split(
    ' ',
  ),
  pt: 'o os um uma em das dos palavras palavra numeros inteiro inteiros inverter verificar converter algarismos sem nao espacos maiusculas minusculas devolver'.split(
    ' ',
  ),
};

/**
 * Words of the catalog's domains that only one or two of the languages write (folded): a short feature ("tirar
 * dados", "Beträge als Währung formatieren") has few function words to tell its language by.
 */
const DOMAIN_MARKERS: Record<Exclude<Language, 'en'>, string[]> = {
  de: 'sekunden stunden minuten uhrzeit zeitzone zeitzonen betrag betrage wahrung formatieren wurfel wurfeln werfen trinkgeld rechnung aufteilen gewicht grosse umrechnen berechnen zeichen durchschnitt mittelwert kennwort passwort mindestens pfund meilen liter gallonen zwischen erzeugen menge mengen preis einzelpreis warenkorb bestellung mwst mehrwertsteuer versand versandkosten rabatt gutschein positionen ereignis ereignisse empfangene auflisten signatur'.split(
    ' ',
  ),
  es: 'tirar dados propina cuenta dividir moneda cantidades cantidad formatear segundos horas minutos promedio media lista generar titulo grados centigrados pasar contrasena libras millas galones pulgadas hora zona zonas horaria horarias tarjeta partir pedido pedidos carrito presupuesto descuento precio linea lineas recibidos cabecera negrita cursiva enlaces encabezados'.split(
    ' ',
  ),
  fr: 'lancer pourboire addition partager devise montant formater secondes heures fuseau horaire titre generer moyenne liste degres livres pieds pouces carte panier commande commandes devis facture remise prix quantite ligne lignes achat livraison evenements recus entete gras italique liens titres'.split(
    ' ',
  ),
  it: 'lanciare dadi mancia conto dividere valuta importi formattare secondi ore minuti orario fusi fuso generare titolo calcolare media elenco gradi libbre piedi miglia galloni eventi ricevuti grassetto corsivo'.split(
    ' ',
  ),
  pt: 'rolar dados gorjeta conta dividir moeda valores formatar segundos horas minutos horario fusos fuso gerar titulo calcular media lista graus libras milhas galoes polegadas cartao senha recebidos assinatura cabecalho negrito italico'.split(
    ' ',
  ),
};

/** Each language's marker and domain words as sets (looked up for every word of every feature). */
const MARKER_SETS = (Object.keys(LANGUAGE_MARKERS) as Exclude<Language, 'en'>[]).map((language) => ({
  language,
  sets: [LANGUAGE_MARKERS, DOMAIN_MARKERS].map((markers) => new Set(markers[language])),
}));

/**
 * The languages a feature is most likely written in: those whose marker and domain words it uses most, or one
 * fewer (close languages share words: "una frase" is Spanish and Italian), English when it uses none.
 */
export function languagesOf(words: string[]): Language[] {
  // Function words and the catalog's domain words together: "nombre" alone is French, "la hora en otra zona
  // horaria (nombre IANA)" is Spanish.
  const scores = MARKER_SETS.map(({ language, sets }) => ({
    language,
    score: sets.reduce((sum, markers) => sum + words.filter((w) => markers.has(w)).length, 0),
  }));
  const best = Math.max(...scores.map((s) => s.score));
  const near = Math.max(1, best - 1);
  return best === 0 ? ['en'] : scores.filter((s) => s.score >= near).map((s) => s.language);
}

/** A design's words in the feature's languages: each language's sentence from `table` (English writes none). */
export function glossIn(table: Partial<Record<Language, string>>, languages: Language[]): string {
  return languages.map((language) => table[language] ?? '').join('');
}
