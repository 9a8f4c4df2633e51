import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for balances test something: the wrong implementations that come first to mind
 * (a balance that goes negative, a refused redemption that still changes the balance, an amount of 0 accepted,
 * a redemption that adds, a top-up that takes away) each fail the generated suite, for a gift card spelled out.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  cards: intentOf({
    service_name: 'gift-cards',
    purpose: 'Gift cards of a book shop',
    key_features: [
      'POST /cards {"code": string, "balance": number >= 0} issues a gift card and returns 201; an existing code returns 409',
      'POST /cards/{code}/redeem {"amount": number} returns {"code", "balance"}; an amount of 0 or less is 400; redeeming more than the balance is 409 and leaves it as it was; an unknown code is 404',
      'POST /cards/{code}/top-up {"amount": number} returns {"code", "balance"}',
      'GET /cards/{code} returns {"code", "balance"}; an unknown code is 404',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('balance'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string, tests?: string[]): Promise<NodeTestRun> {
  return bench.run('cards', from, to, ['src/handlers.ts'], tests);
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
  [
    'a balance that goes negative',
    'if (!(next >= 0)) {',
    'if (!(next >= -1000)) {',
    /redeem refuses taking out more than is on hand/,
  ],
  [
    'a refused redemption that still changes the balance',
    'const next = (record.balance ?? 0) - amount;',
    'const next = (record.balance ?? 0) - amount;\n  record.balance = Math.max(next, 0);',
    /redeem refuses taking out more than is on hand/,
  ],
  ['an amount of 0 accepted', '!(amount > 0)', '!(amount >= 0)', /redeem refuses a amount of 0/],
  [
    'a redemption that adds',
    '(record.balance ?? 0) - amount',
    '(record.balance ?? 0) + amount',
    /redeem takes exactly its amount away/,
  ],
  [
    'a top-up that takes away',
    '(record.balance ?? 0) + amount',
    '(record.balance ?? 0) - amount',
    /top-up adds exactly its amount/,
  ],
])('%s fails the generated tests', failsTests('cards'));

it.each([
  ['if (!(next >= 0)) {', 'if (!(next >= -1000)) {'],
  ['(record.balance ?? 0) - amount', '(record.balance ?? 0) + amount'],
])('the worked examples alone catch %s', async (from, to) => {
  const run = await runMutant(from, to, [GENERATED_LAYOUT.releaseTests[0]]);

  expect(run.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});
