import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for polls test something: a vote counted twice, a closed poll still counting,
 * results that leave out the options nobody voted for, a second vote by the same voter accepted and an option
 * not on the poll accepted each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  polls: intentOf({
    service_name: 'team-poll',
    purpose: 'Let the team vote on small decisions',
    key_features: [
      'Create a poll with a question and 2 to 5 options',
      'Vote for an option by its text; an option that is not on the poll is a bad request',
      'Each person votes once per poll (409 for a second vote)',
      'Close a poll; no votes after the poll is closed (409)',
      'Show the results of a poll: the votes per option, options without votes as 0, and the total',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('ballots'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('polls', from, to, ['src/handlers.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(10);
});

it.each([
  ['a vote counted twice', 'ballots.counts.set(option, votes);', 'ballots.counts.set(option, votes + 1);'],
  ['a closed poll still counting', 'if (record.closed === true) throw', 'if (record.closed === null) throw'],
  [
    'results without the options nobody voted for',
    'const rows = [...new Set(options)].map(',
    'const rows = [...new Set(options)].filter((option) => ballots.counts.has(option)).map(',
  ],
  [
    'a second vote by the same voter accepted',
    'if (ballots.voters.has(voter)) throw',
    "if (ballots.voters.has(voter + '?')) throw",
  ],
  [
    'an option not on the poll accepted',
    'const option = options.find((o) => o === choice);',
    'const option = options.find((o) => o === choice) ?? String(choice);',
  ],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant(from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
