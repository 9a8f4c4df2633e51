import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* The temperature family: the emitted code against values from physics tables, and its recogniser. */

const convert = (value: number, from: string, to: string, decimals = 2) =>
  runCatalogFunction('temperature.convert', { value, from, to }, { decimals });

describe('temperature.convert (the emitted code)', () => {
  it.each([
    [100, 'C', 'F', 212],
    [0, 'C', 'F', 32],
    [-40, 'C', 'F', -40],
    [98.6, 'F', 'C', 37],
    [451, 'F', 'C', 232.78],
    [0, 'K', 'C', -273.15],
    [-273.15, 'C', 'K', 0],
    [-459.67, 'F', 'K', 0],
    [300, 'K', 'F', 80.33],
    [25, 'C', 'C', 25],
  ])('%p %s is %p %s', (value, from, to, expected) => {
    expect(convert(value, from, to)).toEqual({ ok: true, value: { value: expected } });
  });

  it('rounds to the decimals asked for', () => {
    expect(convert(37.77, 'C', 'F', 1)).toEqual({ ok: true, value: { value: 100 } });
    expect(convert(37.77, 'C', 'F', 3)).toEqual({ ok: true, value: { value: 99.986 } });
  });

  it('refuses what is colder than absolute zero, and unknown units', () => {
    for (const [value, unit] of [
      [-273.16, 'C'],
      [-460, 'F'],
      [-0.01, 'K'],
    ] as const) {
      const result = convert(value, unit, 'C');
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toContain('absolute zero');
    }
    expect(convert(1, 'R', 'C')).toEqual({ ok: false, problems: ['unknown unit "R" (C, F or K)'] });
    expect(convert(1, 'C', '__proto__').ok).toBe(false);
  });

  it('answers every finite temperature in its domain and refuses the rest, never throwing', () => {
    const unit = fc.constantFrom('C', 'F', 'K');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), unit, unit, (value, from, to) => {
        const result = convert(value, from, to);
        if (result.ok) expect(Number.isFinite(result.value.value as number)).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the temperature recogniser', () => {
  const designOf = (text: string) => {
    const found = recogniseFeature(text);
    return found && 'design' in found ? found.design : null;
  };

  it.each([
    [
      'convert a temperature in Celsius to Fahrenheit',
      '/convert/celsius-to-fahrenheit',
      'celsius',
      'fahrenheit',
    ],
    [
      'Fahrenheit → Celsius for the US office, please',
      '/convert/fahrenheit-to-celsius',
      'fahrenheit',
      'celsius',
    ],
    ['Convertir une température de Celsius en Kelvin', '/convert/celsius-to-kelvin', 'celsius', 'kelvin'],
    [
      'Temperaturen von Kelvin in Fahrenheit umrechnen',
      '/convert/kelvin-to-fahrenheit',
      'kelvin',
      'fahrenheit',
    ],
  ])('reads the direction of %p', (text, path, input, output) => {
    const design = designOf(text);
    expect(design).toMatchObject({
      path,
      inputs: [{ field: { name: input } }],
      outputs: [{ field: output }],
    });
  });

  it('reads a conversion between all three units as a general converter, with the decimals asked for', () => {
    expect(designOf('convert temperatures between the usual scales, rounded to 1 decimal')).toMatchObject({
      path: '/temperature/convert',
      options: { decimals: 1 },
    });
  });

  it('reads "refuse anything colder than absolute zero" as a constraint, and leaves other domains alone', () => {
    expect(recogniseFeature('refuse anything colder than absolute zero')).toEqual({
      constraint: expect.objectContaining({ function: 'temperature.convert' }),
    });
    // Money converts by a rate table another feature declares, never by the temperature converter.
    expect(recogniseFeature('convert an amount in euros to US dollars')).toEqual({
      constraint: expect.objectContaining({ function: 'rate.table' }),
    });
    for (const other of ['list the overdue tasks', 'Create todos']) {
      expect(recogniseFeature(other)).toBeNull();
    }
  });
});

describe('refuses', () => {
  it('reads a refusal in words of six languages, or as a 4xx status', () => {
    const { featureWords, refuses } = jest.requireActual<typeof import('./feature-words')>('./feature-words');
    for (const text of [
      'refuse negative amounts',
      'an unknown unit is a 400',
      'Negative Mengen sind ungültig',
      'les valeurs invalides renvoient une erreur',
      'devolver un error si hay letras',
    ]) {
      expect([text, refuses(featureWords(text))]).toEqual([text, true]);
    }
    expect(refuses(featureWords('convert 400 miles to kilometres'))).toBe(false);
  });
});
