/** Which way a Roman numeral feature converts, read off a worked example it writes. */

export type Direction = 'to-roman' | 'from-roman';

/** Words that join a worked example's two sides ("1994 gives MCMXCIV", "XIV is 14"), folded. */
const EXAMPLE_JOINS =
  `gives give becomes is are equals ergibt wird ist es se devient donne est diventa da e vira fica`.split(
    /\s+/,
  );

/**
 * The direction a worked example the feature writes shows: a number joined to a numeral (to Roman), or a numeral
 * joined to a number (from Roman); null when it writes none.
 */
export function exampleDirection(tokens: string[], isNumeral: (token: string) => boolean): Direction | null {
  for (const [i, token] of tokens.entries()) {
    if (i === 0 || !EXAMPLE_JOINS.includes(token.toLowerCase())) continue;
    const [before, after] = [tokens[i - 1], tokens[i + 1] ?? ''];
    if (/^\d{1,4}$/.test(before) && isNumeral(after)) return 'to-roman';
    if (isNumeral(before) && /^\d{1,4}$/.test(after)) return 'from-roman';
  }
  return null;
}
