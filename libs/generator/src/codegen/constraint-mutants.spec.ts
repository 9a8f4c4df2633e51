import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that a key feature which only constrains another feature's endpoint is load-bearing in the generated
 * tests: a service that ignores the bound it puts on a field, the default it gives an input or a record field,
 * or the rounding it asks of a computation fails its own frozen acceptance pack.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  split: intentOf({
    service_name: 'dinner-split',
    purpose: 'Share a restaurant bill fairly',
    key_features: [
      'split a restaurant bill with a tip percentage among a number of people and say what each person pays',
      'the number of people must be between 1 and 12',
      'the tip percentage defaults to 15 when not given',
    ],
  }),
  stats: intentOf({
    service_name: 'sample-stats',
    purpose: 'Describe measurement samples',
    key_features: [
      'compute the mean and median of a list of numbers',
      'and the sum too',
      'results rounded to 3 decimals',
    ],
  }),
  shop: intentOf({
    service_name: 'shop-items',
    purpose: 'A small shop catalogue',
    key_features: [
      'add products with a name, a price, a quantity and a currency',
      'quantity between 1 and 99',
      'the currency defaults to EUR',
    ],
  }),
  members: intentOf({
    service_name: 'club-members',
    purpose: 'Members of a chess club',
    key_features: ['register members with a handle and an email', 'handles are unique, case-insensitive'],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('constraints'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export', 'export');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
  }
});

it.each([
  [
    'split',
    'a people count without its upper bound',
    'bounded(isInteger, [{"op":">=","limit":1},{"op":"<=","limit":12}])',
    'bounded(isInteger, [{"op":">=","limit":1}])',
  ],
  [
    'split',
    'a tip percentage without its default',
    "'tip_percent', isNumber, problems) ?? 15",
    "'tip_percent', isNumber, problems) ?? 10",
  ],
  [
    'stats',
    'results rounded to 10 decimals',
    '{ decimals: 3, with_sum: true }',
    '{ decimals: 10, with_sum: true }',
  ],
  ['stats', 'no sum', '{ decimals: 3, with_sum: true }', '{ decimals: 3 }'],
  [
    'shop',
    'a quantity without its bounds',
    'bounded(isInteger, [{"op":">=","limit":1},{"op":"<=","limit":99}])',
    'isInteger',
  ],
  ['shop', 'a currency without its default', "currency ?? 'EUR'", 'currency'],
  [
    'members',
    'handles compared with their letter case',
    "typeof other.handle === 'string' && other.handle.toLowerCase() === handle.toLowerCase()",
    'other.handle === handle',
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
