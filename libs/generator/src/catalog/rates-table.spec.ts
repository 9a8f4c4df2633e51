import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { rateTableDesign, tableValues } from './rates-table';
import { runCatalogFunction } from './testing/run-function';

/* Conversions through a declared rate table: the emitted code against sums done by hand, and the table reader. */

const TABLE = JSON.stringify([
  ['EUR', '1.10', 'USD'],
  ['EUR', '0.85', 'GBP'],
]);
const convert = (amount: unknown, from: unknown, to: unknown, rates = TABLE, decimals = 2) =>
  runCatalogFunction('rate.table', { amount, from, to }, { rates, decimals });

describe('rate.table (the emitted code)', () => {
  it.each([
    [100, 'EUR', 'USD', 110],
    [100, 'USD', 'EUR', 90.91], // 100 ÷ 1.10 = 90.909…
    [100, 'USD', 'GBP', 77.27], // 100 ÷ 1.10 × 0.85 = 77.2727…
    [100, 'GBP', 'USD', 129.41], // 100 ÷ 0.85 × 1.10 = 129.4117…
    [100, 'GBP', 'EUR', 117.65], // 100 ÷ 0.85 = 117.647…
    [50, 'EUR', 'GBP', 42.5],
    [0.005, 'EUR', 'EUR', 0.01], // half a cent rounds up
    [0, 'USD', 'GBP', 0],
  ])('%p %s is %p %s', (amount, from, to, expected) => {
    expect(convert(amount, from, to)).toEqual({ ok: true, value: { converted: expected, currency: to } });
  });

  it('reads a rate written with a decimal comma, either way', () => {
    const chf = JSON.stringify([['EUR', '0,95', 'CHF']]);
    expect(convert(100, 'CHF', 'EUR', chf)).toEqual({
      ok: true,
      value: { converted: 105.26, currency: 'EUR' },
    });
    expect(convert(100, 'EUR', 'CHF', chf, 3)).toEqual({
      ok: true,
      value: { converted: 95, currency: 'CHF' },
    });
  });

  it('refuses a negative amount and a currency outside the table, and never throws', () => {
    expect(convert(-1, 'EUR', 'USD').ok).toBe(false);
    expect(convert(1, 'EUR', 'JPY').ok).toBe(false);
    expect(convert(1.7e308, 'EUR', 'USD').ok).toBe(false);
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer(), fc.anything()),
        fc.oneof(fc.constantFrom('EUR', 'USD', 'GBP', 'JPY'), fc.anything()),
        fc.oneof(fc.constantFrom('EUR', 'USD', 'GBP', 'JPY'), fc.anything()),
        (amount, from, to) => {
          const result = convert(amount, from, to);
          if (result.ok) expect(Number.isFinite(result.value.converted as number)).toBe(true);
          else expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('the rate table reader', () => {
  it('is no table when a currency is left apart or one rate is stated two ways', () => {
    const apart = [
      { from: 'EUR', rate: '1.10', to: 'USD' },
      { from: 'GBP', rate: '150', to: 'JPY' },
    ];
    expect(tableValues(apart)).toBeNull();
    const twice = [
      { from: 'EUR', rate: '1.10', to: 'USD' },
      { from: 'USD', rate: '0.90', to: 'EUR' },
    ];
    expect(rateTableDesign(twice, 2, [])).toBeNull();
  });

  it('designs worked examples from the written rates, each currency pair both ways', () => {
    const design = rateTableDesign(
      [
        { from: 'EUR', rate: '1.10', to: 'USD' },
        { from: 'EUR', rate: '0.85', to: 'GBP' },
      ],
      2,
      [],
    );
    expect(design?.inputs.find((i) => i.param === 'to')?.field.enum).toEqual(['EUR', 'USD', 'GBP']);
    expect(design?.examples).toContainEqual(
      expect.objectContaining({
        input: { amount: 100, from: 'USD', to: 'GBP' },
        output: { converted: 77.27 },
      }),
    );
  });

  it('reads several rates in a sentence as one table, and a single rate as a fixed conversion', () => {
    const table = recogniseFeature(
      'Convert between EUR, USD and GBP at 1 EUR = 1.10 USD and 1 EUR = 0.85 GBP',
    );
    expect(table && 'design' in table ? table.design.function : null).toBe('rate.table');
    const single = recogniseFeature('Convert euros to dollars at 1 EUR = 1.10 USD');
    expect(single && 'design' in single ? single.design.function : null).toBe('rate.convert');
  });
});
