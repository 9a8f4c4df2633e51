import {
  numberField,
  type DesignReference,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type Refusal,
  type WorkedExample,
} from './catalog-entry';
import { decimalsIn, featureWords, roundTo } from './feature-words';
import { QUANTITIES, unstatedDecimals } from './units-facts';
import { mentionsIn, type Mention, type Token } from './units-read';
import { unit } from './units-tables';

/*
 * One amount given back in several units at once: "Take a speed in km/h and give it back in mph, m/s and knots
 * at once", "Recibe una velocidad en km/h y la devuelve a la vez en mph, m/s y nudos", "Eine Länge in Metern
 * gleichzeitig in Fuß und Zoll ausgeben". The feature names its source unit on its own (not in the list of
 * targets) and says the answers come together ("at once", "a la vez", "gleichzeitig", …): the endpoint reads
 * the amount in the source unit and answers one field per target, named as the feature writes the unit (`mph`,
 * `m_s`, `nudos`), each converted by the tables' exact factors and rounded as the feature says (6 decimals
 * when it says nothing). Without such words, a source said as one ("a speed in km/h … into mph and m/s", "de
 * km/h a mph y nudos") with every target asked for (not "to mph or knots") is read the same way. A list with no
 * source apart ("give the speed in km/h, mph and knots") says nothing of what is sent, and "in feet and inches"
 * may be one compound amount (5 ft 11 in): both are left alone.
 */

/** Words saying the answers come together, folded. */
const AT_ONCE =
  /\b(?:at once|all at once|at the same time|simultaneously|together|in one go|gleichzeitig|zugleich|auf einmal|a la vez|al mismo tiempo|de una vez|simultaneamente|a la fois|en meme temps|d'un coup|contemporaneamente|allo stesso tempo|insieme|in una volta|ao mesmo tempo|de uma vez|de uma so vez)\b/;

const FROM = 'from_factor';

/** The field a unit's answer goes in: the unit as written ("m/s" → `m_s`), else the unit's own field. */
function fieldOf(m: Mention): string {
  const name = featureWords(m.written.replace(/ß/g, 'ss')).join('_');
  return /^[a-z][a-z0-9_]{0,39}$/.test(name) ? name : unit(m.unit!).field;
}

/** The reference semantics: the amount times the source factor over each target's, rounded. */
function reference(from: string, targets: [string, string][], decimals: number): DesignReference {
  return {
    read: (value, stated) => {
      if (value.number === undefined || (value.unit !== undefined && value.unit !== from)) return null;
      return stated === null || stated.unit === undefined || targets.some(([, s]) => s === stated.unit)
        ? { value: value.number }
        : null;
    },
    compute: (params) => {
      const value = params.value;
      if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, why: 'not a number' };
      if (value < 0) return { ok: false, why: 'a negative amount' };
      const f = (s: string) => Number(unit(s).factor);
      return {
        ok: true,
        results: Object.fromEntries(
          targets.map(([key, s]) => [key, roundTo((value * f(from)) / f(s), decimals)]),
        ),
      };
    },
  };
}

/** The refusal a "negative … are rejected" feature adds to the endpoint: a negative amount in its one field. */
export function manyNegative(design: FunctionDesign): Refusal[] {
  return [
    { description: 'A negative amount (-10) is refused.', input: { [design.inputs[0].field.name]: -10 } },
  ];
}

/** Words that say where the amount comes from ("a speed in km/h", "von km/h", "desde nudos"), folded. */
const SOURCE = new Set(['in', 'en', 'em', 'from', 'von', 'aus', 'de', 'da', 'desde', 'dal', 'do', 'du']);
/** Units written together as one compound amount ("5 ft 11 in", "7 lb 4 oz", "11 st 6 lb"). */
const COMPOUND: [string, string][] = [
  ['ft', 'in'],
  ['lb', 'oz'],
  ['st', 'lb'],
];
/** Words joining targets as alternatives: a choice of one target, not all of them. */
const CHOICE = new Set(['or', 'oder', 'o', 'ou', 'either', 'entweder']);

/** A feature asking for one amount in several units at once (see above); undefined when it asks nothing such. */
export function recogniseMany(text: string, tokens: Token[]): Recognised | undefined {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const together = AT_ONCE.exec(folded);
  const mentions = mentionsIn(tokens);
  if (mentions.length < 3 || mentions.some((m) => !m.unit || !m.quantity)) return undefined;
  const quantity = mentions[0].quantity!;
  if (mentions.some((m) => m.quantity !== quantity)) return undefined;
  const [source, ...rest] = mentions;
  // The source stands apart: words other than a list's commas and "and" come between it and the first target.
  const between = tokens.slice(source.end, rest[0].start).map((t) => t.low);
  if (between.every((w) => [',', 'and', 'und', 'y', 'e', 'et', 'o', 'or'].includes(w))) return undefined;
  const targets = rest.filter(
    (m, i) => m.unit !== source.unit && rest.findIndex((x) => x.unit === m.unit) === i,
  );
  if (targets.length < 2 || targets.length !== rest.length) return undefined;
  // "in feet and inches", "in pounds and ounces" may be one compound amount (5 ft 11 in): not read here.
  const units = new Set(targets.map((m) => m.unit));
  if (COMPOUND.some(([a, b]) => units.has(a) && units.has(b))) return undefined;
  // Without "at once", the source is said as such ("a speed in km/h … into mph and m/s") and the targets are
  // all asked for, not offered as a choice ("to mph or knots").
  const listed = tokens.slice(rest[0].start, rest[rest.length - 1].end).map((t) => t.low);
  if (listed.some((w) => CHOICE.has(w))) return undefined;
  const said = tokens.slice(Math.max(0, source.start - 2), source.start).some((t) => SOURCE.has(t.low));
  if (!together && !said) return undefined;
  const keys = targets.map(fieldOf);
  const input = fieldOf(source);
  if (new Set([...keys, input]).size !== keys.length + 1) return null;
  const decimals = decimalsIn(text) ?? unstatedDecimals(quantity);
  const pairs = targets.map((m, i): [string, string] => [keys[i], m.unit!]);
  const ref = reference(source.unit!, pairs, decimals);
  const q = QUANTITIES[quantity];
  const src = unit(source.unit!);
  // The feature's own words for the quantity and for "at once" ("Geschwindigkeit", "gleichzeitig").
  const own = [
    ...new Set([
      ...tokens.filter((t) => q.words.includes(t.low)).map((t) => t.raw),
      ...(together ? [together[0]] : []),
    ]),
    ...[source, ...targets].map((m) => m.written),
  ];
  const example = (value: number): WorkedExample | null => {
    const r = ref.compute({ value });
    return r.ok
      ? {
          description: `${value} ${src.symbol} is ${pairs.map(([k, s]) => `${String(r.results[k])} ${s}`).join(', ')}.`,
          input: { [input]: value },
          output: r.results,
        }
      : null;
  };
  const examples = [100, 1, 36].map(example).filter((x): x is WorkedExample => x !== null);
  const design: FunctionDesign = {
    function: MANY_CODE.id,
    method: 'POST',
    path: `${q.prefix}/${input.replace(/_/g, '-')}-to-all`,
    summary:
      `Converts ${q.noun === 'speed' ? 'a speed' : `a ${q.noun}`} in ${src.plural} (${src.symbol}) into ` +
      `${targets.map((m) => `${unit(m.unit!).plural} (${m.unit})`).join(', ')} at once, answered as ` +
      `${keys.join(', ')}, by the exact definitions, each rounded to ${decimals} decimals; a negative ` +
      `${q.noun} is refused with 400. In the feature's words: ${own.join(', ')}.`,
    inputs: [
      {
        param: 'value',
        field: numberField(input, `The ${q.noun} in ${src.plural} (${src.symbol}), 0 or more`, 100),
      },
    ],
    outputs: targets.map((m, i) => ({
      result: keys[i],
      field: keys[i],
      description: `The ${q.noun} in ${unit(m.unit!).plural} (${m.unit}), rounded to ${decimals} decimals`,
      example: examples[0]?.output[keys[i]],
    })),
    options: {
      decimals,
      [FROM]: Number(src.factor),
      targets: JSON.stringify(Object.fromEntries(pairs.map(([k, s]) => [k, Number(unit(s).factor)]))),
    },
    examples,
    refusals: [{ description: `A negative ${q.noun} is refused.`, input: { [input]: -1 } }],
    reference: ref,
  };
  return examples.length === 3 ? { design } : null;
}

/** The emitted code: one amount into every target the options list. */
export const MANY_CODE: FunctionCode = {
  id: 'units.many',
  exportName: 'convertIntoSeveralUnits',
  source: `/**
 * units.many: an amount \`value\` in the unit whose factor is option \`${FROM}\`, converted into every unit of option
 * \`targets\` (JSON: answer field → factor, in the same base unit), each rounded to \`decimals\`; a negative amount is
 * refused.
 */
export const convertIntoSeveralUnits: CatalogFunction = (input, options) => {
  const value = input.value;
  const from = Number(options.${FROM});
  const targets: Record<string, unknown> = typeof options.targets === 'string' ? JSON.parse(options.targets) : {};
  const decimals = Number(options.decimals ?? 2);
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, problems: ['the amount must be a finite number'] };
  if (value < 0) return { ok: false, problems: ['the amount cannot be negative (' + String(value) + ')'] };
  const answer: Record<string, number> = {};
  for (const [name, factor] of Object.entries(targets)) {
    const converted = (value * from) / Number(factor);
    const scale = 10 ** decimals;
    const scaled = converted * scale;
    const rounded = Number.isFinite(scaled) ? Math.round(scaled) / scale : converted;
    if (!Number.isFinite(rounded)) return { ok: false, problems: ['the amount is too large to convert to ' + name] };
    const snapped = Number(rounded.toPrecision(15));
    answer[name] = snapped === 0 ? 0 : snapped;
  }
  return { ok: true, value: answer };
};`,
};
