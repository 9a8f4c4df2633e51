import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for lifecycles said as verbs test something: invoices paid once, bikes rented
 * to a customer and returned. A move allowed from the wrong state (paying a paid invoice, returning a bike that
 * is not out) and a return that keeps the customer each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  desk: intentOf({
    service_name: 'rental-desk',
    purpose: 'Invoices and bike rentals of a small shop',
    key_features: [
      'record invoices with a customer name and an amount',
      'mark an invoice paid; paying one that is already paid is a conflict',
      'Rent out a bike to a customer; a bike that is already rented cannot be rented again until it is returned',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('lifecycle-verbs'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('desk', from, to, ['src/handlers.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(10);
});

it.each([
  [
    'paying an invoice that is already paid',
    'if (record.paid === true) throw',
    'if (record.paid === null) throw',
  ],
  [
    'returning a bike that is not rented',
    'if (record.rented !== true) throw',
    'if (record.rented === null) throw',
  ],
  ['a return that keeps the customer', 'record.customer = null;', ';'],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant(from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
