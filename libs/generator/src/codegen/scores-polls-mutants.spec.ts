import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for leaderboards, polls and top ideas said in plain words (no route, no shape)
 * test something: a board where the latest score counts instead of the best, one that keeps every score, one run
 * the wrong way for the fastest, one that ignores the count the feature writes; a poll that takes votes once
 * closed, a second vote by the same voter, a poll with one option; top ideas run fewest first each fail the
 * generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  board: intentOf({
    service_name: 'quiz-board',
    purpose: 'The pub quiz standings',
    key_features: [
      "Record a player's score after each game",
      'Only a player’s best score counts, not the latest one',
      'Show the top 3 players by their best score',
    ],
  }),
  laps: intentOf({
    service_name: 'run-club',
    purpose: 'The run club’s fastest runners',
    key_features: [
      'Runners submit their time in seconds after each run',
      "Only each runner's fastest time counts",
      'Show the 5 fastest runners, quickest first',
    ],
  }),
  poll: intentOf({
    service_name: 'open-poll',
    purpose: 'Quick polls for the team',
    key_features: [
      'Create a poll with a question and at least two options (otherwise 400)',
      'People vote for one option (they send the option text) while the poll is open',
      'A voter can vote only once per poll; a second vote is refused with 409',
      'Close a poll; votes on a closed poll get 409',
      'Results: how many votes each option got (options with none show 0) and the total',
    ],
  }),
  ideas: intentOf({
    service_name: 'idea-box',
    purpose: 'An idea box for the office',
    key_features: ['Post an idea with a title', 'Upvote an idea', 'Show the top 3 ideas'],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('scores-polls'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts', 'src/records.ts', 'src/state.ts']);
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
    'board',
    'the latest score counting instead of the best',
    'if (held === undefined || (candidate.score as number) > (held.score as number)) best.set(owner, candidate);',
    'best.set(owner, candidate);',
  ],
  [
    'board',
    'every score kept instead of each player’s best',
    'best.get(candidate.player) === candidate',
    'best.has(candidate.player)',
  ],
  [
    'board',
    'equal bests ordered newest first, not by who reached them first',
    'ranked.sort((x, y) => (y.score as number) - (x.score as number));',
    'ranked.reverse().sort((x, y) => (y.score as number) - (x.score as number));',
  ],
  [
    'board',
    'a board that ignores the 3 the feature writes',
    "raw.trim() === '' ? 3 :",
    "raw.trim() === '' ? 10 :",
  ],
  [
    'laps',
    'the slowest first where the fastest was asked',
    'ranked.sort((x, y) => (x.time as number) - (y.time as number));',
    'ranked.sort((x, y) => (y.time as number) - (x.time as number));',
  ],
  [
    'poll',
    'a closed poll still taking votes',
    'if (record.closed === true) throw',
    'if (record.closed === null) throw',
  ],
  [
    'poll',
    'a second vote by the same voter accepted',
    'if (ballots.voters.has(voter)) throw',
    "if (ballots.voters.has(voter + '?')) throw",
  ],
  ['poll', 'a poll with one option accepted', ', 2, null)', ', 1, null)'],
  [
    'ideas',
    'the least upvoted ideas first',
    'ranked.sort((x, y) => (y.upvotes as number) - (x.upvotes as number));',
    'ranked.sort((x, y) => (x.upvotes as number) - (y.upvotes as number));',
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
