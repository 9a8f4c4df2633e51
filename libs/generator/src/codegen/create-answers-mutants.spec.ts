import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for what a create answers beyond what was sent test something: a record that
 * starts in another state, a counter that starts at 1, a creation instant that is not the instant of the create,
 * and a create that lets the client set that instant each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  tickets: intentOf({
    service_name: 'ticket-answers',
    purpose: 'Take in support tickets',
    key_features: [
      'POST /tickets with {"title": string} returns 201 {"id", "title", "status": "open", "votes": 0, "created_at": date-time}',
      'GET /tickets/{id} returns the ticket or 404',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('create-answers'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('tickets', 'export function', 'export function');

  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(10);
});

it.each([
  [
    'a ticket that starts in another status',
    "status ?? 'open'",
    "status ?? 'new'",
    /omitted optional fields as their default/,
  ],
  ['a vote counter that starts at 1', 'votes ?? 0', 'votes ?? 1', /omitted optional fields as their default/],
  [
    'a creation instant that is not the instant of the create',
    'new Date().toISOString()',
    'new Date(0).toISOString()',
    /stores a valid ticket/,
  ],
  [
    'a create that lets the client set created_at',
    "if (input['created_at'] !== undefined) problems.push(",
    "if (input['created_at'] === Symbol.iterator) problems.push(",
    /a create that sends created_at is refused/,
  ],
])('tickets: %s fails the generated tests', async (_what, from, to, failing) => {
  const run = await runMutant('tickets', from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});
