import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, oddJsonValues, serverErrors } from '../codegen/testing/served-release';

/*
 * A bottle deposit on bad input, served as generated: whatever JSON body arrives (counts missing, of another type,
 * fractional, huge, negative, prototype names), the service answers 200 or a 400 naming what is wrong — never a
 * 500. Property-style: bodies are drawn from a seeded generator, so a failure is reproducible. Beside them, totals
 * worked out by hand (0.25 a can, 0.10 a bottle: 4 cans and 3 bottles are 1.30).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /deposit with {"cans": integer, "bottles": integer} returns {"refund": number}: 0.25 per can and 0.10 per bottle',
];

const ODD = oddJsonValues(0.5, 3, 1e6, 1e6 + 1, '3', [3]);

const { served, post } = servedForSpec(client, 'deposit-svc', FEATURES);

describe('a bottle deposit on bad input', () => {
  const computations = () =>
    served.contract.endpoints.filter(
      (e) => e.behavior.kind === 'function' && e.behavior.function === 'calc.deposit_total',
    );

  it('is designed: one route, at the written path', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /deposit']);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261207)).toEqual([]);
  });

  it('answers totals worked out by hand and refuses negative, fractional, huge or missing counts', async () => {
    const refund = async (cans: unknown, bottles: unknown) => post('/deposit', { cans, bottles });
    expect(await refund(4, 3)).toEqual({ status: 200, body: { refund: 1.3 } });
    expect(await refund(0, 7)).toEqual({ status: 200, body: { refund: 0.7 } });
    expect(await refund(0, 0)).toEqual({ status: 200, body: { refund: 0 } });
    // 1,000,000 of each: 250,000 + 100,000.
    expect(await refund(1e6, 1e6)).toEqual({ status: 200, body: { refund: 350000 } });
    expect((await refund(-1, 2)).status).toBe(400);
    expect((await refund(1.5, 2)).status).toBe(400);
    expect((await refund(1e6 + 1, 0)).status).toBe(400);
    expect((await refund('4', 3)).status).toBe(400);
    expect((await post('/deposit', { cans: 4 })).status).toBe(400);
  });
});
