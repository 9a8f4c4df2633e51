import type { ConvertBehavior } from '@sf/service-spec';

/* Worked examples of the contract's compute behaviours (conversions by rate table, aggregations). */

/** The request of a conversion's worked example: 10 of the first unit in the second. */
export function convertExample(b: ConvertBehavior): Record<string, unknown> {
  const [from, to] = Object.keys(b.rates);
  return { [b.inputs.amount]: 10, [b.inputs.from]: from, [b.inputs.to]: to };
}

/** The exact result a correct service computes for a conversion (same formula as the contract states). */
export function convertResult(b: ConvertBehavior, amount: number, from: string, to: string): number {
  const scale = 10 ** b.decimals;
  return Math.round((amount / b.rates[from]) * b.rates[to] * scale) / scale;
}

/** The exact result of an aggregation, rounded like the contract states. */
export function aggregateResult(
  operation: 'sum' | 'average' | 'min' | 'max',
  values: number[],
  decimals: number,
): number {
  const sum = values.reduce((a, v) => a + v, 0);
  const raw =
    operation === 'sum'
      ? sum
      : operation === 'average'
        ? sum / values.length
        : operation === 'min'
          ? Math.min(...values)
          : Math.max(...values);
  const scale = 10 ** decimals;
  return Math.round(raw * scale) / scale;
}

/** Example input of aggregation checks: exact in binary, so every runtime agrees on the result. */
export const AGGREGATE_SAMPLE = [2, 3.5, 4.25];
