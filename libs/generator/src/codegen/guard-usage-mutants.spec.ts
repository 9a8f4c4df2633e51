import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a status read of a guard's quota ("GET /quota with header X-Api-Key returns
 * {"remaining": integer} and does not count as a call") test it: a read that counts itself, that shows one call
 * too few or too many, that answers the limit as what remains, or that reads another caller's window, fails them.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  ingest: intentOf({
    service_name: 'reading-gate',
    purpose: 'Collects readings from customers, each metered by its key',
    key_features: [
      'POST /readings with header X-Api-Key and body {"value": number} stores the reading and returns 201',
      'each X-Api-Key may send at most 3 readings per minute; the 4th returns 429; without the header 401',
      'GET /quota with header X-Api-Key returns {"remaining": integer} and does not count as a call',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('guard-usage'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

const READ = 'const count = active === undefined ? 0 : active.count;';

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('ingest', 'export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

it.each([
  ['a read that counts itself', READ, `if (active) active.count += 1; ${READ}`],
  ['a read that shows one call too many', READ, 'const count = active === undefined ? 1 : active.count + 1;'],
  ['a read that shows every caller as never counted', READ, 'const count = active === undefined ? 0 : 0;'],
  ['a read that answers the limit as what remains', 'remaining: 3 - count', 'remaining: 3'],
  [
    "a read of another caller's window",
    'const current = ctx.state.callerWindows.get(caller);',
    "const current = ctx.state.callerWindows.get('nobody');",
  ],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant('ingest', from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
