/** Reading helpers the catalog's recognisers share. The feature text is only ever data. */

/** The words of a text, lower-case ASCII (accents folded), letters and digits. */
export function featureWords(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Whether any of `wanted` is one of `words`. */
export function hasAny(words: string[], wanted: string[]): boolean {
  return wanted.some((w) => words.includes(w));
}

/** Words that say something must be refused, in the languages intents are written in (stems). */
const REFUSAL_STEMS = [
  'refus',
  'reject',
  'rechaz',
  'recus',
  'rifiut',
  'ablehn',
  'verweiger',
  'zuruckweis',
  'deny',
  'denied',
  'forbid',
  'disallow',
  'invalid',
  'error',
  'rejet',
  'rejeit',
];

/** Whether the feature says something must be refused. */
export function refuses(words: string[]): boolean {
  return words.some((w) => REFUSAL_STEMS.some((stem) => w.startsWith(stem)));
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
};

/**
 * The number of decimals a feature asks results to be rounded to ("rounded to 2 decimals", "one decimal",
 * "to cents" = 2, "whole number" = 0), or null when it says nothing.
 */
export function decimalsIn(text: string): number | null {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const digits =
    /(\d+)\s*(?:decimal|decimales|decimais|decimali|dezimal|nachkomma|casas? decimais|chiffres)/.exec(folded);
  if (digits) return Number(digits[1]);
  const word =
    /\b(one|two|three|four|una|uma|un|eine|einer)\s+(?:decimal|casa decimal|dezimalstelle|nachkommastelle|decimale)/.exec(
      folded,
    );
  if (word) return NUMBER_WORDS[word[1]];
  if (/\bcents?\b|\bcentimes?\b|\bcentavos?\b|\bcentesimi\b/.test(folded)) return 2;
  if (/\bwhole (?:number|years?)\b|\bnearest integer\b/.test(folded)) return 0;
  return null;
}

/** `value` rounded to `decimals` places, as the emitted code rounds (half away from zero on the binary value). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
