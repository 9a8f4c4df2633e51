import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a receiver whose list filters the events by type, and for one that answers
 * a bad signature with the status the user states, test them: a filter ignored or inverted, and the usual 401
 * instead of the stated 403, each fail the generated suite. The unmutated projects pass them.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000);

const INTENTS = {
  filter: intentOf({
    service_name: 'billing-filter',
    purpose: 'Receive the billing events our payment provider sends us',
    key_features: [
      'POST /webhooks/billing receives events signed in X-Signature (hex HMAC-SHA256 of the raw body); else 401',
      'GET /webhooks/billing/events?type=invoice.paid lists the stored events of that type, newest first',
    ],
  }),
  forbidden: intentOf({
    service_name: 'payment-forbidden',
    purpose: 'Receive payment webhooks',
    key_features: [
      'POST /webhooks/payments receives events signed with HMAC-SHA256 of the raw body (hex) in the X-Signature header',
      'A missing or wrong signature is answered 403',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('webhook-filters'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: keyof typeof INTENTS, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it.each(['filter', 'forbidden'] as const)('the unmutated %s project passes its own tests', async (name) => {
  const run = await runMutant(name, 'export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each([
  ['the type filter ignored', '!typeOf || stored.type === typeOf', '!typeOf || stored.type === stored.type'],
  ['the type filter inverted', '!typeOf || stored.type === typeOf', '!typeOf || stored.type !== typeOf'],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant('filter', from, to);
  expect(run.code).not.toBe(0);
});

it('a bad signature answered 401 instead of the stated 403 fails the generated tests', async () => {
  const run = await runMutant('forbidden', "(403, 'INVALID_SIGNATURE'", "(401, 'INVALID_SIGNATURE'");
  expect(run.code).not.toBe(0);
});
