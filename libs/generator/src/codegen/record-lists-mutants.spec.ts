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
 * Proof that the numbers and list words read by record-lists-phrasings.spec.ts are load-bearing in the generated
 * acceptance pack: a page size other than the stated default ("limit defaults to 10"), an optional room filter
 * dropped ("optionally only those in one room"), a starting status lost ("new tickets have status open") and a
 * uniqueness that minds letter case ("sans tenir compte des majuscules") each fail it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  tools: ['keep tools with a name and a shelf', 'list the tools with paging; limit defaults to 10'],
  devices: ['add devices with a name and a room', 'list devices, optionally only those in one room'],
  tickets: [
    'create tickets with a title, a priority from 1 (low) to 5 (urgent) and an optional assignee; new tickets have status open',
    'show a ticket by its id',
  ],
  members: [
    'inscrire des membres avec un e-mail et un nom',
    'le même e-mail ne peut s’inscrire qu’une seule fois, sans tenir compte des majuscules : sinon 409',
  ],
};
type Name = keyof typeof INTENTS;

const projects: Record<Name, EditedProject> = {
  tools: new EditedProject(),
  devices: new EditedProject(),
  tickets: new EditedProject(),
  members: new EditedProject(),
};

beforeAll(async () => {
  for (const [name, features] of Object.entries(INTENTS) as [Name, string[]][]) {
    const intent = intentOf({
      service_name: `record-lists-${name}`,
      purpose: 'a record service',
      key_features: features,
    });
    const { contract, sha256 } = await specFor(client, intent);
    await projects[name].setUp(`record-lists-${name}`, await generateProject(client, contract, sha256));
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
    'pages of 20 where the feature says 10',
    'tools',
    [['src/handlers.ts', 'default_limit: 10,', 'default_limit: 20,']],
  ],
  [
    'the room filter dropped',
    'devices',
    [['src/handlers.ts', /filters: \[\{ kind: 'equals', field: 'room'[^\]]*\]/, 'filters: []']],
  ],
  [
    'a new ticket without its open status',
    'tickets',
    [['src/handlers.ts', "status ?? 'open'", 'status ?? null']],
  ],
  [
    'an e-mail in other letter case taken again',
    'members',
    [['src/handlers.ts', 'other.email.toLowerCase() === email.toLowerCase()', 'other.email === email']],
  ],
])('fails it when %s', async (_what, name, edits) => {
  const run = await projects[name].acceptance(projects[name].editAll(edits));
  expect(run.code).not.toBe(0);
});
