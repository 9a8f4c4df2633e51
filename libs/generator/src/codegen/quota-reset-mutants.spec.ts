import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a quota answering the feature's own `reset_at` test it: an instant of now
 * instead of when the window ends, or one off by the window's length, fails the generated suite, in the 200 and
 * in the 429 answer.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  ping: intentOf({
    service_name: 'ping-quota',
    purpose: 'A ping limited per API key',
    key_features: [
      'POST /ping with the X-Api-Key header returns 200 {"remaining": number, "reset_at": string}; at most 3 calls per key per minute, the 4th returns 429; no header returns 400',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('quota-reset'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('ping', from, to, ['src/handlers.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each([
  [
    'a 200 whose reset_at is now',
    'remaining: 3 - current.count, reset_seconds: resetSeconds, reset_at: new Date(now + resetSeconds * 1000)',
    'remaining: 3 - current.count, reset_seconds: resetSeconds, reset_at: new Date(now)',
  ],
  [
    'a 429 whose reset_at is a window late',
    'reset_seconds: resetSeconds, reset_at: new Date(now + resetSeconds * 1000)',
    'reset_seconds: resetSeconds, reset_at: new Date(now + 60000 + resetSeconds * 1000)',
  ],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant(from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
