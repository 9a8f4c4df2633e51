import type { FunctionCode } from './catalog-entry';
import { QUANTITIES, type QuantityDef } from './units-facts';
import { withArticle } from './units-design';
import { unitsOf, type Quantity } from './units-tables';

/*
 * The code the units family emits: one conversion per quantity (its units' exact factors in a table, the value
 * multiplied into the base unit and divided out of it, negative amounts refused), and the two directions of an
 * H:MM:SS duration. Module-level names carry the family's prefix, unique across the catalog.
 */

/** The units of a quantity as the problems list them: "mm, cm, m or km". */
export function unitList(quantity: Quantity): string {
  const symbols = unitsOf(quantity).map((u) => u.symbol);
  return `${symbols.slice(0, -1).join(', ')} or ${symbols[symbols.length - 1]}`;
}

function conversionCode(q: QuantityDef): FunctionCode {
  const table = `UNITS_${q.quantity.toUpperCase()}_FACTORS`;
  const units = unitsOf(q.quantity);
  const base = units.find((u) => u.factor === '1') ?? units[0];
  const rows = units.map((u) => `  ${/^\w+$/.test(u.symbol) ? u.symbol : `'${u.symbol}'`}: ${u.factor},`);
  const unknown = (name: string) =>
    `return { ok: false, problems: ['unknown ${q.noun} unit ' + JSON.stringify(${name}) + ' (${unitList(q.quantity)})'] };`;
  return {
    id: q.functionId,
    exportName: q.exportName,
    source: `/** ${q.summaryNoun} units and how many ${base.plural} one of each is (exact definitions). */
const ${table}: Readonly<Record<string, number>> = {
${rows.join('\n')}
};

/**
 * ${q.functionId}: ${withArticle(q.noun)} \`value\` from unit \`from\` to unit \`to\` (answered as \`unit\`, as it was sent), rounded
 * to \`decimals\`; a negative ${q.noun} is refused. Option \`spellings\` (JSON) maps the units as a feature spells
 * them ("kph") to their symbols ("km/h"); option \`factors\` (JSON) the factors a feature states for some units.${q.quantity === 'area' ? ' A unit sent with a superscript two ("m²") is its ASCII symbol ("m2").' : ''}
 */
export const ${q.exportName}: CatalogFunction = (input, options) => {
  const value = input.value;
  const spellings: Record<string, unknown> = typeof options.spellings === 'string' ? JSON.parse(options.spellings) : {};
  // A feature that spells its units answers those spellings only: any other name is no unit of it.
  const spelled = Object.keys(spellings).length > 0;
  const symbolOf = (name: string) => (Object.hasOwn(spellings, name) ? String(spellings[name]) : spelled ? '' : name${q.quantity === 'area' ? ".replace(/\u00b2/g, '2')" : ''});
  const sentTo = String(input.to ?? options.to);
  const from = symbolOf(String(input.from ?? options.from));
  const to = symbolOf(sentTo);
  const decimals = Number(options.decimals ?? 2);
  // Factors the feature states for some units ("1 psi = 6894.757 Pa"), used as it writes them.
  const declared: Record<string, unknown> = typeof options.factors === 'string' ? JSON.parse(options.factors) : {};
  const factorOf = (name: string) => (Object.hasOwn(declared, name) ? Number(declared[name]) : ${table}[name]);
  if (!Object.hasOwn(${table}, from)) ${unknown('from')}
  if (!Object.hasOwn(${table}, to)) ${unknown('to')}
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, problems: ['${withArticle(q.noun)} must be a finite number'] };
  if (value < 0) return { ok: false, problems: ['${withArticle(q.noun)} cannot be negative (' + String(value) + ' ' + from + ')'] };
  let converted = (value * factorOf(from)) / factorOf(to);
  if (!Number.isFinite(converted)) converted = value * (factorOf(from) / factorOf(to));
  const factor = 10 ** decimals;
  const scaled = converted * factor;
  const rounded = Number.isFinite(scaled) ? Math.round(scaled) / factor : converted;
  if (!Number.isFinite(rounded)) return { ok: false, problems: ['the ${q.noun} is too large to convert to ' + to] };
  // A double carries 15 significant digits: 63502931.800000012 milligrams is 63502931.8.
  const snapped = Number(rounded.toPrecision(15));
  const result = Number.isFinite(snapped) ? snapped : rounded;
  return { ok: true, value: { value: result === 0 ? 0 : result, unit: sentTo } };
};`,
  };
}

export const CONVERSION_CODES: Record<Quantity, FunctionCode> = {
  length: conversionCode(QUANTITIES.length),
  mass: conversionCode(QUANTITIES.mass),
  volume: conversionCode(QUANTITIES.volume),
  speed: conversionCode(QUANTITIES.speed),
  data_size: conversionCode(QUANTITIES.data_size),
  pressure: conversionCode(QUANTITIES.pressure),
  energy: conversionCode(QUANTITIES.energy),
  area: conversionCode(QUANTITIES.area),
};

export const DURATION_FORMAT_CODE: FunctionCode = {
  id: 'duration.format',
  exportName: 'formatDurationHms',
  source: `/** Hours, minutes and seconds with their letters: "h"/"H", "m"/"M", "s"/"S". */
const DURATION_PARTS: readonly (readonly [number, string])[] = [[3600, 'h'], [60, 'm'], [1, 's']];

/**
 * duration.format: whole \`seconds\` as H:MM:SS (style \`clock\`, hours padded to \`hourDigits\`), as "1h 2m 3s"
 * (style \`units\`) or as ISO 8601 "PT1H2M3S" (style \`iso\`); the hours count on past 24, zero parts are left out
 * of the last two ("0s", "PT0S" for nothing).
 */
export const formatDurationHms: CatalogFunction = (input, options) => {
  const seconds = input.seconds;
  const hourDigits = Number(options.hourDigits ?? 1);
  const style = String(options.style ?? 'clock');
  if (typeof seconds !== 'number' || !Number.isInteger(seconds)) {
    return { ok: false, problems: ['a duration must be a whole number of seconds'] };
  }
  if (seconds < 0) return { ok: false, problems: ['a duration cannot be negative (' + String(seconds) + ' seconds)'] };
  if (seconds > Number.MAX_SAFE_INTEGER) return { ok: false, problems: ['the duration is too long to format'] };
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (style === 'units' || style === 'iso') {
    const counts = [hours, minutes, rest];
    const parts = DURATION_PARTS.map(([, letter], i) => [counts[i], letter] as const).filter(([n]) => n > 0);
    if (style === 'units') {
      const duration = parts.length === 0 ? '0s' : parts.map(([n, letter]) => String(n) + letter).join(' ');
      return { ok: true, value: { duration } };
    }
    const iso = parts.map(([n, letter]) => String(n) + letter.toUpperCase()).join('');
    return { ok: true, value: { duration: 'PT' + (iso === '' ? '0S' : iso) } };
  }
  const duration =
    String(hours).padStart(hourDigits, '0') + ':' + String(minutes).padStart(2, '0') + ':' + String(rest).padStart(2, '0');
  return { ok: true, value: { duration } };
};`,
};

export const DURATION_PARSE_CODE: FunctionCode = {
  id: 'duration.parse',
  exportName: 'parseDurationHms',
  source: `/** Hours (any number of digits), minutes 00-59, seconds 00-59. */
const DURATION_HMS_PATTERN = /^(\\d+):([0-5]\\d):([0-5]\\d)$/;
/** "1h 2m 3s", "2h 30m", "45m", "90s": whole hours, minutes and seconds in that order, each at most once. */
const DURATION_UNITS_PATTERN = /^(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m)?\\s*(?:(\\d+)\\s*s)?$/i;
/** ISO 8601 "P1DT2H3M4S" with whole days, hours, minutes and seconds (no years, months, weeks or fractions). */
const DURATION_ISO_PATTERN = /^P(?:(\\d+)D)?(?:T(?=\\d)(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$/i;

/** The H:MM:SS, "1h 2m 3s" or ISO 8601 form a duration is written in, by \`style\`. */
function parseDurationForm(style: string): { pattern: RegExp; name: string; scale: readonly number[] } {
  if (style === 'units') return { pattern: DURATION_UNITS_PATTERN, name: 'like 1h 2m 3s', scale: [3600, 60, 1] };
  if (style === 'iso') return { pattern: DURATION_ISO_PATTERN, name: 'as ISO 8601 like PT1H2M3S', scale: [86400, 3600, 60, 1] };
  return { pattern: DURATION_HMS_PATTERN, name: 'H:MM:SS with minutes and seconds from 00 to 59', scale: [3600, 60, 1] };
}

/** duration.parse: a \`duration\` written in the endpoint's style (H:MM:SS, "1h 2m 3s", ISO 8601) as its total number of seconds. */
export const parseDurationHms: CatalogFunction = (input, options) => {
  const text = typeof input.duration === 'string' ? input.duration.trim() : '';
  const form = parseDurationForm(String(options.style ?? 'clock'));
  const match = form.pattern.exec(text);
  const parts = match ? match.slice(1) : [];
  if (!match || text === '' || parts.every((p) => p === undefined) || /T$/i.test(text)) {
    return {
      ok: false,
      problems: ['a duration must be written ' + form.name + ', not ' + JSON.stringify(text.slice(0, 40))],
    };
  }
  const seconds = parts.reduce((sum, part, i) => sum + Number(part ?? 0) * form.scale[i], 0);
  if (!Number.isSafeInteger(seconds)) return { ok: false, problems: ['the duration is too long to count in seconds'] };
  return { ok: true, value: { seconds } };
};`,
};
