import { withSubject } from './conversion-subject';
import { readFeatureLiterals, topLevelShapes } from '@sf/service-spec';
import type { CatalogFamily, Recognised } from './catalog-entry';
import { decimalsIn, proseOf } from './feature-words';
import { CONVERSION_CODES, DURATION_FORMAT_CODE, DURATION_PARSE_CODE } from './units-code';
import { DURATION_FROM_PARTS_CODE, DURATION_TO_PARTS_CODE } from './units-duration-parts';
import { fixedDesign, generalDesign, namedRefusals, negativeRefusals } from './units-design';
import { recogniseDuration } from './units-duration';
import { QUANTITIES, unstatedDecimals } from './units-facts';
import { unitsOf } from './units-tables';
import { spellsConversion } from './param-affinity';
import { recogniseSize } from './units-sizes';
import { spelledUnits } from './units-spelled';
import { SIZE_FORMAT_CODE, SIZE_PARSE_CODE } from './units-sizes-code';
import { WRITTEN_CONVERSION_CODE, factCount, recogniseWrittenFacts } from './units-written';
import {
  asksToConvert,
  answerDecimals,
  asksToConvertQuantity,
  direction,
  eitherWay,
  mentionsIn,
  namesAny,
  numbersOf,
  saysNegative,
  saysRefuse,
  tokensOf,
  type Mention,
  type Token,
} from './units-read';
import { namesForeign } from './units-foreign';
import { declaredDesign, definitionAgrees } from './units-declared';
import { recogniseStatedFactors } from './units-stated';
import { recogniseStatedBase } from './units-base';
import { MANY_CODE, manyNegative, recogniseMany } from './units-many';
import { unit, type Quantity } from './units-tables';

/*
 * Unit conversions with the exact definitions (length, mass, volume, speed, data sizes, pressure, energy) and
 * H:MM:SS durations.
 * A feature naming two units of one quantity and which way to go ("convert a distance in kilometres to miles",
 * "Kilometer in Meilen umrechnen", "de libras a kilos") gets an endpoint with fields named after them; one
 * naming a quantity and a conversion, or several units, or "between" two, gets a general converter (value,
 * from, to). A feature that only refuses negative amounts of a quantity constrains its conversion.
 * Temperatures (their own family), currencies (no rate table), areas, rates and anything else are left alone.
 * Pressures are absolute (0 or more; a gauge pressure, psig or vacuum is left alone), and "calories" are the
 * thermochemical calorie except in a feature about food, where they may be kilocalories: that one is left alone
 * rather than guessed (kcal, written as such, is converted), as is "Cal".
 */

const QUANTITY_ORDER: Quantity[] = [
  'length',
  'mass',
  'volume',
  'speed',
  'data_size',
  'pressure',
  'energy',
  'area',
];

/** Words of rounding in the languages features are written in, beyond the summaries' English. */
const ROUNDING = [
  ...[
    'arrondi',
    'gerundet',
    'runden',
    'redonde',
    'arredond',
    'arrotond',
    'decimales',
    'decimais',
    'decimali',
  ],
  'nachkommastellen',
];

/** The feature's own words for the units and the quantity, when they are not the names the design uses. */
function writtenWords(tokens: Token[], mentions: Mention[], quantity: Quantity): string[] {
  const written = new Set<string>();
  for (const m of mentions) {
    const u = unit(m.unit!);
    const own = [u.symbol, u.singular, u.plural, u.field];
    if (!own.some((w) => w.toLowerCase() === m.written.toLowerCase())) written.add(m.written);
  }
  const q = QUANTITIES[quantity];
  for (const t of tokens) {
    const english = q.summaryNoun.includes(t.low.replace(/e?s$/, ''));
    if (q.words.includes(t.low) && !english) written.add(t.raw);
    // The rounding the design applies, in the feature's own words ("arrondi à 2 décimales", "gerundet").
    if (
      ROUNDING.some((stem) => t.low.startsWith(stem)) &&
      decimalsIn(tokens.map((x) => x.raw).join(' ')) !== null
    )
      written.add(t.raw);
  }
  return [...written];
}

/**
 * A feature that spells one route whose fields stand on the two sides of a conversion
 * (`?value=<n>&from=<unit>&to=<unit>`, `{"wert": Zahl, "von": Einheit, "nach": Einheit}`): its prose without
 * query strings and shapes (whose listed values are the feature's own spellings, bound by literal-binding.ts),
 * and the values its fields list. Null for any other feature, and when no field carries an amount.
 */
function spelledConversion(text: string): { prose: string; listed: string[] } | null {
  if (!spellsConversion(text)) return null;
  const literals = readFeatureLiterals(text);
  const fields = [...literals.queryFields, ...literals.request];
  // An amount to convert, or `?from=<date>&to=<date>` is a range, not a conversion.
  if (!fields.some((f) => f.type === 'number' || f.type === 'integer')) return null;
  let prose = text;
  for (const shape of topLevelShapes(text)) prose = prose.replace(shape.text, ' ');
  const listed = fields.find((f) => f.enum)?.enum?.map((v) => String(v)) ?? [];
  return { prose: prose.replace(/\?\S*/g, ' '), listed };
}

const JOINER = String.raw`(?:and|or|und|oder|y|o|et|ou|e)`;
const ITEM = String.raw`[\p{L}\p{N}_/]+`;
const LISTING = new RegExp(
  String.raw`${ITEM}(?:\s*,\s*${ITEM})+(?:\s*,?\s+${JOINER}\s+${ITEM})?|${ITEM}\s+${JOINER}\s+${ITEM}`,
  'gu',
);

/**
 * What introduces the units a converter takes ("between m, km and mi", "unités : m, km, mi"), unlike a remark
 * about some of them ("KiB, MiB, GiB, TiB are powers of 1024").
 */
const LIST_CUE =
  /(?:\bbetween|\bzwischen|\bentre|\btra|\bfra|\bunits?|\beinheiten?|\bunit[ée]s?|\bunidad(?:es)?|\bunidades?|\bunit[àa])\s*:?\s*$/iu;

/**
 * The unit spellings a spelled route's prose lists ("with units kmh, mph, ms (metres per second) and knots",
 * "between m, km and mi"): the one-word items of a list, asides in brackets left out, when they name units of one
 * quantity and either one is spelled other than the unit's own symbol or the list is introduced as the units
 * (LIST_CUE); the fields take those and refuse any other unit. Empty when the prose has no such list.
 */
function proseListing(prose: string): string[] {
  for (const match of prose.replace(/\([^)]*\)/g, ' ').matchAll(LISTING)) {
    const items = match[0]
      .split(new RegExp(String.raw`\s*,\s*|\s+${JOINER}\s+`, 'u'))
      .filter((w) => w !== '');
    const quantities = QUANTITY_ORDER.filter((q) => spelledUnits(q, items)?.size === items.length);
    if (quantities.length !== 1) continue;
    const spelled = spelledUnits(quantities[0], items)!;
    const before = prose.replace(/\([^)]*\)/g, ' ').slice(0, match.index);
    if ([...spelled].some(([written, symbol]) => written !== symbol) || LIST_CUE.test(before)) return items;
  }
  return [];
}

/** The general converter of the one quantity whose units the listed spellings name, if exactly one. */
function listedQuantity(listed: string[], text: string): Recognised {
  const quantities = QUANTITY_ORDER.filter((q) => spelledUnits(q, listed) !== null);
  if (quantities.length !== 1) return null;
  const [quantity] = quantities;
  const decimals = decimalsIn(text) ?? unstatedDecimals(quantity);
  return { design: generalDesign(quantity, [], decimals, []) };
}

/**
 * The definitions a feature writes beside its conversion ("1 nœud = 1,852 km/h ; 1 mile = 1,609344 km"): each
 * "1 <unit> = <amount> <unit>" between units of the tables, with the mentions it takes up. They are facts the
 * exact tables already hold, not units to convert between; null when one disagrees with the tables (the
 * feature's own factors are then its conversion, or no design at all). "1,852" is read both ways.
 */
function statedDefinitions(
  tokens: Token[],
  mentions: Mention[],
): { taken: Mention[]; said: string[]; declared: Record<string, number>; amounts: Token[] } | null {
  const taken: Mention[] = [];
  const amounts: Token[] = [];
  const said: string[] = [];
  const declared: Record<string, number> = {};
  for (const a of mentions) {
    const one = tokens[a.start - 1];
    const amount = tokens[a.end + 1];
    if (!a.unit || one?.raw !== '1' || tokens[a.end]?.low !== '=' || !amount?.num) continue;
    const b = mentions.find((m) => m.start === a.end + 2);
    if (!b?.unit) continue;
    // "1 psi = 6894.757 Pa": the exact definition written to fewer digits is then the factor of that unit.
    const agrees = definitionAgrees(a.unit, b.unit, amount.raw);
    if (agrees === null) return null;
    Object.assign(declared, agrees.declared);
    taken.push(a, b);
    amounts.push(amount);
    said.push(`1 ${a.unit} = ${agrees.value} ${b.unit}`);
  }
  return { taken, said, declared, amounts };
}

/**
 * Whether every fact the feature writes is a definition of the tables, stated beside a conversion the facts
 * alone do not make: none they make (`unjoined`), or one that leaves out units the feature converts.
 */
function onlyDefinitions(text: string, tokens: Token[], unjoined: boolean): boolean {
  const all = mentionsIn(tokens);
  const definitions = statedDefinitions(tokens, all);
  if (!definitions || definitions.said.length === 0 || definitions.said.length !== factCount(text))
    return false;
  const defined = new Set(definitions.taken.map((m) => m.unit));
  return unjoined || all.some((m) => !definitions.taken.includes(m) && m.unit && !defined.has(m.unit));
}

/** A design that also states the definitions the feature wrote, in the tables' symbols. */
function stating(found: Recognised, said: string[], declared: Record<string, number> = {}): Recognised {
  if (said.length === 0 || !found || !('design' in found)) return found;
  const sentence = ` As the feature states: ${said.join('; ')}.`;
  const design = declaredDesign(found.design, declared);
  if (!design) return null;
  const respell = design.respell;
  return {
    design: {
      ...design,
      summary: design.summary + sentence,
      ...(respell
        ? {
            respell: (values: (string | number)[]) => {
              const again = respell(values);
              return again ? { ...again, summary: again.summary + sentence } : null;
            },
          }
        : {}),
    },
  };
}

function recogniseUnits(text: string, words: string[], tokens: Token[], spelled = false): Recognised {
  const all = mentionsIn(tokens);
  const definitions = statedDefinitions(tokens, all);
  if (definitions === null) return null;
  // A conversion beside its definitions converts what it names outside them ("between km/h, m/s, nœuds et mph").
  const mentions = all.filter((m) => !definitions.taken.includes(m));
  if (definitions.said.length > 0 && mentions.length === 0) return null;
  return stating(
    convertMentioned(text, words, tokens, mentions, spelled, all, definitions.amounts),
    definitions.said,
    definitions.declared,
  );
}

function convertMentioned(
  text: string,
  words: string[],
  tokens: Token[],
  mentions: Mention[],
  spelled: boolean,
  // Every unit the feature names, its stated definitions' too ("1 acre = 4046.8564224 m²" writes a "²").
  allNamed: Mention[] = mentions,
  // The amounts of those definitions: no answers whose decimals show a rounding ("= 4046.8564224 m²").
  defined: Token[] = [],
): Recognised {
  if (namesForeign(tokens, allNamed)) return null;
  const convert = asksToConvert(tokens);
  const quantities = [...new Set(mentions.map((m) => m.quantity!))];
  const named = QUANTITY_ORDER.filter((q) => namesAny(tokens, QUANTITIES[q].words));
  if (quantities.length > 1) return null;
  const quantity = quantities[0] ?? (named.length === 1 ? named[0] : undefined);
  if (!quantity || named.some((q) => q !== quantity)) return null;
  // Rounding the feature asks for, else the rounding its own answers show ("100 km/h is 27.78 m/s"), else none
  // that loses what is converted (data sizes are exact: an example's rounding is not theirs).
  const shown = quantity === 'data_size' ? null : answerDecimals(tokens.filter((t) => !defined.includes(t)));
  const decimals = decimalsIn(text) ?? shown ?? unstatedDecimals(quantity);
  const written = writtenWords(tokens, mentions, quantity);
  const units = [...new Set(mentions.map((m) => m.unit!))];
  const stated = numbersOf(tokens);
  const general = () => ({ design: generalDesign(quantity, units, decimals, written, stated) });
  // A route with fields for both sides of a conversion is the general converter, whatever units it names.
  if (spelled) return general();
  const constraint = (): Recognised =>
    saysRefuse(text, words) && saysNegative(tokens)
      ? {
          constraint: {
            function: QUANTITIES[quantity].functionId,
            // Said of one amount given back in several units as well (units-many.ts).
            functions: [MANY_CODE.id],
            refusals: (design) =>
              design.function === MANY_CODE.id
                ? manyNegative(design)
                : [...negativeRefusals(quantity, design), ...namedRefusals(quantity, text, design)],
          },
        }
      : null;
  // "between km/h, mph, m/s and knots": the units the feature lists, spelled as it writes them, and no others.
  const listed = (): Recognised | null => {
    // Spelled as the units' own codes ("kg, g, lb and oz") too: the general converter would take others as well
    // (a ton), which an intent refusing "unknown units" would not. A code standing in the list beside a comma
    // ("kg, g, lb": the "g" the mention reader leaves to other words) is one of its units; a code written
    // elsewhere and not read as a unit ("J and kJ") keeps the general converter, so a listed unit is never refused.
    const codes = new Set(unitsOf(quantity).map((u) => u.symbol));
    const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
    const besideComma = (t: Token) =>
      /,\s*$/.test(folded.slice(Math.max(0, t.at - 3), t.at)) || /^\s*,/.test(folded.slice(t.end, t.end + 3));
    const inList = tokens.filter((t) => codes.has(t.raw) && !units.includes(t.raw) && besideComma(t));
    if (tokens.some((t) => codes.has(t.raw) && !units.includes(t.raw) && !inList.includes(t))) return null;
    if (new Set([...units, ...inList.map((t) => t.raw)]).size < 3) return null;
    // Each unit as first written, in the order written: "mm … mi (milímetros a milhas)" names mm and mi twice.
    const written = [
      ...mentions.map((m) => ({ at: tokens[m.start]?.at ?? 0, unit: m.unit!, written: m.written })),
      ...inList.map((t) => ({ at: t.at, unit: t.raw, written: t.raw })),
    ].sort((a, b) => a.at - b.at);
    // A unit written as its code too ("kilómetros (km)", "grams … (written g, kg …)") is sent as its code.
    const firstWritten = new Map<string, string>();
    for (const m of written) if (!firstWritten.has(m.unit)) firstWritten.set(m.unit, m.written);
    for (const unit of firstWritten.keys()) {
      if (tokens.some((t) => t.raw === unit)) firstWritten.set(unit, unit);
      // A code of two words ("US fluid ounces (fl oz)") is sent as written: "fl oz", the code floz spaced.
      const spaced = written.find((m) => m.unit === unit && m.written.replace(/\s+/g, '') === unit);
      if (spaced && /\s/.test(spaced.written)) firstWritten.set(unit, spaced.written);
    }
    // Sizes listed with the French symbols (Ko, Mio): a byte written as a word ("octets") is sent as B.
    const local = new Set(unitsOf(quantity).flatMap((u) => u.localSymbols ?? []));
    if ([...firstWritten.values()].some((w) => local.has(w)))
      for (const [unit, w] of firstWritten) if (!local.has(w)) firstWritten.set(unit, unit);
    const spelled = general().design.respell?.([...firstWritten.values()]);
    return spelled ? { design: spelled } : null;
  };
  if (units.length === 2) {
    // "kg, g and lb": a third unit written as its code in the list.
    const three = listed();
    if (three) return three;
    const [a, b] = units.map((u) => mentions.find((m) => m.unit === u)!);
    if (eitherWay(tokens, mentions)) return general();
    const way = direction(tokens, a, b, convert);
    if (way) {
      const names: [string, string] = [way[0].written, way[1].written];
      return { design: fixedDesign(quantity, way[0].unit!, way[1].unit!, decimals, written, stated, names) };
    }
    return convert ? general() : constraint();
  }
  if (units.length === 0 ? asksToConvertQuantity(tokens, QUANTITIES[quantity].words) : convert)
    return listed() ?? general();
  if (units.length > 2 && eitherWay(tokens, mentions)) return listed() ?? general();
  return constraint();
}

/** Whether a word of a feature's unit list names a unit of the tables ("kg", "octets"; not "Ko"). */
const namesUnit = (word: string) => mentionsIn(tokensOf(word)).some((m) => m.unit !== null);

export const UNITS_FAMILY: CatalogFamily = {
  name: 'units',
  functions: [
    ...QUANTITY_ORDER.map((q) => CONVERSION_CODES[q]),
    DURATION_FORMAT_CODE,
    DURATION_PARSE_CODE,
    DURATION_TO_PARTS_CODE,
    DURATION_FROM_PARTS_CODE,
    SIZE_FORMAT_CODE,
    SIZE_PARSE_CODE,
    WRITTEN_CONVERSION_CODE,
    MANY_CODE,
  ],
  recognise(text: string, words: string[]): Recognised {
    const tokens = tokensOf(proseOf(text));
    const duration = recogniseDuration(text, words, tokens);
    if (duration !== undefined) return duration;
    const size = recogniseSize(text, words, tokens);
    if (size !== undefined) return size;
    // KB… counted in a base the feature states ("where 1 KB = 1024 B", a line "1 KB = 1024 B, 1 MB = 1024 KB").
    const based = recogniseStatedBase(text, (rest) => UNITS_FAMILY.recognise(rest, words));
    if (based !== undefined) return based;
    // One amount in several units at once ("give it back in mph, m/s and knots at once").
    const many = recogniseMany(text, tokens);
    if (many !== undefined) return many;
    // A line of factors only ("1 nœud vaut exactement 1,852 km/h et 1 mph vaut 1,609344 km/h") joins the converter.
    const stated = recogniseStatedFactors(text, tokens);
    if (stated !== undefined) return stated;
    const written = recogniseWrittenFacts(text, words, tokens);
    // Facts that make no table of their own ("1 knot = 1.852 km/h, 1 mile = 1.609344 km": two quantities; or
    // "1,852", ambiguous) may all be the exact tables' definitions, stated beside a conversion of the tables.
    // So are facts beside a conversion of other units ("entre km/h, m/s, nós e mph (1 milha = 1,609344 km)").
    if (written !== undefined && !onlyDefinitions(text, tokens, written === null)) return written;
    const spelled = spelledConversion(text);
    const general =
      spelled === null
        ? null
        : (recogniseUnits(spelled.prose, words, tokensOf(proseOf(spelled.prose)), true) ??
          listedQuantity(spelled.listed, text));
    // Units listed in the prose rather than in the fields' shapes are the values the fields take, as written.
    const listed = spelled && spelled.listed.length === 0 ? proseListing(spelled.prose) : [];
    // Only when the prose names no unit beyond that list ("B … TB are powers of 1000 and KiB … TiB of 1024").
    const beyond = spelled
      ? mentionsIn(tokensOf(proseOf(spelled.prose))).some((m) => !listed.includes(m.written))
      : false;
    const listing = beyond ? [] : listed;
    const respelled =
      general && 'design' in general && listing.length > 0 ? general.design.respell?.(listing) : null;
    if (respelled) return { design: respelled };
    return withSubject(general ?? recogniseUnits(text, words, tokens), text, namesUnit);
  },
};
