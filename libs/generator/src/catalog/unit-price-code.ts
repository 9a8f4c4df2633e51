import type { FunctionCode } from './catalog-entry';

/*
 * The code a unit price emits: the price of a pack per kg or litre (option `base` 1000) or per 100 g or 100 ml
 * (option `base` 100), from its price and its size in g, kg, ml, cl or l (the request's `unit`, or option `unit`
 * when the feature fixes it). Price and size are read in thousandths and the quotient worked out in BigInt,
 * rounded once half up to the cent. A price that is not a number, negative or above 1,000,000, a size that is not
 * above 0 (or above 1,000,000) and a unit the design does not list (option `units`) are refused.
 */

export const UNIT_PRICE_CODE: FunctionCode = {
  id: 'calc.unit_price',
  exportName: 'unitPrice',
  source: `/** How many grams or millilitres each unit of a pack's size holds, and what it measures. */
const UNIT_PRICE_UNITS: Readonly<Record<string, { grams: bigint; mass: boolean }>> = {
  g: { grams: 1n, mass: true },
  kg: { grams: 1000n, mass: true },
  ml: { grams: 1n, mass: false },
  cl: { grams: 10n, mass: false },
  l: { grams: 1000n, mass: false },
};

/** n / d rounded half up, for n >= 0 and d > 0. */
const unitPriceHalfUp = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d);

/** A number in 0..limit as thousandths, or why not. */
function unitPriceMilli(name: string, value: unknown, limit: number): bigint | string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return name + ' must be a number';
  if (value < 0) return name + ' must not be negative (' + String(value) + ')';
  if (value > limit) return name + ' must be at most ' + String(limit);
  return BigInt(Math.round(value * 1000));
}

/** calc.unit_price: price / (size in g or ml) × options.base (1000 or 100), half up to the cent. */
export const unitPrice: CatalogFunction = (input, options) => {
  const problems: string[] = [];
  const listed = String(options.units).split(',');
  const unit = typeof options.unit === 'string' ? options.unit : input.unit;
  const known = typeof unit === 'string' && listed.includes(unit) ? UNIT_PRICE_UNITS[unit] : undefined;
  if (!known) problems.push('unit must be one of ' + listed.join(', '));
  const price = unitPriceMilli('price', input.price, 1e6);
  if (typeof price === 'string') problems.push(price);
  const size = unitPriceMilli('size', input.size, 1e6);
  if (typeof size === 'string') problems.push(size);
  else if (size === 0n) problems.push('size must be above 0');
  if (problems.length > 0 || !known || typeof price !== 'bigint' || typeof size !== 'bigint') {
    return { ok: false, problems };
  }
  const base = BigInt(Number(options.base));
  // In thousandths both: price / size is cents per gram (or ml) once × 100, then × the base in grams.
  const cents = unitPriceHalfUp(price * 100n * base, size * known.grams);
  const per = base === 1000n ? (known.mass ? 'kg' : 'l') : known.mass ? '100 g' : '100 ml';
  return { ok: true, value: { unit_price: Number(cents) / 100, per } };
};`,
};
