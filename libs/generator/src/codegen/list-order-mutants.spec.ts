import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a list in the order a feature names in words ("earliest start first", "le
 * più recenti prima") test that order: the list answering in creation order (the order ignored) and the list
 * answering the other way each fail the generated suite. A blind intent's "earliest start first" list deployed in
 * creation order.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(60_000);

const INTENTS = {
  bookings: intentOf({
    service_name: 'desk-bookings',
    purpose: 'Bookings of the shared desks',
    key_features: [
      'POST /bookings with {"room": string, "start": ISO 8601 datetime, "end": ISO 8601 datetime} creates a booking and returns 201 with its id',
      "GET /bookings?room=<room> returns a JSON array of that room's bookings, earliest start first",
    ],
  }),
  spese: intentOf({
    service_name: 'spese-casa',
    purpose: 'Tenere traccia delle spese di casa',
    key_features: [
      'registrare una spesa con data e importo',
      'elencare tutte le spese ordinate per data, le più recenti prima',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('list-order'), 60_000);
afterAll(() => bench.tearDown());

function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/list-query.ts']);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
  }
});

const IGNORED = ['let field = sort.default_field;', 'let field = undefined as string | undefined;'] as const;
const REVERSED = [
  "let descending = sort.default_order === 'desc';",
  "let descending = sort.default_order !== 'desc';",
] as const;

it.each([
  ['bookings', 'the stated order ignored (creation order)', ...IGNORED],
  ['bookings', 'the stated order reversed', ...REVERSED],
  ['spese', 'the stated order ignored (creation order)', ...IGNORED],
  ['spese', 'the stated order reversed', ...REVERSED],
])('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
