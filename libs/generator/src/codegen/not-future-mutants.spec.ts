import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a year or date that may not lie in the future test something: a check
 * that refuses nothing, one that refuses the current year / today as well, and one that lets next year / tomorrow
 * through (off by one) each fail the generated suite, and the worked examples alone catch them.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  members: intentOf({
    service_name: 'club-members',
    purpose: 'Member register of a sports club',
    key_features: [
      'POST /members with {"name": string, "birth_date": "YYYY-MM-DD"} creates a member and returns it with an id',
      'GET /members lists the members',
      'A birth_date later than today is rejected with 400',
    ],
  }),
  books: intentOf({
    service_name: 'reading-list',
    purpose: 'The reading list of a book club',
    key_features: [
      'Store books with a title, an author and a publication year; list them',
      'a publication year in the future is rejected',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('not-future'), 300_000);
afterAll(() => bench.tearDown());

const CHECK = `? value <= now.getUTCFullYear()
        : String(value).slice(0, 10) <= now.toISOString().slice(0, 10);`;

function runMutant(name: 'members' | 'books', to: string, tests?: string[]): Promise<NodeTestRun> {
  return bench.run(name, CHECK, to, ['src/validation.ts'], tests);
}

it.each(['members', 'books'] as const)('the unmutated %s project passes its own tests', async (name) => {
  const run = await runMutant(name, CHECK);

  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.some((t) => /in the future/.test(t))).toBe(true);
});

it.each([
  ['a check that refuses nothing', '? true : true;'],
  [
    'a check that refuses the current year and today too',
    `? value < now.getUTCFullYear()
        : String(value).slice(0, 10) < now.toISOString().slice(0, 10);`,
  ],
  [
    'a check one year or day late',
    `? value <= now.getUTCFullYear() + 1
        : String(value).slice(0, 10) <= new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);`,
  ],
])('%s fails the generated tests and the worked examples', async (_what, to) => {
  for (const name of ['members', 'books'] as const) {
    const all = await runMutant(name, to);
    const examples = await runMutant(name, to, [GENERATED_LAYOUT.releaseTests[0]]);

    expect(all.code).not.toBe(0);
    expect(all.failed.some((t) => /in the future/.test(t))).toBe(true);
    expect(examples.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
  }
});
