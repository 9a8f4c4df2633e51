import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for records moving through states as ordinary intents write them test something:
 * a transition route whose body names the target as "to" (the record's field is "status") that reads the state
 * from another field, or forgets the reopening move; stages any of which may also go to rejected, with a machine
 * that forgets one of those moves or lets a final stage move again. Each fails the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  tickets: intentOf({
    service_name: 'ticket-transitions',
    purpose: 'Support tickets moved by one transition route',
    key_features: [
      'POST /tickets with {"title": string} returns 201 with an id and "status": "open"',
      'POST /tickets/{id}/transition with {"to": string} moves the ticket: open -> in_progress -> resolved -> closed, and resolved -> in_progress; returns the ticket',
      'any other move returns 409 and the status stays as it was; an unknown status returns 400',
    ],
  }),
  // The route is designed before the create whose answer writes the first state: the record keeps the states.
  flow: intentOf({
    service_name: 'ticket-flow',
    purpose: 'Support tickets whose create answers the first state',
    key_features: [
      'POST /tickets with {"title": string} returns 201 {"id", "title", "status": "open"}; an empty or missing title is 400',
      'POST /tickets/{id}/status with {"status": s} returns 200 and the ticket; allowed: open->in_progress, in_progress->resolved, resolved->closed, resolved->in_progress',
      'any other move (e.g. open->closed, or anything out of closed) returns 409 and keeps the old status; an unknown ticket id is 404',
    ],
  }),
  candidates: intentOf({
    service_name: 'hiring-stages',
    purpose: 'Candidates through hiring stages',
    key_features: [
      'POST /candidates with {"name": string} returns 201 with an id and "stage": "applied"',
      'PUT /candidates/{id}/stage with {"stage": string}: applied -> screening -> interview -> hired; applied, screening and interview may also go to rejected',
      'a change that skips a stage, goes backwards, or leaves hired or rejected is refused with 409; a stage name outside the list is 400',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('state-flows'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: keyof typeof INTENTS, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it.each(['tickets', 'flow', 'candidates'] as const)(
  'the unmutated %s project passes its own tests',
  async (name) => {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(5);
  },
);

it.each([
  ['tickets', 'a route that reads the target from "status", not "to"', "(input, 'to',", "(input, 'status',"],
  [
    'tickets',
    'a resolved ticket that cannot be reopened',
    "resolved: ['closed', 'in_progress']",
    "resolved: ['closed']",
  ],
  ['flow', 'an in-progress ticket that cannot be resolved', "in_progress: ['resolved']", 'in_progress: []'],
  [
    'candidates',
    'an interview that cannot end in rejected',
    "interview: ['hired', 'rejected']",
    "interview: ['hired']",
  ],
  ['candidates', 'a hired candidate that can still be rejected', 'hired: []', "hired: ['rejected']"],
] as const)('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);
  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
