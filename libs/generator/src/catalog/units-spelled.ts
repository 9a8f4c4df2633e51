import { featureWords } from './feature-words';
import { unitsOf, type Quantity, type UnitDef } from './units-tables';

/*
 * A feature that spells a conversion's units its own way (`"kph"|"mi_h"|"m_s"`, `"us_gal"`, `"KiB"`) lists the
 * values its fields take: each must be one unit of the quantity, found by its symbol written with other
 * separators (`m_s` for m/s, `mi_h` for mph), a usual abbreviation (`kph`, `kts`, `fl_oz`) or one of the unit's
 * words (`nudos`). Data sizes are matched with their case (`mb` could be a megabit; `Ko`, `Mio` are French): a value no unit answers,
 * or two values for one unit, and the listing cannot be honoured.
 */

/** Abbreviations users write for a unit beyond its symbols and words (separators and case left out). */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'm/s': ['mps', 'ms', 'meterpersecond', 'metrepersecond'],
  'km/h': ['kph', 'kmh', 'kmph', 'kmperh'],
  mph: ['mih', 'miph', 'mileperhour'],
  kn: ['kt', 'kts', 'knot', 'knots'],
  gal: ['usgal', 'galus', 'usgallon'],
  qt: ['usqt', 'qtus'],
  pt: ['uspt', 'ptus'],
  floz: ['usfloz', 'flozus'],
  imp_gal: ['impgal', 'ukgal', 'gbgal', 'galimp', 'galuk'],
  imp_pt: ['imppt', 'ukpt', 'gbpt', 'ptimp', 'ptuk'],
  m3: ['cbm', 'cubicmetre', 'cubicmeter'],
  l: ['lt', 'ltr', 'litre', 'liter'],
  t: ['tonne', 'tonnes', 'metricton'],
  lb: ['lbs'],
  km: ['kms'],
  yd: ['yds'],
};

/** A spelling with its separators left out (`m_s`, `m/s`, `m-s` → `ms`), lower case unless `keepCase`. */
function squeezed(text: string, keepCase: boolean): string {
  const bare = text.replace(/[\s_./-]+/g, '');
  return keepCase ? bare : bare.toLowerCase();
}

/** The unit of `quantity` a written value names, or undefined when none does (or it is unclear which). */
export function unitSpelled(quantity: Quantity, value: string): UnitDef | undefined {
  const units = unitsOf(quantity);
  const exact = units.find(
    (u) => u.symbol === value || u.symbols.includes(value) || u.localSymbols?.includes(value),
  );
  if (exact) return exact;
  const keepCase = quantity === 'data_size';
  // The French octet: "o" only as a value listed for a data size (free text it is also "or" and an article).
  if (keepCase && value === 'o') return units[0];
  const bare = squeezed(value, keepCase);
  if (bare === '') return undefined;
  const folded = featureWords(value).join(' ');
  const found = units.filter(
    (u) =>
      [u.symbol, ...u.symbols].some((s) => squeezed(s, keepCase) === bare) ||
      (!keepCase && (ABBREVIATIONS[u.symbol] ?? []).includes(bare)) ||
      (!keepCase && folded !== '' && u.words.includes(folded)),
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Each written value with the unit symbol it names, or null when one names no unit of the quantity or two
 * name the same unit.
 */
export function spelledUnits(quantity: Quantity, values: readonly string[]): Map<string, string> | null {
  const named = new Map<string, string>();
  for (const v of values) {
    const u = unitSpelled(quantity, v);
    if (!u || [...named.values()].includes(u.symbol)) return null;
    named.set(v, u.symbol);
  }
  return named.size >= 2 ? named : null;
}
