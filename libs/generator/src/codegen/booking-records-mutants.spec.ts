import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import {
  EditedProject,
  generateProject,
  intentOf,
  specFor,
  type FileEdit,
} from './testing/generated-release';

/*
 * Proof that the bookings read by booking-phrasings.spec.ts are held by the generated acceptance pack: the wrong
 * overlap checks that come first to mind (one that ignores the court, one that refuses touching bookings, an end
 * that may equal its start), a list of one court that lists every court, and a refusal list ("a missing field")
 * whose field is no longer required each fail it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  pistas: [
    'Reservar una pista indicando la pista, el socio, la hora de inicio y la de fin; si el fin no es posterior al inicio, error 400',
    'No se puede reservar una pista ya ocupada en ese horario: 409; una reserva que empieza cuando acaba otra sí se permite',
    'Ver las reservas de una pista',
  ],
  studios: [
    'POST /sessions with {"studio": string, "band": string, "start": ISO datetime, "end": ISO datetime} returns 201 with the session and its id',
    'end not after start, or a missing field, returns 400',
    'a session overlapping another session in the same studio returns 409; touching sessions are fine',
  ],
};
type Name = keyof typeof INTENTS;

const projects: Record<Name, EditedProject> = { pistas: new EditedProject(), studios: new EditedProject() };

beforeAll(async () => {
  for (const [name, features] of Object.entries(INTENTS) as [Name, string[]][]) {
    const intent = intentOf({
      service_name: `bookings-${name}`,
      purpose: 'bookings',
      key_features: features,
    });
    const { contract, sha256 } = await specFor(client, intent);
    await projects[name].setUp(`bookings-${name}`, await generateProject(client, contract, sha256));
  }
}, 300_000);
afterAll(async () => {
  for (const p of Object.values(projects)) await p.tearDown();
});

it.each(Object.keys(INTENTS) as Name[])(
  'the unmutated %s project passes its acceptance pack',
  async (name) => {
    const run = await projects[name].acceptance();
    expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  },
);

it.each<[string, Name, FileEdit[]]>([
  [
    'an overlap check that ignores the pista',
    'pistas',
    [['src/handlers.ts', 'other.pista === pista && ', '']],
  ],
  [
    'an overlap check that refuses touching bookings',
    'pistas',
    [['src/handlers.ts', 'instantOf(other.inicio) < endsAt', 'instantOf(other.inicio) <= endsAt']],
  ],
  [
    'a booking that may end when it starts',
    'pistas',
    [['src/handlers.ts', 'if (!(endsAt > startsAt))', 'if (!(endsAt >= startsAt))']],
  ],
  [
    'the pista filter dropped',
    'pistas',
    [['src/handlers.ts', /filters: \[\{ kind: 'equals', field: 'pista'[^\]]*\]/, 'filters: []']],
  ],
  [
    'an overlap check that ignores the studio',
    'studios',
    [['src/handlers.ts', 'other.studio === studio && ', '']],
  ],
  [
    'a missing band taken as a band',
    'studios',
    [
      [
        'src/handlers.ts',
        /requiredField\(input, (["'])band\1/,
        "requiredField({ band: 'x', ...input }, $1band$1",
      ],
    ],
  ],
])('fails it when %s', async (_what, name, edits) => {
  const run = await projects[name].acceptance(projects[name].editAll(edits));
  expect(run.code).not.toBe(0);
});
