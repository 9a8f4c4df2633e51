import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench } from './testing/generated-release';

/*
 * Proof that the tests generated for sign-ups under a parent said in free text (signup-under-features.ts) test
 * something: a sign-up taken for a course nobody created, a repeat checked across every course, a repeat never
 * refused and an e-mail no longer required each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  kurse: intentOf({
    service_name: 'kurs-anmeldungen',
    purpose: 'Anmeldungen zu den Kursen der Volkshochschule',
    key_features: [
      'einen Kurs mit Titel und Datum anlegen',
      'Teilnehmer melden sich mit Name und E-Mail zu einem Kurs an',
      'dieselbe E-Mail kann sich nicht zweimal für denselben Kurs anmelden (409), für einen anderen Kurs schon',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('signup-under'), 300_000);
afterAll(() => bench.tearDown());

it('the unmutated project passes its own tests', async () => {
  const run = await bench.run('kurse', 'export function', 'export function', ['src/handlers.ts']);
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

const SLIPS = [
  [
    'a sign-up taken for a course nobody created',
    'if (parent === undefined)',
    'if (parent === undefined && false)',
  ],
  ['a repeat checked across every course', 'other.kur_id === parentId && other.email', 'other.email'],
  ['a repeat never refused', '.some((other) => other.kur_id === parentId && ', '.some((other) => false && '],
] as const;

it.each(SLIPS)('%s fails the generated tests', async (_what, from, to) => {
  const run = await bench.run('kurse', from, to, ['src/handlers.ts']);
  expect(run.code).not.toBe(0);
  expect(run.failed).not.toEqual([]);
});
