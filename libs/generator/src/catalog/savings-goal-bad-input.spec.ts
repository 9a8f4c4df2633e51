import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, oddJsonValues, serverErrors } from '../codegen/testing/served-release';

/*
 * The months to a savings goal on bad input, served as generated: whatever JSON body arrives (fields missing,
 * of another type, huge, negative, a monthly amount of 0, prototype names), the service answers 200 or a 400
 * naming what is wrong — never a 500. Property-style: bodies are drawn from a seeded generator, so a failure is
 * reproducible. Beside them, answers worked out by hand (10,000 goal, 2,500 saved, 300 a month: 25 months).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /sparziel mit {"ziel": number, "gespart": number, "sparrate": number} liefert {"monate": integer}, die Anzahl ganzer Monate bis das Ziel erreicht ist',
];

const ODD = oddJsonValues(0.001, 0.004, 300, 1e9, 1e9 + 1, '300', [1]);

const { served, post } = servedForSpec(client, 'sparziel-svc', FEATURES);

describe('the months to a savings goal on bad input', () => {
  const computations = () =>
    served.contract.endpoints.filter(
      (e) => e.behavior.kind === 'function' && e.behavior.function === 'calc.savings_goal_months',
    );

  it('is designed: one route, at the written path', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /sparziel']);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261207)).toEqual([]);
  });

  it('answers goals worked out by hand and refuses a monthly amount of 0, negatives and huge amounts', async () => {
    const months = async (ziel: number, gespart: number, sparrate: number) =>
      post('/sparziel', { ziel, gespart, sparrate });
    expect(await months(10000, 2500, 300)).toEqual({ status: 200, body: { monate: 25 } });
    expect(await months(3000, 500, 200)).toEqual({ status: 200, body: { monate: 13 } });
    expect(await months(100.01, 0, 10)).toEqual({ status: 200, body: { monate: 11 } });
    expect(await months(500, 800, 10)).toEqual({ status: 200, body: { monate: 0 } });
    // 1,000,000,000 a cent at a time: 100,000,000,000 months, exact in whole cents.
    expect(await months(1e9, 0, 0.01)).toEqual({ status: 200, body: { monate: 1e11 } });
    expect((await months(5000, 0, 0)).status).toBe(400);
    expect((await months(5000, 0, 0.004)).status).toBe(400);
    expect((await months(5000, -1, 100)).status).toBe(400);
    expect((await months(-5000, 0, 100)).status).toBe(400);
    expect((await months(1e9 + 1, 0, 100)).status).toBe(400);
    expect((await post('/sparziel', { ziel: 5000, sparrate: 100 })).status).toBe(400);
  });
});
