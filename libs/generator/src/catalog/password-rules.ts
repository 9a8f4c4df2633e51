import { featureWords, hasAny } from './feature-words';
import { codesBeforeParentheses, codesListedApart, wordCodesAfterEquals } from './password-code-forms';
import { CLASSES, type CharacterClass } from './password-tier-words';

/*
 * The rules a password check names, as features write them (folded): its length, the character classes, no
 * spaces, not a common password; and the code a feature writes for each broken rule ("at least 12 characters
 * (too_short)"). Readers only; the design is password.ts.
 */

/** Rule names, as the answer lists the failed ones. */
export const RULES = [
  'min_length',
  'lowercase',
  'uppercase',
  'digit',
  'symbol',
  'classes',
  'no_space',
  'not_common',
] as const;
export type Rule = (typeof RULES)[number];

export const CLASS_WORDS: Record<CharacterClass, string[]> = {
  lowercase: `lowercase lower minuscula minusculas minuscule minuscules minuscola minuscole
    kleinbuchstaben kleinbuchstabe`.split(/\s+/),
  uppercase:
    `uppercase upper capital capitals grossbuchstabe grossbuchstaben großbuchstabe großbuchstaben mayuscula mayusculas majuscule
    majuscules maiuscola maiuscole maiuscula maiusculas`.split(/\s+/),
  digit: `digit digits number numbers numeral ziffer ziffern zahl zahlen digito digitos numero numeros chiffre
    chiffres cifra cifre`.split(/\s+/),
  symbol: `symbol symbols special sonderzeichen simbolo simbolos especial especiales speciaux special
    speciale speciali especiais punctuation`.split(/\s+/),
};
export const COMMON =
  `common dictionary known leaked breached breach haufig haufigen haufige gangig gangige comun
  comunes courant courants frequent frequents comum comuns comune comuni`.split(/\s+/);

export const LENGTH = [
  /(?:at least|minimum(?: of)?|min\.?|mindestens|al menos|como minimo|au moins|almeno|pelo menos|no minimo)\s*(\d{1,3})/,
  /(\d{1,3})\s*\+?\s*(?:characters|chars|zeichen|caracteres|caracteres|caratteri|caracteres)/,
];

/**
 * "no spaces", "contains no spaces", "keine Leerzeichen", "sin espacios", "sans espace", "senza spazi", "sem
 * espaços": a rule that the password holds no whitespace (folded text).
 */
export const NO_SPACE =
  /\b(?:no (?:spaces?|whitespace|blanks?)|without (?:any )?(?:spaces?|whitespace)|contains? no (?:spaces?|whitespace)|(?:must not|may not|cannot|can't|should not) (?:contain|include|have) (?:any )?(?:spaces?|whitespace)|keine leerzeichen|ohne leerzeichen|sin espacios|ningun espacio|sans espaces?|aucun espace|senza spazi|nessuno spazio|sem espacos|nenhum espaco)\b/;

/** A rule the feature writes with its code: "at least 12 characters (too_short)", "eine Ziffer (keine_ziffer)". */
const CODED = /([^,;:()\n]+?)\s*\(\s*([A-Za-z][A-Za-z0-9_]*)\s*\)/g;
/** A code before the failure it names: "too_short: fewer than 12 characters", "no_digit when it has no digit". */
const CODE_FIRST =
  /(?:^|[\n;,])\s*[-*•]?\s*[`"']?([a-z][a-z0-9]*_[a-z0-9_]+)[`"']?\s*(?::|=|→|->|\bwhen\b|\bif\b)\s*([^\n;,]+)/g;

/** A length a password may not exceed ("at most 64", "more than 64 (too_long)"): no rule read here. */
const MAX_LENGTH =
  /\b(?:at most|no more than|more than|longer than|up to|max(?:imum)?|hochstens|maximal|mehr als|langer als|como maximo|mas de|au plus|plus de|al massimo|piu di|no maximo|mais de)\b/;
/** A failure stated after its code ("too_short: fewer than 12 characters"): shorter than the least length. */
const SHORTER =
  /\b(?:shorter than|fewer than|less than|under|below|kurzer als|weniger als|unter|menos de|moins de|meno di|sotto)\s*(\d{1,3})/;
/** "contains a space", "has whitespace": the failure of the no-space rule, stated after its code. */
const HAS_SPACE =
  /\b(?:contains?|has|with|includes?|enthalt|contiene|contient|tem|contem)\s+(?:a |any |an? )?(?:spaces?|whitespace|leerzeichen|espacios?|espaces?|spazi|spazio|espacos?)\b/;

/**
 * The rule one coded phrase names, with the length it states; null when it names none or several. `failure`:
 * the phrase says how a password breaks the rule ("fewer than 12 characters", "no digit", "contains a space").
 */
function codedRule(phrase: string, failure = false): { rule: Rule; minLength?: number } | null {
  const folded = phrase.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = featureWords(phrase);
  const found: { rule: Rule; minLength?: number }[] = [];
  if (MAX_LENGTH.test(folded)) return null;
  const length = failure
    ? (SHORTER.exec(folded) ?? (LENGTH.some((p) => p.test(folded)) ? 'unread' : null))
    : LENGTH.map((pattern) => pattern.exec(folded)).find((m) => m !== null);
  if (length === 'unread') return null;
  if (length) found.push({ rule: 'min_length', minLength: Number(length[1]) });
  for (const c of CLASSES) if (hasAny(words, CLASS_WORDS[c])) found.push({ rule: c });
  if (NO_SPACE.test(folded) || (failure && HAS_SPACE.test(folded))) found.push({ rule: 'no_space' });
  if (hasAny(words, COMMON)) found.push({ rule: 'not_common' });
  return found.length === 1 ? found[0] : null;
}

/**
 * The rules a feature lists with a code each, and the length its length rule states: null when it writes no
 * code, `'unread'` when a code's phrase names no one rule, two codes share a rule or a name, or the feature
 * names a rule it gives no code.
 */
export function readCodes(
  text: string,
  namedIn: (text: string) => Set<Rule>,
): { codes: Partial<Record<Rule, string>>; minLength: number } | 'unread' | null {
  const written = [...text.matchAll(CODED)];
  // Or each code before the failure it names, one a line or clause: "too_short: fewer than 12 characters", with
  // one-word codes after '=' among them ("comune = password comune …").
  const codeFirst = written.length === 0 ? [...text.matchAll(CODE_FIRST)] : [];
  const first = [
    ...codeFirst.map((m) => ({ index: m.index ?? 0, match: [m[0], m[2], m[1]] })),
    ...(codeFirst.length > 0 ? wordCodesAfterEquals(text) : []),
  ]
    .sort((a, b) => a.index - b.index)
    .map((m) => m.match);
  // Or each code before its failure or rule in parentheses: "too_short (fewer than 8 characters)".
  const before = written.length === 0 && first.length === 0 ? codesBeforeParentheses(text) : [];
  if (written.length === 0 && first.length === 0 && before.length === 0) return codesApart(text, namedIn);
  const matches = first.length > 0 ? first : before.length > 0 ? before : written;
  // A list of codes: at least one written as an identifier (too_short, tooShort, TOO_SHORT), not a word of prose.
  if (!matches.some((m) => /_|[a-z][A-Z]|^[A-Z0-9]{3,}$/.test(m[2]))) return null;
  const codes: Partial<Record<Rule, string>> = {};
  let minLength = 0;
  for (const m of matches) {
    // A phrase in parentheses after its code says the failure ("fewer than 8") or the rule ("at least 8").
    const read =
      before.length > 0 ? (codedRule(m[1], true) ?? codedRule(m[1])) : codedRule(m[1], first.length > 0);
    if (read === null || codes[read.rule] !== undefined || Object.values(codes).includes(m[2]))
      return 'unread';
    codes[read.rule] = m[2];
    if (read.minLength !== undefined) minLength = read.minLength;
  }
  // The rules the feature names outside its codes ("no_digit" names no rule of its own) each have a code.
  const rest =
    first.length > 0 || before.length > 0
      ? matches.reduce((t, m) => t.replace(m[0], ' '), text)
      : text.replace(CODED, '$1');
  if ([...namedIn(rest)].some((r) => codes[r] === undefined)) return 'unread';
  return { codes, minLength };
}

/** "only digits", "nur Ziffern", "solo números", "que des chiffres": a kind a password holds alone (folded). */
export const ONLY_CLASS =
  /\b(?:only|just|nur|solo|solamente|unicamente|seulement|uniquement|que des|soltanto|apenas|somente)\s+[\p{L}-]+/gu;

/** The rules a text names (no codes read): its length, the classes, no spaces, not a common password. */
export function rulesIn(plain: string): Set<Rule> {
  const f = plain.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const w = featureWords(plain);
  return new Set<Rule>([
    ...(LENGTH.some((pattern) => pattern.test(f)) ? (['min_length'] as const) : []),
    ...CLASSES.filter((c) => hasAny(w, CLASS_WORDS[c])),
    ...(NO_SPACE.test(f) ? (['no_space'] as const) : []),
    ...(hasAny(w, COMMON) ? (['not_common'] as const) : []),
  ]);
}

/** Where a text first states each rule (folded), for the order codes listed apart must follow. */
function statedAt(folded: string, rule: Rule): number {
  const at = (pattern: RegExp) => folded.search(pattern);
  if (rule === 'min_length') return Math.min(...LENGTH.map(at).map((i) => (i < 0 ? Infinity : i)));
  if (rule === 'no_space') return at(NO_SPACE);
  const words = rule === 'not_common' ? COMMON : rule === 'classes' ? [] : CLASS_WORDS[rule];
  return at(new RegExp(`\\b(?:${words.join('|')})\\b`));
}

/**
 * Codes listed apart from the rules they name by their own words ("at least 10 characters, a digit and an
 * uppercase letter; answer the failed rules as too_short, no_digit, no_upper"): read when the rest of the text
 * states exactly those rules, in the codes' order. Null when it lists none; `'unread'` when it lists some the
 * rest does not state so (listed alone, in a feature of their own, the order of the rules is not in view).
 */
function codesApart(
  text: string,
  namedIn: (text: string) => Set<Rule>,
): { codes: Partial<Record<Rule, string>>; minLength: number } | 'unread' | null {
  const listed = codesListedApart(text);
  if (listed === null || listed === 'unread') return listed;
  const rest = `${text.slice(0, listed.start)} ${text.slice(listed.end)}`;
  const stated = [...namedIn(rest)];
  const rules = listed.codes.map((c) => c.rule as Rule);
  if (stated.length !== rules.length || !rules.every((r) => stated.includes(r))) return 'unread';
  const folded = rest.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const places = rules.map((r) => statedAt(folded, r));
  if (places.some((p, i) => p < 0 || (i > 0 && p <= places[i - 1]))) return 'unread';
  const length = LENGTH.map((pattern) => pattern.exec(folded)).find((m) => m !== null);
  return {
    codes: Object.fromEntries(listed.codes.map((c) => [c.rule, c.code])),
    minLength: length ? Number(length[1]) : 0,
  };
}
