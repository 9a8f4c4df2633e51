import fc from 'fast-check';
import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import { recogniseFeature } from './catalog';
import { readCodes, roundsAtEnd, taxOnFullSubtotal } from './orders-codes';
import { totalsInCents, type OrderRule } from './orders-cents';
import { runCatalogFunction } from './testing/run-function';

/*
 * Codes in words, minimums, tax on the whole subtotal and rounding once at the end: the readers, the emitted code
 * against amounts worked out on paper, the emitted code against the designer's own arithmetic, and a code table
 * written across features composing into one quote.
 */

const TABLE = {
  SAVE10: { percent: 10 },
  FIVE: { amount: 5 },
  BIG20: { percent: 20, minimum: 300, minimum_inclusive: true },
  OVER20: { percent: 20, minimum: 300, minimum_inclusive: false },
};
const OPTIONS = {
  quantity_field: 'quantity',
  price_field: 'unit_price',
  tax_rate: 0,
  tax_from_request: false,
  discounts: JSON.stringify(TABLE),
  unknown_code_status: 400,
  unknown_code_error: 'UNKNOWN_DISCOUNT_CODE',
};
const totals = (input: Record<string, unknown>, options: Record<string, string | number | boolean> = {}) =>
  runCatalogFunction('order.totals', input, { ...OPTIONS, ...options });
const line = (quantity: number, unit_price: number) => ({ quantity, unit_price });

describe('the code reader in words', () => {
  it.each([
    ['WELCOME15 gives 15 % off the subtotal', [{ code: 'WELCOME15', percent: 15 }]],
    ["TENOFF knocks 10.00 off, the total can't go negative", [{ code: 'TENOFF', amount: 10 }]],
    [
      'BIG20: 20 % off for orders of 300 or more, no effect below that',
      [{ code: 'BIG20', percent: 20, minimum: 300, minimumInclusive: true }],
    ],
    [
      'SUPER5 gives 5 % off orders over 100',
      [{ code: 'SUPER5', percent: 5, minimum: 100, minimumInclusive: false }],
    ],
    ['Rabattcode SOMMER = 5 € Nachlass', [{ code: 'SOMMER', amount: 5 }]],
    ['el cupón TENOFF resta 10 €, el total no puede ser negativo', [{ code: 'TENOFF', amount: 10 }]],
    ['WELCOME15 con un 15 % de descuento y luego IVA del 19 %', [{ code: 'WELCOME15', percent: 15 }]],
    ['a bad qty returns 400 VALIDATION_FAILED', []],
  ])('reads %p', (text, table) => {
    expect(readCodes(text)).toEqual({ table, unread: [] });
  });

  it.each([
    ['VIP gives 10 % off for returning customers', 'VIP'],
    ['WELCOME15 gives fifteen percent off', 'WELCOME15'],
    ['HALF10 = 10 % off for orders of 300', 'HALF10'],
    ['der Code STUDENT gibt 10 % Rabatt nur mit Studentenausweis', 'STUDENT'],
    ['el código BOGO: compra uno y llévate otro gratis', 'BOGO'],
  ])('leaves %p unread', (text, code) => {
    expect(readCodes(text).unread).toEqual([code]);
  });

  it('tells tax on the whole subtotal and rounding at the end from the usual rule', () => {
    expect(taxOnFullSubtotal('VAT 19 % is charged on the subtotal before the discount')).toBe(true);
    expect(taxOnFullSubtotal('19 % MwSt auf die volle Zwischensumme')).toBe(true);
    expect(taxOnFullSubtotal('19 % MwSt. auf den Betrag nach Rabatt')).toBe(false);
    expect(taxOnFullSubtotal('tax is applied before the discount')).toBe(false);
    expect(roundsAtEnd('only the final amount is rounded to cents')).toBe(true);
    expect(roundsAtEnd('erst am Ende auf den Cent runden')).toBe(true);
    expect(roundsAtEnd('each line rounded to the cent')).toBe(false);
  });
});

describe('order.totals with minimums, tax on the whole subtotal and rounding at the end', () => {
  it('takes a code with a minimum off from it (or only above it), nothing below', () => {
    // 300.00 reaches "300 or more": 60.00 off; 299.99 does not: nothing off, the code still accepted.
    expect(totals({ lines: [line(1, 300)], discount_code: 'BIG20' })).toMatchObject({
      ok: true,
      value: { discount: 60, total: 240 },
    });
    expect(totals({ lines: [line(1, 299.99)], discount_code: 'big20' })).toMatchObject({
      ok: true,
      value: { discount: 0, total: 299.99 },
    });
    // "over 300": 300.00 gets nothing; 300.01 gets 60.002 → 60.00, total 240.01.
    expect(totals({ lines: [line(1, 300)], discount_code: 'OVER20' })).toMatchObject({
      ok: true,
      value: { discount: 0 },
    });
    expect(totals({ lines: [line(1, 300.01)], discount_code: 'OVER20' })).toMatchObject({
      ok: true,
      value: { discount: 60, total: 240.01 },
    });
  });

  it('charges tax on the whole subtotal when told to', () => {
    // 19.99 − 2.00 (SAVE10); 19 % of 19.99 = 3.7981 → 3.80; 17.99 + 3.80 = 21.79 (after the discount: 21.41).
    const lines = [line(2, 3.5), line(1, 12.99)];
    expect(totals({ lines, discount_code: 'SAVE10' }, { tax_rate: 19, tax_base: 'subtotal' })).toMatchObject({
      ok: true,
      value: { subtotal: 19.99, discount: 2, tax: 3.8, total: 21.79 },
    });
  });

  it('rounds once at the end when told to', () => {
    const halves = [line(3, 0.125), line(3, 0.125)];
    // Per line 0.38 + 0.38 = 0.76; exact 0.75. With 19 %: 0.8925 → 0.89 (per line 0.76 + 0.14 = 0.90).
    expect(totals({ lines: halves }, { rounding: 'end' })).toMatchObject({
      ok: true,
      value: { total: 0.75 },
    });
    expect(totals({ lines: halves }, { rounding: 'end', tax_rate: 19 })).toMatchObject({
      ok: true,
      value: { subtotal: 0.75, tax: 0.14, total: 0.89 },
    });
    expect(totals({ lines: halves }, { tax_rate: 19 })).toMatchObject({ ok: true, value: { total: 0.9 } });
    // 7 × 0.105 = 0.735; SAVE10 leaves 0.6615 → 0.66 (per line: 0.74 − 0.07 = 0.67).
    expect(totals({ lines: [line(7, 0.105)], discount_code: 'SAVE10' }, { rounding: 'end' })).toMatchObject({
      ok: true,
      value: { subtotal: 0.74, discount: 0.07, total: 0.66 },
    });
    // FIVE on 2.97 still stops at zero.
    expect(totals({ lines: [line(3, 0.99)], discount_code: 'FIVE' }, { rounding: 'end' })).toMatchObject({
      ok: true,
      value: { discount: 2.97, total: 0 },
    });
    // 49.995 is under "free from 50" exactly: 4.95 shipping, 54.945 → 54.95 (per line 50.00 ships free).
    const shipping = { shipping_fee: 4.95, free_shipping_from: 50, free_shipping_inclusive: true };
    expect(totals({ lines: [line(1, 49.995)] }, { ...shipping, rounding: 'end' })).toMatchObject({
      ok: true,
      value: { shipping: 4.95, total: 54.95 },
    });
    expect(totals({ lines: [line(1, 49.995)] }, shipping)).toMatchObject({
      ok: true,
      value: { shipping: 0, total: 50 },
    });
  });

  it("agrees with the designer's own arithmetic on any basket", () => {
    const rules: OrderRule[] = [
      { taxBase: 'discounted', rounding: 'line' },
      { taxBase: 'subtotal', rounding: 'line' },
      { taxBase: 'discounted', rounding: 'end' },
      { taxBase: 'subtotal', rounding: 'end' },
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            quantity: fc.integer({ min: 1, max: 50 }),
            mills: fc.integer({ min: 0, max: 400_000 }),
          }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        fc.constantFrom(null, 'SAVE10', 'FIVE', 'BIG20', 'OVER20'),
        fc.constantFrom(0, 7, 19, 8.25),
        fc.constantFrom(...rules),
        (basket, code, rate, rule) => {
          const lines = basket.map((l) => line(l.quantity, l.mills / 1000));
          const entry: {
            percent?: number;
            amount?: number;
            minimum?: number;
            minimum_inclusive?: boolean;
          } | null = code === null ? null : TABLE[code];
          const discount =
            entry === null
              ? null
              : {
                  code: code as string,
                  percent: entry.percent,
                  amount: entry.amount,
                  minimum: entry.minimum,
                  minimumInclusive: entry.minimum_inclusive,
                };
          const want = totalsInCents(
            basket.map((l) => ({ quantity: l.quantity, priceCents: l.mills / 10 })),
            discount,
            Math.round(rate * 100),
            null,
            rule,
          );
          const got = totals(
            { lines, discount_code: code },
            { tax_rate: rate, tax_base: rule.taxBase, rounding: rule.rounding },
          );
          expect(got).toMatchObject({
            ok: true,
            value: {
              subtotal: want.subtotal / 100,
              discount: want.discount / 100,
              tax: want.tax / 100,
              total: want.total / 100,
            },
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a code table written across features', () => {
  const features = [
    'POST /checkout/quote with body {"lines": [{"qty": integer, "unit_price": number}], "code"?: string} returns {"subtotal": number, "discount": number, "total": number}',
    'WELCOME15 gives 15 % off the subtotal',
    "TENOFF knocks 10.00 off, the total can't go negative",
    'BIG20: 20 % off for orders of 300 or more, no effect below that',
  ];

  it('composes into the one quote endpoint, every feature realised', () => {
    const { contract } = designSpec(intentOf({ service_name: 'checkout', key_features: features }));
    expect(contract.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(['POST /checkout/quote']);
    expect(featureFidelity(contract, features).map((v) => v.realised)).toEqual([true, true, true, true]);
  });

  it('refines one design with each code in turn', () => {
    const first = recogniseFeature(features[0]);
    if (!first || !('design' in first)) throw new Error('the quote is not designed');
    const refined = features.slice(1).reduce((design, text) => {
      const found = recogniseFeature(text);
      if (!found || !('constraint' in found)) throw new Error(`not a constraint: ${text}`);
      if (!found.constraint.refine) throw new Error(`refines nothing: ${text}`);
      return found.constraint.refine(design);
    }, first.design);
    expect(JSON.parse(String(refined.options?.discounts))).toEqual({
      WELCOME15: { percent: 15 },
      TENOFF: { amount: 10 },
      BIG20: { percent: 20, minimum: 300, minimum_inclusive: true },
    });
  });

  it('sends the code a later feature brings to the computation', () => {
    const plain = ['Quote: lines of quantity × unit price, no tax', 'WELCOME15 gives 15 % off the subtotal'];
    const { contract } = designSpec(intentOf({ service_name: 'checkout', key_features: plain }));
    const [quote] = contract.endpoints;
    expect(quote.behavior).toMatchObject({ inputs: { lines: 'lines', discount_code: 'discount_code' } });
    expect(quote.request.body?.fields.map((f) => f.name)).toEqual(['lines', 'discount_code']);
  });

  it('leaves a code whose condition it cannot read unrealised beside the others', () => {
    const withVip = [...features, 'VIP gives 10 % off for returning customers'];
    const { contract } = designSpec(intentOf({ service_name: 'checkout', key_features: withVip }));
    expect(featureFidelity(contract, withVip).map((v) => v.realised)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});
