import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for literal record routes and written field types test something: a DELETE
 * the feature says answers 204 that removes nothing or answers 200, a hex key or a calendar date that is only
 * checked as text, a bound that is not enforced, each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(60_000);

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
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('crud'), 60_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('parcels', from, to, ['src/handlers.ts', 'src/state.ts', 'src/validation.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');

  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(10);
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
