import {
  numberField,
  stringField,
  type FunctionDesign,
  type Refusal,
  type WorkedExample,
} from './catalog-entry';
import { readInputRules } from '@sf/service-spec';
import { BoundedMemo } from './bounded-memo';
import { conversionReference, type ConversionSemantics } from './conversion-reference';
import { asSaid, featureWords, roundTo } from './feature-words';
import { QUANTITIES, type Fact, type QuantityDef } from './units-facts';
import { spelledUnits } from './units-spelled';
import { unit, unitsOf, type Quantity, type UnitDef } from './units-tables';

/*
 * The endpoints the units family designs for a conversion: a fixed direction (fields named after the two
 * units) or a general converter (value, from, to), with worked examples read from the hand-written facts and
 * rounded as the design rounds.
 */

const decimalsText = (d: number) => `${d} decimal${d === 1 ? '' : 's'}`;
const kebab = (field: string) => field.replace(/_/g, '-');
const capital = (text: string) => text[0].toUpperCase() + text.slice(1);

/** "1 mile", "26.22 miles". */
function amount(value: number, u: UnitDef): string {
  return `${value} ${value === 1 ? u.singular : u.plural}`;
}

function decimalPlaces(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/** How much work a value is to read: a few decimals are nothing, six are some, more a lot. */
function effort(value: number): number {
  const places = decimalPlaces(value);
  return String(value).includes('e') ? 9 : places <= 3 ? 0 : places <= 6 ? 1 : 3;
}

/**
 * The facts that make the best examples of converting `from` to `to`: the easiest to read first ("1.609344
 * km is 1 mile", "42.195 km is about 26.22 miles"), results that round to 0 last.
 */
function factsFor(q: QuantityDef, from: string, to: string, decimals: number, stated: number[] = []): Fact[] {
  // An exact result halfway between two roundings is left to floating point: no example rests on one.
  const halfway = (f: Fact) =>
    f.exact.includes(to) &&
    decimalPlaces(f.amounts[to]) === decimals + 1 &&
    String(f.amounts[to]).endsWith('5');
  // A result must fit in the 15 significant digits of a double; one rounded from a fact that never ends must
  // keep two digits beyond the decimals asked for, and two to spare for the code's arithmetic.
  const whole = (f: Fact) => String(Math.trunc(f.amounts[to])).replace(/^0$/, '').length;
  const precise = (f: Fact) =>
    f.exact.includes(to)
      ? whole(f) + decimals <= 15
      : decimalPlaces(f.amounts[to]) >= decimals + 2 && whole(f) + decimals <= 13;
  // An example's input is sent as written, so it must be the exact amount.
  const usable = q.facts.filter(
    (f) => f.exact.includes(from) && effort(f.amounts[from]) < 9 && !halfway(f) && precise(f),
  );
  // One of either unit is its definition: "1 mile is 1.609344 km", "1.609344 km is 1 mile".
  const one = (f: Fact) => (f.amounts[from] === 1 || f.amounts[to] === 1 ? -0.5 : 0);
  // A fact about an amount the feature writes ("convert 5 km to miles") shows it first.
  const written = (f: Fact) => (stated.includes(f.amounts[from]) || stated.includes(f.amounts[to]) ? -2 : 0);
  const score = (f: Fact) =>
    effort(f.amounts[from]) + Math.min(effort(f.amounts[to]), 1) + one(f) + written(f);
  const ranked = usable
    .map((f, i) => ({ f, i }))
    .sort((a, b) => score(a.f) - score(b.f) || a.i - b.i)
    .map((x) => x.f);
  const nonZero = ranked.filter((f) => roundTo(f.amounts[to], decimals) !== 0);
  const all = [...nonZero, ...ranked.filter((f) => !nonZero.includes(f))];
  // Asked for more decimals than the facts carry, nothing but zero is sure: 0 of one unit is 0 of any.
  if (all.length >= 3) return nonZero.length >= 3 ? nonZero : all;
  const symbols = unitsOf(q.quantity).map((u) => u.symbol);
  return [...all, { amounts: Object.fromEntries(symbols.map((u) => [u, 0])), exact: symbols }];
}

/** "42.195 kilometres is about 26.22 miles (a marathon)." */
function exampleText(fact: Fact, from: UnitDef, to: UnitDef, decimals: number): string {
  const value = fact.amounts[to.symbol];
  const rounded = roundTo(value, decimals);
  const about = rounded === value ? '' : 'about ';
  const label = fact.label ? ` (${fact.label})` : '';
  return `${amount(fact.amounts[from.symbol], from)} is ${about}${amount(rounded, to)}${label}.`;
}

/** How the larger unit compares with the smaller: "1 mi = 1.609344 km". */
function ratio(a: UnitDef, b: UnitDef): string {
  const [big, small] = Number(a.factor) >= Number(b.factor) ? [a, b] : [b, a];
  const times = Number((Number(big.factor) / Number(small.factor)).toPrecision(10));
  return `1 ${big.symbol} = ${times} ${small.symbol}`;
}

/** The sentence that carries the feature's own words for the units and the quantity, when they differ. */
function ownWords(written: string[]): string {
  return written.length === 0 ? '' : ` In the feature's words: ${written.join(', ')}.`;
}

/**
 * The field a unit's value goes in, named as the feature writes the unit ("Kilogramm" → `kilogramm`, "mph" →
 * `mph`, "km/h" → `km_h`); the unit's own field when the words make no name.
 */
function fieldWord(written: string | undefined, own: string): string {
  const name = featureWords((written ?? '').replace(/ß/g, 'ss')).join('_');
  return /^[a-z][a-z0-9_]{0,39}$/.test(name) ? name : own;
}

/**
 * The endpoint converting `from` to `to`, its fields named after them as the feature writes them (`names`: the
 * words for `from` and `to`), else after the units' own names.
 */
export function fixedDesign(
  quantity: Quantity,
  from: string,
  to: string,
  decimals: number,
  written: string[],
  stated: number[] = [],
  names: [string, string] | [] = [],
): FunctionDesign {
  const q = QUANTITIES[quantity];
  const [source, target] = fieldsNamed(unit(from), unit(to), names);
  const definitions = [source, target].flatMap((u) => (u.definition ? [u.definition] : []));
  const facts = factsFor(q, from, to, decimals, stated).slice(0, 3);
  const examples: WorkedExample[] = facts.map((f) => ({
    description: exampleText(f, source, target, decimals),
    input: { [source.field]: f.amounts[from] },
    output: { [target.field]: roundTo(f.amounts[to], decimals) },
  }));
  return {
    function: q.functionId,
    method: 'POST',
    path: `${q.prefix}/${kebab(unit(from).field)}-to-${kebab(unit(to).field)}`,
    summary:
      `Converts ${withArticle(q.summaryNoun)} from ${source.plural} (${source.symbol}) to ${target.plural} (${target.symbol})` +
      `${definitions.length ? ` with the exact definition${definitions.length > 1 ? 's' : ''} ${definitions.join(' and ')}` : ''}` +
      `${q.scale ? ` (${q.scale})` : ''}` +
      ` (${ratio(source, target)}), rounded to ${decimalsText(decimals)}; a negative ${q.noun} (below 0) is` +
      ` refused with 400.${ownWords(written)}`,
    inputs: [
      {
        param: 'value',
        field: numberField(
          source.field,
          `${capital(q.noun)} in ${source.plural} (${source.symbol}), 0 or more`,
          facts[0].amounts[from],
        ),
      },
    ],
    outputs: [
      {
        result: 'value',
        field: target.field,
        description: `${capital(q.noun)} in ${target.plural} (${target.symbol}), rounded to ${decimalsText(decimals)}`,
        example: examples[0].output[target.field],
      },
    ],
    options: { from, to, decimals },
    examples,
    refusals: [
      {
        description: `A negative ${q.noun} (${amount(-1, source)}) is refused.`,
        input: { [source.field]: -1 },
      },
    ],
    reference: conversionReference(semanticsOf(quantity), { from, to, decimals }),
  };
}

/** The two units, their fields renamed after the feature's words when both make distinct names. */
function fieldsNamed(source: UnitDef, target: UnitDef, names: [string, string] | []): [UnitDef, UnitDef] {
  if (names.length === 0) return [source, target];
  const [a, b] = [fieldWord(names[0], source.field), fieldWord(names[1], target.field)];
  return a === b
    ? [source, target]
    : [
        { ...source, field: a },
        { ...target, field: b },
      ];
}

/** A unit symbol no quantity of this family knows, for the refusal of an unknown unit. */
const UNKNOWN: Record<Quantity, string> = {
  length: 'furlong',
  mass: 'grain',
  volume: 'barrel',
  speed: 'mach',
  data_size: 'PB',
  pressure: 'ksi',
  energy: 'erg',
  area: 'rood',
};

/** The general converter of a quantity (value, from, to), its examples the conversions named first. */
export function generalDesign(
  quantity: Quantity,
  named: string[],
  decimals: number,
  written: string[],
  stated: number[] = [],
): FunctionDesign {
  const q = QUANTITIES[quantity];
  const units = unitsOf(quantity);
  const symbols = units.map((u) => u.symbol);
  const pairs: [string, string][] = [];
  const add = (pair: [string, string]) => {
    if (pair[0] !== pair[1] && !pairs.some((p) => p[0] === pair[0] && p[1] === pair[1])) pairs.push(pair);
  };
  // Two units named are the conversions asked for; many named are better shown by the usual ones.
  if (named.length === 2) [named, [...named].reverse()].forEach(([a, b]) => add([a, b]));
  if (named.length === 1) add(q.pairs.find((p) => p.includes(named[0])) ?? [named[0], q.pairs[0][1]]);
  q.pairs.forEach(add);
  const examples = pairExamples(q, pairs, decimals, stated, named.length > 2 ? named : []);
  const first = examples[0];
  const unitNames = units.map((u) => `${u.plural} (${u.symbol})`);
  const definitions = units.flatMap((u) => (u.definition ? [u.definition] : []));
  const symbolList = `${symbols.slice(0, -1).join(', ')} or ${symbols[symbols.length - 1]}`;
  return {
    function: q.functionId,
    method: 'POST',
    path: `${q.prefix}/convert`,
    summary:
      `Converts ${withArticle(q.summaryNoun)} between ${unitNames.slice(0, -1).join(', ')} and ${unitNames[unitNames.length - 1]}` +
      ` with the exact definitions ${definitions.join(', ')}${q.scale ? ` (${q.scale})` : ''}, rounded to` +
      ` ${decimalsText(decimals)}; a negative` +
      ` ${q.noun} (below 0) or an unknown unit is refused with 400.${ownWords(written)}`,
    inputs: [
      {
        param: 'value',
        field: numberField('value', `The ${q.noun} to convert, 0 or more`, first.input.value as number),
      },
      {
        param: 'from',
        field: stringField(
          'from',
          `Unit of the ${q.noun}: ${symbolList}`,
          first.input.from as string,
          symbols,
        ),
      },
      {
        param: 'to',
        field: stringField(
          'to',
          `Unit to convert the ${q.noun} to: ${symbolList}`,
          first.input.to as string,
          symbols,
        ),
      },
    ],
    outputs: [
      {
        result: 'value',
        field: 'value',
        description: `The ${q.noun} in unit \`to\`, rounded to ${decimalsText(decimals)}`,
        example: first.output.value,
      },
    ],
    echoes: [{ result: 'unit', param: 'to', description: `The unit the ${q.noun} was converted to` }],
    options: { decimals },
    respell: (values) => spelledDesign(quantity, values, decimals, written),
    examples,
    refusals: [
      {
        description: `A negative ${q.noun} (${amount(-1, unit(pairs[0][0]))}) is refused.`,
        input: { value: -1, from: pairs[0][0], to: pairs[0][1] },
      },
      {
        description: `An unknown ${q.noun} unit ("${UNKNOWN[quantity]}") is refused.`,
        input: { value: 1, from: UNKNOWN[quantity], to: pairs[0][1] },
      },
    ],
    reference: conversionReference(semanticsOf(quantity), { decimals }),
  };
}

/**
 * The reference semantics of a quantity's conversions, from the unit tables' exact factors: a unit is named by
 * its symbol as written ("km/h", "MiB"), or case aside when that names one unit only ("kb" is no unit: KB or Kb).
 */
export function semanticsOf(quantity: Quantity, declared: Record<string, number> = {}): ConversionSemantics {
  return SEMANTICS.get(JSON.stringify([quantity, declared]), () => quantitySemantics(quantity, declared));
}

/** One semantics per quantity and declared factors (its references are kept per semantics); the factors come from
 * intents, so the memo is bounded. */
const SEMANTICS = new BoundedMemo<ConversionSemantics>(512);

/** `declared`: factors a feature states for some units ("1 psi = 6894.757 Pa"), used instead of the tables'. */
function quantitySemantics(quantity: Quantity, declared: Record<string, number>): ConversionSemantics {
  const units = unitsOf(quantity);
  const factor = (symbol: string) =>
    Object.hasOwn(declared, symbol)
      ? declared[symbol]
      : Number(units.find((u) => u.symbol === symbol)?.factor);
  return {
    unitOf: (written) => {
      const exact = units.find((u) => u.symbol === written || u.symbols.includes(written));
      if (exact) return exact.symbol;
      const folded = units.filter((u) => u.symbol.toLowerCase() === written.toLowerCase());
      return folded.length === 1 ? folded[0].symbol : null;
    },
    refused: (value) => (value < 0 ? `a negative ${QUANTITIES[quantity].noun}` : null),
    convert: (value, from, to) => (value * factor(from)) / factor(to),
    // 63502931.800000012 milligrams is 63502931.8: a double carries 15 significant digits.
    significant: 15,
  };
}

/** Worked examples of the first four conversions of `pairs` a fact shows, the easiest fact for each. */
function pairExamples(
  q: QuantityDef,
  pairs: [string, string][],
  decimals: number,
  stated: number[],
  // Units every one of which some example converts (the units a feature lists: a factor of one no example
  // uses could be wrong and the generated tests would pass).
  cover: string[] = [],
): WorkedExample[] {
  const found = pairs.flatMap(([from, to]) => {
    const [fact] = factsFor(q, from, to, decimals, stated);
    return fact ? [{ from, to, fact }] : [];
  });
  const chosen = found.slice(0, 4);
  for (const u of cover) {
    if (chosen.some((x) => x.from === u || x.to === u)) continue;
    const more = found.find((x) => x.from === u || x.to === u);
    if (more) chosen.push(more);
  }
  return chosen.map(({ from, to, fact }) => ({
    description: exampleText(fact, unit(from), unit(to), decimals),
    input: { value: fact.amounts[from], from, to },
    output: { value: roundTo(fact.amounts[to], decimals) },
  }));
}

/**
 * The general converter with the units spelled as the feature lists them (`"kph"|"mph"|"m_s"`): the fields take
 * exactly those values, the code reads each as the unit it names (option `spellings`) and answers the target
 * as it was sent; the worked examples are the family's own facts between those units, re-keyed into the
 * spellings. Null when a value names no unit of the quantity (`"fps"`, `"imp_pt"`).
 */
function spelledDesign(
  quantity: Quantity,
  values: (string | number)[],
  decimals: number,
  written: string[] = [],
): FunctionDesign | null {
  const spelled = spelledUnits(
    quantity,
    values.map((v) => String(v)),
  );
  if (!spelled) return null;
  const q = QUANTITIES[quantity];
  const symbols = [...spelled.values()];
  const pairs: [string, string][] = [
    ...q.pairs.filter(([a, b]) => symbols.includes(a) && symbols.includes(b)),
    ...symbols.flatMap((a) => symbols.filter((b) => b !== a).map((b): [string, string] => [a, b])),
  ].filter((p, i, all) => all.findIndex((x) => x[0] === p[0] && x[1] === p[1]) === i);
  const spelling = new Map([...spelled].map(([w, s]) => [s, w]));
  const respelled = (x: WorkedExample): WorkedExample => ({
    ...x,
    description: `${x.description} (${[x.input.from, x.input.to].map((u) => `${String(spelling.get(String(u)))} = ${String(u)}`).join(', ')})`,
    input: { ...x.input, from: spelling.get(String(x.input.from)), to: spelling.get(String(x.input.to)) },
  });
  const examples = pairExamples(q, pairs, decimals, [], symbols).map(respelled);
  if (examples.length === 0) return null;
  const names = [...spelled.keys()];
  const first = examples[0];
  const listing = [...spelled].map(([w, s]) => `${w} = ${unit(s).plural} (${s})`).join(', ');
  const { respell: _own, ...general } = generalDesign(quantity, [], decimals, []);
  const field = (name: 'from' | 'to', description: string) => ({
    param: name,
    field: stringField(name, description, String(first.input[name]), names),
  });
  return {
    ...general,
    summary:
      `Converts ${withArticle(q.summaryNoun)} between the units the feature spells: ${listing}, with their exact` +
      ` definitions${q.scale ? ` (${q.scale})` : ''}, rounded to ${decimalsText(decimals)}; the target unit is` +
      ` answered as spelled; a negative` +
      ` ${q.noun} (below 0) or any other unit is refused with 400.${ownWords(written)}`,
    inputs: [
      { ...general.inputs[0], field: { ...general.inputs[0].field, example: first.input.value } },
      field('from', `Unit of the ${q.noun}: ${names.join(', ')}`),
      field('to', `Unit to convert the ${q.noun} to: ${names.join(', ')}`),
    ],
    outputs: [{ ...general.outputs[0], example: first.output.value }],
    options: { decimals, spellings: JSON.stringify(Object.fromEntries(spelled)) },
    examples,
    refusals: [
      {
        description: `A negative ${q.noun} is refused.`,
        input: { value: -1, from: first.input.from, to: first.input.to },
      },
      {
        description: `A unit the feature does not spell ("${UNKNOWN[quantity]}") is refused.`,
        input: { value: 1, from: UNKNOWN[quantity], to: first.input.to },
      },
      // A unit of the quantity the feature leaves out of its list is refused too, though the tables know it.
      ...unitsOf(quantity)
        .filter((u) => !symbols.includes(u.symbol) && !names.includes(u.symbol))
        .slice(0, 1)
        .map((u) => ({
          description: `${u.plural} (${u.symbol}) are not among the units the feature lists and are refused.`,
          input: { value: 1, from: u.symbol, to: first.input.to },
        })),
    ],
  };
}

/** The refusals a "negative … are rejected" feature adds to a conversion endpoint, in its own fields. */
export function negativeRefusals(quantity: Quantity, design: FunctionDesign): Refusal[] {
  const q = QUANTITIES[quantity];
  const from = design.options?.from;
  if (typeof from === 'string') {
    const field = design.inputs[0].field.name;
    return [
      {
        description: `A negative ${q.noun} (${amount(-10, unit(from))}) is refused.`,
        input: { [field]: -10 },
      },
    ];
  }
  const [source, target] = [design.examples[0]?.input.from, design.examples[0]?.input.to];
  // Units spelled as the feature lists them ("kilometros") stand for a symbol of the table ("km").
  const spellings = design.options?.spellings;
  const symbols = typeof spellings === 'string' ? (JSON.parse(spellings) as Record<string, string>) : {};
  return [
    {
      description: `A negative ${q.noun} (${amount(-10, unit(symbols[String(source)] ?? String(source)))}) is refused.`,
      input: { value: -10, from: source, to: target },
    },
  ];
}

/**
 * The refusals a feature refusing negative amounts also names ("Unidad desconocida, valor que falta o velocidad
 * negativa: error 400"): an unknown unit (a general converter's), the value left out, a value that is no number,
 * each in the feature's words. Empty for what the design cannot be sent (a fixed converter has no unit field).
 */
export function namedRefusals(quantity: Quantity, feature: string, design: FunctionDesign): Refusal[] {
  const kinds = new Set((readInputRules(feature)?.clauses ?? []).map((c) => c.kind));
  const said = asSaid(feature);
  const fixed = typeof design.options?.from === 'string';
  const field = design.inputs[0].field.name;
  const units = fixed ? {} : { from: design.examples[0]?.input.from, to: design.examples[0]?.input.to };
  const refusals: Refusal[] = [];
  if (kinds.has('unknown') && !fixed)
    refusals.push({
      description: `An unknown unit ("${UNKNOWN[quantity]}") is refused, as the feature says ("${said}").`,
      input: { [field]: 1, ...units, from: UNKNOWN[quantity] },
    });
  if (kinds.has('missing'))
    refusals.push({
      description: `A request without the value is refused ("${said}").`,
      input: { ...units },
    });
  if (kinds.has('nan'))
    refusals.push({
      description: `A value that is not a number ("abc") is refused ("${said}").`,
      input: { [field]: 'abc', ...units },
    });
  return refusals;
}

/** A noun with its English indefinite article ("an area", "an energy", "a length"). */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
