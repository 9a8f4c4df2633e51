import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that a record rule written as a key feature of its own is load-bearing in the generated tests: a service
 * that lets a sku repeat, compares an email with its letter case, takes a fraction or a number beyond the range of
 * a whole-number field, or takes a negative revenue fails its own frozen acceptance pack.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  parts: intentOf({
    service_name: 'spare-parts',
    purpose: 'Spare parts of a bike workshop',
    key_features: [
      'Add parts with a sku, a name and a quantity; list them and get one by id',
      'creating a part whose sku already exists returns 409',
    ],
  }),
  people: intentOf({
    service_name: 'sign-ups',
    purpose: 'Sign-ups for a newsletter',
    key_features: [
      'Sign up people with an email and a name; list them',
      'an e-mail signs up only once; the second sign-up is 409, ignoring upper/lower case',
    ],
  }),
  plants: intentOf({
    service_name: 'plant-care',
    purpose: 'When to water house plants',
    key_features: [
      'Keep plants with a name and the days between waterings; list them',
      'days between waterings is a whole number from 1 to 60',
    ],
  }),
  customers: intentOf({
    service_name: 'customer-file',
    purpose: 'Customers of a small firm',
    key_features: [
      'Store customers with a name, a city and a revenue; list them',
      'a customer without a name or with a negative revenue is rejected',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('record-rule-sentences'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export', 'export');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
  }
});

const RANGE = '[{"op":">=","limit":1},{"op":"<=","limit":60}]';

it.each([
  ['parts', 'a sku that may repeat', 'other.sku === sku', 'false'],
  [
    'people',
    'emails compared with their letter case',
    'other.email.toLowerCase() === email.toLowerCase()',
    'other.email === email',
  ],
  [
    'plants',
    'days between waterings that take a fraction',
    `bounded(isInteger, ${RANGE})`,
    `bounded({ expected: 'a number', test: (v: unknown): v is number => typeof v === 'number' }, ${RANGE})`,
  ],
  [
    'plants',
    'days between waterings without the upper bound',
    `bounded(isInteger, ${RANGE})`,
    'bounded(isInteger, [{"op":">=","limit":1}])',
  ],
  ['customers', 'a revenue that may be negative', 'bounded(isNumber, [{"op":">=","limit":0}])', 'isNumber'],
])('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
