import {
  numberField,
  stringField,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type WorkedExample,
} from './catalog-entry';
import { divide, fraction, multiply, roundFraction, type Fraction } from './exact-rounding';
import { decimalsIn, glossIn, languagesOf, type Language } from './feature-words';
import { QUANTITIES, unstatedDecimals } from './units-facts';
import { asksToConvert, direction, eitherWay, mentionsIn, type Mention, type Token } from './units-read';

/*
 * Unit facts a feature writes as its conversion ("1 us_gal = 3.785411784 l, 1 l = 1000 ml", "a stone is 14 lb",
 * "1 Zoll = 2,54 cm"): the written factors are the conversion, between exactly the units they name (no built-in
 * table). Each fact links two units; the table must join every unit it names into one, and a unit reached two
 * ways must get one factor (an inconsistent or circular table is refused: no design). Factors are kept as exact
 * fractions of the first unit; the emitted code multiplies their numerators and denominators in integers and
 * divides once. Worked examples are worked out here in fractions: each fact both ways, and an amount large
 * enough that the fact's last written digit shows in the rounded answer.
 */

export const WRITTEN_CONVERSION_CODE: FunctionCode = {
  id: 'units.facts',
  exportName: 'convertByWrittenFacts',
  source: `/**
 * units.facts: a \`value\` from unit \`from\` to unit \`to\` by the factors the feature wrote (\`factors\`: each unit as
 * an exact fraction "n/d" of the first unit), rounded to \`decimals\`; a negative value or an unlisted unit is refused.
 */
export const convertByWrittenFacts: CatalogFunction = (input, options) => {
  const factors = JSON.parse(String(options.factors)) as Record<string, string>;
  const value = input.value;
  const from = String(input.from);
  const to = String(input.to);
  const units = Object.keys(factors).join(', ');
  if (!Object.hasOwn(factors, from)) return { ok: false, problems: ['unknown unit ' + JSON.stringify(from) + ' (' + units + ')'] };
  if (!Object.hasOwn(factors, to)) return { ok: false, problems: ['unknown unit ' + JSON.stringify(to) + ' (' + units + ')'] };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, problems: ['the value must be a finite number'] };
  if (value < 0) return { ok: false, problems: ['the value cannot be negative (' + String(value) + ' ' + from + ')'] };
  const [fromN, fromD] = factors[from].split('/').map((part) => BigInt(part));
  const [toN, toD] = factors[to].split('/').map((part) => BigInt(part));
  const ratio = Number(fromN * toD) / Number(fromD * toN);
  const decimals = Number(options.decimals ?? 2);
  const scale = 10 ** decimals;
  const rounded = Math.round(value * ratio * scale) / scale;
  if (!Number.isFinite(rounded)) return { ok: false, problems: ['the value is too large to convert to ' + to] };
  const snapped = Number(rounded.toPrecision(15));
  return { ok: true, value: { value: snapped === 0 ? 0 : snapped, unit: to } };
};`,
};

interface Fact {
  from: string;
  to: string;
  amount: string;
}

const ONE = ['1', 'one', 'a', 'an', 'ein', 'eine', 'einer', 'un', 'una', 'une', 'uno', 'um', 'uma'];
const EQUALS = [
  ...['is', 'equals', 'are', 'makes', 'ist', 'sind', 'entspricht', 'es', 'son', 'equivale\\s+a'],
  ...['vaut', 'fait', 'font', 'è', 'sono', 'é', 'são', 'corresponde\\s+a'],
];
const UNIT = String.raw`[\p{L}_][\p{L}\p{N}_/°]*`;
const FACT = new RegExp(
  // "=" may touch its units; a word of equality stands between spaces ("1 bis 3999" is no "1 b is 3999").
  String.raw`(?<![\p{L}\p{N}])(${ONE.join('|')})\s+(${UNIT})(?:\s*=\s*|\s+(?:${EQUALS.join('|')})\s+)(\d+(?:[.,]\d+)?)\s*(${UNIT})`,
  'giu',
);

/** How many unit facts ("1 <unit> = <amount> <unit>") a feature writes, ambiguous ones too. */
export function factCount(text: string): number {
  return [...text.normalize('NFC').matchAll(FACT)].length;
}

/** The facts a feature writes; null when one is ambiguous ("1,000": a decimal comma or thousands?). */
function factsIn(text: string): Fact[] | null {
  const facts: Fact[] = [];
  for (const m of text.normalize('NFC').matchAll(FACT)) {
    if (/^\d+,\d{3}$/.test(m[3])) return null;
    facts.push({ from: m[2], to: m[4], amount: m[3].replace(',', '.') });
  }
  return facts;
}

/** Each unit as an exact fraction of the first; null when the facts leave units apart or disagree. */
function factorsOf(facts: Fact[]): Map<string, Fraction> | null {
  const factors = new Map<string, Fraction>([[facts[0].from, { n: 1n, d: 1n }]]);
  const same = (a: Fraction, b: Fraction) => a.n * b.d === b.n * a.d;
  for (let pass = 0; pass < facts.length; pass++) {
    for (const f of facts) {
      // 1 from = amount × to.
      const amount = fraction(f.amount);
      if (amount.n === 0n) return null;
      const a = factors.get(f.from);
      const b = factors.get(f.to);
      if (a && b && !same(a, multiply(amount, b))) return null;
      if (a && !b) factors.set(f.to, divide(a, amount));
      if (b && !a) factors.set(f.from, multiply(amount, b));
    }
  }
  return factors.size === new Set(facts.flatMap((f) => [f.from, f.to])).size ? factors : null;
}

/** The exact answer `value from` in `to`, rounded, unless it sits within a millionth of a tie. */
function answer(value: Fraction, from: Fraction, to: Fraction, decimals: number): number | null {
  const exact = divide(multiply(value, from), to);
  const scaled = exact.n * 10n ** BigInt(decimals);
  const r = ((scaled % exact.d) + exact.d) % exact.d;
  const distance = 2n * r - exact.d;
  if ((distance < 0n ? -distance : distance) * 1_000_000n < exact.d) return null;
  return roundFraction(exact, decimals);
}

const decimalsOf = (amount: string) => (amount.split('.')[1] ?? '').length;

function examples(facts: Fact[], factors: Map<string, Fraction>, decimals: number): WorkedExample[] {
  const rows: WorkedExample[] = [];
  const add = (value: string, from: string, to: string, why: string) => {
    const out = answer(fraction(value), factors.get(from)!, factors.get(to)!, decimals);
    if (
      out === null ||
      rows.some((r) => r.input.from === from && r.input.to === to && r.input.value === Number(value))
    )
      return;
    rows.push({
      description: `${value} ${from} is ${out} ${to} (${why}).`,
      input: { value: Number(value), from, to },
      // The unit is answered only when a feature writes a field for it (`echoes`, literal-binding.ts): a
      // worked example stating it would be a check the service it describes fails.
      output: { value: out },
    });
  };
  for (const f of facts) {
    add('1', f.from, f.to, `the written fact 1 ${f.from} = ${f.amount} ${f.to}`);
    add(f.amount, f.to, f.from, 'the same fact the other way');
    // 10^k of the unit moves the fact's last written digit into the answer's decimals.
    const k = Math.max(1, decimalsOf(f.amount) - decimals);
    add(`1${'0'.repeat(k)}`, f.from, f.to, `${f.amount} × 10^${k}: every written digit counts`);
  }
  const units = [...factors.keys()];
  if (units.length > 2) add('1', units[0], units[units.length - 1], 'through the chain of facts');
  return rows;
}

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Rechnet zwischen den Einheiten der geschriebenen Fakten um (Umrechnung, Werte in Einheiten).',
  es: ' Convierte entre las unidades de los hechos escritos (conversión de valores).',
  fr: ' Convertit entre les unités des faits écrits (conversion de valeurs).',
  it: ' Converte tra le unità dei fatti scritti (conversione di valori).',
  pt: ' Converte entre as unidades dos fatos escritos (conversão de valores).',
};

function writtenDesign(
  facts: Fact[],
  factors: Map<string, Fraction>,
  decimals: number,
  languages: Language[],
  own: string[],
): FunctionDesign {
  const units = [...factors.keys()];
  const table = facts.map((f) => `1 ${f.from} = ${f.amount} ${f.to}`).join(', ');
  const rows = examples(facts, factors, decimals);
  return {
    function: WRITTEN_CONVERSION_CODE.id,
    method: 'POST',
    path: '/units/convert',
    summary:
      `Converts a value between the units the feature lists (${units.join(', ')}) by its own written facts` +
      ` (${table}) and nothing else, exactly, the answer rounded to ${decimals} decimals; a unit the facts do` +
      ' not name or a negative value is refused with 400.' +
      glossIn(GLOSS, languages) +
      (own.length > 0 ? ` (${own.join(', ')})` : ''),
    inputs: [
      {
        param: 'value',
        field: numberField('value', 'The amount to convert, 0 or more', Number(rows[0].input.value)),
      },
      { param: 'from', field: stringField('from', 'The unit of the value', units[0], units) },
      { param: 'to', field: stringField('to', 'The unit to convert to', units[1], units) },
    ],
    outputs: [
      { result: 'value', field: 'value', description: 'The converted amount', example: rows[0].output.value },
    ],
    echoes: [{ result: 'unit', param: 'to', description: 'The unit of the converted amount' }],
    options: {
      factors: JSON.stringify(
        Object.fromEntries(units.map((u) => [u, `${factors.get(u)!.n}/${factors.get(u)!.d}`])),
      ),
      decimals,
    },
    examples: rows,
    refusals: [
      {
        description: 'A unit the facts do not name is refused.',
        input: { value: 1, from: 'furlong', to: units[0] },
      },
      { description: 'A negative value is refused.', input: { value: -1, from: units[0], to: units[1] } },
    ],
  };
}

const CURRENCY_CODE = /^[A-Z]{3}$/;
const MONEY_OR_HEAT = /^(?:°.*|celsius|fahrenheit|kelvin|c|f|k|euros?|dollars?|pounds? sterling|yen)$/i;
const foreign = (unit: string) => CURRENCY_CODE.test(unit) || MONEY_OR_HEAT.test(unit);

/** The feature's own words for quantities and units ("longitudes", "metros"), carried into the summary. */
function ownWords(tokens: Token[]): string[] {
  const quantity = Object.values(QUANTITIES).flatMap((q) => q.words);
  const named = [
    ...tokens.filter((t) => quantity.includes(t.low)).map((t) => t.raw),
    ...mentionsIn(tokens).map((m) => m.written),
  ];
  return [...new Set(named)];
}

/** The units a feature names outside its facts ("Convert ounces to grams (1 oz = 28.349523125 g)": ounces, grams). */
function namedOutsideFacts(tokens: Token[]) {
  // A unit right after a number is a fact's ("1 oz", "= 28.349523125 g").
  return mentionsIn(tokens).filter((m) => m.unit !== null && !tokens[m.start - 1]?.num);
}

/**
 * Whether the feature asks for a conversion one way between two units ("Convert ounces to grams (1 oz = …)",
 * "convertir des tasses en millilitres (on compte 1 tasse = 240 ml)"): a converter between the facts' units,
 * sent a value, a source and a target, is not that endpoint.
 */
function oneWay(tokens: Token[]): boolean {
  const named = namedOutsideFacts(tokens);
  const units = [...new Set(named.map((m) => m.unit))];
  if (units.length !== 2 || eitherWay(tokens, named)) return false;
  const [a, b] = units.map((u) => named.find((m) => m.unit === u)!);
  return direction(tokens, a, b, true) !== null;
}

/**
 * Whether the feature names units of the tables its facts leave out ("between B, KB, MB, GB and TB, where 1 KB
 * is 1024 bytes"): converting between the facts' units alone would refuse units the feature converts.
 */
function beyondFacts(tokens: Token[], factors: Map<string, Fraction>): boolean {
  // A fact's unit by its words, plural aside: "us_gal" is named "gal" too, "pie" is named "pies".
  const own = new Set(
    [...factors.keys()].flatMap((u) => [u, ...u.split(/[^\p{L}]+/u)].map((w) => w.toLowerCase())),
  );
  const ours = (m: Mention) => {
    const word = m.written.toLowerCase();
    return [word, word.replace(/s$/, ''), word.replace(/es$/, '')].some((w) => own.has(w));
  };
  // The tables' units the facts are about, however the feature spells them elsewhere ("metros" beside "1 pie = 0,3048 m").
  const symbols = new Set(
    mentionsIn(tokens)
      .filter(ours)
      .map((m) => m.unit),
  );
  return namedOutsideFacts(tokens).some((m) => !ours(m) && !symbols.has(m.unit));
}

/** A feature that writes unit facts and asks to convert by them; undefined when it writes none. */
export function recogniseWrittenFacts(
  text: string,
  words: string[],
  tokens: Token[],
): Recognised | undefined {
  const facts = factsIn(text);
  if (facts === null) return null;
  if (facts.length === 0) return undefined;
  if (facts.some((f) => foreign(f.from) || foreign(f.to))) return undefined;
  const between = tokens.some((t) => ['between', 'zwischen', 'entre', 'tra', 'fra'].includes(t.low));
  // A route spelled out with its shapes ("POST /kitchen with {"amount", "from", "to"} …; 1 cup = 240 ml") asks to
  // convert by the facts written beside it.
  const routed = /\b(?:GET|POST)\s+\/[^\s]*/.test(text) && /["?&{](?:from|to)\b/.test(text);
  if (!asksToConvert(tokens) && !between && !routed) return undefined;
  const factors = factorsOf(facts);
  if (!factors || factors.size < 2) return null;
  if (!between && oneWay(tokens)) return null;
  if (beyondFacts(tokens, factors)) return null;
  const decimals = decimalsIn(text) ?? unstatedDecimals(null);
  return examples(facts, factors, decimals).length === 0
    ? null
    : { design: writtenDesign(facts, factors, decimals, languagesOf(words), ownWords(tokens)) };
}
