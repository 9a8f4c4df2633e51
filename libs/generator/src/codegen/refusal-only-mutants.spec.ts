import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that refusal-only features in everyday words are load-bearing in the generated tests: a product store
 * that takes a negative price or an empty name again, or a BMI that reads letters as a weight, fails its own
 * frozen acceptance pack ("negative prices are rejected", "a product with an empty name is refused", "anything
 * that is not a number is rejected").
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  shop: intentOf({
    service_name: 'shop-desk',
    purpose: 'Products of a small shop and a BMI helper for its staff',
    key_features: [
      'Store products with a name and a price: add, list, update and delete them',
      'negative prices are rejected',
      'a product with an empty name is refused',
      'Compute the body mass index from weight in kilograms and height in metres',
      'anything that is not a number is rejected',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('refusal-only'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('shop', from, to, ['src/handlers.ts']);
}

/** A weight or height read from letters as a plausible number: the request is answered instead of refused. */
const readAnyway = (field: string, value: number): [string, string] => [
  `requiredField(input, '${field}', isNumber, problems)`,
  `(typeof input['${field}'] === 'string' ? ${value} : requiredField(input, '${field}', isNumber, problems))`,
];

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export', 'export');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each([
  [
    'a negative price taken again',
    `'price', bounded(isNumber, [{"op":">=","limit":0}])`,
    `'price', isNumber`,
  ],
  ['a price bounded below -1 instead of 0', `[{"op":">=","limit":0}]`, `[{"op":">=","limit":-1}]`],
  ['an empty name taken again', "'name', isNonEmptyString", "'name', isString"],
  ['letters read as a weight', ...readAnyway('weight_kg', 70)],
  ['letters read as a height', ...readAnyway('height_m', 1.75)],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant(from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
