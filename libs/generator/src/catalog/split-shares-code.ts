import type { FunctionCode } from './catalog-entry';

/*
 * The code an uneven split emits: a total shared in proportion to a list of weights (or percentages, option
 * `percent`, which must add up to 100), in cents that add up exactly to the total. Each amount is the total in
 * cents × weight / sum of weights rounded down; the cents left go one each to the largest remainders, the earlier
 * person first on a tie. The total is read in cents and the weights in thousandths, worked out in BigInt. A total
 * that is not a number, negative or above 1,000,000,000, an empty list or one of more than 1000 weights, a weight
 * that is negative or above 1,000,000, weights adding up to 0 (or percentages not to 100) are refused.
 */

export const SPLIT_SHARES_CODE: FunctionCode = {
  id: 'calc.split_by_shares',
  exportName: 'splitByShares',
  source: `/** What is wrong with the weights of a split, or their thousandths. */
function splitWeights(value: unknown, percent: boolean): bigint[] | string {
  if (!Array.isArray(value) || value.length === 0) return 'shares must be a non-empty list of numbers';
  if (value.length > 1000) return 'shares must have at most 1000 items';
  const milli: bigint[] = [];
  for (const w of value) {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 1e6) {
      return 'each share must be a number from 0 to 1000000 (' + String(w) + ')';
    }
    milli.push(BigInt(Math.round(w * 1000)));
  }
  const sum = milli.reduce((a, b) => a + b, 0n);
  if (percent && sum !== 100000n) return 'the percentages must add up to 100 (' + String(Number(sum) / 1000) + ')';
  return sum === 0n ? 'the shares must not all be 0' : milli;
}

/** calc.split_by_shares: cents × weight / Σ weights rounded down, leftover cents to the largest remainders. */
export const splitByShares: CatalogFunction = (input, options) => {
  const total = input.total;
  if (typeof total !== 'number' || !Number.isFinite(total) || total < 0 || total > 1e9) {
    return { ok: false, problems: ['total must be a number from 0 to 1000000000'] };
  }
  const weights = splitWeights(input.shares, options.percent === true);
  if (typeof weights === 'string') return { ok: false, problems: [weights] };
  const cents = BigInt(Math.round(total * 100));
  const sum = weights.reduce((a, b) => a + b, 0n);
  const amounts = weights.map((w) => (cents * w) / sum);
  let left = cents - amounts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, i) => ({ i, rest: (cents * w) % sum }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    amounts[i] += 1n;
    left -= 1n;
  }
  return { ok: true, value: { amounts: amounts.map((c) => Number(c) / 100) } };
};`,
};
