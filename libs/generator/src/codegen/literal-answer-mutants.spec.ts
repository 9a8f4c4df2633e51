import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for fixed answers and for state machines written with arrows test something:
 * a fixed answer with another status or document, a machine that allows a move no arrow allows, one that allows
 * every move, one whose records start elsewhere, and a create that sets the state each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  inbox: intentOf({
    service_name: 'event-inbox',
    purpose: 'Accepts tracking events',
    key_features: [
      'POST /events accepts any JSON event and responds 202 {"accepted": true}',
      'POST /ping answers 204 with no body',
    ],
  }),
  tickets: intentOf({
    service_name: 'ticket-flow',
    purpose: 'Track support tickets through their workflow',
    key_features: [
      'Create tickets with a title',
      "A ticket's status goes open → in_progress → resolved → closed, and resolved → in_progress when it is reopened",
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('literal-answers'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it.each(Object.keys(INTENTS))('the unmutated %s project passes its own tests', async (name) => {
  const run = await runMutant(name, 'export function', 'export function');

  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(10);
});

it.each([
  [
    'a fixed answer with another status',
    'status: 202, body: { accepted: true }',
    'status: 200, body: { accepted: true }',
    /POST \/events/,
  ],
  [
    'a fixed answer with another document',
    'status: 202, body: { accepted: true }',
    'status: 202, body: { accepted: false }',
    /POST \/events/,
  ],
  [
    'a 204 that answers 200',
    'return { status: 204, body: null };',
    'return { status: 200, body: null };',
    /POST \/ping/,
  ],
])('inbox: %s fails the generated tests', async (_what, from, to, failing) => {
  const run = await runMutant('inbox', from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});

it.each([
  [
    'a machine that lets an open ticket skip to closed',
    'if (!allowed.includes(to)) {',
    "if (!allowed.includes(to) && !(from === 'open' && to === 'closed')) {",
    /from open moves only along its arrows|AC-/,
  ],
  [
    'a machine that allows every move',
    'const allowed = Object.hasOwn(moves, from) ? moves[from] : [];',
    'const allowed = Object.keys(moves);',
    /moves only along its arrows/,
  ],
  [
    'a closed ticket that can be reopened',
    'if (!allowed.includes(to)) {',
    "if (!allowed.includes(to) && from !== 'closed') {",
    /from closed moves only along its arrows/,
  ],
  [
    'records that start in progress',
    "status ?? 'open'",
    "status ?? 'in_progress'",
    /starts a new ticket open/,
  ],
  [
    'a create that lets the client set the status',
    "if (input['status'] !== undefined) problems.push(",
    "if (input['status'] === Symbol.iterator) problems.push(",
    /a create that sends status is refused/,
  ],
])('tickets: %s fails the generated tests', async (_what, from, to, failing) => {
  const run = await runMutant('tickets', from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});
