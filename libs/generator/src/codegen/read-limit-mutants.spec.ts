import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for records read a limited number of times test something: a read not counted,
 * a limit off by one, a record's own limit field ignored, a used-up record answered 404 where the feature says
 * 410, and a read-up record left in the list each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000);

const INTENTS = {
  // Read once, in German; used up is simply not found.
  once: intentOf({
    service_name: 'einmal-notizen',
    purpose: 'Vertrauliche Notizen weitergeben',
    key_features: [
      'Eine Notiz mit einem Text speichern und ihre id zurückbekommen',
      'Eine Notiz kann nur einmal gelesen werden; nach dem ersten Lesen ist sie gelöscht',
      'Alle Notizen auflisten',
    ],
  }),
  // Each message's own max_reads (default 2), then 410.
  views: intentOf({
    service_name: 'limited-messages',
    purpose: 'Messages opened only a few times',
    key_features: [
      'POST /messages {"body": string, "max_reads": integer 1-5 (default 2)} returns 201 {"id": string}',
      'GET /messages/{id} returns 200 {"body": string} and counts one read; after max_reads reads it returns 410; an unknown id returns 404',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('read-limits'), 300_000);
afterAll(() => bench.tearDown());

/** Runs every generated test of `name`'s project with one exact text of its handlers (or state) replaced. */
function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts', 'src/state.ts']);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(5);
  }
});

it.each([
  [
    'once',
    'a read not counted',
    '(this.readCounts.get(id) ?? 0) + 1',
    '(this.readCounts.get(id) ?? 0) + 0',
    /then 404/,
  ],
  [
    'once',
    'a limit off by one (one read too many)',
    'if (count < limit) {',
    'if (count <= limit) {',
    /then 404/,
  ],
  [
    'views',
    'a limit off by one (one read too many)',
    'if (count < limit) {',
    'if (count <= limit) {',
    /then 410/,
  ],
  ['views', 'a limit one read short', 'if (count < limit) {', 'if (count + 1 < limit) {', /then 410/],
  [
    'views',
    "a message's own max_reads ignored",
    'record.max_reads > 0 ? record.max_reads : 2',
    'record.max_reads > 0 ? 2 : 2',
    /its own max_reads/,
  ],
  ['views', 'a used-up message answered 404, not 410', "(410, 'GONE'", "(404, 'NOT_FOUND'", /then 410/],
  [
    'once',
    'a read-up note kept in the list',
    'this.remove(id);',
    'this.readCounts.delete(id);',
    /left out of the list|then 404/,
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to, failing) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});
