import { featureWords, hasAny } from './feature-words';
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

/** The rule one coded phrase names, with the length it states; null when it names none or several. */
function codedRule(phrase: string): { rule: Rule; minLength?: number } | null {
  const folded = phrase.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = featureWords(phrase);
  const found: { rule: Rule; minLength?: number }[] = [];
  const length = LENGTH.map((pattern) => pattern.exec(folded)).find((m) => m !== null);
  if (length) found.push({ rule: 'min_length', minLength: Number(length[1]) });
  for (const c of CLASSES) if (hasAny(words, CLASS_WORDS[c])) found.push({ rule: c });
  if (NO_SPACE.test(folded)) found.push({ rule: 'no_space' });
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
  const matches = [...text.matchAll(CODED)];
  // A list of codes: at least one written as an identifier (too_short, tooShort, TOO_SHORT), not a word of prose.
  if (!matches.some((m) => /_|[a-z][A-Z]|^[A-Z0-9]{3,}$/.test(m[2]))) return null;
  const codes: Partial<Record<Rule, string>> = {};
  let minLength = 0;
  for (const m of matches) {
    const read = codedRule(m[1]);
    if (read === null || codes[read.rule] !== undefined || Object.values(codes).includes(m[2]))
      return 'unread';
    codes[read.rule] = m[2];
    if (read.minLength !== undefined) minLength = read.minLength;
  }
  // The rules the feature names outside its codes ("no_digit" names no rule of its own) each have a code.
  if ([...namedIn(text.replace(CODED, '$1'))].some((r) => codes[r] === undefined)) return 'unread';
  return { codes, minLength };
}

/** "only digits", "nur Ziffern", "solo números", "que des chiffres": a kind a password holds alone (folded). */
export const ONLY_CLASS =
  /\b(?:only|just|nur|solo|solamente|unicamente|seulement|uniquement|que des|soltanto|apenas|somente)\s+[\p{L}-]+/gu;
