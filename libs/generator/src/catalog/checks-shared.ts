import { REFUSE_VERB_STEMS } from './feature-words';

/**
 * What the validator and checksum families (Luhn, IBAN, ISBN, email, UUID) share: how a feature says "check
 * whether … is valid", "refuse invalid ones" or "compute the check digit", in the languages intents are
 * written in, and the multilingual words their realisations carry. The feature text is only ever data.
 */

/** Stems of words that ask whether something is valid ("validate", "prüfen", "vérifier", "controlla"). */
const VALIDITY_STEMS = [
  'valid',
  'invalid',
  'verif',
  'check',
  'pruf',
  'uberpruf',
  'gultig',
  'ungultig',
  'kontroll',
  'control',
  'comprob',
  'chequ',
  'checa',
  'correct',
  'corret',
  'korrekt',
  'confer',
  'whether',
];

/** "well" before a form of "formed" (well-formed, bien formado, bien formé, ben formato, bem formado). */
const WELL = new Set(['well', 'bien', 'ben', 'bem']);

/** Words that name a check digit rather than a check ("Prüfziffer" is not "prüfen"). */
const CHECK_DIGIT_WORDS = ['prufziffer', 'prufziffern', 'kontrollziffer', 'checkdigit'];
const DIGIT_WORDS = ['digit', 'digits', 'digito', 'digitos', 'chiffre', 'chiffres', 'cifra', 'cifre'];
const DIGIT_QUALIFIERS = [
  'check',
  'control',
  'controle',
  'controllo',
  'verificador',
  'verificacion',
  'verificacao',
  'verifica',
  'cle',
  'prufung',
];

/** Stems of words that ask for something to be computed ("compute", "berechnen", "calcular", "générer"). */
const COMPUTE_STEMS = [
  'comput',
  'calcul',
  'calcol',
  'generat',
  'generar',
  'gerar',
  'generer',
  'generare',
  'generier',
  'berechn',
  'ermittel',
  'erzeug',
  'append',
  'anhang',
  'produce',
];

const startsWithAny = (word: string, stems: string[]) => stems.some((s) => word.startsWith(s));

/** Indexes of the words that make up a check-digit phrase ("check digit", "dígito de control", "Prüfziffer"). */
function checkDigitWords(words: string[]): Set<number> {
  const at = new Set<number>();
  words.forEach((w, i) => {
    if (CHECK_DIGIT_WORDS.includes(w)) at.add(i);
    if (!DIGIT_WORDS.includes(w)) return;
    for (let j = Math.max(0, i - 1); j <= Math.min(words.length - 1, i + 3); j++) {
      if (j !== i && DIGIT_QUALIFIERS.includes(words[j])) {
        at.add(i);
        at.add(j);
      }
    }
  });
  return at;
}

/** Whether the feature names a check digit. */
export function mentionsCheckDigit(words: string[]): boolean {
  return checkDigitWords(words).size > 0;
}

/** Whether the feature asks whether something is valid (a check-digit phrase is not a check). */
export function asksValidity(words: string[]): boolean {
  const phrase = checkDigitWords(words);
  // "Is it a well-formed UUID?", "wohlgeformt", "bien formado", "bien formé", "ben formato", "bem formado".
  const wellFormed = words.some(
    (w, i) => w === 'wellformed' || w === 'wohlgeformt' || (WELL.has(w) && /^form/.test(words[i + 1] ?? '')),
  );
  return wellFormed || words.some((w, i) => !phrase.has(i) && startsWithAny(w, VALIDITY_STEMS));
}

/** Whether the feature asks for something to be computed ("compute the Luhn check digit"). */
export function asksComputation(words: string[]): boolean {
  return words.some((w) => startsWithAny(w, COMPUTE_STEMS));
}

/** Words that make a refusal out of an error ("is an error", "400"), unless negated ("not an error"). */
const ERROR_WORDS = ['error', 'errors', '400', 'fehler', 'erreur', 'errore', 'erro'];
const NEGATIONS = [
  'not',
  'no',
  'never',
  'nicht',
  'kein',
  'keine',
  'pas',
  'non',
  'nao',
  'nunca',
  'jamais',
  'mai',
];
/** Words about the characters of a value: a refusal that names them refuses the wrong kind of text. */
const CHARACTER_WORDS = [
  'letter',
  'letters',
  'character',
  'characters',
  'char',
  'chars',
  'symbol',
  'symbols',
  'digit',
  'digits',
  'space',
  'spaces',
  'nondigit',
  'anything',
  'punctuation',
  'buchstabe',
  'buchstaben',
  'zeichen',
  'sonderzeichen',
  'ziffer',
  'ziffern',
  'leerzeichen',
  'letra',
  'letras',
  'caracter',
  'caracteres',
  'simbolo',
  'simbolos',
  'digito',
  'digitos',
  'espacio',
  'espacios',
  'espaco',
  'espacos',
  'lettre',
  'lettres',
  'chiffre',
  'chiffres',
  'espace',
  'espaces',
  'lettera',
  'lettere',
  'carattere',
  'caratteri',
  'cifra',
  'cifre',
  'spazio',
  'spazi',
];
/** Words that say a value is wrong ("invalid", "fails", "ungültig", "errato"). */
const INVALID_STEMS = [
  'invalid',
  'fail',
  'wrong',
  'incorrect',
  'incorret',
  'bad',
  'malformed',
  'ungultig',
  'falsch',
  'fehlerhaft',
  'errat',
  'errone',
  'sbagliat',
  'mauvais',
  'fals',
];

/** A text in lower case, its accented letters without their accents ("Prüfziffer" → "prufziffer"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The clauses of a feature (folded), split at sentence and list punctuation. */
export function clausesOf(text: string): string[][] {
  return foldText(text)
    .split(/[.;:!?,\n()]+/)
    .map((c) => c.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((c) => c.length > 0);
}

function refusalClause(clause: string[]): boolean {
  if (clause.some((w) => startsWithAny(w, REFUSE_VERB_STEMS))) return true;
  return clause.some((w) => ERROR_WORDS.includes(w)) && !clause.some((w) => NEGATIONS.includes(w));
}

/**
 * Whether the feature asks for an invalid VALUE (a failed checksum, a malformed address, the wrong number of
 * digits) to be refused with 400 rather than answered `valid: false`: a clause that refuses and says what it
 * refuses is invalid or has the wrong length, without speaking of characters (refusing letters in a card
 * number refuses the wrong kind of text, which every design does anyway).
 */
export function refusesInvalidValues(text: string): boolean {
  const clauses = clausesOf(text);
  return clauses.some((refusal, i) => {
    if (!refusalClause(refusal)) return false;
    // "Si es inválido, devolver 400", "non valido: errore 400": a bare refusal refuses what the clause before says.
    const bare = refusal.every(
      (w) => BARE.has(w) || ERROR_WORDS.includes(w) || startsWithAny(w, REFUSE_VERB_STEMS),
    );
    const clause = bare && i > 0 ? [...clauses[i - 1], ...refusal] : refusal;
    const counted = (i: number) => /^\d+$/.test(clause[i - 1] ?? '');
    if (clause.some((w, i) => CHARACTER_WORDS.includes(w) && counted(i))) return true;
    if (clause.some((w) => CHARACTER_WORDS.includes(w))) return false;
    return (
      clause.some((w) => startsWithAny(w, INVALID_STEMS)) ||
      (clause.some((w) => w.startsWith('valid') || w === 'pass' || w === 'passes') &&
        clause.some((w) => NEGATIONS.includes(w)))
    );
  });
}

/** Whether a clause counts digits or characters ("19 digits", "12 Ziffern"): a length, not a kind of text. */
function countsCharacters(clause: string[]): boolean {
  return clause.some((w, i) => CHARACTER_WORDS.includes(w) && /^\d+$/.test(clause[i - 1] ?? ''));
}

/**
 * Whether the feature refuses a value that fails the CHECK with 400 (not answered `valid: false`): as
 * `refusesInvalidValues`, without the clauses that only count digits ("fewer than 12 digits are rejected"), which
 * refuse a length (`refusesDigitCount`), not a failed checksum.
 */
export function refusesFailedCheck(text: string): boolean {
  return clausesOf(text).some(
    (clause) =>
      refusalClause(clause) &&
      (countsCharacters(clause) || !clause.some((w) => CHARACTER_WORDS.includes(w))) &&
      (clause.some((w) => startsWithAny(w, INVALID_STEMS)) ||
        (clause.some((w) => w.startsWith('valid') || w === 'pass' || w === 'passes') &&
          clause.some((w) => NEGATIONS.includes(w)))),
  );
}

/** Words saying "the rest" of what a clause before allows ("anything else", "si no", "los demás", "sonst"). */
const THE_REST =
  /\b(?:else|otherwise|sonst|andernfalls|alles andere|si no|sino|de lo contrario|los demas|las demas|lo demas|sinon|autrement|les autres|le reste|altrimenti|gli altri|il resto|senao|caso contrario|os demais|o resto|os outros)\b/;

/** Words a bare refusal clause holds besides its refusal ("responder 400", "is rejected with 400"). */
const BARE = new Set(
  'is are be will gets get returns return answer answers with a an the wird werden mit es son se con un una est sont avec une e sono viene vengono con e sao com um uma responder responde devolver devuelve renvoie restituisce retorna antwortet gibt dann then'.split(
    ' ',
  ),
);

/**
 * Whether the feature refuses a card number whose digit count is outside the one it writes, with 400 (not
 * answered `valid: false`): a refusal clause that counts digits ("fewer than 12 or more than 19 digits are
 * rejected"), or, right after a clause that counts them, one saying the rest is refused ("…; anything else is
 * rejected", "los demás se rechazan") or a bare one ("…, responder 400", "si no, error 400"). A refusal of
 * something else ("letters are rejected", "a missing number returns 400", "only digits and spaces, anything else
 * is rejected") refuses no length.
 */
export function refusesDigitCount(text: string): boolean {
  const clauses = clausesOf(text);
  const bare = (clause: string[]) =>
    clause.every((w) => BARE.has(w) || ERROR_WORDS.includes(w) || startsWithAny(w, REFUSE_VERB_STEMS));
  const rest = (clause: string[]) => THE_REST.test(clause.join(' '));
  return clauses.some((clause, i) => {
    if (!refusalClause(clause)) return false;
    if (countsCharacters(clause)) return true;
    if (!rest(clause) && !bare(clause)) return false;
    // The clause the refusal follows, past bare words of "else" ("si no", then "error 400").
    let j = i - 1;
    while (j >= 0 && (bare(clauses[j]) || clauses[j].join(' ').replace(THE_REST, '').trim() === '')) j -= 1;
    return j >= 0 && countsCharacters(clauses[j]);
  });
}

/**
 * Whether the feature refuses a value of the wrong SHAPE with 400 ("anything that isn't 12 or 13 digits gets a
 * 400", "letters are rejected"): a refusal clause that speaks of characters or counts digits. A wrong check digit
 * is not a wrong shape.
 */
export function refusesShape(text: string): boolean {
  return clausesOf(text).some(
    (clause) =>
      refusalClause(clause) &&
      clause.some(
        (w) =>
          CHARACTER_WORDS.includes(w) || /^(?:length|lange|longitud|longueur|lunghezza|comprimento)$/.test(w),
      ),
  );
}

/** Whether some clause speaks of `wanted` words without refusing or negating them ("hyphens are allowed"). */
export function allowsAny(text: string, wanted: string[]): boolean {
  return clausesOf(text).some(
    (clause) =>
      clause.some((w) => wanted.includes(w)) &&
      !refusalClause(clause) &&
      !clause.some((w) => NEGATIONS.includes(w)),
  );
}

/**
 * Stems of words that say the feature is about records, messages or accounts, not a check: "store the
 * customer's IBAN", "send a verification email", "the email must be unique" belong to another design, whatever
 * validation they mention.
 */
const OTHER_DOMAIN_STEMS = [
  'crea',
  'cree',
  'cria',
  'erstell',
  'anleg',
  'store',
  'stori',
  'save',
  'speicher',
  'guard',
  'enregistr',
  'salva',
  'persist',
  'list',
  'updat',
  'delet',
  'send',
  'sent',
  'envo',
  'envia',
  'invia',
  'schick',
  'versend',
  'notif',
  'regist',
  'signup',
  'login',
  'passw',
  'contrasen',
  'senha',
  'newsletter',
  'subscri',
  'abonn',
  'invit',
  'remind',
  'inscri',
  'unique',
  'duplicat',
  'exist',
  'balance',
  'saldo',
  'kontostand',
  'solde',
  'transfer',
  'uberweis',
  'virement',
  'bonific',
  'mask',
  'masqu',
  'mascar',
  'mascher',
  'enmascar',
];
/** Who an email address belongs to: a feature about their addresses is about their records. */
const EMAIL_OWNER_WORDS = [
  'user',
  'users',
  'customer',
  'customers',
  'account',
  'accounts',
  'contact',
  'contacts',
  'member',
  'members',
  'subscriber',
  'subscribers',
  'benutzer',
  'kunde',
  'kunden',
  'konto',
  'usuario',
  'usuarios',
  'cliente',
  'clientes',
  'cuenta',
  'utilisateur',
  'utilisateurs',
  'compte',
  'utente',
  'utenti',
  'conta',
];

/** Whether the feature is about something other than a check (records, messages, accounts; "uniquement": only). */
export function aboutSomethingElse(words: string[], email: boolean): boolean {
  return words.some(
    (w) =>
      (w !== 'uniquement' && startsWithAny(w, OTHER_DOMAIN_STEMS)) ||
      (email && EMAIL_OWNER_WORDS.includes(w)),
  );
}

/**
 * "check / valid / invalid" in the languages intents are written in, so that a realisation answers a German
 * or Italian feature in its own words.
 */
export const VALIDITY_GLOSSARY =
  'Prüfen/überprüfen/validieren (gültig/ungültig; sagen, ob sie stimmt); validar/comprobar/verificar (válido/inválido); vérifier/valider/contrôler (valide/invalide); verificare/controllare/validare (valido/non valido); validar/verificar/conferir (válido/inválido).';

/** Summary sentences for the two ways a check can answer an invalid value. */
export function invalidAnswer(refuseInvalid: boolean, what: string): string {
  return refuseInvalid
    ? `An invalid ${what} is refused with 400 (a valid one answers 200 with valid: true).`
    : `An invalid ${what} is a normal answer: 200 with valid: false.`;
}

/**
 * How the feature writes `value`, if it does: with `separators`, spaces and hyphens anywhere are the same
 * value (a card number, an IBAN, an ISBN); without, only the letters' case may differ (a UUID, an address).
 */
export function spelledIn(text: string, value: string, separators: boolean): string | null {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const chars = [...value.replace(/[\s-]/g, '')];
  if (chars.length < 3) return null;
  const body = separators ? chars.map(escape).join('[\\s-]*') : escape(value);
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  return found ? found[0] : null;
}

/**
 * The worked examples of a design: the facts the feature itself writes first, as it writes them (so its
 * numbers reach the realisation), then the usual ones, `count` in all.
 */
export function pickFacts<T extends { value: string }>(
  text: string,
  facts: T[],
  usual: T[],
  count: number,
  separators: boolean,
): T[] {
  const named: { fact: T; spelled: T }[] = [];
  for (const fact of facts) {
    const spelling = spelledIn(text, fact.value, separators);
    if (spelling !== null) named.push({ fact, spelled: { ...fact, value: spelling } });
  }
  const picked = named.map((n) => n.spelled);
  for (const fact of usual) if (!named.some((n) => n.fact === fact)) picked.push(fact);
  return picked.slice(0, Math.max(count, named.length));
}

/** A value as written, with its compact form (no spaces or hyphens) after it when that differs. */
export function bothForms(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  return compact === value ? value : `${value} (${compact})`;
}
