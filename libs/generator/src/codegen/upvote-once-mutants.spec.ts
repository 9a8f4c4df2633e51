import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for an upvote each voter gives once test something: a second upvote of the same
 * voter accepted, a repeat refused but counted anyway, one voter's upvote closing every idea to them, an upvote
 * taken with no voter each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  ideas: intentOf({
    service_name: 'idea-votes',
    purpose: 'Ideas for the offsite',
    key_features: [
      'Post an idea with a title',
      'Upvote an idea, sending your voter id; the same voter upvoting the same idea again gets 409',
      'List the ideas by votes, most first',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('upvote-once'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('ideas', 'export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

it.each([
  [
    'a second upvote of the same voter accepted',
    'if (ballots.voters.has(voter)) throw',
    "if (ballots.voters.has(voter + '?')) throw",
  ],
  [
    'a repeat refused but counted anyway',
    'if (ballots.voters.has(voter)) throw',
    'if (ballots.voters.has(voter)) record.votes = next;\n  if (ballots.voters.has(voter)) throw',
  ],
  ["one voter's upvote closing every idea to them", '+ record.id;', ';'],
  [
    'an upvote taken with no voter',
    '|| voter === undefined || problems.length > 0) throw',
    '|| problems.length > 1) throw',
  ],
])('%s fails the generated tests', async (_what, from, to) => {
  const run = await runMutant('ideas', from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
