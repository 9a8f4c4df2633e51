import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* A conversion at a rate the feature writes: the emitted code against sums done by hand, and its recogniser. */

const convert = (amount: unknown, rate: number, decimals = 2) =>
  runCatalogFunction('rate.convert', { amount }, { rate, decimals });

describe('rate.convert (the emitted code)', () => {
  it.each([
    [50, 0.85, 2, 42.5],
    [3, 1.3333, 2, 4],
    [2.5, 0.9, 2, 2.25],
    [1.005, 1, 2, 1.01], // half a cent rounds away from zero, on the written amount
    [7, 0.125, 3, 0.875],
    [0, 12.34, 2, 0],
    [1000000, 151.37, 0, 151370000],
  ])('%p at a rate of %p (%p decimals) is %p', (amount, rate, decimals, expected) => {
    expect(convert(amount, rate, decimals)).toEqual({ ok: true, value: { converted: expected } });
  });

  it('refuses a negative or non-finite amount, and never throws', () => {
    expect(convert(-0.01, 1.1).ok).toBe(false);
    expect(convert('10', 1.1).ok).toBe(false);
    fc.assert(
      fc.property(fc.anything(), fc.double({ min: 0.0001, max: 1e6, noNaN: true }), (amount, rate) => {
        const result = convert(amount, rate);
        if (result.ok) expect(Number.isFinite(result.value.converted as number)).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the fixed-rate recogniser', () => {
  const designOf = (text: string) => {
    const found = recogniseFeature(text);
    return found && 'design' in found && found.design.function === 'rate.convert' ? found.design : null;
  };

  it.each([
    ['convert pounds to euros at the rate 1 GBP = 1.17 EUR', '/convert/gbp-to-eur', 1.17, 'amount_eur'],
    ['Franken in Euro umrechnen, Kurs 1 CHF = 1,05 EUR', '/convert/chf-to-eur', 1.05, 'amount_eur'],
    [
      'Convertir pesos a dólares con el tipo fijo 1 MXN = 0.058 USD',
      '/convert/mxn-to-usd',
      0.058,
      'amount_usd',
    ],
    ['conversion au taux de 1 EUR = 0.86 GBP', '/convert/eur-to-gbp', 0.86, 'amount_gbp'],
  ])('reads %p', (text, path, rate, output) => {
    expect(designOf(text)).toMatchObject({ path, options: { rate }, outputs: [{ field: output }] });
  });

  it('worked examples are the sums done exactly, rounded as asked', () => {
    const design = designOf('convert at the fixed rate 1 AAA = 0.333 BBB, rounded to 1 decimal');
    expect(design?.examples.map((x) => x.output.amount_bbb)).toEqual([0.3, 33.3, 4.2, 0]);
  });

  it('leaves conversions without a written rate alone', () => {
    for (const text of ['convert euros to dollars at the current exchange rate', 'Currency rates 1 = 1'])
      expect([text, designOf(text)]).toEqual([text, null]);
  });
});
