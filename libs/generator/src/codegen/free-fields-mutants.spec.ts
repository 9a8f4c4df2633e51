import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the record fields read from plain words by free-fields-phrasings.spec.ts are load-bearing in the
 * generated tests: a count that takes a negative number ("how many days between waterings"), a list that drops
 * the filter said in words ("or only the ones in a given room") and a start that takes any text ("the start date
 * and time") each fail the service's own frozen tests.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  plants: intentOf({
    service_name: 'house-plants',
    purpose: 'When to water the house plants',
    key_features: [
      'add a plant with its name, the room it stands in and how many days between waterings',
      'list the plants, or only the ones in a given room',
    ],
  }),
  appointments: intentOf({
    service_name: 'therapy-desk',
    purpose: 'Front desk of a therapy practice',
    key_features: ["book an appointment with the patient's name, the therapist and the start date and time"],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('free-fields'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export', 'export');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
  }
});

it.each([
  [
    'plants',
    'a count of days that takes a negative number',
    `'days_between_waterings', bounded(isInteger, [{"op":">=","limit":0}])`,
    `'days_between_waterings', isInteger`,
  ],
  [
    'plants',
    'a list that answers every room',
    "filters: [{ kind: 'equals', field: 'room', param: 'room', type: 'string' }]",
    'filters: []',
  ],
  [
    'appointments',
    'a start that takes any text',
    "requiredField(input, 'start', isDateTime, problems)",
    "requiredField(input, 'start', isNonEmptyString, problems)",
  ],
])('%s: fails its tests with %s', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);
  expect(run.code).not.toBe(0);
});
