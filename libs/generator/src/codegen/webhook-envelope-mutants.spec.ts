import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a receiver whose list is written with its own key and order, and whose body
 * rule is a feature of its own, test them: the list answered bare, under another key, oldest first, or an event
 * without a string id accepted, each fail the generated suite; and a list of the bodies as sent that answers
 * records instead fails its own. The unmutated projects pass them.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000);

const INTENTS = {
  envelope: intentOf({
    service_name: 'billing-inbox',
    purpose: 'Receive signed billing events',
    key_features: [
      'POST /hooks/billing accepts events whose X-Billing-Signature header is the hex HMAC-SHA256 of the body',
      'A wrong or missing signature returns 401 and the event is not stored',
      'The verified body must be a JSON object with a string "id"; anything else returns 400',
      'GET /events returns {"events": [...]} with the received events, newest first',
    ],
  }),
  bodies: intentOf({
    service_name: 'order-inbox',
    purpose: 'Receive signed order events',
    key_features: [
      'POST /hooks/orders accepts events signed with HMAC-SHA256 (hex) in the X-Shop-Signature header',
      'GET /hooks/orders/received lists the bodies of the received events exactly as sent',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('webhook-lists'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string, name = 'envelope'): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(8);
});

it.each([
  ['the list answered bare', '.reverse() } };', '.reverse() }.events };'],
  ['the list under another key', "body: { 'events': [", "body: { 'items': ["],
  ['the list oldest first', '.reverse() } };', ' } };'],
  ['an event without a string id accepted', "if (typeof id !== 'string')", 'if (false)'],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant(from, to);
  expect(run.code).not.toBe(0);
});

it('the unmutated bodies project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function', 'bodies');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each([
  ['the records listed instead of the bodies', '=> stored.event)', '=> ({ id, event: stored.event }))'],
  ['the bodies listed without their data', '=> stored.event)', '=> ({ id, type: stored.type }))'],
])('%s fails the generated tests of the bodies list', async (_what, from, to) => {
  const run = await runMutant(from, to, 'bodies');
  expect(run.code).not.toBe(0);
});
