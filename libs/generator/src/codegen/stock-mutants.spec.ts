import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for stock levels test something: the wrong implementations of movements and
 * low-stock lists that come first to mind (a stock that goes negative, a refused withdrawal that still changes
 * the count, a movement of 0 accepted, a withdrawal that adds, "below" read as "at or below", a low-stock list
 * that ignores each item's own minimum, a list left in creation order) each fail the generated suite, for
 * routes spelled out and for an inventory said in plain words (parts on the shelf, at or below a reorder level).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  store: intentOf({
    service_name: 'store-room',
    purpose: 'Stock levels of the store room',
    key_features: [
      'POST /items {"sku": string, "name": string, "quantity": integer >= 0, "minimum": integer >= 0} -> 201 with the item; an existing sku -> 409',
      'POST /items/{sku}/withdraw {"quantity": integer >= 1} -> {"sku", "quantity"}; more than is on hand -> 409 and nothing changes; unknown sku -> 404',
      'POST /items/{sku}/receive {"quantity": integer >= 1} -> {"sku", "quantity"}; unknown sku -> 404',
      'GET /items/low-stock -> {"items": [...]}: the items whose quantity is below their own minimum, sorted by sku, each with its shortfall',
    ],
  }),
  // Said in plain words: a count on the shelf and a reorder level each part keeps, "at or below" it.
  shelf: intentOf({
    service_name: 'workshop-parts',
    purpose: 'Spare parts of the workshop',
    key_features: [
      'keep track of parts: part number, what it is, how many are on the shelf, and the reorder level',
      'take N parts off the shelf; it can never go under zero (409)',
      "show what's running low: the parts at or below their reorder level",
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('stock'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string, tests?: string[]): Promise<NodeTestRun> {
  return bench.run('store', from, to, ['src/handlers.ts'], tests);
}

/** The test that a mutant of `name`'s handlers fails at least one generated test named like `failing`. */
function failsTests(name: keyof typeof INTENTS) {
  return async (_what: string, from: string, to: string, failing: RegExp): Promise<void> => {
    const run = await bench.run(name, from, to, ['src/handlers.ts']);

    expect(run.code).not.toBe(0);
    expect(run.failed.filter((t) => failing.test(t))).not.toEqual([]);
  };
}

it.each(Object.keys(INTENTS) as (keyof typeof INTENTS)[])(
  'the unmutated %s project passes its own tests',
  async (name) => {
    const run = await bench.run(name, 'export function', 'export function', ['src/handlers.ts']);
    expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(10);
  },
);

it.each([
  ['a stock that goes negative', 'if (!(next >= 0)) {', 'if (!(next >= -1000)) {', /more than is on hand/],
  [
    'a refused withdrawal that still changes the count',
    'const next = (record.quantity ?? 0) - amount;',
    'const next = (record.quantity ?? 0) - amount;\n  record.quantity = Math.max(next, 0);',
    /more than is on hand/,
  ],
  ['a movement of 0 accepted', '!(amount > 0)', '!(amount >= 0)', /a quantity of 0/],
  [
    'a withdrawal that adds',
    '(record.quantity ?? 0) - amount',
    '(record.quantity ?? 0) + amount',
    /takes exactly/,
  ],
  ['"below" read as "at or below"', 'level < limit', 'level <= limit', /below its own minimum/],
  [
    'a low-stock list that ignores each item s own minimum',
    "const limit = typeof candidate.minimum === 'number' ? candidate.minimum : undefined;",
    'const limit = 5;',
    /below its own minimum/,
  ],
  [
    'a low-stock list left in creation order',
    'return s < t ? -1 : s > t ? 1 : 0;',
    'return 0;',
    /sorted by sku/,
  ],
])('%s fails the generated tests', failsTests('store'));

it.each([
  ['a stock that goes negative', 'if (!(next >= 0)) {', 'if (!(next >= -1000)) {', /more than is on hand/],
  [
    'a refused take-out that still changes the count',
    'const next = (record.quantity ?? 0) - amount;',
    'const next = (record.quantity ?? 0) - amount;\n  record.quantity = Math.max(next, 0);',
    /more than is on hand/,
  ],
  ['"at or below" read as "below"', 'level <= limit', 'level < limit', /reorder_level/],
  [
    'a low list ignoring each part s own reorder level',
    "typeof candidate.reorder_level === 'number' ? candidate.reorder_level : undefined",
    '5',
    /reorder_level/,
  ],
])('said in plain words, %s fails the generated tests', failsTests('shelf'));

it.each([
  ['if (!(next >= 0)) {', 'if (!(next >= -1000)) {'],
  ['(record.quantity ?? 0) - amount', '(record.quantity ?? 0) + amount'],
])('the worked examples alone catch %s', async (from, to) => {
  const run = await runMutant(from, to, [GENERATED_LAYOUT.releaseTests[0]]);

  expect(run.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});
