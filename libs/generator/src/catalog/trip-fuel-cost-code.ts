import type { FunctionCode } from './catalog-entry';

/*
 * The code the trip fuel cost emits: the litres a trip takes (distance km × consumption l/100 km / 100) and what
 * they cost at a price per litre. Each input is read in thousandths (so 1.749 a litre is exact) and the product
 * is worked out in BigInt, rounded once half up: to hundredths of a litre and to cents. A value that is not a
 * number, below 0 or above its bound (1,000,000 km, 1,000 l/100 km, 10,000 a litre) is refused.
 */

export const TRIP_FUEL_COST_CODE: FunctionCode = {
  id: 'calc.trip_fuel_cost',
  exportName: 'tripFuelCost',
  source: `/** The bounds of a trip's distance (km), consumption (l/100 km) and price per litre. */
const TRIP_FUEL_LIMITS: Readonly<Record<string, number>> = {
  distance_km: 1e6,
  consumption_l_per_100km: 1e3,
  price_per_litre: 1e4,
};

/** n / d rounded half up, for n >= 0 and d > 0. */
const tripFuelHalfUp = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d);

/** calc.trip_fuel_cost: litres = distance × consumption / 100, cost = litres × price, half up. */
export const tripFuelCost: CatalogFunction = (input) => {
  const problems: string[] = [];
  const milli: Record<string, bigint> = {};
  for (const [name, limit] of Object.entries(TRIP_FUEL_LIMITS)) {
    const value = input[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(name + ' must be a number');
    else if (value < 0) problems.push(name + ' must not be negative (' + String(value) + ')');
    else if (value > limit) problems.push(name + ' must be at most ' + String(limit));
    else milli[name] = BigInt(Math.round(value * 1000));
  }
  if (problems.length > 0) return { ok: false, problems };
  // In thousandths: distance × consumption / 10^6 is the litres in hundredths (the 100 km), × price / 10^9 cents.
  const product = milli.distance_km * milli.consumption_l_per_100km;
  const centiLitres = tripFuelHalfUp(product, 1000000n);
  const cents = tripFuelHalfUp(product * milli.price_per_litre, 1000000000n);
  return { ok: true, value: { litres: Number(centiLitres) / 100, cost: Number(cents) / 100 } };
};`,
};
