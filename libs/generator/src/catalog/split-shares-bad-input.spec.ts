import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, oddJsonValues, serverErrors } from '../codegen/testing/served-release';

/*
 * Uneven splits on bad input, served as generated: whatever JSON body arrives (fields missing, of another type,
 * huge, negative, lists of strings or of nothing, prototype names), the service answers 200 or a 400 naming what
 * is wrong — never a 500. Property-style: bodies are drawn from a seeded generator, so a failure is reproducible.
 * Beside them, splits worked out by hand whose amounts add up to the total (100 by 1:1:1 is 33.34, 33.33, 33.33).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /split with {"total": number, "weights": [number]} returns {"amounts": [number]}: the total split in proportion to the weights, in cents that add up exactly to the total',
  'an empty list of weights or a negative weight returns 400',
];

const ODD = oddJsonValues(0.005, 1e9, 1e9 + 1, [], [0, 0], [1, -1], [1e6 + 1], ['1', '2'], [[1]], [null]);

const { served, post } = servedForSpec(client, 'split-shares-svc', FEATURES);

describe('uneven splits on bad input', () => {
  const computations = () =>
    served.contract.endpoints.filter(
      (e) => e.behavior.kind === 'function' && e.behavior.function === 'calc.split_by_shares',
    );

  it('is designed: one route, at the written path', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /split']);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261209)).toEqual([]);
  });

  it('answers splits worked out by hand, adding up exactly to the total', async () => {
    const cases: [number, number[], number[]][] = [
      [100, [1, 1, 1], [33.34, 33.33, 33.33]],
      [10, [1, 1, 1, 3], [1.67, 1.67, 1.66, 5]],
      [0.01, [1, 1], [0.01, 0]],
      [0.01, [1, 3], [0, 0.01]],
      [100, [0, 1], [0, 100]],
      [7, [1.5, 2.5], [2.63, 4.37]],
      [1e9, [1, 2], [333333333.33, 666666666.67]],
    ];
    for (const [total, weights, amounts] of cases) {
      expect(await post('/split', { total, weights })).toEqual({
        status: 200,
        body: expect.objectContaining({ amounts }) as unknown,
      });
    }
  });

  it('refuses empty, negative, all-zero and oversized weights and a bad total with 400', async () => {
    const bad: Record<string, unknown>[] = [
      { total: 100, weights: [] },
      { total: 100, weights: [1, -1] },
      { total: 100, weights: [0, 0] },
      { total: 100, weights: [1e6 + 1] },
      { total: 100, weights: ['1', '2'] },
      { total: -0.01, weights: [1, 2] },
      { total: 1e9 + 1, weights: [1, 2] },
      { weights: [1, 2] },
      { total: 100 },
    ];
    for (const body of bad) expect((await post('/split', body)).status).toBe(400);
  });
});
