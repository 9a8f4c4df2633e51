import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for the record rules test something: the wrong implementations that come
 * first to mind (an overlap check that refuses touching bookings or ignores the desk, an end that may equal
 * its start, an adjustment that goes below zero or keeps a refused change, a counter that counts by 1 whatever
 * it is sent, a wrong default amount, a reset that does nothing, an unknown counter that is not 0, a bound
 * that is not checked on create, records looked up by id instead of their key) each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  parts: intentOf({
    service_name: 'spare-parts',
    purpose: 'Spare parts kept per part code',
    key_features: [
      'POST /parts with body {"code": string, "stock": integer >= 0} registers a part and returns 201 {"code", "stock"}; a duplicate code returns 409',
      'POST /parts/{code}/adjust with body {"change": integer} returns {"code", "stock"}; stock can never go below zero (409, nothing changes)',
      'GET /parts/{code} returns {"code": string, "stock": integer}; an unknown code returns 404',
    ],
  }),
  desks: intentOf({
    service_name: 'hot-desks',
    purpose: 'Hot desks booked by the hour',
    key_features: [
      'POST /desk-bookings with body {"desk": string, "from": ISO datetime, "to": ISO datetime} returns 201 {"id": string, "desk", "from", "to"}; to not after from returns 400',
      'Refuse a desk booking that overlaps another booking of the same desk with 409; back-to-back bookings are fine',
    ],
  }),
  tallies: intentOf({
    service_name: 'zaehler',
    purpose: 'Zählerdienst für Nutzungsstatistiken',
    key_features: [
      'Zähler per Name um einen Betrag erhöhen, standardmäßig um 1',
      'den aktuellen Stand eines Zählers abrufen (0, wenn er nie erhöht wurde)',
      'einen Zähler auf null zurücksetzen',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('rules'), 300_000);
afterAll(() => bench.tearDown());

/** Runs every generated test of `name`'s project with one exact text of its handlers replaced. */
function runMutant(name: string, from: string, to: string, tests?: string[]): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts'], tests);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(10);
  }
});

it.each([
  [
    'parts',
    'an adjustment that may go below zero',
    'if (!(next >= 0)) {',
    'if (!(next >= -1000)) {',
    /outside its bounds/,
  ],
  [
    'parts',
    'a refused adjustment that keeps its change',
    'const next = (record.stock ?? 0) + amount;',
    'const next = (record.stock ?? 0) + amount;\n  record.stock = next;',
    /outside its bounds/,
  ],
  [
    'parts',
    'a create that does not check the bound',
    'bounded(isInteger, [{"op":">=","limit":0}])',
    'isInteger',
    /stock outside its bounds/,
  ],
  [
    'parts',
    'a lookup by id instead of the key',
    'candidate.code === id',
    'candidate.id === id',
    /GET \/parts\/\{code\}/,
  ],
  [
    'desks',
    'an overlap check that refuses touching bookings',
    'instantOf(other.from) < endsAt',
    'instantOf(other.from) <= endsAt',
    /overlapping interval/,
  ],
  ['desks', 'an overlap check that ignores the desk', 'other.desk === desk && ', '', /overlapping interval/],
  [
    'desks',
    'a booking that may end when it starts',
    'if (!(endsAt > startsAt))',
    'if (!(endsAt >= startsAt))',
    /not after from/,
  ],
  [
    'tallies',
    'a counter that counts by 1 whatever it is sent',
    'const next = (record.stand ?? 0) + amount;',
    'const next = (record.stand ?? 0) + 1;',
    /adds exactly the amount/,
  ],
  [
    'tallies',
    'a wrong default amount',
    "'betrag', isInteger, problems) ?? 1;",
    "'betrag', isInteger, problems) ?? 2;",
    /adds 1 when no betrag/,
  ],
  [
    'tallies',
    'a reset that does nothing',
    'record.stand = 0;',
    'record.stand = record.stand;',
    /sets stand back to 0/,
  ],
  [
    'tallies',
    'an unknown counter that reads null',
    '      stand: 0,\n    } };',
    '      stand: null,\n    } };',
    /starting values/,
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to, failing) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});

it.each([
  ['parts', 'if (!(next >= 0)) {', 'if (!(next >= -1000)) {'],
  ['desks', 'instantOf(other.from) < endsAt', 'instantOf(other.from) <= endsAt'],
  ['desks', 'other.desk === desk && ', 'other.desk !== desk && '],
  ['tallies', 'const next = (record.stand ?? 0) + amount;', 'const next = (record.stand ?? 0) + 1;'],
])('%s: the worked examples alone catch %s', async (name, from, to) => {
  const run = await runMutant(name, from, to, [GENERATED_LAYOUT.releaseTests[0]]);

  expect(run.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});
