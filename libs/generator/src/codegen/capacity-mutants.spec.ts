import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench } from './testing/generated-release';

/*
 * Proof that the tests generated for capacities test something: a parent that takes one sign-up too many, one
 * that refuses its last place, and one that never counts, each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  talleres: intentOf({
    service_name: 'talleres',
    purpose: 'Inscripciones a los talleres de la jornada de puertas abiertas',
    key_features: [
      'POST /talleres con {"nombre": string, "cupo": entero > 0} crea un taller (201) con id',
      'POST /talleres/{id}/inscripciones con {"email": string} inscribe a una persona (201); si el taller ya está lleno devuelve 409',
    ],
  }),
  // The same places said in free text: the sign-up is designed under the parent that keeps them.
  sessions: intentOf({
    service_name: 'climbing-sessions',
    purpose: 'Reserve places in the climbing gym coached sessions',
    key_features: [
      'create a session with a title and how many places it has',
      'a member reserves a place in a session with their name; once a session has no places left, reservations are refused with 409',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('capacity'), 300_000);
afterAll(() => bench.tearDown());

it.each(['talleres', 'sessions'] as const)('the unmutated %s project passes its own tests', async (name) => {
  const run = await bench.run(name, 'export function', 'export function', ['src/handlers.ts']);
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

const SLIPS = [
  ['one sign-up past the capacity accepted', 'if (signedUp >= Number(', 'if (signedUp > Number('],
  ['the last place refused', 'if (signedUp >= Number(', 'if (signedUp + 1 >= Number('],
  ['the places never counted', 'if (signedUp >= Number(', 'if (signedUp < 0 && Number('],
] as const;

it.each((['talleres', 'sessions'] as const).flatMap((name) => SLIPS.map((s) => [name, ...s] as const)))(
  '%s: %s fails the generated tests',
  async (name, _what, from, to) => {
    const run = await bench.run(name, from, to, ['src/handlers.ts']);
    expect(run.code).not.toBe(0);
    expect(run.failed.filter((t) => /409 FULL|FULL/.test(t))).not.toEqual([]);
  },
);
