import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for lists that filter, sort and page test something: a sort run the wrong
 * way (asked or by default), a total counted after paging, a range whose bounds are exclusive, an equality filter
 * that keeps everything and pages off by one each fail the generated suite, and the worked examples alone catch the first
 * three.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

// A bound on a hang, not on speed: each project runs its own tests in a child process (minutes when loaded).
jest.setTimeout(300_000);

const INTENTS = {
  books: intentOf({
    service_name: 'book-shelf',
    purpose: 'Second-hand books of the community shelf',
    key_features: [
      'add a book with a title, a genre and a price',
      'list books: filter by genre, a price range with min_price and max_price, sort by price or title either way, paginated with a total count',
    ],
  }),
  teas: intentOf({
    service_name: 'tea-room',
    purpose: 'Teas on the menu of the tea room',
    key_features: [
      'add a tea with a name, an origin and a price',
      'show every tea sorted by price, most expensive first, 3 per page with a total count',
    ],
  }),
  // Sorted, not paged: the list answers the array itself (a generated test once read it as a page object).
  tools: intentOf({
    service_name: 'tool-shed',
    purpose: 'Tools of the shared workshop',
    key_features: ['add tools with a name and a count', 'list tools sorted by name or count'],
  }),
  // Filtered and sorted by default: a filter answers in the default order (a generated test once expected
  // creation order).
  ledger: intentOf({
    service_name: 'ledger',
    purpose: 'Household expenses of a shared flat',
    key_features: [
      'add expenses with a description, a category and an amount',
      'list expenses filtered by category and sorted by amount',
    ],
  }),
  // Sorted by the start of an interval that may not overlap: the records a list test makes end after they start
  // (a generated test once sent a chosen start with the sample's end, and the service rightly refused it).
  slots: intentOf({
    service_name: 'marina',
    purpose: 'Mooring slots of the marina',
    key_features: [
      'POST /slots with body {"boat": string, "starts": ISO date-time, "ends": ISO date-time} returns 201; ends not after starts returns 400',
      'a slot overlapping another slot of the same boat returns 409; back-to-back slots are allowed',
      'GET /slots?boat={boat} lists the slots of one boat ordered by starts',
    ],
  }),
  plants: intentOf({
    service_name: 'pflanzen',
    purpose: 'Pflanzenverzeichnis der Gärtnerei',
    key_features: [
      'GET /plants?q=&sort=&limit=&offset= lists plants with a total count; sort=-height sorts by height descending',
      'POST /plants with body {"name": string, "height": number} returns 201',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('lists'), 300_000);
afterAll(() => bench.tearDown());

/** Runs the generated tests of `name`'s project with one exact text of its list-query module replaced. */
function runMutant(name: string, from: string, to: string, tests?: string[]): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/list-query.ts'], tests);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
  }
});

const REVERSED = ['const sign = descending ? -1 : 1;', 'const sign = descending ? 1 : -1;'] as const;
const TOTAL_AFTER_PAGING = [
  '[page.total]: found.length,',
  '[page.total]: found.slice(offset, offset + limit).length,',
] as const;
const EXCLUSIVE_MIN = ['min) ?? -1) >= 0', 'min) ?? -1) > 0'] as const;

it.each([
  ['books', 'a sort run the wrong way', ...REVERSED],
  ['plants', 'a sort run the wrong way', ...REVERSED],
  ['tools', 'a sort run the wrong way', ...REVERSED],
  ['books', 'a total counted after paging', ...TOTAL_AFTER_PAGING],
  ['plants', 'a total counted after paging', ...TOTAL_AFTER_PAGING],
  ['books', 'a range whose min is exclusive', ...EXCLUSIVE_MIN],
  ['books', 'a range whose max is exclusive', 'max) ?? 1) <= 0', 'max) ?? 1) < 0'],
  ['books', 'an equality filter that keeps everything', ': actual === value;', ': true;'],
  ['books', 'pages off by one', '? (at - 1) * limit : at', '? at * limit : at'],
  [
    'teas',
    'a default order run the wrong way',
    "let descending = sort.default_order === 'desc';",
    "let descending = sort.default_order !== 'desc';",
  ],
  ['plants', 'an offset ignored', '? (at - 1) * limit : at', '? (at - 1) * limit : 0'],
  [
    'plants',
    'a text search that ignores case no more',
    'const needle = raw.toLowerCase();',
    'const needle = raw;',
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});

it.each([
  ['books', ...REVERSED],
  ['books', ...TOTAL_AFTER_PAGING],
  ['books', ...EXCLUSIVE_MIN],
])('%s: the worked examples alone catch %s', async (name, from, to) => {
  const run = await runMutant(name, from, to, [GENERATED_LAYOUT.releaseTests[0]]);

  expect(run.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});
