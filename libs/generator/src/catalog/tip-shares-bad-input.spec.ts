import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';

/*
 * A bill split whose shares add up to the total, served as generated, on bad input: whatever JSON body arrives
 * (fields missing, of another type, huge, negative, fractional people, more people than shares can be listed
 * for, prototype names), the service answers 200 or a 400 naming what is wrong — never a 500; and the shares it
 * answers always add up to the total. Property-style: bodies are drawn from a seeded generator.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'Dividir la cuenta con propina entre varias personas',
  'las partes deben sumar exactamente el total; los céntimos que sobran los paga la primera persona',
];

const ODD: unknown[] = [
  0,
  -0,
  -1,
  0.5,
  3,
  10000,
  10001,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER,
  '3',
  '',
  null,
  true,
  [],
  [3],
  {},
  '__proto__',
  'x'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'cuenta-svc', FEATURES);

describe('a bill split with shares adding up, on bad input', () => {
  const splits = () =>
    served.contract.endpoints.filter(
      (e) => e.behavior.kind === 'function' && e.behavior.function === 'calc.tip_split',
    );

  it('is designed: one split answering the shares, the first person paying the odd cents', () => {
    expect(splits().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /calc/tip-split']);
    const [e] = splits();
    expect(e.behavior.kind === 'function' && e.behavior.options?.shares).toBe('first');
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, splits(), ODD, 20261207)).toEqual([]);
  });

  it('answers shares adding up to the total, and refuses 0, fractional or 10001 people with 400', async () => {
    expect(await post('/calc/tip-split', { bill: 40, tip_percent: 10, people: 3 })).toEqual({
      status: 200,
      body: expect.objectContaining({
        total: 44,
        per_person: 14.67,
        shares: [14.68, 14.66, 14.66],
      }) as unknown,
    });
    for (const [bill, people] of [
      [0.01, 7],
      [99.99, 7],
      [123.45, 11],
      [1e6, 9999],
    ]) {
      const { status, body } = await post('/calc/tip-split', { bill, tip_percent: 0, people });
      expect(status).toBe(200);
      const shares = body.shares as number[];
      expect(shares).toHaveLength(people);
      expect(Math.round(shares.reduce((sum, s) => sum + s * 100, 0))).toBe(
        Math.round(Number(body.total) * 100),
      );
    }
    expect((await post('/calc/tip-split', { bill: 40, tip_percent: 10, people: 0 })).status).toBe(400);
    expect((await post('/calc/tip-split', { bill: 40, tip_percent: 10, people: 2.5 })).status).toBe(400);
    expect((await post('/calc/tip-split', { bill: 40, tip_percent: 10, people: 10001 })).status).toBe(400);
    expect((await post('/calc/tip-split', { bill: -1, tip_percent: 10, people: 2 })).status).toBe(400);
  });
});
