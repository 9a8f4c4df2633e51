import type { FunctionCode } from './catalog-entry';

/*
 * The code loyalty points emit: `points` (option) for every full `step_cents` (option) of the amount spent,
 * floor(amount in cents / step) × points. The amount is read in whole cents; a value that is not a number, a
 * negative amount or one above 1,000,000,000 is refused.
 */

export const LOYALTY_POINTS_CODE: FunctionCode = {
  id: 'calc.loyalty_points',
  exportName: 'loyaltyPoints',
  source: `/** calc.loyalty_points: options.points for every full options.step_cents of the amount, in cents. */
export const loyaltyPoints: CatalogFunction = (input, options) => {
  const amount = input.amount;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return { ok: false, problems: ['amount must be a number'] };
  if (amount < 0) return { ok: false, problems: ['amount must not be negative (' + String(amount) + ')'] };
  if (amount > 1e9) return { ok: false, problems: ['amount must be at most 1000000000'] };
  const step = Number(options.step_cents);
  const each = Number(options.points);
  const steps = Math.floor(Math.round(amount * 100) / step);
  return { ok: true, value: { points: steps * each } };
};`,
};
