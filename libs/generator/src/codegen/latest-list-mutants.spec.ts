import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for lists of the latest records ("show the most recent entries first, and only
 * the last few", "?limit=<n> (default 2, at most 4)", "larger limits are capped at 3") test them: a list kept
 * oldest first, a count ignored or off by one, a maximum not refused and a cap not applied each fail the
 * generated suite. A blind guestbook's latest entries were refused for want of these.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(60_000);

const INTENTS = {
  guestbook: intentOf({
    service_name: 'guestbook',
    purpose: 'Guestbook of the open day',
    key_features: [
      'visitors sign the guestbook with their name and a message',
      'show the most recent entries first, and let me ask for only the last few (e.g. the latest 5)',
    ],
  }),
  notes: intentOf({
    service_name: 'pinboard',
    purpose: 'Notes of a shared flat',
    key_features: [
      'POST /notes with {"text": string} adds a note and returns it with its id (201)',
      'GET /notes returns the notes newest first; ?limit=<n> keeps only the n newest (default 2, at most 4)',
    ],
  }),
  capped: intentOf({
    service_name: 'board',
    purpose: 'A message board',
    key_features: [
      'post a message with an author and a text',
      'list the newest messages first; a limit parameter picks how many, at most 3 (larger limits are capped at 3)',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('latest-list'), 60_000);
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

const OLDEST_FIRST = ['spec.newest_first === true ? base.reverse() : base', 'base'] as const;
const COUNT_IGNORED = [
  'rows = rows.slice(0, l.max_limit !== undefined ? Math.min(asked, l.max_limit) : asked);',
  'rows = rows.slice(0);',
] as const;
const ONE_MORE = [
  'rows = rows.slice(0, l.max_limit !== undefined ? Math.min(asked, l.max_limit) : asked);',
  'rows = rows.slice(0, 1 + (l.max_limit !== undefined ? Math.min(asked, l.max_limit) : asked));',
] as const;
const MAX_ACCEPTED = [
  'const most = l.max_limit !== undefined && l.clamp !== true ? l.max_limit : Number.MAX_SAFE_INTEGER;',
  'const most = Number.MAX_SAFE_INTEGER;',
] as const;
const CAP_REFUSED = [
  'const most = l.max_limit !== undefined && l.clamp !== true ? l.max_limit : Number.MAX_SAFE_INTEGER;',
  'const most = l.max_limit ?? Number.MAX_SAFE_INTEGER;',
] as const;
const DEFAULT_IGNORED = ['l.default_limit ?? rows.length', 'rows.length'] as const;

it.each([
  ['guestbook', 'entries kept oldest first', ...OLDEST_FIRST],
  ['guestbook', 'the count ignored', ...COUNT_IGNORED],
  ['guestbook', 'one record more than asked', ...ONE_MORE],
  ['notes', 'entries kept oldest first', ...OLDEST_FIRST],
  ['notes', 'the default count ignored', ...DEFAULT_IGNORED],
  ['notes', 'a count above the maximum accepted', ...MAX_ACCEPTED],
  ['capped', 'a count above the maximum refused instead of capped', ...CAP_REFUSED],
  ['capped', 'the count ignored', ...COUNT_IGNORED],
])('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
