import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that an input rule stated as a key feature of its own is load-bearing in the generated tests: a service
 * whose computation lost the bound the rule put on its input (or has it off by one), or that lets an empty text
 * through again, fails its own frozen acceptance pack.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  desk: intentOf({
    service_name: 'loan-desk',
    purpose: 'Quick loan quotes and a word counter for the counter staff',
    key_features: [
      'work out the monthly payment of a loan from the amount borrowed, the yearly interest rate and the number of months',
      'count the words in a text',
      'a number of months outside 1 to 600 is an error',
      'empty text is rejected',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('input-rules'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('desk', from, to, ['src/handlers.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export', 'export');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each([
  [
    'months without the upper bound the rule put on them',
    '{"op":"<=","limit":600}',
    '{"op":"<=","limit":100000}',
  ],
  ['months bounded one too high', '{"op":"<=","limit":600}', '{"op":"<=","limit":601}'],
  ['an empty text let through again', "'text', isNonEmptyString", "'text', isString"],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant(from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
