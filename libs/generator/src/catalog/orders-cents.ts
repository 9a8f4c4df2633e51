import type { Discount, Shipping } from './orders-read';

/*
 * The worked examples of order totals, in whole cents (integer arithmetic, half up), apart from the emitted code
 * (orders-code.ts): the examples say what the rule gives, the code must agree.
 */

export interface Line {
  quantity: number;
  priceCents: number;
}

const halfUp = (numerator: number, denominator: number) =>
  Math.floor((2 * numerator + denominator) / (2 * denominator));

/** The shipping charged on goods worth `goods` cents: the fee, unless they reach the free-shipping threshold. */
export function shippingInCents(goods: number, shipping: Shipping | null): number {
  if (!shipping) return 0;
  const from = shipping.freeFrom === null ? null : Math.round(shipping.freeFrom * 100);
  const free = from !== null && (shipping.inclusive ? goods >= from : goods > from);
  return free ? 0 : Math.round(shipping.fee * 100);
}

/** Totals in cents: line totals, subtotal, discount, tax (rate in basis points), shipping, total. */
export function totalsInCents(
  lines: Line[],
  discount: Discount | null,
  rateBasisPoints: number,
  shipping: Shipping | null = null,
) {
  const lineTotals = lines.map((l) => l.quantity * l.priceCents);
  const subtotal = lineTotals.reduce((a, b) => a + b, 0);
  const off = !discount
    ? 0
    : discount.percent !== undefined
      ? halfUp(subtotal * Math.round(discount.percent * 100), 10000)
      : Math.min(subtotal, Math.round((discount.amount ?? 0) * 100));
  const taxable = subtotal - off;
  const tax = halfUp(taxable * rateBasisPoints, 10000);
  const shipped = shippingInCents(taxable, shipping);
  return { lineTotals, subtotal, discount: off, tax, shipping: shipped, total: taxable + tax + shipped };
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
