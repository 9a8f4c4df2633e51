import type { FunctionCode } from './catalog-entry';

/*
 * The code the fuel economy family emits: every figure read as kilometres per litre and written back, since the
 * figures are reciprocal (L/100 km = 100 / (km/L)); a consumption of 0 or below refused. Module-level names
 * carry the family's prefix, unique across the catalog.
 */

export const FUEL_ECONOMY_CODE: FunctionCode = {
  id: 'fuel.convert',
  exportName: 'convertFuelEconomy',
  source: `/** Litres in a US and an imperial gallon, kilometres in a mile (exact definitions). */
const FUEL_US_GALLON_L = 3.785411784;
const FUEL_IMPERIAL_GALLON_L = 4.54609;
const FUEL_MILE_KM = 1.609344;

/** Each figure as kilometres per litre, and kilometres per litre as each figure. */
const FUEL_TO_KM_PER_L: Readonly<Record<string, (value: number) => number>> = {
  'l/100km': (value) => 100 / value,
  'km/l': (value) => value,
  mpg: (value) => (value * FUEL_MILE_KM) / FUEL_US_GALLON_L,
  mpg_imp: (value) => (value * FUEL_MILE_KM) / FUEL_IMPERIAL_GALLON_L,
};
const FUEL_FROM_KM_PER_L: Readonly<Record<string, (kmPerLitre: number) => number>> = {
  'l/100km': (kmPerLitre) => 100 / kmPerLitre,
  'km/l': (kmPerLitre) => kmPerLitre,
  mpg: (kmPerLitre) => (kmPerLitre * FUEL_US_GALLON_L) / FUEL_MILE_KM,
  mpg_imp: (kmPerLitre) => (kmPerLitre * FUEL_IMPERIAL_GALLON_L) / FUEL_MILE_KM,
};

/**
 * fuel.convert: a fuel consumption \`value\` from figure \`from\` to figure \`to\` (l/100km, mpg for US miles per
 * gallon, mpg_imp for imperial ones, km/l), rounded to \`decimals\`; 0 or below is refused (a reciprocal of it is
 * infinite or negative). Option \`spellings\` (JSON) maps the figures as a feature spells them to these symbols.
 */
export const convertFuelEconomy: CatalogFunction = (input, options) => {
  const value = input.value;
  const spellings: Record<string, unknown> = typeof options.spellings === 'string' ? JSON.parse(options.spellings) : {};
  const symbolOf = (name: string) => (Object.hasOwn(spellings, name) ? String(spellings[name]) : name);
  const from = symbolOf(String(input.from ?? options.from));
  const to = symbolOf(String(input.to ?? options.to));
  const decimals = Number(options.decimals ?? 2);
  const known = 'l/100km, mpg, mpg_imp or km/l';
  if (!Object.hasOwn(FUEL_TO_KM_PER_L, from)) return { ok: false, problems: ['unknown fuel economy unit ' + JSON.stringify(String(input.from ?? options.from)) + ' (' + known + ')'] };
  if (!Object.hasOwn(FUEL_FROM_KM_PER_L, to)) return { ok: false, problems: ['unknown fuel economy unit ' + JSON.stringify(String(input.to ?? options.to)) + ' (' + known + ')'] };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, problems: ['a fuel consumption must be a finite number'] };
  if (value <= 0) return { ok: false, problems: ['a fuel consumption must be above 0, not ' + String(value)] };
  const converted = FUEL_FROM_KM_PER_L[to](FUEL_TO_KM_PER_L[from](value));
  const factor = 10 ** decimals;
  const rounded = Math.round(converted * factor) / factor;
  if (!Number.isFinite(converted) || !Number.isFinite(rounded) || rounded <= 0) {
    return { ok: false, problems: ['a fuel consumption of ' + String(value) + ' ' + from + ' is too small or too large to convert to ' + to] };
  }
  return { ok: true, value: { value: rounded } };
};`,
};
