import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, oddJsonValues, serverErrors } from '../codegen/testing/served-release';

/*
 * Unit prices on bad input, served as generated: whatever JSON body arrives (fields missing, of another type,
 * huge, negative, units not listed, prototype names), the service answers 200 or a 400 naming what is wrong —
 * never a 500. Property-style: bodies are drawn from a seeded generator, so a failure is reproducible. Beside
 * them, answers worked out by hand (1.85 for 400 g is 4.625 a kg → 4.63; 0.79 for 330 ml is 2.3939… a litre).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /unit-price with {"price": number, "size": number, "unit": "g"|"kg"|"ml"|"l"} returns {"unit_price": number}: the price per kg (per litre for ml and l), rounded to the cent',
  'a size of 0 or less, a negative price or another unit returns 400',
];

const ODD = oddJsonValues(0.0004, 0.001, 1e6, 1e6 + 1, 'g', 'kg', 'oz', 'L', '500', [500]);

const { served, post } = servedForSpec(client, 'unit-price-svc', FEATURES);

describe('unit prices on bad input', () => {
  const computations = () =>
    served.contract.endpoints.filter(
      (e) => e.behavior.kind === 'function' && e.behavior.function === 'calc.unit_price',
    );

  it('is designed: one route, at the written path', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /unit-price']);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261208)).toEqual([]);
  });

  it('answers packs worked out by hand', async () => {
    const cases: [number, number, string, number][] = [
      [1.85, 400, 'g', 4.63],
      [0.79, 330, 'ml', 2.39],
      [12.99, 2.5, 'kg', 5.2],
      [0.89, 1.5, 'l', 0.59],
      [0, 500, 'g', 0],
      // A million for a thousandth of a gram: 10^12 a kg, exact in cents.
      [1e6, 0.001, 'g', 1e12],
    ];
    for (const [price, size, unit, unitPrice] of cases) {
      expect(await post('/unit-price', { price, size, unit })).toEqual({
        status: 200,
        body: expect.objectContaining({ unit_price: unitPrice }) as unknown,
      });
    }
  });

  it('refuses a size of 0, negative, missing and oversized values and units not listed with 400', async () => {
    const bad: Record<string, unknown>[] = [
      { price: 2.49, size: 0, unit: 'g' },
      { price: 2.49, size: 0.0004, unit: 'g' },
      { price: -0.01, size: 500, unit: 'g' },
      { price: 2.49, size: -500, unit: 'g' },
      { price: 1e6 + 1, size: 500, unit: 'g' },
      { price: 2.49, size: 1e6 + 1, unit: 'g' },
      { price: 2.49, size: 16, unit: 'oz' },
      { price: 2.49, size: 500, unit: 'cl' },
      { price: 2.49, size: 500 },
      { size: 500, unit: 'g' },
    ];
    for (const body of bad) expect((await post('/unit-price', body)).status).toBe(400);
  });
});
