import { withSubject } from './conversion-subject';
import { readFeatureLiterals } from '@sf/service-spec';
import {
  numberField,
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type Refusal,
} from './catalog-entry';
import { conversionReference, type ConversionSemantics } from './conversion-reference';
import { decimalsIn, glossIn, hasAny, languagesOf, refuses, roundTo, type Language } from './feature-words';

/*
 * Temperatures between Celsius, Fahrenheit and Kelvin with the real formulas, refusing anything below absolute
 * zero. Recognised from the unit names (any language writes them alike) or the word for temperature; a feature
 * that only says to refuse what is colder than absolute zero constrains the conversion instead.
 */

type Unit = 'C' | 'F' | 'K';

const UNIT_WORDS: Record<Unit, string[]> = {
  C: ['celsius', 'centigrade', 'centigrado', 'centigrados'],
  F: ['fahrenheit'],
  K: ['kelvin', 'kelvins'],
};
const NAMES: Record<Unit, string> = { C: 'celsius', F: 'fahrenheit', K: 'kelvin' };
const LABELS: Record<Unit, string> = { C: 'Celsius', F: 'Fahrenheit', K: 'Kelvin' };
const TEMPERATURE_WORDS = [
  'temperature',
  'temperatures',
  'temperatura',
  'temperaturas',
  'temperatur',
  'temperaturen',
  'temperatures',
];
const ABSOLUTE_ZERO = [
  ['absolute', 'zero'],
  ['absolu'],
  ['absoluto'],
  ['absoluten'],
  ['assoluto'],
  ['colder'],
];

/** Reference points every thermometer agrees on, written out, not computed: °C, °F, K. */
const REFERENCE: Record<Unit, number>[] = [
  { C: 100, F: 212, K: 373.15 },
  { C: 0, F: 32, K: 273.15 },
  { C: -40, F: -40, K: 233.15 },
  { C: 37, F: 98.6, K: 310.15 },
];
/** The thermometer's reference semantics (via kelvin), for the values a feature writes ("37 °C is 98.6 °F"). */
const KELVIN_OF: Record<Unit, (v: number) => number> = {
  C: (v) => v + 273.15,
  F: (v) => ((v - 32) * 5) / 9 + 273.15,
  K: (v) => v,
};
const OF_KELVIN: Record<Unit, (k: number) => number> = {
  C: (k) => k - 273.15,
  F: (k) => ((k - 273.15) * 9) / 5 + 32,
  K: (k) => k,
};
const isUnit = (u: string): u is Unit => u === 'C' || u === 'F' || u === 'K';
const THERMOMETER: ConversionSemantics = {
  unitOf: (written) => {
    const name = written.replace(/^°\s*/, '').toLowerCase();
    const unit = (Object.keys(UNIT_WORDS) as Unit[]).find(
      (u) => UNIT_WORDS[u].includes(name) || u.toLowerCase() === name,
    );
    return unit ?? null;
  },
  refused: (value, from) =>
    isUnit(from) && KELVIN_OF[from](value) < -1e-9 ? `${value} ${LABELS[from]} is below absolute zero` : null,
  convert: (value, from, to) =>
    isUnit(from) && isUnit(to) ? OF_KELVIN[to](Math.max(KELVIN_OF[from](value), 0)) : NaN,
};

/** Just below absolute zero in each unit. */
const TOO_COLD: Record<Unit, number> = { C: -300, F: -500, K: -5 };

export const TEMPERATURE_CODE: FunctionCode = {
  id: 'temperature.convert',
  exportName: 'convertTemperature',
  source: `/** Kelvin from each unit and back; absolute zero is 0 K. */
const TO_KELVIN: Readonly<Record<string, (value: number) => number>> = {
  C: (value) => value + 273.15,
  F: (value) => ((value - 32) * 5) / 9 + 273.15,
  K: (value) => value,
};
const FROM_KELVIN: Readonly<Record<string, (kelvin: number) => number>> = {
  C: (kelvin) => kelvin - 273.15,
  F: (kelvin) => ((kelvin - 273.15) * 9) / 5 + 32,
  K: (kelvin) => kelvin,
};

/** temperature.convert: \`value\` from unit \`from\` to unit \`to\` (C, F or K), rounded to \`decimals\`. */
export const convertTemperature: CatalogFunction = (input, options) => {
  const value = input.value as number;
  const from = String(input.from ?? options.from);
  const to = String(input.to ?? options.to);
  const decimals = Number(options.decimals ?? 2);
  if (!Object.hasOwn(TO_KELVIN, from)) return { ok: false, problems: ['unknown unit ' + JSON.stringify(from) + ' (C, F or K)'] };
  if (!Object.hasOwn(FROM_KELVIN, to)) return { ok: false, problems: ['unknown unit ' + JSON.stringify(to) + ' (C, F or K)'] };
  const kelvin = TO_KELVIN[from](value);
  if (kelvin < -1e-9) {
    return { ok: false, problems: ['a temperature below absolute zero (0 K, -273.15 °C, -459.67 °F) does not exist'] };
  }
  const factor = 10 ** decimals;
  const result = Math.round(FROM_KELVIN[to](Math.max(kelvin, 0)) * factor) / factor;
  if (!Number.isFinite(result)) return { ok: false, problems: ['the temperature is too large to convert'] };
  return { ok: true, value: { value: Object.is(result, -0) ? 0 : result } };
};`,
};

function unitsIn(words: string[]): Unit[] {
  const found: { unit: Unit; at: number }[] = [];
  for (const unit of Object.keys(UNIT_WORDS) as Unit[]) {
    const at = words.findIndex((w) => UNIT_WORDS[unit].includes(w));
    if (at >= 0) found.push({ unit, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.unit);
}

/** Words for degrees, before a scale's letter ("degrees F", "Grad C", "grados C"). */
const DEGREE_WORDS = 'degree|degrees|deg|grad|grado|grados|degre|degres|gradi|grau|graus';

/**
 * The scales a feature names, in order, by name or by symbol: "°C", "degrees F", or a bare capital C, F or K in a
 * feature about temperatures ("temperatures in F -> C").
 */
function scalesIn(text: string, words: string[]): Unit[] {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  const bare = hasAny(words, TEMPERATURE_WORDS) ? '|\\b([CFK])\\b' : '';
  const symbol = new RegExp(
    `\\b(celsius|centigrados?|centigrade|fahrenheit|kelvins?)\\b|(?:°\\s*|\\b(?:${DEGREE_WORDS})\\s+)([CFKcfk])\\b${bare}`,
    'gi',
  );
  const found: Unit[] = [];
  for (const m of folded.matchAll(symbol)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    const unit = (Object.keys(UNIT_WORDS) as Unit[]).find(
      (u) => UNIT_WORDS[u].includes(name) || u.toLowerCase() === name,
    );
    if (unit && !found.includes(unit)) found.push(unit);
  }
  return found.length > unitsIn(words).length ? found : unitsIn(words);
}

/** The rule in the feature's languages: the words they write for degrees and the scales. */
const GLOSS: Partial<Record<Language, string>> = {
  de: ' Rechnet Temperaturen in Grad um (Celsius, Fahrenheit, Kelvin).',
  es: ' Convierte temperaturas en grados (grados centígrados o Celsius, Fahrenheit, Kelvin).',
  fr: ' Convertit des températures en degrés (Celsius, Fahrenheit, Kelvin).',
  it: ' Converte temperature in gradi (Celsius, Fahrenheit, Kelvin).',
  pt: ' Converte temperaturas em graus (Celsius, Fahrenheit, Kelvin).',
};

function fixedDesign(from: Unit, to: Unit, decimals: number, languages: Language[]): FunctionDesign {
  const input = NAMES[from];
  const output = NAMES[to];
  return {
    function: TEMPERATURE_CODE.id,
    method: 'POST',
    path: `/convert/${input}-to-${output}`,
    summary: `Converts a temperature from degrees ${LABELS[from]} to degrees ${LABELS[to]} (via kelvin: K = °C + 273.15, °F = °C × 9/5 + 32), rounded to ${decimals} decimals; a temperature below absolute zero (0 K = -273.15 °C = -459.67 °F) is refused with 400.${glossIn(GLOSS, languages)}`,
    inputs: [
      { param: 'value', field: numberField(input, `Temperature in ${LABELS[from]}`, REFERENCE[0][from]) },
    ],
    outputs: [
      {
        result: 'value',
        field: output,
        description: `Temperature in ${LABELS[to]}`,
        example: REFERENCE[0][to],
      },
    ],
    options: { from, to, decimals },
    examples: REFERENCE.slice(0, 3).map((row) => ({
      description: `${row[from]} ${LABELS[from]} is ${row[to]} ${LABELS[to]}.`,
      input: { [input]: row[from] },
      output: { [output]: roundTo(row[to], decimals) },
    })),
    refusals: [
      {
        description: `${TOO_COLD[from]} ${LABELS[from]} is below absolute zero (colder than anything can be) and is refused.`,
        input: { [input]: TOO_COLD[from] },
      },
    ],
    reference: conversionReference(THERMOMETER, { from, to, decimals }),
  };
}

/** Scales joined by these words are converted both ways ("between Celsius and Fahrenheit", "zwischen … und …"). */
const BETWEEN_WORDS = ['between', 'zwischen', 'entre', 'tra', 'fra'];

/** The thermometer limited to some scales: any other is no unit of the converter (one object per set). */
const LIMITED = new Map<string, ConversionSemantics>();
function thermometerOf(units: Unit[]): ConversionSemantics {
  if (units.length === 3) return THERMOMETER;
  const key = units.join('');
  const found = LIMITED.get(key) ?? {
    ...THERMOMETER,
    unitOf: (written: string) => {
      const unit = THERMOMETER.unitOf(written);
      return unit !== null && units.includes(unit as Unit) ? unit : null;
    },
  };
  LIMITED.set(key, found);
  return found;
}

/** Directions and reference rows shown as worked examples; the first four are the three-scale converter's. */
const GENERAL_PAIRS: [Unit, Unit, number][] = [
  ['C', 'F', 0],
  ['F', 'C', 2],
  ['C', 'K', 1],
  ['K', 'F', 3],
  ['F', 'K', 0],
  ['K', 'C', 3],
  ['C', 'F', 3],
  ['F', 'C', 1],
  ['C', 'K', 0],
  ['K', 'C', 2],
  ['F', 'K', 3],
  ['K', 'F', 1],
];

/** The converter both ways between `units` (all three scales unless the feature names two). */
function generalDesign(
  decimals: number,
  languages: Language[],
  units: Unit[] = ['C', 'F', 'K'],
): FunctionDesign {
  const pairs = GENERAL_PAIRS.filter(([a, b]) => units.includes(a) && units.includes(b)).slice(0, 4);
  const named = units.map((u) => `${LABELS[u]} (${u})`);
  const listing = `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  const letters = units.length === 3 ? 'C, F or K' : units.join(' or ');
  const left = (['C', 'F', 'K'] as Unit[]).filter((u) => !units.includes(u));
  return {
    function: TEMPERATURE_CODE.id,
    method: 'POST',
    path: '/temperature/convert',
    summary: `Converts a temperature in degrees between ${listing}${left.length > 0 ? ' only' : ''} (K = °C + 273.15, °F = °C × 9/5 + 32), rounded to ${decimals} decimals; a temperature below absolute zero (0 K = -273.15 °C = -459.67 °F)${left.length > 0 ? `, or a unit other than ${letters},` : ''} is refused with 400.${glossIn(GLOSS, languages)}`,
    inputs: [
      { param: 'value', field: numberField('value', 'Temperature to convert', REFERENCE[0][units[0]]) },
      { param: 'from', field: stringField('from', `Unit of value: ${letters}`, units[0], units) },
      { param: 'to', field: stringField('to', `Unit to convert to: ${letters}`, units[1], units) },
    ],
    outputs: [
      {
        result: 'value',
        field: 'value',
        description: 'The converted temperature',
        example: REFERENCE[0][units[1]],
      },
    ],
    options: { decimals },
    examples: pairs.map(([from, to, row]) => ({
      description: `${REFERENCE[row][from]} ${LABELS[from]} is ${REFERENCE[row][to]} ${LABELS[to]}.`,
      input: { value: REFERENCE[row][from], from, to },
      output: { value: roundTo(REFERENCE[row][to], decimals) },
    })),
    refusals: [
      {
        description: `${TOO_COLD[units[0]]} ${LABELS[units[0]]} is below absolute zero and is refused.`,
        input: { value: TOO_COLD[units[0]], from: units[0], to: units[1] },
      },
      ...left.map((u) => ({
        description: `${LABELS[u]} is not one of the units (${letters}) and is refused.`,
        input: { value: 1, from: u, to: units[0] },
      })),
      { description: 'An unknown unit is refused.', input: { value: 1, from: 'X', to: units[0] } },
    ],
    reference: conversionReference(thermometerOf(units), { decimals }),
  };
}

/** Absolute zero in the feature's languages, for a line that only refuses what is colder. */
const ZERO_GLOSS: Partial<Record<Language, string>> = {
  de: ' Werte unter dem absoluten Nullpunkt (0 K) gibt es nicht.',
  es: ' Los valores por debajo del cero absoluto (0 K) no existen.',
  fr: " Les valeurs en dessous du zéro absolu (0 K) n'existent pas.",
  it: ' I valori sotto lo zero assoluto (0 K) non esistono.',
  pt: ' Valores abaixo do zero absoluto (0 K) não existem.',
};

/** The languages a word for absolute zero is written in ("absoluten Nullpunkt" is German whatever else the line says). */
const ZERO_LANGUAGES: Record<string, Language[]> = {
  absoluten: ['de'],
  nullpunkt: ['de'],
  absoluto: ['es', 'pt'],
  absolu: ['fr'],
  assoluto: ['it'],
};
const zeroLanguages = (words: string[], languages: Language[]): Language[] => [
  ...new Set([...languages, ...words.flatMap((w) => ZERO_LANGUAGES[w] ?? [])]),
];

/** The absolute-zero refusals of a temperature endpoint, in its own fields and the feature's languages. */
function tooCold(design: FunctionDesign, languages: Language[] = []): Refusal[] {
  const gloss = glossIn(ZERO_GLOSS, languages);
  const from = design.options?.from as Unit | undefined;
  if (from) return design.refusals.map((r) => ({ ...r, description: `${r.description}${gloss}` }));
  // A converter between two scales only is refused below absolute zero in those two (its enum, when unrespelled).
  const own = (design.inputs.find((i) => i.param === 'from')?.field.enum ?? []).filter(
    (u): u is Unit => typeof u === 'string' && isUnit(u),
  );
  const listed: Unit[] = own.length >= 2 ? own : ['C', 'F', 'K'];
  return (['C', 'F', 'K'] as Unit[])
    .filter((unit) => listed.includes(unit))
    .map((unit) => ({
      description: `${TOO_COLD[unit]} ${LABELS[unit]} is below absolute zero and is refused.${gloss}`,
      input: { value: TOO_COLD[unit], from: unit, to: listed.find((u) => u !== unit) ?? unit },
    }));
}

/** The scale a written field is named after (`celsius`, `temp_f`… only whole scale names), if any. */
function scaleNamed(name: string): Unit | undefined {
  const words = name.toLowerCase().split(/[^a-z]+/);
  return (Object.keys(UNIT_WORDS) as Unit[]).find((u) => words.some((w) => UNIT_WORDS[u].includes(w)));
}

/**
 * The direction a spelled-out route writes in its field names: the scale of the one field it sends, to the
 * scale of a field it answers (`POST /fahrenheit {"celsius": number} -> {"celsius": …, "fahrenheit": …}` is
 * Celsius to Fahrenheit, whatever the route's words say first). Undefined when the names do not say it.
 */
function writtenDirection(text: string): Unit[] | undefined {
  const literals = readFeatureLiterals(text);
  if (literals.routes.length !== 1) return undefined;
  const sent = [...literals.request, ...literals.queryFields];
  if (sent.length !== 1) return undefined;
  const from = scaleNamed(sent[0].name);
  const to = [...new Set(literals.response.map((f) => scaleNamed(f.name)))].filter(
    (u): u is Unit => u !== undefined && u !== from,
  );
  return from && to.length === 1 ? [from, to[0]] : undefined;
}

export const TEMPERATURE: CatalogFamily = {
  name: 'temperature',
  functions: [TEMPERATURE_CODE],
  recognise(text: string, words: string[]): Recognised {
    const units = writtenDirection(text) ?? scalesIn(text, words);
    const languages = languagesOf(words);
    // A shape that lists the unit letters ("from": "C"|"F"|"K") names the three scales too.
    const letters = readFeatureLiterals(text).request.some(
      (f) =>
        f.enum !== undefined &&
        f.enum.length >= 2 &&
        f.enum.every((v) => v === 'C' || v === 'F' || v === 'K'),
    );
    if (letters) return { design: generalDesign(decimalsIn(text) ?? 2, languages) };
    const aboutTemperature = units.length > 0 || hasAny(words, TEMPERATURE_WORDS);
    const belowZero = ABSOLUTE_ZERO.some((set) => set.every((w) => words.includes(w)));
    if (refuses(words) && belowZero)
      return {
        constraint: {
          function: TEMPERATURE_CODE.id,
          refusals: (d) => tooCold(d, zeroLanguages(words, languages)),
        },
      };
    if (!aboutTemperature) return null;
    const decimals = decimalsIn(text) ?? 2;
    if (units.length === 2 && hasAny(words, BETWEEN_WORDS))
      return withSubject({ design: generalDesign(decimals, languages, units) }, text);
    if (units.length === 2) return { design: fixedDesign(units[0], units[1], decimals, languages) };
    if (
      units.length === 1 ||
      (units.length === 0 &&
        !hasAny(words, [
          'convert',
          'conversion',
          'convertir',
          'umrechnen',
          'converter',
          'converti',
          'convertire',
        ]))
    ) {
      return null;
    }
    return withSubject({ design: generalDesign(decimals, languages) }, text);
  },
};
