import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a score board spelled out whole (scores above zero, each player once with
 * their best, ties to whoever reached the best first, one player's average to 2 decimals) test something: the
 * latest score kept instead of the best, a tie ranked the other way, the count ignored, the average rounded to one
 * decimal or taken over every player's scores, and a player never seen answered 200 each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  board: intentOf({
    service_name: 'minigolf-board',
    purpose: 'Scores of the office mini-golf challenge',
    key_features: [
      'POST /scores {"player": string, "points": integer > 0} records a score -> 201; points of 0 or below, or not a whole number -> 400',
      'GET /leaderboard?top=N -> [{"player": string, "best": integer}]: each player once with their best points, highest first; on a tie whoever reached it first ranks first',
      'GET /players/{player}/average -> {"player": string, "average": number}: the average of all their scores, rounded to 2 decimals; unknown player -> 404',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('score-boards'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('board', from, to, ['src/handlers.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

it.each([
  ['the latest score kept instead of the best', 'if (held === undefined || ', 'if (true || '],
  ['a tie ranked latest first', 'ranked.sort((x, y) =>', 'ranked.reverse().sort((x, y) =>'],
  ['the count ignored', 'entries.slice(0, count)', 'entries'],
  ['the average rounded to one decimal', 'Math.round(figure * 100) / 100', 'Math.round(figure * 10) / 10'],
  ["every player's scores averaged", ') === wanted && typeof', ') !== wanted.repeat(9) && typeof'],
  ['a player never seen answered 200', 'if (values.length === 0) throw', 'if (values.length < 0) throw'],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant(from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
