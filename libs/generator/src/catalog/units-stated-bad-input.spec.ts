import { serverErrors } from '../codegen/testing/served-release';
import { oddValues, servedConverter } from './testing/served-converter';

/*
 * A converter whose factors, rounding and refusals stand on lines of their own, on bad input: whatever JSON body
 * arrives (the value left out, not a number, units that are no unit or prototype names), the generated service
 * answers 200 or 400, never a 500, and answers the factors the lines state.
 */

jest.setTimeout(120_000);

const FEATURES = [
  'Conversor de velocidades entre km/h, m/s y kn',
  '1 nudo = 1,852 km/h',
  'El resultado va redondeado a 2 decimales',
  'Unidad desconocida, valor que falta o velocidad negativa: error 400',
];

const ODD = oddValues(['kn', 'nudos']);

const { served, converters, post } = servedConverter(
  'units-stated-svc',
  FEATURES,
  'units.speed',
  '/speed/convert',
);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

describe('a speed converter with its factor, rounding and refusals on lines of their own', () => {
  it('is one general converter claiming all four features', () => {
    expect(converters().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /speed/convert']);
    expect(converters()[0].features).toEqual(FEATURES);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, converters(), ODD, 20261207)).toEqual([]);
  });

  it('refuses an unknown unit, a missing value, a value that is no number and a negative speed with 400', async () => {
    expect((await post({ value: 1, from: 'mach', to: 'km/h' })).status).toBe(400);
    expect((await post({ from: 'kn', to: 'km/h' })).status).toBe(400);
    expect((await post({ value: 'abc', from: 'kn', to: 'km/h' })).status).toBe(400);
    expect((await post({ value: -5, from: 'kn', to: 'km/h' })).status).toBe(400);
  });

  it('answers the stated factor rounded to 2 decimals: 10 kn is 18.52 km/h, 36 km/h is 19.44 kn', async () => {
    expect(await post({ value: 10, from: 'kn', to: 'km/h' })).toEqual({
      status: 200,
      body: expect.objectContaining({ value: 18.52 }) as unknown,
    });
    expect(await post({ value: 36, from: 'km/h', to: 'kn' })).toEqual({
      status: 200,
      body: expect.objectContaining({ value: 19.44 }) as unknown,
    });
  });
});
