import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';

/*
 * Fuel economy and colour converters on bad input, served as generated: whatever JSON body arrives (fields
 * missing, of another type, huge, zero, negative, prototype names, malformed hex), the service answers 200 or a
 * 400 naming what is wrong, never a 500. Property-style: bodies are drawn from a seeded generator, so a failure
 * is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'Convert fuel consumption from L/100 km to US mpg, rounded to 2 decimals',
  'Fuel economy converter between L/100km, US mpg, imperial mpg and km/L',
  'turn a hex colour such as #1e90ff (with or without the #) into its red, green and blue values',
  'and back: three numbers 0-255 into a lower-case hex string with the #',
  'Convert a hex color to HSL',
];

const ODD: unknown[] = [
  0,
  -0,
  -1,
  1.5,
  256,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER,
  '1',
  '',
  '#',
  '#fff',
  '#12345G',
  'ffa500',
  'l/100km',
  'mpg',
  'mpg_imp',
  'km/l',
  null,
  true,
  [],
  [1],
  {},
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'fuel-colours-svc', FEATURES);

describe('fuel economy and colour converters on bad input', () => {
  const computations = () =>
    served.contract.endpoints.filter(
      (e) =>
        e.behavior.kind === 'function' &&
        (e.behavior.function === 'fuel.convert' || e.behavior.function === 'colour.convert'),
    );

  it('are designed: two fuel converters and three colour conversions', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /fuel-economy/l-per-100km-to-mpg',
      'POST /fuel-economy/convert',
      'POST /colour/hex-to-rgb',
      'POST /colour/rgb-to-hex',
      'POST /colour/hex-to-hsl',
    ]);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261206)).toEqual([]);
  });

  it('refuse zero, negative consumption and unknown figures with 400, and convert 10 L/100 km', async () => {
    expect((await post('/fuel-economy/l-per-100km-to-mpg', { l_per_100km: 0 })).status).toBe(400);
    expect((await post('/fuel-economy/l-per-100km-to-mpg', { l_per_100km: -6.5 })).status).toBe(400);
    expect((await post('/fuel-economy/convert', { value: 5, from: 'gal/h', to: 'mpg' })).status).toBe(400);
    expect((await post('/fuel-economy/convert', { value: 5, from: '__proto__', to: 'mpg' })).status).toBe(
      400,
    );
    expect(await post('/fuel-economy/l-per-100km-to-mpg', { l_per_100km: 10 })).toEqual({
      status: 200,
      body: expect.objectContaining({ mpg: 23.52 }) as unknown,
    });
    expect(await post('/fuel-economy/convert', { value: 40, from: 'mpg_imp', to: 'l/100km' })).toEqual({
      status: 200,
      body: expect.objectContaining({ value: 7.06 }) as unknown,
    });
  });

  it('refuse malformed hex and channels outside 0-255 with 400, and convert #1E90FF both ways', async () => {
    expect((await post('/colour/hex-to-rgb', { hex: '#12345G' })).status).toBe(400);
    expect((await post('/colour/rgb-to-hex', { r: 256, g: 0, b: 0 })).status).toBe(400);
    expect((await post('/colour/rgb-to-hex', { r: 1.5, g: 0, b: 0 })).status).toBe(400);
    expect(await post('/colour/hex-to-rgb', { hex: '#1E90FF' })).toEqual({
      status: 200,
      body: expect.objectContaining({ r: 30, g: 144, b: 255 }) as unknown,
    });
    expect(await post('/colour/rgb-to-hex', { r: 30, g: 144, b: 255 })).toEqual({
      status: 200,
      body: expect.objectContaining({ hex: '#1e90ff' }) as unknown,
    });
  });
});
