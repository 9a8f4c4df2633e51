import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for the state machines of `spec-design/state-machines-phrasings.spec.ts` test
 * something: a machine moved by PATCH on the record that forgets the reopen or lets a closed ticket move on, action
 * routes said in words ("moves an open ticket to in_progress") that start a resolved ticket again or move it
 * elsewhere, and Urlaubsanträge whose decision can be changed once made. Each mutant fails the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  patched: intentOf({
    service_name: 'ticket-patch',
    purpose: 'Support tickets moved by PATCH on the ticket',
    key_features: [
      'POST /tickets with {"title": string} creates a ticket (201) with an id and "status": "open"',
      'PATCH /tickets/{id} with {"status": string} changes the status: open → in_progress → resolved → closed; resolved → in_progress; closed → open (reopen)',
      'any other move → 409 and the status stays; a status outside the list → 400; unknown id → 404',
    ],
  }),
  actions: intentOf({
    service_name: 'ticket-actions',
    purpose: 'Support tickets worked through action routes',
    key_features: [
      'POST /tickets with {"title": string} returns 201 with "status": "open"',
      'POST /tickets/{id}/start moves an open ticket to in_progress',
      'POST /tickets/{id}/resolve moves an in_progress ticket to resolved',
      'any other action returns 409 and the status stays; an unknown id returns 404',
    ],
  }),
  urlaub: intentOf({
    service_name: 'urlaub',
    purpose: 'Urlaubsanträge entscheiden',
    key_features: [
      'POST /urlaubsantraege mit {"mitarbeiter": string, "tage": integer} legt einen Antrag an (201) mit "status": "beantragt"',
      'POST /urlaubsantraege/{id}/genehmigen setzt einen beantragten Antrag auf "status": "genehmigt"',
      'POST /urlaubsantraege/{id}/ablehnen setzt einen beantragten Antrag auf "status": "abgelehnt"',
      'Ein bereits entschiedener Antrag → 409; eine unbekannte id → 404',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('state-machines'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: keyof typeof INTENTS, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it.each(['patched', 'actions', 'urlaub'] as const)(
  'the unmutated %s project passes its own tests',
  async (name) => {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(3);
  },
);

it.each([
  ['patched', 'a closed ticket that cannot be reopened', "closed: ['open']", 'closed: []'],
  [
    'patched',
    'a closed ticket that may also move to resolved',
    "closed: ['open']",
    "closed: ['open', 'resolved']",
  ],
  // The first moves table in handlers.ts is the first action route's (start, genehmigen).
  ['actions', 'a resolved ticket that can be started again', 'resolved: []', "resolved: ['in_progress']"],
  [
    'actions',
    'a start that moves to resolved',
    "const to: string = 'in_progress';",
    "const to: string = 'resolved';",
  ],
  ['urlaub', 'a rejected request that may still be approved', 'abgelehnt: []', "abgelehnt: ['genehmigt']"],
] as const)('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);
  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
