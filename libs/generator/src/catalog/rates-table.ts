import { numberField, stringField, type FunctionCode, type FunctionDesign } from './catalog-entry';

/*
 * A conversion between the currencies of a rate table the feature declares ("rates 1 EUR = 1.10 USD and 1 EUR =
 * 0.85 GBP", or one rate read both ways between the two currencies a request names): the rates link every
 * currency to the first one, and an amount goes from one currency to another through them (100 USD is
 * 100 ÷ 1.10 × 0.85 = 77.27 GBP), in exact decimal fractions, rounded half up to the decimals asked for (cents
 * when the feature says nothing). A table that leaves a currency apart or states one rate two ways is not a
 * table; an unknown currency or a negative amount is refused.
 */

/** One written rate: 1 `from` = `rate` `to`, the rate as written ("1.10"). */
export interface WrittenRate {
  from: string;
  rate: string;
  to: string;
}

/** An exact non-negative fraction. */
interface Fraction {
  n: bigint;
  d: bigint;
}

/** A decimal as written ("1,05", "0.85", "12.5") as an exact fraction. */
function fraction(text: string): Fraction {
  const [whole, part = ''] = text.replace(',', '.').split('.');
  return { n: BigInt(whole + part), d: 10n ** BigInt(part.length) };
}

/**
 * How many units of each currency one unit of the first currency buys, exactly; null when the rates leave a
 * currency apart, or reach one currency by two ways that disagree.
 */
export function tableValues(rates: WrittenRate[]): Map<string, Fraction> | null {
  if (rates.length === 0) return null;
  const values = new Map<string, Fraction>([[rates[0].from, { n: 1n, d: 1n }]]);
  let progress = true;
  while (progress) {
    progress = false;
    for (const { from, rate, to } of rates) {
      const r = fraction(rate);
      const a = values.get(from);
      const b = values.get(to);
      if (a && b) {
        if (a.n * r.n * b.d !== b.n * a.d * r.d) return null;
      } else if (a) {
        values.set(to, { n: a.n * r.n, d: a.d * r.d });
        progress = true;
      } else if (b) {
        values.set(from, { n: b.n * r.d, d: b.d * r.n });
        progress = true;
      }
    }
  }
  const currencies = new Set(rates.flatMap((r) => [r.from, r.to]));
  return values.size === currencies.size ? values : null;
}

/** amount (a decimal as written) from one currency to another, rounded half up to `decimals`. */
function converted(rates: WrittenRate[], amount: string, from: string, to: string, decimals: number): number {
  const values = tableValues(rates)!;
  const a = fraction(amount);
  const f = values.get(from)!;
  const t = values.get(to)!;
  const scale = 10n ** BigInt(decimals);
  const n = a.n * t.n * f.d * scale;
  const d = a.d * t.d * f.n;
  return Number((2n * n + d) / (2n * d)) / 10 ** decimals;
}

export const RATE_TABLE_CODE: FunctionCode = {
  id: 'rate.table',
  exportName: 'rateTable',
  source: `/** An exact fraction of two integers. */
type Ratio = { n: bigint; d: bigint };

/** A decimal (as JavaScript writes a number, exponents included) as an exact fraction. */
function rateRatio(text: string): Ratio {
  const [mantissa, exponent = '0'] = text.toLowerCase().split('e');
  const [whole, part = ''] = mantissa.replace(',', '.').split('.');
  const shift = Number(exponent) - part.length;
  const digits = BigInt(whole + part);
  return shift >= 0 ? { n: digits * 10n ** BigInt(shift), d: 1n } : { n: digits, d: 10n ** BigInt(-shift) };
}

/**
 * rate.table: \`amount\` from currency \`from\` to currency \`to\` through the declared rates (option \`rates\`, a
 * JSON list of [from, rate, to] meaning 1 from = rate to), exact, rounded half up to \`decimals\`; an unknown
 * currency or a negative amount is refused. The currency converted to is answered beside the amount (\`currency\`),
 * for a feature writing a field for it.
 */
export const rateTable: CatalogFunction = (input, options) => {
  const rates = JSON.parse(String(options.rates)) as [string, string, string][];
  const decimals = Number(options.decimals ?? 2);
  const amount = input.amount;
  // Anything but a text names no currency (and a value's own toString is never called).
  const from = typeof input.from === 'string' ? input.from : '';
  const to = typeof input.to === 'string' ? input.to : '';
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return { ok: false, problems: ['amount must be a finite number'] };
  if (amount < 0) return { ok: false, problems: ['a negative amount (' + String(amount) + ') cannot be converted'] };
  const values = new Map<string, Ratio>([[rates[0][0], { n: 1n, d: 1n }]]);
  for (let round = 0; round < rates.length; round += 1) {
    for (const [a, rate, b] of rates) {
      const r = rateRatio(rate);
      const va = values.get(a);
      const vb = values.get(b);
      if (va && !vb) values.set(b, { n: va.n * r.n, d: va.d * r.d });
      if (vb && !va) values.set(a, { n: vb.n * r.d, d: vb.d * r.n });
    }
  }
  const problems: string[] = [];
  for (const [name, code] of [['from', from], ['to', to]]) {
    if (!values.has(code)) problems.push(name + ' must be a currency of the rate table (' + [...values.keys()].join(', ') + '), not ' + code);
  }
  if (problems.length > 0) return { ok: false, problems };
  const a = rateRatio(String(amount));
  const f = values.get(from)!;
  const t = values.get(to)!;
  const n = a.n * t.n * f.d * 10n ** BigInt(decimals);
  const d = a.d * t.d * f.n;
  const converted = Number((2n * n + d) / (2n * d)) / 10 ** decimals;
  if (!Number.isFinite(converted)) return { ok: false, problems: ['the amount is too large to convert'] };
  return { ok: true, value: { converted, currency: to } };
};`,
};

/** The conversion between the currencies of `rates` (a table `tableValues` reads), or null when it reads none. */
export function rateTableDesign(
  rates: WrittenRate[],
  decimals: number,
  written: string[],
): FunctionDesign | null {
  const values = tableValues(rates);
  if (!values) return null;
  const currencies = [...values.keys()];
  const stated = rates.map((r) => `1 ${r.from} = ${r.rate} ${r.to}`).join(', ');
  const own = written.length > 0 ? ` In the feature's words: ${written.join(', ')}.` : '';
  const pairs = currencies
    .flatMap((a) => currencies.filter((b) => b !== a).map((b) => [a, b] as const))
    .slice(0, 12);
  const example = (amount: string, from: string, to: string) => ({
    description: `${amount} ${from} is ${converted(rates, amount, from, to, decimals)} ${to} at the declared rates (${stated}).`,
    input: { amount: Number(amount), from, to },
    output: { converted: converted(rates, amount, from, to, decimals) },
  });
  return {
    function: RATE_TABLE_CODE.id,
    method: 'POST',
    path: '/convert',
    summary:
      `Converts an amount between the currencies of the declared rate table (${stated}; ${currencies.join(', ')}), ` +
      `either way and through the first currency (amount ÷ rate of from × rate of to), rounded half up to ` +
      `${decimals} decimals${decimals === 2 ? ' (cents)' : ''}; an unknown currency or a negative amount is refused with 400.${own}`,
    inputs: [
      { param: 'amount', field: numberField('amount', 'The amount to convert, 0 or more', 100) },
      { param: 'from', field: stringField('from', 'Currency of the amount', currencies[0], currencies) },
      { param: 'to', field: stringField('to', 'Currency to convert to', currencies[1], currencies) },
    ],
    outputs: [
      {
        result: 'converted',
        field: 'converted',
        description: `The amount in the target currency, rounded to ${decimals} decimals`,
        example: converted(rates, '100', currencies[0], currencies[1], decimals),
      },
    ],
    // `{"valor": número, "moeda": texto}`: the currency converted to, answered as sent.
    echoes: [{ result: 'currency', param: 'to', description: 'The currency the amount was converted to' }],
    options: { rates: JSON.stringify(rates.map((r) => [r.from, r.rate, r.to])), decimals },
    examples: [
      ...pairs.map(([a, b]) => example('100', a, b)),
      ...rates.map((r) => example('12345.67', r.from, r.to)),
      example('100', currencies[0], currencies[0]),
    ],
    refusals: [
      {
        description: 'A negative amount (-1) is refused.',
        input: { amount: -1, from: currencies[0], to: currencies[1] },
      },
      {
        description: 'A currency outside the rate table (XXX) is refused as unknown.',
        input: { amount: 100, from: currencies[0], to: 'XXX' },
      },
    ],
  };
}
