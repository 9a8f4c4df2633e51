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
 * that may equal its start), a list of one court that lists every court, a refusal list ("a missing field")
 * whose field is no longer required, a court number past its written range and an appointment's clash that
 * ignores the therapist each fail it.
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
  // The courts numbered 1-4 bounded in the same refusal line as the order of the ends (booking-phrasings.spec.ts).
  campi: [
    'POST /prenotazioni con {"campo": integer, "giocatore": string, "inizio": data-ora ISO, "fine": data-ora ISO} crea una prenotazione (201)',
    'fine prima di inizio, oppure un campo fuori da 1-4 → 400',
    'due prenotazioni dello stesso campo che si sovrappongono → 409; campi diversi non si scontrano mai',
  ],
  // An appointment booked with a physiotherapist: the appointment is the booking, the therapist the overlap scope.
  consultas: [
    'Reservar uma consulta com o fisioterapeuta, o paciente, o início e o fim',
    'o mesmo fisioterapeuta não pode ter consultas que se sobreponham, mas fisioterapeutas diferentes podem (409)',
    'fim não posterior ao início → 400',
  ],
};
type Name = keyof typeof INTENTS;

const projects: Record<Name, EditedProject> = {
  pistas: new EditedProject(),
  studios: new EditedProject(),
  campi: new EditedProject(),
  consultas: new EditedProject(),
};

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
  [
    'a campo of 5 taken as a court',
    'campi',
    [['src/handlers.ts', '{"op":"<=","limit":4}', '{"op":"<=","limit":5}']],
  ],
  [
    'an overlap check that ignores the campo',
    'campi',
    [['src/handlers.ts', 'other.campo === campo && ', '']],
  ],
  [
    'an overlap check that ignores the fisioterapeuta',
    'consultas',
    [['src/handlers.ts', 'other.fisioterapeuta === fisioterapeuta && ', '']],
  ],
])('fails it when %s', async (_what, name, edits) => {
  const run = await projects[name].acceptance(projects[name].editAll(edits));
  expect(run.code).not.toBe(0);
});
