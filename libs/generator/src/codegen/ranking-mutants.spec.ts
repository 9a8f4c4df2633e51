import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for leaderboards and quotas said as users say them test something: a board that
 * keeps every score instead of each player's best, one that runs highest first where the fastest was asked, one
 * that ignores its limit, rows with a wrong count or rank, an owner lookup that answers another owner's best or
 * never 404, and a quota whose usage read counts each fail the generated suite (keys sharing one counter:
 * `quota-key-mutants.spec.ts`; buckets that never empty or refill: `record-limits-mutants.spec.ts`).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

// One project holds every board, lookup and quota: each mutant assembles and runs one release.
const INTENTS = {
  arcade: intentOf({
    service_name: 'arcade-hall',
    purpose: 'High scores, kart laps and report exports of the arcade hall',
    key_features: [
      'POST /scores {"player": string, "score": integer >= 0} records a score -> 201',
      'GET /standings?limit=10 -> {"standings": [{"rank": integer, "player": string, "best": integer, "games": integer}]}: each player once with their best score, highest first',
      'POST /laps {"driver": string, "time_ms": integer > 0} stores a lap time -> 201',
      'GET /laps/fastest?n=5 -> {"laps": [{"driver": string, "time_ms": integer}]}: the fastest lap of each driver, lowest time first',
      'GET /drivers/{driver} -> {"driver": string, "best": integer, "laps": integer}: their fastest lap and how many laps they drove; 404 for a driver with none',
      'POST /results {"name": string, "points": integer >= 0} -> 201',
      'GET /results/best?limit=5 -> JSON array of {"name": string, "points": integer}, each name\'s best points, highest first',
      'Each customer may start at most 3 exports per hour; the 4th answers 429',
      'GET /usage/{customer} -> {"customer": string, "used": integer, "left": integer}: the exports a customer has used in the current hour, without using one',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('ranks'), 300_000);
afterAll(() => bench.tearDown());

/** Runs the generated tests of `name`'s project (only the endpoint tests, which name what they show) on a mutant. */
function runMutant(name: string, from: string, to: string, tests?: string[]): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts', 'src/state.ts'], tests);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(15);
  }
});

it.each([
  [
    'arcade',
    'a board that keeps every score instead of each player’s best',
    'best.get(candidate.player) === candidate',
    'best.has(candidate.player)',
    /one best per player/,
  ],
  ['arcade', 'a board that ignores its limit', 'entries.slice(0, count)', 'entries', /answers limit of them/],
  ['arcade', 'ranks counted from 0', 'rank: at + 1,', 'rank: at,', /one best per player/],
  [
    'arcade',
    'games counting every record of the board',
    'games: made.get(candidate.player) ?? 0,',
    'games: scored.length,',
    /one best per player/,
  ],
  [
    'arcade',
    'a board run highest first where the fastest was asked',
    'ranked.sort((x, y) => (x.time_ms as number) - (y.time_ms as number));',
    'ranked.sort((x, y) => (y.time_ms as number) - (x.time_ms as number));',
    /lowest first/,
  ],
  [
    'arcade',
    'a lookup answering the slowest lap as the best',
    'best: candidate.time_ms,',
    'best: Math.max(...scored.filter((x) => x.driver === candidate.driver).map((x) => x.time_ms as number)),',
    /own row/,
  ],
  [
    'arcade',
    'a lookup that never answers 404',
    'if (found === undefined) throw notFound(',
    'if (found === null) throw notFound(',
    /404 for a driver with none/,
  ],
  [
    'arcade',
    'a usage read that counts a request',
    'const count = active === undefined ? 0 : active.count;',
    'if (active !== undefined) active.count += 1;\n  const count = active === undefined ? 0 : active.count;',
    /without counting, 0 when it has none/,
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to, failing) => {
  const run = await runMutant(name, from, to, ['tests/endpoints.test.js']);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});
