import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { fuelUnitsIn } from './fuel-economy';
import { runCatalogFunction } from './testing/run-function';

/*
 * The fuel economy family: the emitted code against figures worked by hand from the reciprocal formulas
 * (US mpg = 235.2145833 / (L/100 km), imperial mpg = 282.4809363 / (L/100 km), km/L = 100 / (L/100 km)), its
 * refusals, and its recogniser.
 */

const convert = (value: unknown, from: unknown, to: unknown, options: Record<string, string | number> = {}) =>
  runCatalogFunction('fuel.convert', { value, from, to }, { decimals: 2, ...options });

describe('fuel.convert (the emitted code)', () => {
  it.each([
    [5, 'l/100km', 'mpg', 47.04],
    [8, 'l/100km', 'mpg_imp', 35.31],
    [25, 'km/l', 'l/100km', 4],
    [100, 'l/100km', 'km/l', 1],
    [30, 'mpg', 'km/l', 12.75],
    [35, 'mpg', 'mpg_imp', 42.03],
    [42.03, 'mpg_imp', 'mpg', 35],
    [23.52, 'mpg', 'l/100km', 10],
    [7.5, 'l/100km', 'l/100km', 7.5],
  ])('%p %s is %p %s', (value, from, to, expected) => {
    expect(convert(value, from, to)).toEqual({ ok: true, value: { value: expected } });
  });

  it('is reciprocal, not proportional: halving the consumption doubles the mpg', () => {
    const [a, b] = [
      convert(10, 'l/100km', 'mpg', { decimals: 6 }),
      convert(5, 'l/100km', 'mpg', { decimals: 6 }),
    ];
    expect(a.ok && b.ok && (b.value.value as number) / (a.value.value as number)).toBeCloseTo(2, 6);
  });

  it('rounds to the decimals asked for', () => {
    expect(convert(6.5, 'l/100km', 'mpg', { decimals: 1 })).toEqual({ ok: true, value: { value: 36.2 } });
    expect(convert(6.5, 'l/100km', 'mpg', { decimals: 4 })).toEqual({ ok: true, value: { value: 36.1869 } });
  });

  it('refuses zero, negative and non-finite consumption, and unknown figures', () => {
    for (const value of [0, -0, -30, Number.NaN, Number.POSITIVE_INFINITY, '7']) {
      const result = convert(value, 'l/100km', 'mpg');
      expect(result.ok).toBe(false);
    }
    expect(convert(5, 'gal/h', 'mpg')).toEqual({
      ok: false,
      problems: ['unknown fuel economy unit "gal/h" (l/100km, mpg, mpg_imp or km/l)'],
    });
    expect(convert(5, 'mpg', '__proto__').ok).toBe(false);
    expect(convert(5e-324, 'l/100km', 'mpg').ok).toBe(false);
  });

  it('reads the figures as a feature spells them', () => {
    const spellings = JSON.stringify({ 'L/100km': 'l/100km', mpg_us: 'mpg', mpg_uk: 'mpg_imp' });
    expect(convert(8, 'L/100km', 'mpg_uk', { spellings })).toEqual({ ok: true, value: { value: 35.31 } });
    expect(convert(8, 'l/100km', 'mpg_uk', { spellings: JSON.stringify({ mpg_uk: 'mpg_imp' }) }).ok).toBe(
      true,
    );
  });

  it('answers a positive finite figure or refuses, never throwing (property)', () => {
    const unit = fc.constantFrom('l/100km', 'mpg', 'mpg_imp', 'km/l');
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }),
        unit,
        unit,
        fc.integer({ min: 0, max: 6 }),
        (v, from, to, d) => {
          const result = convert(v, from, to, { decimals: d });
          if (result.ok)
            expect((result.value.value as number) > 0 && Number.isFinite(result.value.value)).toBe(true);
          else expect(result.problems.length).toBeGreaterThan(0);
          if (v <= 0) expect(result.ok).toBe(false);
        },
      ),
    );
  });
});

describe('the fuel economy recogniser', () => {
  it('reads the figures in six languages, US or imperial mpg by the words around them', () => {
    expect(fuelUnitsIn('Convert L/100 km to US mpg')).toEqual(['l/100km', 'mpg']);
    expect(fuelUnitsIn('UK imperial miles per gallon to l/100km')).toEqual(['mpg_imp', 'l/100km']);
    expect(fuelUnitsIn('Liter pro 100 km in Meilen pro Gallone')).toEqual(['l/100km', 'mpg']);
    expect(fuelUnitsIn('from mpg_uk to mpg_us')).toEqual(['mpg_imp', 'mpg']);
    expect(fuelUnitsIn('de kilómetros por litro a litros cada 100 km')).toEqual(['km/l', 'l/100km']);
    expect(fuelUnitsIn('between L/100km, US mpg, imperial mpg and km/L')).toEqual([
      'l/100km',
      'mpg',
      'mpg_imp',
      'km/l',
    ]);
  });

  it('leaves a feature naming one figure alone (another computation), and reads a refusal as a constraint', () => {
    expect(recogniseFeature('Compute L/100 km from the litres filled and the kilometres driven')).toBeNull();
    const found = recogniseFeature('zero or negative consumption is rejected with a 400');
    expect(found !== null && 'constraint' in found && found.constraint.function).toBe('fuel.convert');
  });

  it('designs a fixed conversion one way and a general one between several', () => {
    const fixed = recogniseFeature('turn miles per gallon into litres per 100 kilometres');
    expect(fixed !== null && 'design' in fixed && fixed.design.options).toEqual({
      from: 'mpg',
      to: 'l/100km',
      decimals: 2,
    });
    const general = recogniseFeature('convert between mpg, L/100km and km/L, 3 decimals');
    expect(general !== null && 'design' in general && general.design.path).toBe('/fuel-economy/convert');
  });
});
