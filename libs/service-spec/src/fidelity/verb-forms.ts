/**
 * Forms of one verb in the Romance languages and German that the domain-term check must count as the same word:
 * an infinitive and its participle ("prestar" / "prestada", "prestare" / "prestato", "prêter" / "prêté",
 * "emprestar" / "emprestado") and a German separable verb with its zu-infinitive ("zurückgeben" /
 * "zurückzugeben"). Words come folded (lower case, no accents). Narrow on purpose: the stem left must keep four
 * letters, so "ser" / "sido" or "dar" / "dado" never meet, and nothing else is stemmed.
 */

/** Endings of infinitives and past participles (es, pt, it, fr), longest first. */
const ENDINGS = [
  'ados',
  'adas',
  'idos',
  'idas',
  'ato',
  'ata',
  'ati',
  'ate',
  'ito',
  'ita',
  'iti',
  'ite',
  'ado',
  'ada',
  'ido',
  'ida',
  'are',
  'ere',
  'ire',
  'ees',
  'ar',
  'er',
  'ir',
  'ee',
  'es',
  'e',
];

/** The stem of a verb form without its infinitive or participle ending, or null when none is left of 4 letters. */
function verbStem(word: string): string | null {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 4);
  return ending === undefined ? null : word.slice(0, -ending.length);
}

/** Whether two folded words are forms of one verb (an infinitive and its participle or zu-infinitive). */
export function sameVerb(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const zu = long.indexOf('zu', 3);
  if (zu > 0 && long.endsWith('en') && `${long.slice(0, zu)}${long.slice(zu + 2)}` === short) return true;
  const [sa, sb] = [verbStem(a), verbStem(b)];
  return sa !== null && sa === sb;
}
