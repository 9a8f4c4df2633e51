import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for one owner's figure over records ("a person's average mood, to one
 * decimal") test something: a sum answered for an average, a figure left unrounded, every owner's records
 * counted, and an owner with no record answered 200 each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  moods: intentOf({
    service_name: 'mood-diary',
    purpose: 'A tiny private mood diary',
    key_features: [
      'log an entry: who (a name), a mood from 1 (awful) to 5 (great) and an optional note; a mood outside 1-5 is rejected',
      'list the entries',
      "show a person's average mood, to one decimal",
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('owner-aggregate'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('moods', from, to, ['src/handlers.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

it.each([
  [
    'a sum answered for an average',
    'const figure = values.reduce((sum, v) => sum + v, 0) / values.length;',
    'const figure = values.reduce((sum, v) => sum + v, 0);',
  ],
  ['a figure left unrounded', 'Math.round(figure * 10) / 10', 'figure'],
  ["every owner's records counted", ') === wanted && typeof', ') !== wanted.repeat(9) && typeof'],
  ['an owner with no record answered 200', 'if (values.length === 0) throw', 'if (values.length < 0) throw'],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant(from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
