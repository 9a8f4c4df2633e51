import type { Discount, Shipping } from './orders-read';

/*
 * The worked examples of order totals, in exact integer arithmetic (BigInt, half up), apart from the emitted code
 * (orders-code.ts): the examples say what the rule gives, the code must agree.
 */

export interface Line {
  quantity: number;
  priceCents: number;
}

/** How an order is worked out: tax on the discounted subtotal or the whole one; rounding per line or once at the end. */
export interface OrderRule {
  taxBase: 'discounted' | 'subtotal';
  rounding: 'line' | 'end';
}

export const DEFAULT_RULE: OrderRule = { taxBase: 'discounted', rounding: 'line' };

/** Half up, in whole numbers (BigInt): numerator / denominator rounded. */
const halfUpBig = (numerator: bigint, denominator: bigint) =>
  (2n * numerator + denominator) / (2n * denominator);

/** Whether a code takes anything off a subtotal (in the same units as its minimum scaled by `unit`). */
function applies(discount: Discount, subtotal: bigint, unit: bigint): boolean {
  if (discount.minimum === undefined) return true;
  const minimum = BigInt(Math.round(discount.minimum * 100)) * unit;
  return discount.minimumInclusive ? subtotal >= minimum : subtotal > minimum;
}

/**
 * Totals in cents: line totals, subtotal, discount, tax (rate in basis points), shipping, total. Prices are in
 * cents (up to 4 decimals of a cent); amounts are exact (BigInt, in 1e-10 of the currency) until rounded: per
 * line, each amount is rounded to cents before the next step uses it; at the end, only what is reported is.
 */
export function totalsInCents(
  lines: Line[],
  discount: Discount | null,
  rateBasisPoints: number,
  shipping: Shipping | null = null,
  rule: OrderRule = DEFAULT_RULE,
) {
  const cent = 100_000_000n;
  const perLine = rule.rounding === 'line';
  const micros = lines.map((l) => BigInt(l.quantity) * BigInt(Math.round(l.priceCents * 10_000)));
  const lineTotals = micros.map((m) => Number(halfUpBig(m, 10_000n)));
  const subtotal = perLine
    ? BigInt(lineTotals.reduce((a, b) => a + b, 0)) * cent
    : micros.reduce((a, b) => a + b, 0n) * 10_000n;
  const exactOff =
    !discount || !applies(discount, subtotal, cent)
      ? 0n
      : discount.percent !== undefined
        ? (subtotal * BigInt(Math.round(discount.percent * 100))) / 10_000n
        : BigInt(Math.round((discount.amount ?? 0) * 100)) * cent;
  const capped = exactOff > subtotal ? subtotal : exactOff;
  const off = perLine ? halfUpBig(capped, cent) * cent : capped;
  const taxable = subtotal - off;
  const base = rule.taxBase === 'subtotal' ? subtotal : taxable;
  const taxExact = base * BigInt(rateBasisPoints); // in 1e-14
  const tax = halfUpBig(taxExact, cent * 10_000n);
  let shipped = 0n;
  if (shipping) {
    const from = shipping.freeFrom === null ? null : BigInt(Math.round(shipping.freeFrom * 100)) * cent;
    const free = from !== null && (shipping.inclusive ? taxable >= from : taxable > from);
    shipped = free ? 0n : BigInt(Math.round(shipping.fee * 100));
  }
  const total = perLine
    ? taxable / cent + tax + shipped
    : halfUpBig(taxable * 10_000n + taxExact + shipped * cent * 10_000n, cent * 10_000n);
  return {
    lineTotals,
    subtotal: Number(halfUpBig(subtotal, cent)),
    discount: Number(halfUpBig(off, cent)),
    tax: Number(tax),
    shipping: Number(shipped),
    total: Number(total),
  };
}

export const BASKETS: Line[][] = [
  [
    { quantity: 2, priceCents: 350 },
    { quantity: 1, priceCents: 1299 },
  ],
  [{ quantity: 3, priceCents: 99 }],
  [
    { quantity: 4, priceCents: 225 },
    { quantity: 10, priceCents: 10 },
  ],
];

/** Baskets on a free-shipping threshold and above it (one line each), which tell "from" from "above". */
export function thresholdBaskets(shipping: Shipping | null): Line[][] {
  if (!shipping || shipping.freeFrom === null) return [];
  const at = Math.round(shipping.freeFrom * 100);
  return [[{ quantity: 1, priceCents: at }], [{ quantity: 2, priceCents: at }]];
}

/** Rates a request sends when the feature leaves the rate to it. */
export const REQUEST_RATES = [19, 7, 8.25];

export const money = (c: number) => c / 100;

/** Two lines of 3 × 0.125: 0.38 + 0.38 = 0.76 rounded per line, 0.75 rounded once. */
export const HALF_CENTS: Line[] = [
  { quantity: 3, priceCents: 12.5 },
  { quantity: 3, priceCents: 12.5 },
];
