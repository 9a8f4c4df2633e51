import { readFeatureLiterals, type EndpointError, type FieldSpec } from '@sf/service-spec';
import type { CatalogFamily, FunctionDesign, Recognised, Refusal, WorkedExample } from './catalog-entry';
import { glossIn, hasAny, languagesOf, proseOf, type Language } from './feature-words';
import { ORDER_TOTALS_CODE } from './orders-code';
import { GLOSS, shippingGloss, shippingRuleText, tableGloss } from './orders-gloss';
import {
  discountAfterTax,
  discountTable,
  fixedTaxRate,
  mentionsShipping,
  severalTaxRates,
  shippingRule,
  taxRateFromRequest,
  unknownCodeError,
  writtenItems,
  type Discount,
  type Shipping,
} from './orders-read';
import { BASKETS, money, REQUEST_RATES, thresholdBaskets, totalsInCents, type Line } from './orders-cents';

/*
 * Order totals (a quote, a cart, an invoice): lines of quantity × unit price, their subtotal, a discount code
 * from a table the feature writes (a percentage or a fixed amount; an unknown code refused), tax at a rate the
 * feature fixes or the request sends, and the total. The rule, stated in every summary: each line total is
 * rounded to cents (half up), the subtotal is the sum of the rounded line totals, the discount is taken off the
 * subtotal before tax, tax is the rate on that discounted amount rounded to cents, total = discounted subtotal
 * + tax. A shipping fee the feature states is added after tax (not taxed) unless the goods after the discount
 * reach its free-shipping threshold ("from 50" counts 50, "above 50" does not). Worked examples are computed in
 * whole cents with integer arithmetic (orders-cents.ts), apart from the emitted code.
 *
 * A feature that writes two tax rates (by category) or speaks of shipping without a fee is not realised here: one
 * flat rate, or no shipping, would be another computation.
 *
 * A feature about keeping orders (storing them, reading one back) is not this family: a computation stores
 * nothing. Nor is a discount taken after tax, which this rule does not do.
 */

const QUANTITY = words(
  'quantity quantities qty menge mengen anzahl stuckzahl cantidad cantidades quantite quantites quantita quantidade',
);
const PRICE = words(
  'price prices unit_price preis preise einzelpreis stuckpreis precio precios prix preco precos prezzo prezzi',
);
const ORDER = words(
  'order orders cart carts basket quote quotes invoice invoices checkout bestellung bestellungen warenkorb angebot rechnung pedido pedidos carrito presupuesto factura commande commandes panier devis facture ordine carrello preventivo fattura encomenda carrinho orcamento fatura',
);
const TOTAL = words(
  'total totals subtotal sum gesamt gesamtsumme summe zwischensumme gesamtpreis gesamtbetrag rechnungsbetrag endbetrag bestellsumme rechnungssumme warenkorbsumme endsumme importe suma montant somme totale somma soma',
);
/** Verbs that work an amount out ("den Warenkorb berechnen"): with an order and its tax, its total. */
const RECKON = words('calculate compute work berechnen ausrechnen calcular calculer calcolare computar');
const DISCOUNT = words(
  'discount discounts coupon coupons voucher vouchers promo rabatt rabatte rabattcode rabattcodes gutschein gutscheine descuento descuentos cupon cupones remise remises reduction sconto sconti desconto descontos',
);
const TAX = words(
  'tax taxes vat gst sales steuer steuern mwst mehrwertsteuer umsatzsteuer iva impuesto impuestos tva taxe taxes imposta imposto',
);
const STORING = words(
  'store stores stored save saves saved persist keep keeps speichern gespeichert speichert guardar guarda guardado enregistrer enregistre conserver salvare salvar armazenar',
);

/** A percentage written without digits before it ("nineteen percent"): a rate the readers cannot take. */
const PERCENT_IN_WORDS =
  /(?<!\d\s?)(?:%|\b(?:percent|per cent|prozent|por ?ciento|pour ?cent|per ?cento|por ?cento)\b)/i;

function words(list: string): string[] {
  return list.split(' ');
}

/** What one order computation reads and states. */
interface OrderReading {
  linesField: string;
  quantity: string;
  price: string;
  /** Other fields each line carries as written (`sku`), stored back on the answered line. */
  extraItems: FieldSpec[];
  codeField: string | null;
  discounts: Discount[];
  unknown: { status: number; code: string };
  taxField: string | null;
  taxRate: number;
  shipping: Shipping | null;
  outputs: {
    lines: string;
    subtotal: string;
    discount: string;
    tax: string;
    shipping: string;
    total: string;
  };
}

function read(text: string, list: string[]): OrderReading | null {
  const literals = readFeatureLiterals(text);
  const items = writtenItems(text);
  const quantity = items.find((i) =>
    /^(quantity|qty|count|menge|anzahl|cantidad|quantite|quantita|quantidade|units)$/i.test(i.name),
  );
  const price = items.find((i) => /price|preis|precio|prix|preco|prezzo|cost|amount/i.test(i.name));
  if (items.length > 0 && (!quantity || !price)) return null;
  const extraItems = items
    .filter((i) => i !== quantity && i !== price)
    .map((i): FieldSpec | null =>
      i.type === 'string' || i.type === 'text'
        ? {
            name: i.name,
            type: 'string',
            required: !i.optional,
            description: `The line's ${i.name.replace(/_/g, ' ')}, answered back`,
            example: 'A-1',
          }
        : null,
    );
  if (extraItems.some((f) => f === null)) return null;
  const linesWritten = literals.request.find((f) => f.type === 'array');
  const codeWritten = literals.request.find((f) =>
    /code|coupon|voucher|promo|gutschein|cupon|codigo/i.test(f.name),
  );
  const discounts = discountTable(text);
  const taxField = taxRateFromRequest(text, literals.request);
  const response = (pattern: RegExp, fallback: string) =>
    literals.response.find((f) => pattern.test(f.name))?.name ?? fallback;
  return {
    linesField: linesWritten?.name ?? (list.includes('items') ? 'items' : 'lines'),
    quantity: quantity?.name ?? 'quantity',
    price: price?.name ?? 'unit_price',
    extraItems: extraItems as FieldSpec[],
    codeField: codeWritten?.name ?? (discounts.length > 0 || hasAny(list, DISCOUNT) ? 'discount_code' : null),
    discounts,
    unknown: unknownCodeError(text, discounts),
    taxField,
    taxRate: taxField ? 0 : (fixedTaxRate(text) ?? 0),
    shipping: shippingRule(text),
    outputs: {
      lines: response(/^(lines|items|positions|positionen|lineas|lignes)$/i, linesWritten?.name ?? 'lines'),
      subtotal: response(/sub_?total|zwischensumme/i, 'subtotal'),
      discount: response(/discount|rabatt|descuento|remise/i, 'discount'),
      tax: response(/tax|vat|mwst|steuer|iva|tva|impuesto/i, 'tax'),
      shipping: response(/shipping|versand|envio|livraison|spedizione|frete/i, 'shipping'),
      total: response(
        /^(total|grand_total|gesamt\w*|summe|endsumme|importe(_total)?|montant(_total)?|totale)$/i,
        'total',
      ),
    },
  };
}

function design(r: OrderReading, languages: Language[]): FunctionDesign {
  const line = (l: Line): Record<string, unknown> => ({
    ...Object.fromEntries(r.extraItems.map((f, i) => [f.name, `A-${i + 1}`])),
    [r.quantity]: l.quantity,
    [r.price]: money(l.priceCents),
  });
  const examples: WorkedExample[] = [];
  const example = (basket: Line[], discount: Discount | null, requestRate: number | null) => {
    const rate = requestRate ?? r.taxRate;
    const t = totalsInCents(basket, discount, Math.round(rate * 100), r.shipping);
    const lines = basket
      .map(
        (l, i) => `${l.quantity} × ${money(l.priceCents).toFixed(2)} = ${money(t.lineTotals[i]).toFixed(2)}`,
      )
      .join(', ');
    const off = discount ? `; code ${discount.code} takes ${money(t.discount).toFixed(2)} off` : '';
    const shipped = r.shipping ? `; shipping ${money(t.shipping).toFixed(2)}` : '';
    examples.push({
      description: `Lines ${lines}: subtotal ${money(t.subtotal).toFixed(2)}${off}; tax at ${rate} % on ${money(t.subtotal - t.discount).toFixed(2)} is ${money(t.tax).toFixed(2)}${shipped}; total ${money(t.total).toFixed(2)}.`,
      input: {
        [r.linesField]: basket.map(line),
        ...(discount && r.codeField ? { [r.codeField]: discount.code } : {}),
        ...(requestRate !== null && r.taxField ? { [r.taxField]: requestRate } : {}),
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
  if (r.taxField) {
    refusals.push({
      description: 'A tax rate of 150 % is refused.',
      input: { ...base(sample), [r.taxField]: 150 },
    });
  }
  const errors: EndpointError[] = [];
  if (r.codeField) {
    refusals.push({
      description: `An unknown discount code (NOSUCHCODE) is refused with ${r.unknown.status} ${r.unknown.code}.`,
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
      : `discount codes: ${r.discounts.map((d) => (d.percent !== undefined ? `${d.code} takes ${d.percent} % off` : `${d.code} takes ${d.amount?.toFixed(2)} off (never more than the subtotal)`)).join(', ')}; codes are compared ignoring case; an unknown code is refused with ${r.unknown.status} ${r.unknown.code}`;
  const tax = r.taxField
    ? `tax at the rate (percent, 0 to 100) the request sends in ${r.taxField}`
    : `tax at ${r.taxRate} %`;
  const summary =
    `Computes an order's totals (a quote, cart or invoice): each line's quantity × unit price is its line total, rounded to cents (2 decimals, half up); the subtotal is the sum of the rounded line totals; ` +
    (r.codeField
      ? `a discount code takes its discount off the subtotal (a percentage rounded to cents, or a fixed amount), ${table}; `
      : '') +
    `${tax} is charged on the subtotal after the discount and rounded to cents; ${shippingRuleText(r.shipping)}total = subtotal - discount + tax${r.shipping ? ' + shipping' : ''}. A line whose ${r.quantity} (quantity) is 0 or less or not a whole number, or whose ${r.price} (unit price) is negative, or an order without lines, is refused with 400.` +
    glossIn(GLOSS, languages) +
    (r.shipping ? glossIn(shippingGloss(r.shipping), languages) : '') +
    (r.codeField ? glossIn(tableGloss(r), languages) : '');

  const itemFields: FieldSpec[] = [
    ...r.extraItems,
    {
      name: r.quantity,
      type: 'integer',
      required: true,
      description: 'How many units the line orders (a whole number above 0)',
      example: 2,
      exclusive_minimum: 0,
    },
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
        description: 'Tax rate in percent (0 to 100)',
        example: 19,
        minimum: 0,
        maximum: 100,
      },
    });
  }
  const first = totalsInCents(BASKETS[0], null, Math.round((r.taxField ? 19 : r.taxRate) * 100), r.shipping);
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
      discounts: JSON.stringify(
        Object.fromEntries(
          r.discounts.map((d) => [
            d.code,
            d.percent !== undefined ? { percent: d.percent } : { amount: d.amount },
          ]),
        ),
      ),
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

/** A feature that only names the discount codes or the tax beside an order computation another feature asks for. */
function constraint(text: string, list: string[]): Recognised {
  const discounts = discountTable(text);
  const rate = fixedTaxRate(text);
  // Only about an order: a tax rate or a refusal alone ("add 19% VAT to a net amount") is another computation.
  const ordered = hasAny(list, ORDER) || hasAny(list, TOTAL);
  const aboutDiscounts =
    hasAny(list, DISCOUNT) && (discounts.length > 0 || (ordered && /\b(?:unknown|invalid)\b/i.test(text)));
  const aboutTax =
    hasAny(list, TAX) &&
    (ordered || hasAny(list, DISCOUNT)) &&
    (rate !== null || taxRateFromRequest(text, []) !== null);
  const shipping = ordered ? shippingRule(text) : null;
  if (!aboutDiscounts && !aboutTax && !shipping) return null;
  if (severalTaxRates(text, discounts)) return null;
  if (discountAfterTax(text)) return null;
  const languages = languagesOf(list);
  let refined: FunctionDesign | null = null;
  const refine = (d: FunctionDesign): FunctionDesign => {
    if (refined) return refined;
    const r = readingOf(d);
    if (aboutDiscounts) {
      r.discounts = [...r.discounts, ...discounts.filter((x) => !r.discounts.some((y) => y.code === x.code))];
      r.codeField = r.codeField ?? 'discount_code';
      r.unknown = unknownCodeError(text, r.discounts);
    }
    if (aboutTax) {
      const fromRequest = taxRateFromRequest(text, []);
      if (fromRequest) r.taxField = r.taxField ?? fromRequest;
      else r.taxRate = rate ?? r.taxRate;
    }
    if (shipping) r.shipping = shipping;
    refined = design(r, languages);
    return refined;
  };
  return {
    constraint: {
      function: ORDER_TOTALS_CODE.id,
      refine,
      refusals: (d) =>
        refine(d).refusals.filter((x) =>
          aboutDiscounts
            ? x.code !== undefined
            : aboutTax
              ? /tax rate/.test(x.description)
              : /without lines/.test(x.description),
        ),
    },
  };
}

/** The reading a design was made from, recovered from its fields and options (to refine it). */
function readingOf(d: FunctionDesign): OrderReading {
  const o = d.options ?? {};
  const lines = d.inputs.find((i) => i.param === 'lines')?.field;
  const table = JSON.parse(String(o.discounts ?? '{}')) as Record<
    string,
    { percent?: number; amount?: number }
  >;
  const out = (result: string, fallback: string) =>
    d.outputs.find((x) => x.result === result)?.field ?? fallback;
  return {
    linesField: lines?.name ?? 'lines',
    quantity: String(o.quantity_field ?? 'quantity'),
    price: String(o.price_field ?? 'unit_price'),
    extraItems: (lines?.items ?? []).filter((f) => f.name !== o.quantity_field && f.name !== o.price_field),
    codeField: d.inputs.find((i) => i.param === 'discount_code')?.field.name ?? null,
    discounts: Object.entries(table).map(([code, v]) => ({ code, ...v })),
    unknown: {
      status: Number(o.unknown_code_status ?? 400),
      code: String(o.unknown_code_error ?? 'UNKNOWN_DISCOUNT_CODE'),
    },
    taxField: d.inputs.find((i) => i.param === 'tax_rate')?.field.name ?? null,
    taxRate: Number(o.tax_rate ?? 0),
    shipping:
      o.shipping_fee === undefined
        ? null
        : {
            fee: Number(o.shipping_fee),
            freeFrom: o.free_shipping_from === undefined ? null : Number(o.free_shipping_from),
            inclusive: o.free_shipping_inclusive === true,
          },
    outputs: {
      lines: out('lines', 'lines'),
      subtotal: out('subtotal', 'subtotal'),
      discount: out('discount', 'discount'),
      tax: out('tax', 'tax'),
      shipping: out('shipping', 'shipping'),
      total: out('total', 'total'),
    },
  };
}

export const ORDERS: CatalogFamily = {
  name: 'orders',
  functions: [ORDER_TOTALS_CODE],
  recognise(text: string, list: string[]): Recognised {
    // The total of an order with its tax rate is the sum of its lines, even when the lines go unsaid.
    // So is an order (or its sum) with its tax rate and a discount table ("Warenkorbsumme mit 19 % MwSt; …").
    const impliedLines =
      fixedTaxRate(text) !== null &&
      ((hasAny(list, ORDER) && (hasAny(list, TOTAL) || hasAny(list, RECKON))) ||
        ((hasAny(list, ORDER) || hasAny(list, TOTAL)) && discountTable(text).length > 0));
    const lines =
      impliedLines ||
      (hasAny(list, QUANTITY) && (hasAny(list, PRICE) || (list.includes('unit') && list.includes('price'))));
    if (!lines) return constraint(text, list);
    if (!hasAny(list, ORDER) && !hasAny(list, TOTAL)) return null;
    if (hasAny(list, STORING) || discountAfterTax(text)) return null;
    if (severalTaxRates(text, discountTable(text))) return null;
    if (mentionsShipping(text) && !shippingRule(text)) return null;
    // A rate written in words ("nineteen percent VAT") would be charged at 0 % (one left out may come later).
    if (hasAny(list, TAX) && PERCENT_IN_WORDS.test(proseOf(text)) && fixedTaxRate(text) === null) return null;
    if (readFeatureLiterals(text).routes.some((r) => r.method !== 'POST')) return null;
    const reading = read(text, list);
    return reading ? { design: design(reading, languagesOf(list)) } : null;
  },
};
