import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a state set through a literal route whose body names it (`POST
 * /tickets/{id}/status with {"status": s}`, `PUT /requests/{id}/status with {"status": "approved"} or
 * {"status": "rejected"}`) test something: a machine that allows a move the features refuse, one that refuses a
 * written move, one whose decided states can be decided again and one whose records start elsewhere each fail
 * the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  tickets: intentOf({
    service_name: 'ticket-states',
    purpose: 'Lifecycle of support tickets for the helpdesk',
    key_features: [
      'POST /tickets with {"title": string} returns 201 and the ticket with an id and "status": "open"',
      'POST /tickets/{id}/status with {"status": s} moves it: open -> in_progress -> resolved -> closed, and resolved -> in_progress reopens; returns the ticket',
      'any other move (e.g. open -> closed, or anything out of closed) returns 409; an unknown status value returns 400',
      'GET /tickets/{id} returns the ticket with its current status; an unknown id returns 404',
    ],
  }),
  requests: intentOf({
    service_name: 'leave-requests',
    purpose: 'Leave requests for the team',
    key_features: [
      'POST /requests with {"employee": string} returns 201 with an id and "status": "pending"',
      'PUT /requests/{id}/status with {"status": "approved"} or {"status": "rejected"} decides a pending request and returns it',
      'once a request is approved or rejected, any further status change returns 409',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('state-routes'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: keyof typeof INTENTS, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it.each(['tickets', 'requests'] as const)('the unmutated %s project passes its own tests', async (name) => {
  const run = await runMutant(name, 'export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

it.each([
  [
    'tickets',
    'an open ticket that may skip to closed',
    "open: ['in_progress']",
    "open: ['in_progress', 'closed']",
  ],
  [
    'tickets',
    'a resolved ticket that cannot be closed',
    "resolved: ['closed', 'in_progress']",
    "resolved: ['in_progress']",
  ],
  [
    'tickets',
    'a ticket that starts in progress',
    "status: status ?? 'open'",
    "status: status ?? 'in_progress'",
  ],
  [
    'requests',
    'an approved request that can be rejected after all',
    'approved: []',
    "approved: ['rejected']",
  ],
  [
    'requests',
    'a pending request that cannot be rejected',
    "pending: ['approved', 'rejected']",
    "pending: ['approved']",
  ],
] as const)('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);
  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
