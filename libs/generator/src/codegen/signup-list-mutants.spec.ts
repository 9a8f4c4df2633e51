import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench } from './testing/generated-release';

/*
 * Proof that the tests generated for a parent's sign-ups listed (signup-list-features.ts, list-handler.ts) test
 * something: a list of every sign-up of every workshop, a list answering 200 for a workshop nobody created and a
 * list of none each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  workshops: intentOf({
    service_name: 'workshop-signup-list',
    purpose: 'Sign-ups for the workshops of our summer school',
    key_features: [
      'create a workshop with a title',
      'people sign up for a workshop with their name and email',
      "list a workshop's sign-ups",
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('signup-list'), 300_000);
afterAll(() => bench.tearDown());

it('the unmutated project passes its own tests', async () => {
  const run = await bench.run('workshops', 'export function', 'export function', ['src/handlers.ts']);
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

const SLIPS = [
  [
    'every sign-up of every workshop listed',
    '.filter((record) => record.workshop_id === parentId)',
    '.filter((record) => record.workshop_id !== undefined)',
  ],
  ['a list of a workshop nobody created', 'get(parentId) === undefined', 'get(parentId) === null'],
  [
    'a list of none',
    '.filter((record) => record.workshop_id === parentId)',
    '.filter((record) => record.workshop_id === null)',
  ],
] as const;

it.each(SLIPS)('%s fails the generated tests', async (_what, from, to) => {
  const run = await bench.run('workshops', from, to, ['src/handlers.ts']);
  expect(run.code).not.toBe(0);
  expect(run.failed).not.toEqual([]);
});
