import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { discountTable, fixedTaxRate, severalTaxRates, shippingRule, unknownCodeError } from './orders-read';
import { runCatalogFunction } from './testing/run-function';

/* Order totals: the emitted code against amounts worked out on paper, the table readers, the recogniser. */

const OPTIONS = {
  quantity_field: 'quantity',
  price_field: 'unit_price',
  tax_rate: 19,
  tax_from_request: false,
  discounts: JSON.stringify({ SAVE10: { percent: 10 }, FIVE: { amount: 5 } }),
  unknown_code_status: 400,
  unknown_code_error: 'UNKNOWN_DISCOUNT_CODE',
};
const totals = (input: Record<string, unknown>, options: Record<string, string | number | boolean> = {}) =>
  runCatalogFunction('order.totals', input, { ...OPTIONS, ...options });
const line = (quantity: unknown, unit_price: unknown) => ({ quantity, unit_price });

describe('order.totals (the emitted code)', () => {
  it('multiplies each line, sums the rounded line totals and charges tax on the sum', () => {
    // 2 × 3.50 = 7.00, 1 × 12.99 = 12.99; 19.99 × 19 % = 3.7981 → 3.80; 23.79.
    expect(totals({ lines: [line(2, 3.5), line(1, 12.99)], discount_code: null })).toEqual({
      ok: true,
      value: {
        lines: [
          { quantity: 2, unit_price: 3.5, line_total: 7 },
          { quantity: 1, unit_price: 12.99, line_total: 12.99 },
        ],
        subtotal: 19.99,
        discount: 0,
        tax: 3.8,
        total: 23.79,
      },
    });
  });

  it('rounds each line to cents half up before summing (3 × 0.125 = 0.375 → 0.38)', () => {
    const result = totals({ lines: [line(3, 0.125), line(3, 0.125)] }, { tax_rate: 0 });
    expect(result).toMatchObject({ ok: true, value: { subtotal: 0.76, total: 0.76 } });
  });

  it('takes a percentage code off before tax, and a fixed code never past the subtotal', () => {
    // 19.99 − 2.00 (10 %, 1.999 → 2.00) = 17.99; × 19 % = 3.4181 → 3.42; 21.41.
    expect(totals({ lines: [line(2, 3.5), line(1, 12.99)], discount_code: 'save10' })).toMatchObject({
      ok: true,
      value: { subtotal: 19.99, discount: 2, tax: 3.42, total: 21.41 },
    });
    // 3 × 0.99 = 2.97; FIVE takes all 2.97; no tax on nothing.
    expect(totals({ lines: [line(3, 0.99)], discount_code: 'FIVE' })).toMatchObject({
      ok: true,
      value: { subtotal: 2.97, discount: 2.97, tax: 0, total: 0 },
    });
  });

  it('reads the rate from the request when the feature leaves it there', () => {
    // 10.00 at 8.25 % = 0.825 → 0.83.
    expect(
      totals({ lines: [line(4, 2.5)], tax_rate: 8.25 }, { tax_from_request: true, tax_rate: 0 }),
    ).toMatchObject({ ok: true, value: { tax: 0.83, total: 10.83 } });
  });

  it('refuses an unknown code with its own status and code, and bad lines naming them', () => {
    expect(totals({ lines: [line(1, 1)], discount_code: 'NOPE' })).toMatchObject({
      ok: false,
      status: 400,
      code: 'UNKNOWN_DISCOUNT_CODE',
    });
    expect(totals({ lines: [line(1, 1), line(0, 1)] })).toEqual({
      ok: false,
      problems: ['lines[1].quantity must be an integer > 0'],
    });
    expect(totals({ lines: [line(1, -1)] })).toMatchObject({ ok: false });
    expect(totals({ lines: [] })).toMatchObject({ ok: false });
  });

  it('adds shipping after tax unless the goods after the discount reach the threshold', () => {
    const shipping = { shipping_fee: 4.95, free_shipping_from: 50, free_shipping_inclusive: true };
    // 2 × 20 = 40.00 → 7.60 tax, 4.95 shipping: 52.55. Exactly 50.00 ships free "from 50": 59.50.
    expect(totals({ lines: [line(2, 20)] }, shipping)).toMatchObject({
      ok: true,
      value: { subtotal: 40, tax: 7.6, shipping: 4.95, total: 52.55 },
    });
    expect(totals({ lines: [line(1, 50)] }, shipping)).toMatchObject({
      ok: true,
      value: { shipping: 0, total: 59.5 },
    });
    // "above 50": 50.00 still pays; 55.00 less SAVE10 is 49.50, under the threshold, so it pays too.
    const above = { ...shipping, free_shipping_inclusive: false };
    expect(totals({ lines: [line(1, 50)] }, above)).toMatchObject({ ok: true, value: { shipping: 4.95 } });
    expect(totals({ lines: [line(1, 55)], discount_code: 'SAVE10' }, above)).toMatchObject({
      ok: true,
      value: { discount: 5.5, shipping: 4.95, total: 63.86 },
    });
    // Without shipping in the options the answer has none.
    expect(totals({ lines: [line(1, 1)] })).toEqual({
      ok: true,
      value: { lines: [{ ...line(1, 1), line_total: 1 }], subtotal: 1, discount: 0, tax: 0.19, total: 1.19 },
    });
  });

  it('answers or refuses anything, never throwing', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.array(fc.record({ quantity: fc.anything(), unit_price: fc.anything() }), { maxLength: 4 }),
        fc.oneof(fc.string(), fc.constant('SAVE10'), fc.constant(null)),
        (junk, lines, code) => {
          for (const input of [{ lines: junk }, { lines, discount_code: code }]) {
            const result = totals(input);
            if (result.ok) expect(typeof result.value.total).toBe('number');
            else expect(result.problems.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe('the table readers', () => {
  it.each([
    [
      'Codes: SAVE10 (10% off) and WELCOME5 = 5 off',
      [
        { code: 'SAVE10', percent: 10 },
        { code: 'WELCOME5', amount: 5 },
      ],
    ],
    [
      'Rabattcodes: SOMMER20 gibt 20 Prozent, MINUS2: 2,50',
      [
        { code: 'SOMMER20', percent: 20 },
        { code: 'MINUS2', amount: 2.5 },
      ],
    ],
    ['Cupones: VERANO = 15 %', [{ code: 'VERANO', percent: 15 }]],
    ['POST /quote adds 19% VAT', []],
  ])('reads the discounts of %p', (text, expected) => {
    expect(discountTable(text)).toEqual(expected);
  });

  it.each([
    ['add 19% VAT', 19],
    ['sales tax of 8.25 % on the total', 8.25],
    ['zuzüglich MwSt 7 %', 7],
    ['IVA del 21%', 21],
    ['TVA 5,5 %', 5.5],
    ['no tax here', null],
  ])('reads the tax rate of %p', (text, rate) => {
    expect(fixedTaxRate(text)).toBe(rate);
  });
});

describe('the shipping and tax-rate readers', () => {
  it.each([
    ['shipping costs 4.95, free above 50', { fee: 4.95, freeFrom: 50, inclusive: false }],
    ['free shipping from 50, otherwise 4.95', { fee: 4.95, freeFrom: 50, inclusive: true }],
    ['Versand 4,95 €, versandkostenfrei ab 50 €', { fee: 4.95, freeFrom: 50, inclusive: true }],
    ['envío 3,90 €, gratis a partir de 40', { fee: 3.9, freeFrom: 40, inclusive: true }],
    ['livraison 5 €, gratuite au-delà de 60 €', { fee: 5, freeFrom: 60, inclusive: false }],
    ['a flat 6.50 shipping fee', { fee: 6.5, freeFrom: null, inclusive: false }],
    ['free shipping above 50', null],
    ['track the shipping weight of each parcel', null],
  ])('reads the shipping of %p', (text, expected) => {
    expect(shippingRule(text)).toEqual(expected);
  });

  it('tells two tax rates from one rate beside a discount table', () => {
    expect(severalTaxRates('VAT 7 % on food, 19 % on everything else', [])).toBe(true);
    const text = 'VAT 19 %; SAVE10 = 10 % off';
    expect(severalTaxRates(text, discountTable(text))).toBe(false);
  });
});

describe('the order recogniser', () => {
  const found = (text: string) => {
    const r = recogniseFeature(text);
    return r && 'design' in r ? r.design : null;
  };

  it.each([
    'Total a shopping cart from its lines (quantity times unit price) with 20% VAT',
    'Den Warenkorb berechnen: Positionen mit Menge und Einzelpreis, Summe mit 19 % MwSt',
    'Calcular el total de un pedido: líneas con cantidad y precio, IVA del 21%',
    "Calculer le total d'une commande : lignes avec quantité et prix unitaire, TVA 20 %",
  ])('designs order totals for %p', (text) => {
    expect(found(text)).toMatchObject({ function: 'order.totals' });
  });

  it('leaves keeping orders, and a discount after tax, alone', () => {
    expect(found('Store orders with their lines of quantity and price and list them')).toBeNull();
    expect(found('Total an order from quantity and price; the discount code applies after tax')).toBeNull();
  });

  it('takes a discount table on its own as a constraint that refines the computation', () => {
    const r = recogniseFeature('Coupon codes: HALF takes 50% off; unknown codes return 404');
    expect(r && 'constraint' in r && r.constraint.function).toBe('order.totals');
  });
});

describe('what the order recogniser leaves to others', () => {
  const claimsOrders = (text: string) => {
    const r = recogniseFeature(text);
    if (!r) return false;
    return ('design' in r ? r.design.function : r.constraint.function) === 'order.totals';
  };

  it.each([
    'Add 19% VAT to a net amount',
    'Reject invalid coupons',
    'Store products with a price and a quantity',
    // What one flat rate, or an order without shipping, would answer wrongly.
    'Invoice lines with quantity and unit price; VAT 7 % on food, 19 % on everything else',
    'Order total from quantity × price per line; free shipping above 50',
    'cart lines with qty and price; add nineteen percent VAT on top',
  ])('does not claim %p', (text) => {
    expect(claimsOrders(text)).toBe(false);
  });
});

describe('the unknown-code refusal', () => {
  it.each([
    ['Codes: A10 = 10%. Unknown codes return 404 COUPON_NOT_FOUND', 404, 'COUPON_NOT_FOUND'],
    [
      'Codes: A10 = 10%; a bad qty returns 400 VALIDATION_FAILED; unknown codes are refused',
      400,
      'UNKNOWN_DISCOUNT_CODE',
    ],
    ['Gutscheine: A10 = 10 Prozent; ein unbekannter Gutschein liefert 404', 404, 'UNKNOWN_DISCOUNT_CODE'],
  ])('reads %p as %p %p', (text, status, code) => {
    expect(unknownCodeError(text, discountTable(text))).toEqual({ status, code });
  });
});
