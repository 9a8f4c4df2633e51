import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type WorkedExample,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, type Language, wordList } from './feature-words';

/*
 * Letter case of a text as it is written (punctuation and spaces kept, unlike the naming styles of
 * text-case.ts, which split a phrase into words): UPPER CASE and lower case by Unicode's default case mappings
 * (ß → SS, accents kept, no locale, so no Turkish dotless i), Title Case (each word's first letter up, the rest
 * down) and Sentence case (each sentence's first letter up, the rest down). A feature names one mode, lets the
 * caller pick one of those it names (a `mode` field listing them), or asks for every named one at once.
 */

/** The letter cases this family writes. */
export type LetterCase = 'upper' | 'lower' | 'title' | 'sentence';
const CASES: readonly LetterCase[] = ['upper', 'lower', 'title', 'sentence'];

export const LETTER_CASE_CODE: FunctionCode = {
  id: 'text.letter-case',
  exportName: 'textLetterCase',
  source: String.raw`/** A text in one letter case; characters that are no letter are kept as they are. */
const textInLetterCase = (text: string, mode: string): string => {
  // Unicode's default (locale-free) mappings: "ß" upper-cases to "SS", "É" lower-cases to "é".
  if (mode === 'upper') return text.toUpperCase();
  if (mode === 'lower') return text.toLowerCase();
  // Each letter's lower case read from the whole text lowered, so that context-dependent mappings hold (a final
  // Σ is ς); a character's lower case has the same length alone as in context.
  const lowered = text.toLowerCase();
  let at = 0;
  const lowerOf = (c: string): string => {
    const size = c.toLowerCase().length;
    at += size;
    return lowered.slice(at - size, at);
  };
  // A capital opening a word or sentence: a letter whose capital is two (ß → SS) is written as its title case (Ss).
  const capital = (c: string): string => {
    const [first = '', ...rest] = Array.from(c.toUpperCase());
    return first + rest.join('').toLowerCase();
  };
  let out = '';
  if (mode === 'title') {
    // A letter opens a word unless a letter, mark, digit or apostrophe stands before it ("don't", "3rd").
    let previous = '';
    for (const c of text) {
      const lower = lowerOf(c);
      out += /[\p{L}\p{M}\p{N}'’]/u.test(previous) ? lower : capital(c);
      previous = c;
    }
    return out;
  }
  // Sentence case: the first letter of the text and the first after ". ", "! " or "? " up, every other down.
  let opens = true;
  let ended = false;
  for (const c of text) {
    const lower = lowerOf(c);
    if (/\p{L}/u.test(c)) {
      out += opens ? capital(c) : lower;
      opens = false;
      ended = false;
    } else {
      out += c;
      if (c === '.' || c === '!' || c === '?') ended = true;
      else if (/\s/u.test(c)) opens = opens || ended;
      else if (/\p{N}/u.test(c)) {
        opens = false;
        ended = false;
      }
    }
  }
  return out;
};

/**
 * text.letter-case: options.modes (comma-separated, of upper, lower, title, sentence); options.how is "one"
 * (answers result), "choose" (input.mode, one of options.values, spelled as the feature spells them, picks the
 * mode; answers result) or "all" (answers <mode>_case for each mode). A text without any non-space character
 * is refused.
 */
export const textLetterCase: CatalogFunction = (input, options) => {
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  if (input.text.trim() === '') return { ok: false, problems: ['text is empty: there is nothing to convert'] };
  const modes = String(options.modes ?? '').split(',');
  if (options.how === 'choose') {
    const values = String(options.values ?? options.modes ?? '').split(',');
    const at = values.indexOf(String(input.mode));
    if (typeof input.mode !== 'string' || at < 0 || modes[at] === undefined)
      return { ok: false, problems: ['mode must be one of ' + values.map((v) => JSON.stringify(v)).join(', ')] };
    return { ok: true, value: { result: textInLetterCase(input.text, modes[at]) } };
  }
  if (options.how === 'all') {
    const value: Record<string, unknown> = {};
    for (const mode of modes) value[mode + '_case'] = textInLetterCase(input.text, mode);
    return { ok: true, value };
  }
  return { ok: true, value: { result: textInLetterCase(input.text, modes[0]) } };
};`,
};

/** Worked answers, written by hand: a text and its upper, lower, title and sentence case. */
const FACTS: [string, Record<LetterCase, string>][] = [
  [
    'hello World. bye NOW!',
    {
      upper: 'HELLO WORLD. BYE NOW!',
      lower: 'hello world. bye now!',
      title: 'Hello World. Bye Now!',
      sentence: 'Hello world. Bye now!',
    },
  ],
  [
    'straße in ZÜRICH',
    {
      upper: 'STRASSE IN ZÜRICH',
      lower: 'straße in zürich',
      title: 'Straße In Zürich',
      sentence: 'Straße in zürich',
    },
  ],
  [
    "don't STOP me now",
    {
      upper: "DON'T STOP ME NOW",
      lower: "don't stop me now",
      title: "Don't Stop Me Now",
      sentence: "Don't stop me now",
    },
  ],
  [
    'jean-luc à paris. ça va ? oui',
    {
      upper: 'JEAN-LUC À PARIS. ÇA VA ? OUI',
      lower: 'jean-luc à paris. ça va ? oui',
      title: 'Jean-Luc À Paris. Ça Va ? Oui',
      sentence: 'Jean-luc à paris. Ça va ? Oui',
    },
  ],
];

const RULES: Record<LetterCase, string> = {
  upper:
    'UPPER CASE (ALL CAPS: every letter a capital by Unicode\u2019s case mapping: ß becomes SS, é becomes É)',
  lower: 'lower case (every letter small: É becomes é, Ä becomes ä)',
  title:
    'Title Case (the first letter of each word a capital, the rest small; a hyphen starts a word, an apostrophe does not)',
  sentence:
    'Sentence case (the first letter of each sentence a capital, the rest small; a sentence ends at . ! or ?)',
};

type Gloss = Partial<Record<Language, string>>;
const GLOSS: Gloss = {
  de: ' Einen Text in Großbuchstaben oder Kleinbuchstaben umwandeln, oder den Anfangsbuchstaben jedes Wortes (jedes Satzes) großschreiben (Groß- und Kleinschreibung).',
  es: ' Convertir un texto a mayúsculas o minúsculas, o con mayúscula inicial en cada palabra o frase.',
  fr: ' Convertir un texte en majuscules ou en minuscules, ou avec une majuscule au début de chaque mot ou phrase.',
  it: ' Convertire un testo in maiuscolo o minuscolo, o con la maiuscola iniziale di ogni parola o frase.',
  pt: ' Converter um texto em maiúsculas ou minúsculas, ou com a primeira letra de cada palavra ou frase maiúscula.',
};

/** How a feature asks for its modes: one, the caller's choice among them, or all of them at once. */
export type CaseAsk = 'one' | 'choose' | 'all';

/** The design for `modes` asked for as `how`; `values` spells the modes in a `mode` field (choose only). */
export function letterCaseDesign(
  languages: Language[],
  modes: LetterCase[],
  how: CaseAsk,
  values: string[] = modes,
): FunctionDesign {
  const text = stringField('text', 'Text to convert (a message, name, title or sentence)', FACTS[0][0]);
  const rules = modes.map((m) => RULES[m]).join('; ');
  const inputs: FunctionDesign['inputs'] = [{ param: 'text', field: text }];
  let examples: WorkedExample[];
  let outputs: FunctionDesign['outputs'];
  let summary: string;
  let path: string;
  if (how === 'choose') {
    inputs.push({
      param: 'mode',
      field: stringField('mode', `Letter case to convert to: ${values.join(', ')}`, values[0], values),
    });
    examples = modes.flatMap((mode, i) =>
      FACTS.slice(0, 3).map(([from, cases]) => ({
        description: `"${from}" in mode ${values[i]} is "${cases[mode]}".`,
        input: { text: from, mode: values[i] },
        output: { result: cases[mode] },
      })),
    );
    outputs = [
      {
        result: 'result',
        field: 'result',
        description: 'The converted text',
        example: FACTS[0][1][modes[0]],
      },
    ];
    summary = `Converts a text into the letter case its mode names (${values.map((v, i) => `${v}: ${RULES[modes[i]]}`).join('; ')}); spaces, digits and punctuation stay as they are. A mode other than ${values.join(', ')} is refused with 400 naming the allowed ones;`;
    path = '/text/case';
  } else if (how === 'all') {
    examples = FACTS.map(([from, cases]) => ({
      description: `"${from}" is ${modes.map((m) => `"${cases[m]}" in ${m} case`).join(', ')}.`,
      input: { text: from },
      output: Object.fromEntries(modes.map((m) => [`${m}_case`, cases[m]])),
    }));
    outputs = modes.map((m) => ({
      result: `${m}_case`,
      field: `${m}_case`,
      description: `The text in ${RULES[m].split(' (')[0]}`,
      example: FACTS[0][1][m],
    }));
    summary = `Converts a text into every one of these letter cases at once: ${rules}; spaces, digits and punctuation stay as they are;`;
    path = '/text/cases';
  } else {
    const [mode] = modes;
    examples = FACTS.map(([from, cases]) => ({
      description: `"${from}" in ${RULES[mode].split(' (')[0]} is "${cases[mode]}".`,
      input: { text: from },
      output: { result: cases[mode] },
    }));
    outputs = [
      { result: 'result', field: 'result', description: 'The converted text', example: FACTS[0][1][mode] },
    ];
    summary = `Converts a text into ${rules}; spaces, digits and punctuation stay as they are;`;
    path = `/text/${mode}-case`;
  }
  const refusals: FunctionDesign['refusals'] = [
    {
      description: 'An empty text has nothing to convert.',
      input: { text: '', ...(how === 'choose' ? { mode: values[0] } : {}) },
    },
    {
      description: 'A text of spaces only has nothing to convert.',
      input: { text: '   ', ...(how === 'choose' ? { mode: values[0] } : {}) },
    },
  ];
  if (how === 'choose')
    refusals.push({
      description: `The mode "shout" is none of ${values.join(', ')}.`,
      input: { text: 'hello', mode: 'shout' },
    });
  return {
    function: LETTER_CASE_CODE.id,
    method: 'POST',
    path,
    summary: `${summary} an empty text (or spaces only) is refused with 400.${glossIn(GLOSS, languages)}`,
    inputs,
    outputs,
    options: { modes: modes.join(','), how, ...(how === 'choose' ? { values: values.join(',') } : {}) },
    examples,
    refusals,
    ...(how === 'choose'
      ? {
          respell: (listed: (string | number)[]) => {
            const spelled = listed.map((v) => (typeof v === 'string' ? caseOfValue(v) : null));
            if (spelled.some((m) => m === null) || new Set(spelled).size !== spelled.length) return null;
            return letterCaseDesign(languages, spelled as LetterCase[], 'choose', listed.map(String));
          },
        }
      : {}),
  };
}

/** The letter case a listed value names (`"UPPER"`, `"lowercase"`, `"title_case"`, `"mayusculas"`), or null. */
export function caseOfValue(value: string): LetterCase | null {
  const v = value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  if (
    /^(upper|uppercase|uppercased|upcase|caps|allcaps|mayusculas?|majuscules?|maiuscol[oaei]|maiusculas?|gross|groß|grossbuchstaben|großbuchstaben|versalien)$/.test(
      v,
    )
  )
    return 'upper';
  if (
    /^(lower|lowercase|lowercased|downcase|minusculas?|minuscules?|minuscol[oaei]|klein|kleinbuchstaben)$/.test(
      v,
    )
  )
    return 'lower';
  if (
    /^(title|titlecase|titled|capitalize|capitalise|capitalized|capitalised|titulo|titre|titel|titolo)$/.test(
      v,
    )
  )
    return 'title';
  if (/^(sentence|sentencecase|satz|oracion|frase|phrase)$/.test(v)) return 'sentence';
  return null;
}

const words = wordList;
/** Words that name upper case as a mode of their own ("in Großbuchstaben", "a mayúsculas", "ALL CAPS"). */
const UPPER_WORDS = words(
  'uppercase uppercased upcase caps allcaps großbuchstaben grossbuchstaben großschreibung grossschreibung ' +
    'versalien mayusculas majuscules maiuscolo maiuscole maiusculas maiusculo',
);
const LOWER_WORDS = words(
  'lowercase lowercased downcase kleinbuchstaben kleinschreibung minusculas minuscula minuscules minuscule ' +
    'minuscolo minuscole minusculo',
);
/** Words before "case"/"letters" that name a mode: "upper case", "lower-case letters". */
const CASE_NOUNS = words('case cased letters letter');
/** "each word" / "every sentence": the unit whose first letter is a capital. */
const EACH = words('each every jedes jeden jeder jede cada chaque ogni ciascuna ciascun');
const WORD_NOUNS = words(
  'word words wort wortes worts worter palabra palabras mot mots parola parole palavra palavras',
);
const SENTENCE_NOUNS = words(
  'sentence sentences satz satzes satze frase frases phrase phrases oracion oraciones',
);
/** A capital as the first letter: verbs and words of "capitalise", "first letter … capital", "Anfangsbuchstabe". */
const CAPITALISE = words(
  'capitalise capitalize capitalised capitalized capitalising capitalizing capitalisation capitalization',
);
const FIRST_LETTER = words(
  'first erste ersten primera primer premiere prima primeira initial initiale iniziale iniziali inicial ' +
    'anfangsbuchstabe anfangsbuchstaben debut beginning start anfang inicio principio inizio comeco',
);
const CAPITAL_MARKS = words(
  'capital capitals upper uppercase großschreiben grossschreiben groß gross großem grossem großen grossen ' +
    'großer grosser mayuscula mayusculas majuscule majuscules maiuscola maiuscole maiuscula maiusculas',
);
/** "the rest in lower case", "in lower case with a capital at the start": lower case as part of another rule. */
const REST = words('rest resto reste restlichen ubrigen restante restantes');
const WITH = words('with avec mit con com');
/** Ways of asking for the caller's choice among the named modes. */
const CHOOSE = words(
  'or oder o ou either choose chosen choice pick picks picked mode modes select selected option options ' +
    'wahl wahlweise auswahl wahlen elegir eleccion modo choix choisir choisi scegliere scelta escolher escolha',
);
/** Words of other features that mention letter case: records, API naming, passwords, slugs, search, numbers. */
const OTHER_DOMAIN = words(
  'password passwords passwort kennwort contrasena senha slug slugs slugify store stored save saved database ' +
    'json field fields key keys property properties column columns search sort sorted insensitive sensitive ' +
    'hex hexadecimal binary base iban isbn uuid code codes identifier identifiers variable variables camel ' +
    'camelcase snake snakecase kebab kebabcase pascal pascalcase constant constantcase',
);
/**
 * Words of other text tools that only mention letter case, as something they ignore or count ("the most frequent
 * word, ignoring upper/lower case", "count the capital letters", "a palindrome regardless of case").
 */
const IGNORING_OR_COUNTING = words(
  'ignore ignores ignored ignoring regardless irrespective distinguish distinguishing unterscheiden ' +
    'beachtung ignorieren distinguir ignorar ignorando ignorer compte senza distinguere ' +
    'count counts counting counted how many anzahl zahlen contar cuenta compter conter contare ' +
    'frequent frequency frequencies most palindrome palindromes anagram anagrams vowel vowels ' +
    // "häufigste Wort (Groß-/Kleinschreibung egal)", "sem diferenciar maiúsculas": how a word is counted.
    'egal haufigste haufigstes haufigsten diferenciar frecuente frequente',
);
/**
 * A second operation on the text beside its case ("upper case and reversed", "… then translate it"): this
 * computation would answer only the case, so such a feature is left unrealised rather than half done.
 */
const OTHER_OPERATIONS = words(
  'reverse reversed reverses reversing backwards backward invert inverted translate translated sort sorted ' +
    'replace replaced encode encoded encrypt encrypted hash hashed shuffle shuffled truncate truncated shorten ' +
    'umkehren umgekehrt ruckwarts ubersetzen sortieren ersetzen invertir invertido reves traducir ordenar ' +
    'reemplazar inverser inverse envers traduire trier remplacer invertire invertito rovescio tradurre ordinare ' +
    'sostituire inverter invertido traduzir substituir',
);
/** Words of removing accents (text-fold.ts): "upper case without accents" folds as well. */
const REMOVING = words(
  'strip remove removes removed drop without ohne entfernen sin quitar sans supprimer enlever senza togliere sem remover ascii',
);
/** Words that a text is converted, or what a text is: a case conversion is about a text. */
const CONVERT_OR_TEXT = words(
  'convert converts converted conversion turn transform change make return returns give put set format ' +
    'umwandeln umwandlung konvertieren umformen schreiben zuruckgeben ausgeben setzen ' +
    'convertir pasar poner transformar cambiar devolver escribir transformer mettre renvoyer ecrire ' +
    'convertire trasformare mettere scrivere converter transformar colocar escrever ' +
    'text texts string strings message messages title titles sentence phrase word words name names ' +
    'texto textos cadena titulo texte chaine titre testo stringa titolo titel nachricht mensaje',
);
const LITERAL_VALUES = /"([^"\s]{1,30})"(?:\s*\|\s*"[^"\s]{1,30}")+/g;

/** The modes a literal enumeration lists (`"upper"|"lower"`), spelled as written, when every value names one. */
function listedModes(text: string): { modes: LetterCase[]; values: string[] } | null {
  for (const m of text.matchAll(LITERAL_VALUES)) {
    const values = [...m[0].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
    const modes = values.map(caseOfValue);
    if (modes.every((x): x is LetterCase => x !== null) && new Set(modes).size === modes.length)
      return { modes, values };
  }
  return null;
}

/** Case words that mark a feature's language beyond its function words ("Anfangsbuchstaben jedes Wortes"). */
const CASE_LANGUAGE: [Language, RegExp][] = [
  ['de', /^(gro(ss|ß)\w*|klein\w*|anfangsbuchstabe\w*|jedes|wortes|satzes)$/],
  ['es', /^(mayuscul\w*|minuscul\w*|palabras?|oracion\w*)$/],
  ['fr', /^(majuscules?|minuscules?|chaque|mots?)$/],
  ['it', /^(maiuscol\w*|minuscol\w*|ogni|parol[ae])$/],
  ['pt', /^(maiuscul\w*|minuscul\w*|palavras?)$/],
];

/** The feature's languages, with those whose case words it writes. */
function caseLanguages(ws: string[]): Language[] {
  const languages: Language[] = languagesOf(ws).filter((l) => l !== 'en');
  for (const [language, re] of CASE_LANGUAGE)
    if (!languages.includes(language) && ws.some((w) => re.test(w))) languages.push(language);
  return languages.length > 0 ? languages : ['en'];
}

const near = (ws: string[], at: number, set: string[], span: number): boolean =>
  ws.slice(Math.max(0, at - span), at + span + 1).some((w) => set.includes(w));

/** Whether the feature asks for a capital first letter of each unit (`nouns`: words or sentences). */
function firstOfEach(ws: string[], nouns: string[]): boolean {
  const each = ws.some((w, i) => EACH.includes(w) && nouns.includes(ws[i + 1] ?? ''));
  if (!each) return false;
  return hasAny(ws, CAPITALISE) || (hasAny(ws, FIRST_LETTER) && hasAny(ws, CAPITAL_MARKS));
}

/** The modes a feature's words name, in the order of CASES. */
function namedModes(ws: string[]): LetterCase[] {
  const found = new Set<LetterCase>();
  const pair = (a: string, nouns: string[]) =>
    ws.some((w, i) => w === a && (nouns.includes(ws[i + 1] ?? '') || nouns.includes(ws[i + 2] ?? '')));
  const title =
    ws.includes('titlecase') ||
    pair('title', ['case', 'cased']) ||
    pair('start', ['case']) ||
    firstOfEach(ws, WORD_NOUNS);
  const sentence =
    ws.includes('sentencecase') || pair('sentence', ['case', 'cased']) || firstOfEach(ws, SENTENCE_NOUNS);
  const defines = title || sentence;
  // "upper" and "lower" name a mode beside "case" or "letters" anywhere in the feature ("upper, lower or title case").
  const cased = hasAny(ws, CASE_NOUNS);
  ws.forEach((w, i) => {
    // Inside the rule of title or sentence case ("Anfangsbuchstaben … großschreiben", "the rest lower case"),
    // a case word is part of that rule, not a mode of its own.
    const upperInRule = defines && near(ws, i, [...FIRST_LETTER, ...EACH], 3);
    const lowerInRule =
      defines &&
      (REST.includes(ws[i - 1] ?? '') || REST.includes(ws[i - 2] ?? '') || WITH.includes(ws[i + 1] ?? ''));
    if (!upperInRule && (UPPER_WORDS.includes(w) || (w === 'upper' && cased))) found.add('upper');
    if (!lowerInRule && (LOWER_WORDS.includes(w) || (w === 'lower' && cased))) found.add('lower');
    // German writes "Groß- oder Kleinbuchstaben": "groß" stands for "Großbuchstaben" before a "klein…" word.
    if ((w === 'groß' || w === 'gross') && /^klein/.test(ws[i + 2] ?? '')) found.add('upper');
  });
  if (title) found.add('title');
  if (sentence) found.add('sentence');
  return CASES.filter((c) => found.has(c));
}

export const TEXT_LETTER_CASE: CatalogFamily = {
  name: 'text-letter-case',
  functions: [LETTER_CASE_CODE],
  recognise(text: string, ws: string[]): Recognised {
    if (hasAny(ws, OTHER_DOMAIN) || hasAny(ws, IGNORING_OR_COUNTING) || hasAny(ws, OTHER_OPERATIONS))
      return null;
    if (ws.some((w) => w.startsWith('slug') || w.startsWith('palindrom'))) return null;
    // "mot de passe": a French password, whose classes name the cases.
    if (ws.some((w, i) => w === 'mot' && ws[i + 2] === 'passe')) return null;
    if (hasAny(ws, REMOVING) && ws.some((w) => /^(accent|diacrit|akzent|acento|accento|tilde)/.test(w)))
      return null;
    const languages = caseLanguages(ws);
    const listed = listedModes(text);
    if (listed) return { design: letterCaseDesign(languages, listed.modes, 'choose', listed.values) };
    const modes = namedModes(ws);
    const aboutText = hasAny(ws, CONVERT_OR_TEXT) || hasAny(ws, WORD_NOUNS) || hasAny(ws, SENTENCE_NOUNS);
    if (modes.length === 0 || !aboutText) return null;
    if (modes.length === 1) return { design: letterCaseDesign(languages, modes, 'one') };
    return { design: letterCaseDesign(languages, modes, hasAny(ws, CHOOSE) ? 'choose' : 'all') };
  },
};
