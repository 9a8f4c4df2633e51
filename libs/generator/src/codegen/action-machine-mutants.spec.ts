import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for state machines spelled as action routes test something, with the state
 * field and states the feature writes (`"state": "open"` → `POST /polls/{id}/close → {"state": "closed"}`,
 * doors that open and close): a machine that lets a closed poll close again, one whose records start in the
 * wrong state, and an action that moves to another state than its own each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  polls: intentOf({
    service_name: 'closing-polls',
    purpose: 'Team polls that close',
    key_features: [
      'POST /polls with body {"question": string} returns 201 {"id": string, "state": "open"}',
      'POST /polls/{id}/close → 200 {"state": "closed"}; closing twice → 409',
      'GET /polls/{id} returns the poll',
    ],
  }),
  doors: intentOf({
    service_name: 'door-desk',
    purpose: 'Doors that open and close',
    key_features: [
      'POST /doors with {"name": string} returns 201 {"id": string, "status": "closed"}',
      '- POST /doors/{id}/open → 200 {"status": "open"}\n- POST /doors/{id}/close → 200 {"status": "closed"}\n- opening an open door or closing a closed one → 409',
    ],
  }),
  // Moves written with arrows per route, the state named by the create's answer (d1-work-orders-spelled).
  orders: intentOf({
    service_name: 'work-orders',
    purpose: 'Track maintenance work orders on the plant floor',
    key_features: [
      'POST /work-orders {"asset": string, "summary": string} returns 201 {"id": string, "status": "open"}; missing asset returns 400',
      'POST /work-orders/{id}/start moves open -> in_progress; POST /work-orders/{id}/complete moves in_progress -> done; any other use of them returns 409',
      'POST /work-orders/{id}/cancel moves open or in_progress -> cancelled; from done or cancelled it returns 409',
      'GET /work-orders/{id} returns the order with its status, 404 if unknown',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('action-machines'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(
  name: keyof typeof INTENTS,
  from: string,
  to: string,
  file = 'src/handlers.ts',
): Promise<NodeTestRun> {
  return bench.run(name, from, to, [file]);
}

it.each(['polls', 'doors', 'orders'] as const)(
  'the unmutated %s project passes its own tests',
  async (name) => {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(5);
  },
);

it.each([
  ['polls', 'a closed poll that closes again', 'closed: []', "closed: ['closed']"],
  [
    'polls',
    'a repeated close answered 200 instead of 409',
    "throw new HttpError(409, 'INVALID_TRANSITION'",
    "return { status: 200, body: record }; throw new HttpError(409, 'INVALID_TRANSITION'",
  ],
  [
    'polls',
    'an action moving to another state',
    "const to: string = 'closed';",
    "const to: string = 'open';",
  ],
  ['polls', 'a poll that starts closed', "state: state ?? 'open'", "state: state ?? 'closed'"],
  ['doors', 'a door that opens when it is open', "open: ['closed']", "open: ['closed', 'open']"],
  // The first moves table in handlers.ts is the start route's (routes in the order the features write them).
  ['orders', 'a done order that can be started again', 'done: []', "done: ['in_progress']"],
  ['orders', 'a cancelled order that can be started', 'cancelled: []', "cancelled: ['in_progress']"],
  [
    'orders',
    'an order that starts in progress',
    "status: status ?? 'open'",
    "status: status ?? 'in_progress'",
  ],
] as const)('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
