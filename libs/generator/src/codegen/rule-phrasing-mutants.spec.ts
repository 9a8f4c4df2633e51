import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for rules said as people say them test something: one project holding a
 * uniqueness said without "unique" (ignoring letter case), a count kept per page, and a per-key allowance said
 * without a ceiling word. The wrong implementations that come first to mind (a uniqueness that compares with
 * case, a visit counted twice, a quota whose window never reopens) each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  rules: intentOf({
    service_name: 'forum-rules',
    purpose: 'Sign-ups, page visits and API calls of a community forum',
    key_features: [
      'Sign up users with a username and a display name',
      'reject a username that is already taken, no matter how it is capitalised',
      'count visits per page',
      'each API key may call 20 times per hour',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('rule-phrasings'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('rules', from, to, ['src/handlers.ts', 'src/state.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(10);
});

it.each([
  [
    'a uniqueness that compares with letter case',
    'other.username.toLowerCase() === username.toLowerCase()',
    'other.username === username',
    /^AC-|username/,
  ],
  [
    'a visit counted twice',
    'const next = (record.visits ?? 0) + amount;',
    'const next = (record.visits ?? 0) + amount * 2;',
    /^AC-|visits|increment/,
  ],
  [
    'a quota whose window never reopens',
    'if (current === undefined || now - current.start >= windowMs) {',
    'if (current === undefined) {',
    /window/,
  ],
])('%s fails the generated tests', async (_what, from, to, failing) => {
  const run = await runMutant(from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});
