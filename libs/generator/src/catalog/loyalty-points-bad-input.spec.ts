import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, oddJsonValues, serverErrors } from '../codegen/testing/served-release';

/*
 * Loyalty points on bad input, served as generated: whatever JSON body arrives (the amount missing, of another
 * type, huge, negative, prototype names), the service answers 200 or a 400 naming what is wrong — never a 500.
 * Property-style: bodies are drawn from a seeded generator, so a failure is reproducible. Beside them, points
 * worked out by hand (5 Punkte je volle 10 €: 49,90 € → 20, 9,99 € → 0).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /punkte mit {"betrag": number} liefert {"punkte": integer}: für je volle 10 € Einkaufswert gibt es 5 Punkte',
];

const ODD = oddJsonValues(0.001, 9.999, 10, 1e9, 1e9 + 1, '10', [10]);

const { served, post } = servedForSpec(client, 'punkte-svc', FEATURES);

describe('loyalty points on bad input', () => {
  const computations = () =>
    served.contract.endpoints.filter(
      (e) => e.behavior.kind === 'function' && e.behavior.function === 'calc.loyalty_points',
    );

  it('is designed: one route, at the written path', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /punkte']);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261207)).toEqual([]);
  });

  it('answers points worked out by hand and refuses negative, huge or missing amounts', async () => {
    const punkte = async (betrag: unknown) => post('/punkte', { betrag });
    expect(await punkte(49.9)).toEqual({ status: 200, body: { punkte: 20 } });
    expect(await punkte(9.99)).toEqual({ status: 200, body: { punkte: 0 } });
    expect(await punkte(10)).toEqual({ status: 200, body: { punkte: 5 } });
    expect(await punkte(0)).toEqual({ status: 200, body: { punkte: 0 } });
    // 1,000,000,000 € in whole steps of 10 €: 100,000,000 steps of 5 points.
    expect(await punkte(1e9)).toEqual({ status: 200, body: { punkte: 5e8 } });
    expect((await punkte(-0.01)).status).toBe(400);
    expect((await punkte(1e9 + 1)).status).toBe(400);
    expect((await punkte('49.90')).status).toBe(400);
    expect((await post('/punkte', {})).status).toBe(400);
  });
});
