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
 * Proof that the rules beside a booking read by booking-rules-phrasings.spec.ts are held by the generated
 * acceptance pack: a buffer between bookings of one court dropped, halved, kept on one side only or kept across
 * courts, and a party size past its written bounds each fail it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  campi: [
    'POST /prenotazioni con {"campo": string, "socio": string, "inizio": data-ora ISO, "fine": data-ora ISO} crea una prenotazione (201)',
    'due prenotazioni dello stesso campo che si sovrappongono → 409; campi diversi non si scontrano mai',
    'tra due prenotazioni dello stesso campo devono passare almeno 15 minuti, altrimenti 409',
  ],
  mesas: [
    'Reservar una mesa con la mesa, el nombre, el número de personas, el inicio y el fin',
    'el número de personas debe estar entre 1 y 12; si no, 400',
    'una mesa no puede tener dos reservas que se solapen (409)',
  ],
};
type Name = keyof typeof INTENTS;

const projects: Record<Name, EditedProject> = { campi: new EditedProject(), mesas: new EditedProject() };

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
  ['the buffer dropped', 'campi', [['src/handlers.ts', / \+ 900000/g, '']]],
  ['the buffer halved', 'campi', [['src/handlers.ts', / \+ 900000/g, ' + 450000']]],
  ['the buffer kept after a booking only', 'campi', [['src/handlers.ts', 'endsAt + 900000', 'endsAt']]],
  ['the buffer kept across courts', 'campi', [['src/handlers.ts', 'other.campo === campo && ', '']]],
  ['a party of 13 taken', 'mesas', [['src/handlers.ts', '{"op":"<=","limit":12}', '{"op":"<=","limit":13}']]],
  ['a party of 0 taken', 'mesas', [['src/handlers.ts', '{"op":">=","limit":1}', '{"op":">=","limit":0}']]],
])('fails it when %s', async (_what, name, edits) => {
  const run = await projects[name].acceptance(projects[name].editAll(edits));
  expect(run.code).not.toBe(0);
});
