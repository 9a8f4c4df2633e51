import type { FunctionCode } from './catalog-entry';

/*
 * The emitted side of a VAT calculator: a net amount plus the tax at a rate (net → tax and gross), and a gross
 * amount with the tax taken back out (gross → net and tax). Amounts are read in whole cents, the rate in
 * hundredths of a percent; every step is integer arithmetic, rounded once half up. A rate outside 0..100, or
 * outside the rates the feature lists (`options.rates`), and a negative amount are refused.
 */

/** The checks both directions share, under the name each source gives them (each source stands alone). */
function vatChecks(prefix: string): string {
  return `/** The amount in cents and the rate in hundredths of a percent, or why they are refused. */
const ${prefix}Read = (
  amount: unknown,
  rate: unknown,
  options: Readonly<Record<string, string | number | boolean>>,
): { cents: number; basis: number } | { problems: string[] } => {
  const problems: string[] = [];
  if (typeof amount !== 'number' || !Number.isFinite(amount)) problems.push('the amount must be a number');
  else if (amount < 0) problems.push('the amount must not be negative (' + String(amount) + ')');
  else if (amount > 1e9) problems.push('the amount is too large');
  if (typeof rate !== 'number' || !Number.isFinite(rate)) problems.push('the rate must be a number (percent)');
  else if (rate < 0 || rate > 100) problems.push('the rate must be a percentage from 0 to 100');
  else {
    const listed = JSON.parse(String(options.rates ?? '[]')) as number[];
    if (listed.length > 0 && !listed.includes(rate))
      problems.push('the rate must be one of ' + listed.join(', ') + ' (percent)');
  }
  if (problems.length > 0) return { problems };
  return { cents: Math.round((amount as number) * 100), basis: Math.round((rate as number) * 100) };
};`;
}

export const VAT_ADD_CODE: FunctionCode = {
  id: 'vat.add',
  exportName: 'vatAdd',
  source: `${vatChecks('vatAdd')}

/** vat.add: the tax on a net amount at a rate (percent), rounded half up to cents, and the gross amount. */
export const vatAdd: CatalogFunction = (input, options) => {
  const read = vatAddRead(input.net, input.rate, options);
  if ('problems' in read) return { ok: false, problems: read.problems };
  // cents × basis / 10000, half up: every term a whole number below 2^53 (1e11 cents × 1e4).
  const tax = Math.floor((read.cents * read.basis + 5000) / 10000);
  return { ok: true, value: { net: read.cents / 100, vat: tax / 100, gross: (read.cents + tax) / 100 } };
};`,
};

export const VAT_REMOVE_CODE: FunctionCode = {
  id: 'vat.remove',
  exportName: 'vatRemove',
  source: `${vatChecks('vatRemove')}

/** vat.remove: the net amount in a gross amount at a rate (percent), rounded half up to cents, and the tax. */
export const vatRemove: CatalogFunction = (input, options) => {
  const read = vatRemoveRead(input.gross, input.rate, options);
  if ('problems' in read) return { ok: false, problems: read.problems };
  // gross × 10000 / (10000 + basis), half up: (2 × gross × 10000 + divisor) / (2 × divisor), floored.
  const divisor = 10000 + read.basis;
  const net = Math.floor((2 * read.cents * 10000 + divisor) / (2 * divisor));
  return { ok: true, value: { net: net / 100, vat: (read.cents - net) / 100, gross: read.cents / 100 } };
};`,
};
