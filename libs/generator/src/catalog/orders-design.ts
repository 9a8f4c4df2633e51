import type { EndpointError, FieldSpec } from '@sf/service-spec';
import type { FunctionDesign, Refusal, WorkedExample } from './catalog-entry';
import { glossIn, type Language } from './feature-words';
import { ORDER_TOTALS_CODE } from './orders-code';
import { GLOSS, shippingGloss, shippingRuleText, tableGloss, UNKNOWN_CODE_GLOSS } from './orders-gloss';
import type { Discount, Shipping } from './orders-read';
import {
  BASKETS,
  HALF_CENTS,
  money,
  REQUEST_RATES,
  thresholdBaskets,
  totalsInCents,
  type Line,
  type OrderRule,
} from './orders-cents';

/*
 * The contract of one order computation: its fields, worked examples computed in exact integer arithmetic
 * (orders-cents.ts, apart from the emitted code), refusals and the summary that states the rule.
 */

/** What one order computation reads and states. */
export interface OrderReading {
  linesField: string;
  quantity: string;
  /**
   * Bounds the feature writes on a line's quantity (`"qty": integer between 1 and 99`), as inclusive whole
   * numbers; absent, a quantity is any whole number above 0.
   */
  quantityBounds?: { minimum: number; maximum?: number };
  price: string;
  /** Other fields each line carries as written (`sku`), stored back on the answered line. */
  extraItems: FieldSpec[];
  codeField: string | null;
  discounts: Discount[];
  unknown: { status: number; code: string };
  taxField: string | null;
  /**
   * How the request's rate reads: a percentage (19), or, when the feature states no unit for it, either a
   * percentage or a fraction below 1 (0.19 for 19 %).
   */
  taxRateUnit?: 'percent' | 'either';
  taxRate: number;
  shipping: Shipping | null;
  /** Tax on the discounted or the whole subtotal; rounding per line or once at the end. */
  rule: OrderRule;
  outputs: {
    lines: string;
    subtotal: string;
    discount: string;
    tax: string;
    shipping: string;
    total: string;
  };
}

export function design(r: OrderReading, languages: Language[]): FunctionDesign {
  const line = (l: Line): Record<string, unknown> => ({
    ...Object.fromEntries(r.extraItems.map((f, i) => [f.name, `A-${i + 1}`])),
    [r.quantity]: l.quantity,
    [r.price]: money(l.priceCents),
  });
  const examples: WorkedExample[] = [];
  const example = (
    basket: Line[],
    discount: Discount | null,
    requestRate: number | null,
    sent = requestRate,
  ) => {
    const rate = requestRate ?? r.taxRate;
    const t = totalsInCents(basket, discount, Math.round(rate * 100), r.shipping, r.rule);
    const lines = basket
      .map((l, i) => `${l.quantity} × ${money(l.priceCents)} = ${money(t.lineTotals[i]).toFixed(2)}`)
      .join(', ');
    const off = discount ? `; code ${discount.code} takes ${money(t.discount).toFixed(2)} off` : '';
    const shipped = r.shipping ? `; shipping ${money(t.shipping).toFixed(2)}` : '';
    const base = r.rule.taxBase === 'subtotal' ? t.subtotal : t.subtotal - t.discount;
    const rounded = r.rule.rounding === 'end' ? ' (exact until each amount is rounded)' : '';
    examples.push({
      description: `Lines ${lines}: subtotal ${money(t.subtotal).toFixed(2)}${off}; tax at ${rate} % on ${money(base).toFixed(2)} is ${money(t.tax).toFixed(2)}${shipped}; total ${money(t.total).toFixed(2)}${rounded}.`,
      input: {
        [r.linesField]: basket.map(line),
        ...(discount && r.codeField ? { [r.codeField]: discount.code } : {}),
        ...(sent !== null && r.taxField ? { [r.taxField]: sent } : {}),
      },
      output: {
        [r.outputs.lines]: t.lineTotals.map((c) => ({ line_total: money(c) })),
        [r.outputs.subtotal]: money(t.subtotal),
        [r.outputs.discount]: money(t.discount),
        [r.outputs.tax]: money(t.tax),
        ...(r.shipping ? { [r.outputs.shipping]: money(t.shipping) } : {}),
        [r.outputs.total]: money(t.total),
      },
    });
  };
  const rateFor = (i: number) => (r.taxField ? REQUEST_RATES[i % REQUEST_RATES.length] : null);
  BASKETS.forEach((basket, i) => example(basket, null, rateFor(i)));
  thresholdBaskets(r.shipping).forEach((basket, i) => example(basket, null, rateFor(i)));
  r.discounts.slice(0, 3).forEach((d, i) => example(BASKETS[i % 2 === 0 ? 0 : 2], d, rateFor(i)));
  // A code with a minimum, on its threshold and a cent away from it: where it starts to take something off.
  r.discounts
    .filter((d) => d.minimum !== undefined)
    .slice(0, 2)
    .forEach((d, i) => {
      const at = Math.round((d.minimum ?? 0) * 100);
      example([{ quantity: 1, priceCents: at }], d, rateFor(i));
      example([{ quantity: 1, priceCents: d.minimumInclusive ? at - 1 : at + 1 }], d, rateFor(i + 1));
    });
  // Half cents, which tell rounding per line (0.375 → 0.38 each) from rounding once (0.75).
  example(HALF_CENTS, null, rateFor(2));
  // The largest quantity a written bound allows is priced like any other.
  const most = r.quantityBounds?.maximum;
  if (most !== undefined) example([{ quantity: most, priceCents: 100 }], null, rateFor(1));
  // A rate sent as a fraction (0.2) is the percentage it stands for (20 %).
  if (r.taxField && r.taxRateUnit === 'either') example(BASKETS[0], r.discounts[0] ?? null, 20, 0.2);
  const fixed = r.discounts.find((d) => d.amount !== undefined && d.amount * 100 > 297);
  if (fixed) example(BASKETS[1], fixed, rateFor(1));

  const sample = BASKETS[0].map(line);
  const withLine = (change: Record<string, unknown>) => [{ ...sample[0], ...change }, sample[1]];
  const base = (lines: unknown): Record<string, unknown> => ({
    [r.linesField]: lines,
    ...(r.taxField ? { [r.taxField]: 19 } : {}),
  });
  const refusals: Refusal[] = [
    { description: `A line with ${r.quantity} 0 is refused.`, input: base(withLine({ [r.quantity]: 0 })) },
    {
      description: `A line with a negative ${r.quantity} (-2) is refused.`,
      input: base(withLine({ [r.quantity]: -2 })),
    },
    {
      description: `A line with a negative ${r.price} (-1.50) is refused.`,
      input: base(withLine({ [r.price]: -1.5 })),
    },
    { description: 'An order without lines is refused.', input: base([]) },
  ];
  if (most !== undefined) {
    refusals.push({
      description: `A line with ${r.quantity} ${most + 1} (above the ${most} a line may order) is refused.`,
      input: base(withLine({ [r.quantity]: most + 1 })),
    });
  }
  if (r.taxField) {
    refusals.push({
      description: 'A tax rate of 150 % is refused.',
      input: { ...base(sample), [r.taxField]: 150 },
    });
  }
  const errors: EndpointError[] = [];
  if (r.codeField) {
    refusals.push({
      // The table's codes named: the refusal is the one of a feature that lists them ("TENOFF …, FIVER …; any
      // other code returns 400"), not only of the code field every discount has.
      description: `An unknown discount code (NOSUCHCODE: any other code than the table's${r.discounts.length > 0 ? ` ${r.discounts.map((d) => d.code).join(', ')}` : ''}) is refused with ${r.unknown.status} ${r.unknown.code}.${glossIn(UNKNOWN_CODE_GLOSS, languages)}`,
      input: { ...base(sample), [r.codeField]: 'NOSUCHCODE' },
      status: r.unknown.status,
      code: r.unknown.code,
    });
    errors.push({
      status: r.unknown.status,
      code: r.unknown.code,
      when: 'the discount code is not in the table',
    });
  }

  const table =
    r.discounts.length === 0
      ? 'no discount codes are known, so any code is refused'
      : `discount codes: ${r.discounts.map(codeText).join(', ')}; codes are compared ignoring case; an unknown code is refused with ${r.unknown.status} ${r.unknown.code}`;
  const tax = r.taxField
    ? r.taxRateUnit === 'either'
      ? `tax at the rate the request sends in ${r.taxField} (a percentage from 0 to 100, 19 for 19 %; a value below 1 is a fraction: 0.2 is 20 %)`
      : `tax at the rate (percent, 0 to 100) the request sends in ${r.taxField}`
    : `tax at ${r.taxRate} %`;
  const atEnd = r.rule.rounding === 'end';
  const summary =
    (atEnd
      ? `Computes an order's totals (a quote, cart or invoice): each line's quantity × unit price is its line total; the subtotal is the exact sum of the line totals; nothing is rounded per line: every step is exact and only the answered amounts are rounded, once at the end, to cents (2 decimals, half up); `
      : `Computes an order's totals (a quote, cart or invoice): each line's quantity × unit price is its line total, rounded to cents (2 decimals, half up) per line; the subtotal is the sum of the rounded line totals; `) +
    (r.codeField
      ? `a discount code takes its discount off the subtotal before tax (a percentage of the subtotal${atEnd ? '' : ' rounded to cents'}, or a fixed amount), ${table}; `
      : '') +
    `${tax} is charged on ${r.rule.taxBase === 'subtotal' ? 'the whole subtotal, before the discount' : 'the subtotal after the discount'}${atEnd ? '' : ' and rounded to cents'}; ${shippingRuleText(r.shipping)}total = subtotal - discount + tax${r.shipping ? ' + shipping' : ''}. A line whose ${r.quantity} (quantity) is 0 or less or not a whole number, or whose ${r.price} (unit price) is negative, or an order without lines, is refused with 400.` +
    glossIn(GLOSS, languages) +
    (r.shipping ? glossIn(shippingGloss(r.shipping), languages) : '') +
    (r.codeField ? glossIn(tableGloss(r), languages) : '');

  const itemFields: FieldSpec[] = [
    ...r.extraItems,
    quantityField(r),
    {
      name: r.price,
      type: 'number',
      required: true,
      description: 'Price of one unit (0 or more)',
      example: 3.5,
      minimum: 0,
    },
  ];
  const inputs: FunctionDesign['inputs'] = [
    {
      param: 'lines',
      field: {
        name: r.linesField,
        type: 'object[]',
        required: true,
        description: 'The order lines: quantity × unit price each',
        example: sample,
        items: itemFields,
        min_items: 1,
      },
    },
  ];
  if (r.codeField) {
    inputs.push({
      param: 'discount_code',
      field: {
        name: r.codeField,
        type: 'string',
        required: false,
        description: 'A discount code from the table (optional)',
        example: r.discounts[0]?.code ?? 'SAVE10',
      },
    });
  }
  if (r.taxField) {
    inputs.push({
      param: 'tax_rate',
      field: {
        name: r.taxField,
        type: 'number',
        required: true,
        description:
          r.taxRateUnit === 'either'
            ? 'Tax rate: a percentage (19 for 19 %, up to 100), or a fraction below 1 (0.19 for 19 %)'
            : 'Tax rate in percent (0 to 100)',
        example: 19,
        minimum: 0,
        maximum: 100,
      },
    });
  }
  const first = totalsInCents(
    BASKETS[0],
    null,
    Math.round((r.taxField ? 19 : r.taxRate) * 100),
    r.shipping,
    r.rule,
  );
  return {
    function: ORDER_TOTALS_CODE.id,
    method: 'POST',
    path: '/orders/quote',
    summary,
    inputs,
    outputs: [
      {
        result: 'lines',
        field: r.outputs.lines,
        description: 'Each line as sent, with its line_total',
        example: BASKETS[0].map((l, i) => ({ ...line(l), line_total: money(first.lineTotals[i]) })),
      },
      {
        result: 'subtotal',
        field: r.outputs.subtotal,
        description: 'Sum of the line totals',
        example: money(first.subtotal),
      },
      {
        result: 'discount',
        field: r.outputs.discount,
        description: 'Discount taken off the subtotal (0 without a code)',
        example: money(first.discount),
      },
      {
        result: 'tax',
        field: r.outputs.tax,
        description: 'Tax on the discounted subtotal, rounded to cents',
        example: money(first.tax),
      },
      ...(r.shipping
        ? [
            {
              result: 'shipping',
              field: r.outputs.shipping,
              description: 'Shipping charged (0 once the goods reach the free-shipping threshold)',
              example: money(first.shipping),
            },
          ]
        : []),
      {
        result: 'total',
        field: r.outputs.total,
        description: r.shipping ? 'Subtotal - discount + tax + shipping' : 'Subtotal - discount + tax',
        example: money(first.total),
      },
    ],
    options: {
      quantity_field: r.quantity,
      price_field: r.price,
      tax_rate: r.taxRate,
      tax_from_request: r.taxField !== null,
      ...(r.taxField !== null && r.taxRateUnit === 'either' ? { tax_rate_unit: 'either' } : {}),
      discounts: JSON.stringify(
        Object.fromEntries(
          r.discounts.map((d) => [
            d.code,
            {
              ...(d.percent !== undefined ? { percent: d.percent } : { amount: d.amount }),
              ...(d.minimum !== undefined
                ? { minimum: d.minimum, minimum_inclusive: d.minimumInclusive }
                : {}),
            },
          ]),
        ),
      ),
      tax_base: r.rule.taxBase,
      rounding: r.rule.rounding,
      unknown_code_status: r.unknown.status,
      unknown_code_error: r.unknown.code,
      ...(r.shipping
        ? {
            shipping_fee: r.shipping.fee,
            ...(r.shipping.freeFrom !== null
              ? { free_shipping_from: r.shipping.freeFrom, free_shipping_inclusive: r.shipping.inclusive }
              : {}),
          }
        : {}),
    },
    examples,
    refusals,
    ...(errors.length > 0 ? { errors } : {}),
  };
}

/** One code in words: its value, the floor of a fixed amount, the minimum order it needs. */
function codeText(d: Discount): string {
  const value =
    d.percent !== undefined
      ? `${d.code} takes ${d.percent} % off`
      : `${d.code} takes ${d.amount?.toFixed(2)} off (${d.amount}; never more than the subtotal, so the total never goes below zero)`;
  if (d.minimum === undefined) return value;
  const from = d.minimumInclusive ? 'of at least' : 'above';
  return `${value} for a subtotal ${from} ${d.minimum.toFixed(2)} (orders ${d.minimumInclusive ? 'from' : 'over'} ${d.minimum}); below that it takes nothing off`;
}

/** A line's quantity: a whole number above 0, or within the bounds the feature writes for it. */
function quantityField(r: OrderReading): FieldSpec {
  const base = { name: r.quantity, type: 'integer' as const, required: true, example: 2 };
  const b = r.quantityBounds;
  if (!b) {
    return {
      ...base,
      description: 'How many units the line orders (a whole number above 0)',
      exclusive_minimum: 0,
    };
  }
  const range = b.maximum === undefined ? `at least ${b.minimum}` : `from ${b.minimum} to ${b.maximum}`;
  return {
    ...base,
    description: `How many units the line orders (a whole number ${range}; any other is refused with 400)`,
    minimum: b.minimum,
    ...(b.maximum !== undefined ? { maximum: b.maximum } : {}),
  };
}
