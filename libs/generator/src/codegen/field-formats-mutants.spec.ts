import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for record fields of a checked format test the check: an ISBN-13 or an IBAN
 * checked only for its shape (any check digit taken), a check that refuses every value but the sample, and a
 * clock time that takes the hour 24 each fail the generated suite — and the worked examples alone catch the
 * checks the features state.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  desk: intentOf({
    service_name: 'lending-desk',
    purpose: 'The lending desk of a small library',
    key_features: [
      'POST /loans with {"isbn": ISBN-13 without dashes, "reader": string} creates a loan and returns 201 with it',
      'POST /payees with {"name": string, "iban": string (valid IBAN)} returns 201 with the payee',
      'POST /slots with {"person": string, "at": "HH:MM"} books a slot and returns 201',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('field-formats'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string, tests?: string[]): Promise<NodeTestRun> {
  return bench.run('desk', from, to, ['src/validation.ts'], tests);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export const isIban', 'export const isIban');

  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

it.each([
  [
    'an ISBN-13 checked only for 13 digits',
    /isbn/,
    "catalogValid(validateIsbn({ isbn: value }, { accept: '13' }))",
    '/^[0-9]{13}$/.test(value)',
  ],
  [
    'an IBAN checked only for its shape',
    /iban/,
    'catalogValid(validateIban({ iban: value }, {}))',
    '/^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$/.test(value)',
  ],
])('%s fails the generated tests and the worked examples', async (_what, named, from, to) => {
  const all = await runMutant(from, to);
  const examples = await runMutant(from, to, [GENERATED_LAYOUT.releaseTests[0]]);

  expect(all.code).not.toBe(0);
  expect(all.failed.some((t) => named.test(t))).toBe(true);
  expect(examples.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});

it('an ISBN-13 check that takes only the sample fails the generated tests', async () => {
  const run = await runMutant(
    "catalogValid(validateIsbn({ isbn: value }, { accept: '13' }))",
    "value === '9780306406157'",
  );

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => /stores other valid values of isbn/.test(t))).toBe(true);
});

it('a clock time that takes the hour 24 fails the generated tests', async () => {
  const run = await runMutant('|2[0-3]):[0-5][0-9]$', '|2[0-4]):[0-5][0-9]$');

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => /at that fails its time check/.test(t))).toBe(true);
});
