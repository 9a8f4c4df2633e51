import { fieldRuleConstraints, readFeatureLiterals, type FieldSpec } from '@sf/service-spec';
import type { CatalogFamily, FunctionDesign, Recognised, Refusal } from './catalog-entry';
import { asSaid, hasAny, languagesOf, proseOf } from './feature-words';
import { readCodes, roundsAtEnd, taxOnFullSubtotal } from './orders-codes';
import { ORDER_TOTALS_CODE } from './orders-code';
import { design, type OrderReading } from './orders-design';
import {
  readCodeRefusal,
  readLineRefusals,
  type LineRefusalKind,
  type LineRefusals,
} from './orders-refusals';

import type { OrderRule } from './orders-cents';
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
} from './orders-read';

/*
 * Order totals (a quote, a cart, an invoice): lines of quantity × unit price, their subtotal, a discount code
 * from a table the feature writes in a list or in sentences (a percentage or a fixed amount, maybe from a minimum
 * subtotal on; an unknown code refused), tax at a rate the feature fixes or the request sends, and the total.
 * The rule, stated in every summary: each line total is rounded to cents (half up), the subtotal is the sum of
 * the rounded line totals, the discount is taken off the subtotal before tax, tax is the rate on that discounted
 * amount (or on the whole subtotal, when the feature says so) rounded to cents, total = discounted subtotal
 * + tax; a feature that rounds once at the end runs the same steps exactly and rounds only what it answers. A shipping fee the feature states is added after tax (not taxed) unless the goods after the discount
 * reach its free-shipping threshold ("from 50" counts 50, "above 50" does not). Worked examples are computed in
 * whole cents with integer arithmetic (orders-cents.ts), apart from the emitted code.
 *
 * A feature that writes two tax rates (by category), speaks of shipping without a fee, or names a code whose
 * value or condition the reader cannot take ("for returning customers") is not realised here: one flat rate, no
 * shipping or an unconditional code would be another computation.
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
  'total totals subtotal sum gesamt gesamtsumme summe zwischensumme gesamtpreis gesamtbetrag rechnungsbetrag endbetrag bestellsumme rechnungssumme warenkorbsumme endsumme importe suma montant somme totale subtotale somma soma',
);
/** Verbs that work an amount out ("den Warenkorb berechnen"): with an order and its tax, its total. */
const RECKON = words('calculate compute work berechnen ausrechnen calcular calculer calcolare computar');
const SHIPPING_FIELD = /shipping|versand|envio|livraison|spedizione|frete/i;

/** An order's lines, and a refusal said of them. */
const LINE_WORDS = words(
  'line lines item items position positions positionen zeile zeilen linea lineas ligne lignes riga righe linha linhas',
);
const REFUSED = /\b(?:refus\w*|reject\w*|400|abgelehnt|ablehnen|rechaz\w*|rifiut\w*|recus\w*)/i;

/** Words beside a code table that make it one ("WELCOME15 gives 15 % off", "SOMMER = 5 € Nachlass"). */
const CODE_WORDS = words('code codes codigo codigos codice codici cupom off nachlass');
const DISCOUNT = words(
  'discount discounts coupon coupons voucher vouchers promo rabatt rabatte rabattcode rabattcodes gutschein gutscheine descuento descuentos cupon cupones remise remises reduction sconto sconti scontato desconto descontos',
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

/** A percentage said of a rate ("rate in %", "(percent)", "Prozentsatz"): the request sends a percentage. */
const PERCENT_STATED =
  /%|\b(?:percent|per cent|percentage|prozent|prozentsatz|por ?ciento|porcentaje|pour ?cent|pourcentage|per ?cento|percentuale|por ?cento|porcentagem)\b/i;

function words(list: string): string[] {
  return list.split(' ');
}

/** Tax on the whole subtotal or the discounted one; rounding per line or once at the end. */
function ruleOf(text: string): OrderRule {
  return {
    taxBase: taxOnFullSubtotal(text) ? 'subtotal' : 'discounted',
    rounding: roundsAtEnd(text) ? 'end' : 'line',
  };
}

function read(text: string, list: string[]): OrderReading | null {
  const literals = readFeatureLiterals(text);
  const items = writtenItems(text);
  const quantity = items.find((i) =>
    /^(quantity|qty|qtd|count|menge|anzahl|cantidad|quantite|quantita|quantidade|units)$/i.test(i.name),
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
  const quantityRule = linesWritten?.items?.find((i) => i.name === quantity?.name)?.rule;
  const quantityBounds = quantityRule === undefined ? undefined : wholeBounds(quantityRule);
  if (quantityBounds === null) return null;
  const codeWritten = literals.request.find((f) =>
    /code|coupon|voucher|promo|gutschein|cupon|cupom|codigo|codice/i.test(f.name),
  );
  const discounts = discountTable(text);
  const taxField = taxRateFromRequest(text, literals.request);
  return {
    linesField: linesWritten?.name ?? (list.includes('items') ? 'items' : 'lines'),
    quantity: quantity?.name ?? 'quantity',
    ...(quantityBounds ? { quantityBounds } : {}),
    price: price?.name ?? 'unit_price',
    extraItems: extraItems as FieldSpec[],
    codeField: codeWritten?.name ?? (discounts.length > 0 || hasAny(list, DISCOUNT) ? 'discount_code' : null),
    discounts,
    unknown: unknownCodeError(text, discounts),
    taxField,
    // A rate field written with no unit ("tax_rate": number) is read as a percentage or a fraction below 1.
    // A field whose name says percent ("vat_percent") holds a percentage: 0.5 there is half a percent.
    ...(taxField && !PERCENT_STATED.test(text) && !/perc|pct|prozent|porcent|pourcent/i.test(taxField)
      ? { taxRateUnit: 'either' as const }
      : {}),
    taxRate: taxField ? 0 : (fixedTaxRate(text) ?? 0),
    // A shipping field the feature writes with no fee stated yet is 0 until a feature states the fee.
    shipping:
      shippingRule(text) ??
      (literals.response.some((f) => SHIPPING_FIELD.test(f.name))
        ? { fee: 0, freeFrom: null, inclusive: false }
        : null),
    rule: ruleOf(text),
    outputs: outputsNamed(literals.response, {
      lines: linesWritten?.name ?? 'lines',
      subtotal: 'subtotal',
      discount: 'discount',
      tax: 'tax',
      shipping: 'shipping',
      total: 'total',
    }),
  };
}

/** What each amount of an order's answer is called, by the names a feature writes for them. */
const OUTPUT_NAMES: Record<keyof OrderReading['outputs'], RegExp> = {
  lines: /^(lines|items|positions|positionen|lineas|lignes|righe|linhas)$/i,
  subtotal: /sub_?total|zwischensumme|sous_?total|subtotale/i,
  discount: /discount|rabatt|nachlass|abzug|descuento|rebaja|remise|reduction|sconto|desconto/i,
  tax: /tax|vat|mwst|steuer|iva|tva|impuesto|imposta|imposto/i,
  shipping: SHIPPING_FIELD,
  total: /^(total|grand_total|gesamt\w*|summe|endsumme|importe(_total)?|montant(_total)?|totale)$/i,
};

/** The answer's names: each amount under the name written for it, else as it was. */
function outputsNamed(response: { name: string }[], names: OrderReading['outputs']): OrderReading['outputs'] {
  const named = (key: keyof OrderReading['outputs']) =>
    response.find((f) => OUTPUT_NAMES[key].test(f.name))?.name ?? names[key];
  return {
    lines: named('lines'),
    subtotal: named('subtotal'),
    discount: named('discount'),
    tax: named('tax'),
    shipping: named('shipping'),
    total: named('total'),
  };
}

/** A feature that only names the discount codes or the tax beside an order computation another feature asks for. */
function constraint(text: string, list: string[]): Recognised {
  const { table: discounts, unread } = readCodes(text);
  const rate = fixedTaxRate(text);
  // Only about an order: a tax rate or a refusal alone ("add 19% VAT to a net amount") is another computation.
  const ordered = hasAny(list, ORDER) || hasAny(list, TOTAL);
  const aboutDiscounts =
    (discounts.length > 0 && (hasAny(list, DISCOUNT) || hasAny(list, CODE_WORDS) || ordered)) ||
    (hasAny(list, DISCOUNT) && ordered && /\b(?:unknown|invalid)\b/i.test(text));
  const aboutTax =
    hasAny(list, TAX) &&
    (ordered || hasAny(list, DISCOUNT)) &&
    (rate !== null || taxRateFromRequest(text, []) !== null);
  // Shipping free from a goods value is an order's even when the order goes unnamed ("ab 60 € Warenwert").
  const read = shippingRule(text);
  const shipping = ordered || read?.freeFrom != null ? read : null;
  // A refusal list of the order's own refusals ("an unknown code, an empty lines list or a qty below 1 returns
  // 400"), each line refusal answered 400 as the order code does (an unknown code with the status written for it).
  const code = readCodeRefusal(text);
  const listing = readLineRefusals(text) ?? (code === null ? null : new Map([['code' as const, code]]));
  const listed =
    listing !== null && [...listing].every(([kind, status]) => kind === 'code' || status === 400)
      ? listing
      : null;
  // The refusals of an order's lines ("an empty list of lines, a qty below 1 or a negative price → 400").
  const aboutLines =
    listed !== null ||
    (hasAny(list, LINE_WORDS) &&
      hasAny(list, QUANTITY) &&
      hasAny(list, PRICE) &&
      REFUSED.test(text) &&
      /\b(?:negativ\w*|below|under|unter|less than|empty|leer\w*|vac[ií]\w*|vide|0|1)\b/i.test(text));
  const rule = ruleOf(text);
  // An answer written beside the rules ("returns {"subtotal", "discount", "vat", "total"}; VAT is charged …") names
  // the order's amounts; a name none of them takes leaves the feature to others (never answered under another).
  const answered = readFeatureLiterals(text).response;
  if (answered.some((f) => !Object.values(OUTPUT_NAMES).some((p) => p.test(f.name)))) return null;
  const aboutRounding = ordered && rule.rounding === 'end';
  if (!aboutDiscounts && !aboutTax && !shipping && !aboutRounding && !aboutLines) return null;
  // A code the reader names but cannot take whole ("VIP: 10 % off for returning customers") is left open.
  if (unread.length > 0) return null;
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
      if (rule.taxBase === 'subtotal') r.rule = { ...r.rule, taxBase: 'subtotal' };
    }
    if (aboutRounding) r.rule = { ...r.rule, rounding: 'end' };
    if (answered.length > 0) r.outputs = outputsNamed(answered, r.outputs);
    const codeStatus = listed?.get('code');
    if (codeStatus !== undefined && r.codeField)
      r.unknown = { status: codeStatus, code: unknownCodeError(text, r.discounts).code };
    if (shipping) r.shipping = shipping;
    refined = design(r, languages);
    return refined;
  };
  return {
    constraint: {
      function: ORDER_TOTALS_CODE.id,
      refine,
      // A list naming an unknown code holds only where the order reads a code.
      fits: (d) => !listed?.has('code') || d.inputs.some((i) => i.param === 'discount_code'),
      refusals: (d) =>
        listed
          ? listedRefusals(refine(d), listed, text)
          : refine(d).refusals.filter((x) =>
              aboutDiscounts
                ? x.code !== undefined
                : aboutTax
                  ? /tax rate/.test(x.description)
                  : aboutLines
                    ? x.code === undefined && !/tax rate/.test(x.description)
                    : /without lines/.test(x.description),
            ),
    },
  };
}

/** The kind of an order's refusal a refusal list may name (by the order's own descriptions), else null. */
function kindOfRefusal(x: Refusal, quantity: string): LineRefusalKind | null {
  if (x.code !== undefined) return 'code';
  if (/without lines/.test(x.description)) return 'empty';
  if (x.description.includes(`with ${quantity} 0 `) || x.description.includes(`negative ${quantity} `))
    return 'quantity';
  if (/^A line with a negative /.test(x.description)) return 'price';
  return null;
}

/**
 * The order's refusals a refusal list names, in the list's own words: an order without lines also sent with no
 * lines at all ("a cart without lines"), a quantity below 1 also as a fraction ("an integer ≥ 1"), both refused
 * by the order's validation as the others are.
 */
function listedRefusals(d: FunctionDesign, listed: LineRefusals, feature: string): Refusal[] {
  const quantity = String(d.options?.quantity_field ?? 'quantity');
  const lines = d.inputs.find((i) => i.param === 'lines')?.field.name ?? 'lines';
  const own = d.refusals.filter((x) => {
    const kind = kindOfRefusal(x, quantity);
    return kind !== null && listed.has(kind);
  });
  const more: Refusal[] = [];
  const empty = own.find((x) => kindOfRefusal(x, quantity) === 'empty');
  if (empty) {
    const { [lines]: _sent, ...rest } = empty.input;
    more.push({ description: `A request without ${lines} is refused (they are missing).`, input: rest });
  }
  const zero = own.find((x) => x.description.includes(`with ${quantity} 0 `));
  const sent = zero?.input[lines];
  if (zero && Array.isArray(sent)) {
    const [first, ...others] = sent as Record<string, unknown>[];
    more.push({
      description: `A line with ${quantity} 1.5 (not a whole number) is refused.`,
      input: { ...zero.input, [lines]: [{ ...first, [quantity]: 1.5 }, ...others] },
    });
  }
  const said = asSaid(feature);
  return [...own, ...more].map((x) => ({ ...x, description: `${x.description} ("${said}")` }));
}

/** The reading a design was made from, recovered from its fields and options (to refine it). */
function readingOf(d: FunctionDesign): OrderReading {
  const o = d.options ?? {};
  const lines = d.inputs.find((i) => i.param === 'lines')?.field;
  const table = JSON.parse(String(o.discounts ?? '{}')) as Record<
    string,
    { percent?: number; amount?: number; minimum?: number; minimum_inclusive?: boolean }
  >;
  const out = (result: string, fallback: string) =>
    d.outputs.find((x) => x.result === result)?.field ?? fallback;
  return {
    linesField: lines?.name ?? 'lines',
    quantity: String(o.quantity_field ?? 'quantity'),
    ...boundsOfLine(lines?.items?.find((f) => f.name === o.quantity_field)),
    price: String(o.price_field ?? 'unit_price'),
    extraItems: (lines?.items ?? []).filter((f) => f.name !== o.quantity_field && f.name !== o.price_field),
    codeField: d.inputs.find((i) => i.param === 'discount_code')?.field.name ?? null,
    discounts: Object.entries(table).map(([code, v]) => ({
      code,
      ...(v.percent !== undefined ? { percent: v.percent } : { amount: v.amount }),
      ...(v.minimum !== undefined
        ? { minimum: v.minimum, minimumInclusive: v.minimum_inclusive === true }
        : {}),
    })),
    unknown: {
      status: Number(o.unknown_code_status ?? 400),
      code: String(o.unknown_code_error ?? 'UNKNOWN_DISCOUNT_CODE'),
    },
    taxField: d.inputs.find((i) => i.param === 'tax_rate')?.field.name ?? null,
    taxRateUnit: o.tax_rate_unit === 'either' ? 'either' : 'percent',
    taxRate: Number(o.tax_rate ?? 0),
    shipping:
      o.shipping_fee === undefined
        ? null
        : {
            fee: Number(o.shipping_fee),
            freeFrom: o.free_shipping_from === undefined ? null : Number(o.free_shipping_from),
            inclusive: o.free_shipping_inclusive === true,
          },
    rule: {
      taxBase: o.tax_base === 'subtotal' ? 'subtotal' : 'discounted',
      rounding: o.rounding === 'end' ? 'end' : 'line',
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
    // A list of the order's refusals is said of a quote another feature asks for, even when it names an order.
    if (readLineRefusals(text) !== null) return constraint(text, list);
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
    if (!hasAny(list, ORDER) && !hasAny(list, TOTAL)) return constraint(text, list);
    if (readCodes(text).unread.length > 0) return null;
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

/** The largest quantity of a line in the worked examples (orders-cents.ts): a bound below it leaves no example. */
const LARGEST_EXAMPLE_QUANTITY = 10;

/**
 * The whole-number bounds a rule written on a line's quantity states, or null when the order code cannot hold
 * them as worked out: a quantity is above 0 (a rule allowing 0 or less is another computation), the examples
 * order 1 to 10 units (a lower bound above 1 or an upper one below 10 would leave them refused), and only
 * bounds are read (a format is no quantity's).
 */
function wholeBounds(rule: string): { minimum: number; maximum?: number } | null {
  const r = fieldRuleConstraints(rule);
  if (r === null || r.format !== undefined || r.default !== undefined) return null;
  const minimum = r.minimum ?? (r.exclusive_minimum !== undefined ? Math.floor(r.exclusive_minimum) + 1 : 1);
  const maximum =
    r.maximum ?? (r.exclusive_maximum !== undefined ? Math.ceil(r.exclusive_maximum) - 1 : undefined);
  if (!Number.isInteger(minimum) || minimum !== 1) return null;
  if (maximum !== undefined && (!Number.isInteger(maximum) || maximum < LARGEST_EXAMPLE_QUANTITY))
    return null;
  return { minimum, ...(maximum !== undefined ? { maximum } : {}) };
}

/** The bounds a designed line's quantity declares, read back (absent for a quantity above 0 alone). */
function boundsOfLine(field: FieldSpec | undefined): {
  quantityBounds?: { minimum: number; maximum?: number };
} {
  if (field?.minimum === undefined) return {};
  return {
    quantityBounds: {
      minimum: field.minimum,
      ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
    },
  };
}
