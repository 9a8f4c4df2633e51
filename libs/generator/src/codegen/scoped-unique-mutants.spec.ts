import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench } from './testing/generated-release';

/*
 * Proof that the tests generated for a value unique under one parent ("la misma persona no puede inscribirse dos
 * veces en el mismo taller") test something: a repeat checked across every parent, or never checked, fails the
 * generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  talleres: intentOf({
    service_name: 'talleres-unicos',
    purpose: 'Inscripciones a los talleres de la jornada de puertas abiertas',
    key_features: [
      'POST /talleres con {"nombre": string, "cupo": entero > 0} crea un taller (201) con id',
      'POST /talleres/{id}/inscripciones con {"email": string} inscribe a una persona (201); si el taller ya está lleno devuelve 409',
      'la misma persona (mismo email) no puede inscribirse dos veces en el mismo taller: 409',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('scoped-unique'), 300_000);
afterAll(() => bench.tearDown());

it('the unmutated project passes its own tests', async () => {
  const run = await bench.run('talleres', 'export function', 'export function', ['src/handlers.ts']);
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

const SLIPS = [
  ['a repeat checked across every taller', 'other.tallere_id === parentId && other.email', 'other.email'],
  [
    'a repeat never refused',
    '.some((other) => other.tallere_id === parentId && ',
    '.some((other) => false && ',
  ],
] as const;

it.each(SLIPS)('%s fails the generated tests', async (_what, from, to) => {
  const run = await bench.run('talleres', from, to, ['src/handlers.ts']);
  expect(run.code).not.toBe(0);
  expect(run.failed).not.toEqual([]);
});
