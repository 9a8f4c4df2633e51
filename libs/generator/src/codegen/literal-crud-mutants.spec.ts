import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for literal record routes and written field types test something: a DELETE
 * the feature says answers 204 that removes nothing or answers 200, a hex key or a calendar date that is only
 * checked as text, a bound that is not enforced, a PUT said to replace the record that keeps what it is not sent,
 * each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  // Several routes in one feature, a hex key in the path, a date and a bound written in the shape.
  parcels: intentOf({
    service_name: 'parcel-desk',
    purpose: 'Parcels waiting at a pick-up desk',
    key_features: [
      'POST /parcels registers a parcel {"ref": hex, "weight_kg": number > 0, "ship_on": "YYYY-MM-DD"} -> 201; a duplicate ref -> 409',
      'GET /parcels/{ref} -> the parcel or 404; DELETE /parcels/{ref} -> 204',
    ],
  }),
  // A PUT that replaces the record, with an optional field.
  boards: intentOf({
    service_name: 'kanban-boards',
    purpose: 'Boards of a small kanban tool',
    key_features: [
      'POST /boards {"name": string, "color": optional string, "wip_limit": integer ≥ 1} -> 201',
      'PUT /boards/{id} replaces the board -> 200; GET /boards/{id} -> 404 when unknown',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('crud'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string, name = 'parcels'): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts', 'src/state.ts', 'src/validation.ts']);
}

it.each(Object.keys(INTENTS))('the unmutated %s project passes its own tests', async (name) => {
  const run = await runMutant('export function', 'export function', name);

  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(10);
});

it.each([
  [
    'a PUT that keeps an optional field it is not sent',
    'record.color = color;',
    'if (color !== null) record.color = color;',
    /replaces a board with the body/,
  ],
  [
    'a PUT that keeps a required field it is not sent',
    'if (name === undefined || wipLimit === undefined || problems.length > 0) throw validationFailed(problems);\n  record.name = name;',
    "if (wipLimit === undefined || problems.some((p) => !p.startsWith('name '))) throw validationFailed(problems);\n  record.name = name ?? record.name;",
    /refuses a replacement without name/,
  ],
])('boards: %s fails the generated tests', async (_what, from, to, failing) => {
  const run = await runMutant(from, to, 'boards');

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});

it.each([
  [
    'a DELETE that removes nothing',
    'ctx.state.parcels.remove(record.id);',
    '',
    /removes a created parcel once/,
  ],
  [
    'a DELETE that answers 200 instead of 204',
    'return { status: 204, body: null };',
    'return { status: 200, body: { id: record.id, deleted: true } };',
    /removes a created parcel once/,
  ],
  [
    'a hex field checked only as text',
    "typeof value === 'string' && /^[0-9a-fA-F]+$/.test(value)",
    "typeof value === 'string' && value !== ''",
    /ref that is not a string of hexadecimal digits/,
  ],
  [
    'a date that is not checked to exist',
    "const [y, m, d] = value.split('-').map(Number);",
    'return true;',
    /ship_on that is not a calendar date/,
  ],
  ['a weight bound that is not enforced', '[{"op":">","limit":0}]', '[]', /weight_kg/],
])('%s fails the generated tests', async (_what, from, to, failing) => {
  const run = await runMutant(from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});
