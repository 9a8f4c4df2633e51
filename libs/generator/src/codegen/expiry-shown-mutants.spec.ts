import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for records that answer when they expire (`ttl.answer_field`) test something: an
 * answer without the expiry, an expiry a second off, one that ignores the record's own seconds, or one made from
 * the time of the read instead of the create, each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000);

const INTENTS = {
  // A fixed lifetime, shown in the answer.
  snippets: intentOf({
    service_name: 'snippet-drop',
    purpose: 'Share a text snippet for a short while',
    key_features: [
      'store a snippet with a text and get its id back',
      'snippets expire after 30 minutes; the answer shows when the snippet expires as expires_at',
    ],
  }),
  // Each paste's own ttl_seconds, shown as expires_at.
  pastes: intentOf({
    service_name: 'short-pastes',
    purpose: 'Share a text snippet that disappears after a while',
    key_features: [
      'POST /pastes with body {"text": string, "ttl_seconds": integer} returns 201 {"id": string, "expires_at": string}; a paste expires ttl_seconds after it is created',
      'GET /pastes/{id} returns {"id": string, "text": string} while the paste lives; an expired or unknown paste returns 404',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('expiry-shown'), 300_000);
afterAll(() => bench.tearDown());

/** Runs every generated test of `name`'s project with one exact text of its state replaced. */
function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts', 'src/state.ts']);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
    expect(run.passed.some((t) => /answers expires_at/.test(t))).toBe(true);
  }
});

it.each([
  ['snippets', 'an answer without the expiry', 'Object.assign(record, {', 'void Object.assign({}, {'],
  [
    'snippets',
    'an expiry a second late',
    'new Date(this.expiry.now() + ttl).toISOString()',
    'new Date(this.expiry.now() + ttl + 1000).toISOString()',
  ],
  [
    'pastes',
    "an expiry that ignores each paste's own ttl_seconds",
    'new Date(this.expiry.now() + ttl).toISOString()',
    'new Date(this.expiry.now() + 3600000).toISOString()',
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => /expires_at|expires/.test(t))).toBe(true);
});
