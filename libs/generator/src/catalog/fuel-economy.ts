import { readFeatureLiterals } from '@sf/service-spec';
import {
  numberField,
  stringField,
  type CatalogFamily,
  type FunctionDesign,
  type Recognised,
  type Refusal,
} from './catalog-entry';
import { decimalsIn, glossIn, refuses, roundTo, type Language } from './feature-words';
import { glossLanguages } from './gloss-match';
import { FUEL_ECONOMY_CODE } from './fuel-economy-code';

/*
 * Fuel economy between litres per 100 km, US and imperial miles per gallon and kilometres per litre. The
 * figures are reciprocal, not multiples of each other (mpg = 235.2145833… / (L/100 km) with 1 US gallon =
 * 3.785411784 L and 1 mile = 1.609344 km), so they are not units of the units family: every figure is read
 * through kilometres per litre. A consumption of 0 or below is refused: its reciprocal is infinite or negative.
 * Recognised when a feature names two of the figures (by symbol or in words, six languages); one that names
 * one figure only ("compute L/100 km from litres and kilometres", "mpg to kWh per 100 km") is left alone.
 */

export type FuelUnit = 'l/100km' | 'mpg' | 'mpg_imp' | 'km/l';

interface FuelUnitDef {
  label: string;
  field: string;
  /** Worked examples' values, typical figures of cars. */
  samples: number[];
}

export const FUEL_UNITS: Record<FuelUnit, FuelUnitDef> = {
  'l/100km': { label: 'litres per 100 km (L/100 km)', field: 'l_per_100km', samples: [10, 6.5, 5] },
  mpg: { label: 'US miles per gallon (mpg)', field: 'mpg', samples: [30, 50, 25] },
  mpg_imp: { label: 'imperial (UK) miles per gallon', field: 'mpg_imp', samples: [40, 45, 30] },
  'km/l': { label: 'kilometres per litre (km/L)', field: 'km_per_l', samples: [20, 12.5, 8] },
};

const ORDER: FuelUnit[] = ['l/100km', 'mpg', 'mpg_imp', 'km/l'];
const US_GALLON = 3.785411784;
const IMPERIAL_GALLON = 4.54609;
const MILE = 1.609344;

/** The reference semantics: each figure as kilometres per litre and back (worked examples are computed here). */
const TO_KM_PER_L: Record<FuelUnit, (v: number) => number> = {
  'l/100km': (v) => 100 / v,
  'km/l': (v) => v,
  mpg: (v) => (v * MILE) / US_GALLON,
  mpg_imp: (v) => (v * MILE) / IMPERIAL_GALLON,
};
const FROM_KM_PER_L: Record<FuelUnit, (k: number) => number> = {
  'l/100km': (k) => 100 / k,
  'km/l': (k) => k,
  mpg: (k) => (k * US_GALLON) / MILE,
  mpg_imp: (k) => (k * IMPERIAL_GALLON) / MILE,
};

/** `value` of `from` as `to`, unrounded (the reference, not the emitted code). */
export function fuelReference(value: number, from: FuelUnit, to: FuelUnit): number {
  return FROM_KM_PER_L[to](TO_KM_PER_L[from](value));
}

const L100 = String.raw`\b(?:l|lt|ltr|litres?|liters?|litros?|litri|litern?)\s*(?:\/|per|pro|je|auf|por|cada|aux|au|pour|par|ogni|a|em)?\s*100\s*(?:km|kms|kilometres?|kilometers?|kilometern|kilometros|chilometri|quilometros)\b|\bl100km\b`;
const MPG = String.raw`\bmpg(?:[_ -]?(?:us|uk|imp))?\b|\b(?:miles?|meilen|millas|milles|miglia|milhas)\s+(?:per|a|par|pro|je|por|to the|al|au|ao)\s+(?:(?:us|uk|imperial|british)[- ]?)?(?:gallons?|gallone|gallonen|galon|galones|galao|galoes)\b`;
const KML = String.raw`\bkm\s*(?:\/|per|pro|je|por|par|al|a|ao)\s*(?:l|lt|litres?|liters?|litro|litri)\b|\bkmpl\b|\b(?:kilometres?|kilometers?|kilometer|kilometros|chilometri|quilometros)\s+(?:per|pro|je|por|par|al|a|ao|au)\s+(?:litres?|liters?|liter|litro|litri)\b`;
const MENTION = new RegExp(`(${L100})|(${MPG})|(${KML})`, 'g');
const IMPERIAL =
  /\b(?:imperial|imperiales?|imperiaux|imperiali|uk|british|britische\w*|britanic\w*|brit|imp)\b/;
const US = /\b(?:us|usa|american|amerikanische\w*|ee uu|eeuu|americain\w*|american\w*|statunitens\w*)\b/;

/** The feature folded: lower case, accents dropped, so the patterns read every language alike. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

/** The figures a text names, in order of first mention (US or imperial mpg told by the words around it). */
export function fuelUnitsIn(text: string): FuelUnit[] {
  const t = folded(text);
  const found: FuelUnit[] = [];
  const imperialAnywhere = IMPERIAL.test(t) && !US.test(t);
  for (const m of t.matchAll(MENTION)) {
    let u: FuelUnit = m[1] ? 'l/100km' : m[2] ? 'mpg' : 'km/l';
    if (u === 'mpg') {
      // The nearest words tell which gallon: "US mpg, imperial mpg", "miles per UK gallon", "mpg (imperial)".
      const before =
        t
          .slice(0, m.index)
          .match(/[a-z]+/g)
          ?.slice(-2) ?? [];
      const after =
        t
          .slice(m.index + m[0].length)
          .match(/[a-z]+/g)
          ?.slice(0, 1) ?? [];
      const near = [m[0], ...before, ...after].join(' ');
      const own = m[0].replace(/_/g, ' ');
      if (/\bus\b/.test(own) || (!IMPERIAL.test(own) && US.test(near))) u = 'mpg';
      else if (IMPERIAL.test(own) || IMPERIAL.test(near) || imperialAnywhere) u = 'mpg_imp';
    }
    if (!found.includes(u)) found.push(u);
  }
  return found;
}

/** Words that make a conversion general: between the figures, both ways. */
const GENERAL =
  /\b(?:between|both ways|either way|any of|zwischen|beide richtungen|in beide|entre|ambos sentidos|dans les deux sens|les deux sens|tra|fra|in entrambi|entrambe|nos dois sentidos|vice versa|viceversa|converter between)\b|<->|↔/;

/** The rule in the feature's languages, for the gate's words. */
const GLOSS: Partial<Record<Language, string>> = {
  de: ' Rechnet den Verbrauch um (Liter pro 100 km, Meilen pro Gallone, Kilometer pro Liter); ein Verbrauch von null oder darunter (negativ) ist ungültig und wird abgelehnt.',
  es: ' Convierte el consumo de combustible (litros cada 100 km, millas por galón, kilómetros por litro); un consumo de cero o negativo es inválido y se rechaza.',
  fr: ' Convertit une consommation de carburant (litres aux 100 km, miles par gallon, kilomètres par litre) ; une consommation nulle ou négative est invalide et refusée.',
  it: ' Converte il consumo di carburante (litri per 100 km, miglia per gallone, chilometri per litro); un consumo nullo o negativo non è valido ed è rifiutato.',
  pt: ' Converte o consumo de combustível (litros por 100 km, milhas por galão, quilômetros por litro); um consumo nulo ou negativo é inválido e recusado.',
};

/** Both ways, in the feature's languages, for a general converter. */
const BOTH_WAYS: Partial<Record<Language, string>> = {
  de: ' Umrechnung in beide Richtungen.',
  es: ' Conversión en ambos sentidos.',
  fr: ' Conversion dans les deux sens.',
  it: ' Conversione in entrambi i sensi.',
  pt: ' Conversão nos dois sentidos.',
};

const DEFINITIONS =
  'The figures are reciprocal, not proportional: with 1 US gallon = 3.785411784 L, 1 imperial gallon = 4.54609 L and 1 mile = 1.609344 km, US mpg = 235.2145833 / (L/100 km), imperial mpg = 282.4809363 / (L/100 km) and km/L = 100 / (L/100 km)';

function rounded(decimals: number): string {
  return `rounded to ${decimals} decimal${decimals === 1 ? '' : 's'}`;
}

function describe(value: number, u: FuelUnit): string {
  return `${value} ${FUEL_UNITS[u].label}`;
}

/** The endpoint converting one figure into another, its fields named after them. */
export function fixedFuelDesign(
  from: FuelUnit,
  to: FuelUnit,
  decimals: number,
  languages: Language[],
): FunctionDesign {
  const [source, target] = [FUEL_UNITS[from], FUEL_UNITS[to]];
  const kebab = (f: string) => f.replace(/_/g, '-');
  const examples = source.samples.map((v) => {
    const answer = roundTo(fuelReference(v, from, to), decimals);
    return {
      description: `${describe(v, from)} is ${describe(answer, to)}, ${rounded(decimals)}.`,
      input: { [source.field]: v },
      output: { [target.field]: answer },
    };
  });
  return {
    function: FUEL_ECONOMY_CODE.id,
    method: 'POST',
    path: `/fuel-economy/${kebab(source.field)}-to-${kebab(target.field)}`,
    summary: `Converts a car's fuel consumption (fuel economy) from ${source.label} to ${target.label}. ${DEFINITIONS}. Answers are ${rounded(decimals)}; a consumption of zero or below (negative) is refused with 400.${glossIn(GLOSS, languages)}`,
    inputs: [
      {
        param: 'value',
        field: numberField(source.field, `Fuel consumption in ${source.label}, above 0`, source.samples[0]),
      },
    ],
    outputs: [
      {
        result: 'value',
        field: target.field,
        description: `Fuel consumption in ${target.label}, ${rounded(decimals)}`,
        example: examples[0].output[target.field],
      },
    ],
    options: { from, to, decimals },
    examples,
    refusals: [
      { description: `A consumption of zero (0 ${source.label}) is refused.`, input: { [source.field]: 0 } },
      {
        description: `A negative consumption (-5 ${source.label}) is refused.`,
        input: { [source.field]: -5 },
      },
    ],
  };
}

/** The general converter (value, from, to) between the figures, its fields listing their symbols. */
export function generalFuelDesign(decimals: number, languages: Language[]): FunctionDesign {
  const pairs: [FuelUnit, FuelUnit][] = [
    ['l/100km', 'mpg'],
    ['mpg', 'l/100km'],
    ['l/100km', 'mpg_imp'],
    ['mpg', 'km/l'],
    ['km/l', 'l/100km'],
  ];
  const examples = pairs.map(([from, to]) => {
    const v = FUEL_UNITS[from].samples[0];
    const answer = roundTo(fuelReference(v, from, to), decimals);
    return {
      description: `${describe(v, from)} is ${describe(answer, to)}, ${rounded(decimals)}.`,
      input: { value: v, from, to },
      output: { value: answer },
    };
  });
  const list = `${ORDER.slice(0, -1).join(', ')} or ${ORDER[ORDER.length - 1]}`;
  return {
    function: FUEL_ECONOMY_CODE.id,
    method: 'POST',
    path: '/fuel-economy/convert',
    summary: `Converts a fuel consumption (fuel economy) between litres per 100 km (l/100km), US miles per gallon (mpg), imperial miles per gallon (mpg_imp) and kilometres per litre (km/l). ${DEFINITIONS}. Answers are ${rounded(decimals)}; a consumption of zero or below (negative) or an unknown unit is refused with 400; it converts both ways.${glossIn(GLOSS, languages)}${glossIn(BOTH_WAYS, languages)}`,
    inputs: [
      { param: 'value', field: numberField('value', 'The fuel consumption to convert, above 0', 10) },
      { param: 'from', field: stringField('from', `Unit of the value: ${list}`, 'l/100km', ORDER) },
      { param: 'to', field: stringField('to', `Unit to convert to: ${list}`, 'mpg', ORDER) },
    ],
    outputs: [
      {
        result: 'value',
        field: 'value',
        description: `The consumption in unit \`to\`, ${rounded(decimals)}`,
        example: examples[0].output.value,
      },
    ],
    options: { decimals },
    respell: (values) => spelledFuelDesign(values, decimals, languages),
    examples,
    refusals: [
      { description: 'A consumption of zero is refused.', input: { value: 0, from: 'l/100km', to: 'mpg' } },
      { description: 'A negative consumption is refused.', input: { value: -5, from: 'mpg', to: 'km/l' } },
      { description: 'An unknown unit ("gal/h") is refused.', input: { value: 5, from: 'gal/h', to: 'mpg' } },
    ],
  };
}

/** The figure a listed value spells ("L/100km", "mpg_us", "mpg_uk", "kmpl"), or null. */
function spelledUnit(value: string): FuelUnit | null {
  const units = fuelUnitsIn(value.replace(/_/g, ' '));
  if (units.length === 1) return units[0];
  const t = folded(value).replace(/[^a-z0-9]/g, '');
  if (t === 'l100km' || t === 'l100') return 'l/100km';
  if (t === 'kml' || t === 'kmpl') return 'km/l';
  return null;
}

/**
 * The general converter with the figures spelled as the feature lists them (`"L/100km"|"mpg_us"|"mpg_uk"`): the
 * fields take exactly those values (option `spellings`). Null when one names no figure, or two name the same.
 */
function spelledFuelDesign(
  values: (string | number)[],
  decimals: number,
  languages: Language[],
): FunctionDesign | null {
  const spelled = new Map<string, FuelUnit>();
  for (const v of values) {
    const u = spelledUnit(String(v));
    if (u === null || [...spelled.values()].includes(u)) return null;
    spelled.set(String(v), u);
  }
  if (spelled.size < 2) return null;
  const names = [...spelled.keys()];
  const spelling = new Map([...spelled].map(([w, u]) => [u, w]));
  const units = [...spelled.values()];
  const pairs = units.flatMap((a) => units.filter((b) => b !== a).map((b): [FuelUnit, FuelUnit] => [a, b]));
  const examples = pairs.slice(0, 5).map(([from, to]) => {
    const v = FUEL_UNITS[from].samples[0];
    const answer = roundTo(fuelReference(v, from, to), decimals);
    return {
      description: `${describe(v, from)} is ${describe(answer, to)}, ${rounded(decimals)} (${spelling.get(from)} = ${from}, ${spelling.get(to)} = ${to}).`,
      input: { value: v, from: spelling.get(from), to: spelling.get(to) },
      output: { value: answer },
    };
  });
  const { respell: _own, ...general } = generalFuelDesign(decimals, languages);
  const listing = [...spelled].map(([w, u]) => `${w} = ${FUEL_UNITS[u].label}`).join(', ');
  const [a, b] = [names[0], names[1]];
  return {
    ...general,
    summary: `Converts a fuel consumption (fuel economy) between the units the feature spells: ${listing}. ${DEFINITIONS}. Answers are ${rounded(decimals)}; a consumption of zero or below (negative) or any other unit is refused with 400; it converts both ways.${glossIn(GLOSS, languages)}${glossIn(BOTH_WAYS, languages)}`,
    inputs: [
      general.inputs[0],
      { param: 'from', field: stringField('from', `Unit of the value: ${names.join(', ')}`, a, names) },
      { param: 'to', field: stringField('to', `Unit to convert to: ${names.join(', ')}`, b, names) },
    ],
    options: { decimals, spellings: JSON.stringify(Object.fromEntries(spelled)) },
    examples,
    outputs: [{ ...general.outputs[0], example: examples[0].output.value }],
    refusals: [
      { description: 'A consumption of zero is refused.', input: { value: 0, from: a, to: b } },
      { description: 'A negative consumption is refused.', input: { value: -5, from: a, to: b } },
      {
        description: 'A unit the feature does not spell ("gal/h") is refused.',
        input: { value: 5, from: 'gal/h', to: b },
      },
    ],
  };
}

/** Zero or negative consumption refused, in the languages intents are written in (accents folded). */
const NOT_POSITIVE =
  /\b(?:zero|null|cero|nul|nulle|nulo|nula|0|negative?s?|negativ\w*|negatif\w*|not positive|non[- ]?positiv\w*|below|under|darunter|weniger|menos|moins)\b/;
const CONSUMPTION =
  /\b(?:consumption|fuel|economy|mileage|verbrauch\w*|kraftstoff\w*|consumo\w*|rendimiento\w*|combustible|consommation\w*|carburant|carburante|combustivel|mpg)\b/;

/** The refusals a "zero or negative consumption is refused" feature shows on a fuel endpoint, in its fields. */
function notPositive(design: FunctionDesign): Refusal[] {
  return design.refusals.filter((r) => !/unknown|does not spell/.test(r.description));
}

/** The design with the rule glossed in languages it does not speak yet (a constraint written in another one). */
function glossed(design: FunctionDesign, languages: Language[]): FunctionDesign {
  const missing = languages.filter((l) => {
    const gloss = GLOSS[l];
    return gloss !== undefined && !design.summary.includes(gloss);
  });
  return missing.length === 0 ? design : { ...design, summary: design.summary + glossIn(GLOSS, missing) };
}

/** The one route a spelled feature writes, when its fields list values of figures: a general converter. */
function spelledListing(text: string): FuelUnit[] | null {
  const literals = readFeatureLiterals(text);
  if (literals.routes.length !== 1) return null;
  const listed = [...literals.request, ...literals.queryFields].find((f) => f.enum)?.enum ?? [];
  const units = listed.map((v) => spelledUnit(String(v)));
  return listed.length >= 2 && units.every((u) => u !== null) ? units : null;
}

export const FUEL_ECONOMY: CatalogFamily = {
  name: 'fuel-economy',
  functions: [FUEL_ECONOMY_CODE],
  recognise(text: string, words: string[]): Recognised {
    const languages = glossLanguages(words, GLOSS);
    const decimals = decimalsIn(text) ?? 2;
    if (spelledListing(text)) return { design: generalFuelDesign(decimals, languages) };
    const units = fuelUnitsIn(text);
    const t = folded(text);
    if (units.length < 2) {
      // "zero or negative consumption is rejected": a rule on the conversion another feature asks for.
      if (refuses(words) && NOT_POSITIVE.test(t) && (CONSUMPTION.test(t) || units.length === 1))
        return {
          constraint: {
            function: FUEL_ECONOMY_CODE.id,
            refusals: notPositive,
            refine: (design) => glossed(design, languages),
          },
        };
      return null;
    }
    if (units.length > 2 || GENERAL.test(t)) return { design: generalFuelDesign(decimals, languages) };
    return { design: fixedFuelDesign(units[0], units[1], decimals, languages) };
  },
};
