import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * A bound written on a field of an order line ("qty": integer between 1 and 99) is checked on every line by the
 * generated service and load-bearing in its tests: a service that drops the bound, or moves it, fails its own
 * frozen acceptance pack.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  lines: intentOf({
    service_name: 'line-totals',
    purpose: 'Total the lines of a wholesale order',
    key_features: [
      'POST /orders/total with body {"lines": [{"sku": string, "qty": integer between 1 and 99, "price": number}]} returns {"subtotal": number, "total": number}',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('order-lines'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('lines', from, to, ['src/handlers.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export', 'export');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

const BOUNDED = 'bounded(isInteger, [{"op":">=","limit":1},{"op":"<=","limit":99}])';

it.each([
  ['a line quantity without its upper bound', BOUNDED, 'bounded(isInteger, [{"op":">=","limit":1}])'],
  [
    'a line quantity bounded at 100',
    BOUNDED,
    'bounded(isInteger, [{"op":">=","limit":1},{"op":"<=","limit":100}])',
  ],
  [
    'a line quantity bounded at 98',
    BOUNDED,
    'bounded(isInteger, [{"op":">=","limit":1},{"op":"<=","limit":98}])',
  ],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant(from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
