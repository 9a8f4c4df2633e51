import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench } from './testing/generated-release';

/*
 * Proof that the tests generated for records found by a field of them test something: a member service whose read
 * looks members up by a generated id instead of the member number the feature finds them by, or that lets two
 * members share a number, fails the generated suite (for the feature in English and in German).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  en: intentOf({
    service_name: 'member-numbers',
    purpose: 'A membership register for a tennis club',
    key_features: [
      'Register a member with a member number, a name and an email',
      'Find a member by their member number',
    ],
  }),
  de: intentOf({
    service_name: 'mitglieder',
    purpose: 'Mitgliederverwaltung für unseren Sportverein',
    key_features: [
      'Mitglieder mit Mitgliedsnummer, Name und E-Mail anlegen',
      'Ein Mitglied nach seiner Mitgliedsnummer abrufen',
    ],
  }),
};

const FIELD = { en: 'member_number', de: 'mitgliedsnummer' };

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('keyed-lookup'), 300_000);
afterAll(() => bench.tearDown());

it.each(Object.keys(INTENTS) as (keyof typeof INTENTS)[])(
  'the unmutated %s project passes its own tests',
  async (name) => {
    const run = await bench.run(name, 'export function', 'export function', ['src/handlers.ts']);
    expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  },
);

describe.each(Object.keys(INTENTS) as (keyof typeof INTENTS)[])('the %s project', (name) => {
  const field = FIELD[name];
  it.each([
    [
      'a read by a generated id',
      `(candidate) => candidate.${field} === id`,
      '(candidate) => candidate.id === id',
    ],
    ['a number two members may share', `(other) => other.${field} ===`, '(other) => false &&'],
  ])('fails its tests with %s', async (_what, from, to) => {
    const run = await bench.run(name, from, to, ['src/handlers.ts']);

    expect(run.code).not.toBe(0);
    expect(run.failed).not.toEqual([]);
  });
});
