import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for leaderboards and quotas said as users say them test something: a board that
 * keeps every score instead of each player's best, one that runs highest first where the fastest was asked, one
 * that ignores its limit, rows with a wrong count or rank, an owner lookup that answers another owner's best or
 * never 404, a quota whose usage read counts, and keys sharing one counter each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(60_000);

const INTENTS = {
  board: intentOf({
    service_name: 'pinball-standings',
    purpose: 'High scores of the pinball machine',
    key_features: [
      'POST /scores {"player": string, "score": integer >= 0} records a score -> 201',
      'GET /standings?limit=10 -> {"standings": [{"rank": integer, "player": string, "best": integer, "games": integer}]}: each player once with their best score, highest first',
    ],
  }),
  laps: intentOf({
    service_name: 'kart-laps',
    purpose: 'Lap times of the kart track',
    key_features: [
      'POST /laps {"driver": string, "time_ms": integer > 0} stores a lap time -> 201',
      'GET /laps/fastest?n=5 -> {"laps": [{"driver": string, "time_ms": integer}]}: the fastest lap of each driver, lowest time first',
      'GET /drivers/{driver} -> {"driver": string, "best": integer, "laps": integer}: their fastest lap and how many laps they drove; 404 for a driver with none',
    ],
  }),
  quota: intentOf({
    service_name: 'export-quota',
    purpose: 'Limits report exports per customer',
    key_features: [
      'Each customer may start at most 3 exports per hour; the 4th answers 429',
      'Show how many exports a customer has used in the current hour, without using one',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('ranks'), 60_000);
afterAll(() => bench.tearDown());

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
