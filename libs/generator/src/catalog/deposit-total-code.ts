import type { FunctionCode } from './catalog-entry';

/*
 * The code a bottle deposit emits: one count per kind of container, each option `cents_<kind>` the deposit of
 * one such container in cents; the total is the sum of count × deposit, answered in currency units. A count that
 * is not a whole number, a negative count or one above 1,000,000 is refused.
 */

export const DEPOSIT_TOTAL_CODE: FunctionCode = {
  id: 'calc.deposit_total',
  exportName: 'depositTotal',
  source: `/** calc.deposit_total: the sum of count × options.cents_<kind> over the kinds, in currency units. */
export const depositTotal: CatalogFunction = (input, options) => {
  const problems: string[] = [];
  let cents = 0;
  for (const key of Object.keys(options)) {
    if (!key.startsWith('cents_')) continue;
    const kind = key.slice('cents_'.length);
    const count = input[kind];
    if (typeof count !== 'number' || !Number.isInteger(count)) problems.push(kind + ' must be a whole number');
    else if (count < 0) problems.push(kind + ' must not be negative (' + String(count) + ')');
    else if (count > 1e6) problems.push(kind + ' must be at most 1000000');
    else cents += count * Number(options[key]);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { total: cents / 100 } };
};`,
};
