import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* Locale formats: the emitted code against CLDR's ways of writing money and numbers, and the recogniser. */

const money = (amount: unknown, currency: unknown, locale: unknown) =>
  runCatalogFunction('format.currency', { amount, currency, locale }, {});
const number = (value: unknown, locale: unknown, decimals?: unknown) =>
  runCatalogFunction('format.number', { number: value, locale, decimals }, {});

describe('format.currency (the emitted code)', () => {
  it.each([
    [0.5, 'GBP', 'en-GB', '£0.50'],
    [1234.5, 'BRL', 'pt-BR', 'R$\u00a01.234,50'],
    [12345.5, 'EUR', 'es-ES', '12.345,50\u00a0€'],
    // Spanish leaves four-digit amounts ungrouped (CLDR minimum grouping digits 2).
    [1234.5, 'EUR', 'es-ES', '1234,50\u00a0€'],
    [1234.5, 'EUR', 'fr-FR', '1\u202f234,50\u00a0€'],
    [1234, 'JPY', 'en-US', '¥1,234'],
    [99.999, 'usd', 'en-US', '$100.00'],
  ])('%p %s in %s is %p', (amount, currency, locale, expected) => {
    expect(money(amount, currency, locale)).toEqual({ ok: true, value: { formatted: expected } });
  });

  it('refuses unknown currencies, bad locales and amounts that are not finite numbers', () => {
    for (const [amount, currency, locale, why] of [
      [1, 'XYZ', 'en-US', 'ISO 4217'],
      [1, 'EURO', 'en-US', 'ISO 4217'],
      [1, '', 'en-US', 'ISO 4217'],
      [1, 'EUR', 'not a locale', 'locale'],
      [1, 'EUR', 'xx-QQ', 'locale'],
      [1, 'EUR', '', 'locale'],
      ['12', 'EUR', 'en-US', 'amount'],
      [Number.NaN, 'EUR', 'en-US', 'amount'],
      [1e20, 'EUR', 'en-US', 'amount'],
    ] as const) {
      const result = money(amount, currency, locale);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toContain(why);
    }
  });

  it('answers or refuses any input, never throwing', () => {
    const currency = fc.oneof(fc.constantFrom('EUR', 'USD', 'JPY', 'KWD'), fc.string());
    const locale = fc.oneof(fc.constantFrom('en-US', 'de-DE', 'ar-EG', 'hi-IN'), fc.string());
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string()), currency, locale, (amount, c, l) => {
        const result = money(amount, c, l);
        if (result.ok) expect(typeof result.value.formatted).toBe('string');
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('format.number (the emitted code)', () => {
  it('writes the locale separators, rounded to the decimals asked for', () => {
    expect(number(1234567.891, 'en-US', 2)).toEqual({ ok: true, value: { formatted: '1,234,567.89' } });
    expect(number(1234567.891, 'en-IN', 0)).toEqual({ ok: true, value: { formatted: '12,34,568' } });
    expect(number(0.5, 'de-DE', 3)).toEqual({ ok: true, value: { formatted: '0,500' } });
    expect(number(1234.25, 'en-US')).toEqual({ ok: true, value: { formatted: '1,234.25' } });
  });

  it('refuses decimals outside 0 to 10 and bad locales', () => {
    expect(number(1, 'en-US', 11).ok).toBe(false);
    expect(number(1, 'en-US', 1.5).ok).toBe(false);
    expect(number(1, '__proto__', 2).ok).toBe(false);
  });
});

describe('the locale-format recogniser', () => {
  const found = (text: string) => {
    const r = recogniseFeature(text);
    return r === null ? null : 'design' in r ? r.design.function : `constraint:${r.constraint.function}`;
  };

  it.each([
    ['Format a price as currency for a given locale, e.g. 1234.5 EUR for de-DE', 'format.currency'],
    ['Geldbeträge im Format des Gebietsschemas darstellen (Betrag, Währung, Locale)', 'format.currency'],
    ['Formatear un importe en una moneda según la configuración regional', 'format.currency'],
    ['Formater un montant dans une devise selon la locale', 'format.currency'],
    ['Format a number with the thousands separators of a locale', 'format.number'],
  ])('designs %p', (text, fn) => {
    expect(found(text)).toBe(fn);
  });

  it('leaves currency conversion and plain price records alone', () => {
    expect(found('Convert an amount from USD to EUR and format it')).not.toBe('format.currency');
    expect(found('Display the products with their prices')).toBeNull();
  });
});
