import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for records described in plain words test something: a text length said in a
 * field list ("a message of at most 280 characters") that refuses nothing, and a board said in Italian ("una riga
 * per giocatore con il suo punteggio migliore") that keeps every score instead of each player's best, each fail
 * the generated suite — and the worked examples alone catch the length.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  guestbook: intentOf({
    service_name: 'open-day-guestbook',
    purpose: 'Guestbook for the open day at the observatory',
    key_features: [
      'visitors sign the guestbook with their name and a message of at most 280 characters; longer messages or a missing name are turned away',
    ],
  }),
  bocce: intentOf({
    service_name: 'classifica-bocce',
    purpose: 'Torneo di bocce del circolo: punteggi e classifica.',
    key_features: [
      'Registrare il punteggio di una partita per un giocatore: nome e punti (interi da 0 a 100; fuori da questo intervallo errore 400).',
      'La classifica: una riga per giocatore con il suo punteggio migliore, dal più alto al più basso; si può chiedere solo i primi N.',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('worded-records'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(
  name: keyof typeof INTENTS,
  from: string,
  to: string,
  tests?: string[],
): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/validation.ts', 'src/handlers.ts', 'src/state.ts'], tests);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS) as (keyof typeof INTENTS)[]) {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(5);
  }
});

it('a message length said in words that refuses nothing fails the generated tests and the worked examples', async () => {
  const from = 'return (min === null || n >= min) && (max === null || n <= max);';
  const all = await runMutant('guestbook', from, 'return true;');
  const examples = await runMutant('guestbook', from, 'return true;', [GENERATED_LAYOUT.releaseTests[0]]);

  expect(all.code).not.toBe(0);
  expect(all.failed.some((t) => /message/.test(t))).toBe(true);
  expect(examples.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});

it('a board said in Italian that keeps every score instead of each player’s best fails the generated tests', async () => {
  const run = await runMutant('bocce', 'best.get(candidate.nome) === candidate', 'best.has(candidate.nome)');

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
