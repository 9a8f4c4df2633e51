import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for text-field rules written in free text test something: a length rule that
 * refuses nothing or refuses its own limits, and an email check that takes any text, each fail the generated
 * suite — and the worked examples alone catch the ones the features state.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  members: intentOf({
    service_name: 'club-members',
    purpose: 'The member list of a chess club',
    key_features: [
      'register members with a name and an email',
      'names must be 3–40 characters',
      'the email is required and must be a valid email',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('text-rules'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string, tests?: string[]): Promise<NodeTestRun> {
  return bench.run('members', from, to, ['src/validation.ts'], tests);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');

  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

it.each([
  [
    'a length rule that refuses nothing',
    'return (min === null || n >= min) && (max === null || n <= max);',
    'return true;',
  ],
  [
    'an email check that takes any text',
    "typeof value === 'string' && EMAIL.test(value)",
    "typeof value === 'string'",
  ],
])('%s fails the generated tests and the worked examples', async (_what, from, to) => {
  const all = await runMutant(from, to);
  const examples = await runMutant(from, to, [GENERATED_LAYOUT.releaseTests[0]]);

  expect(all.code).not.toBe(0);
  expect(all.failed.some((t) => /name|email/.test(t))).toBe(true);
  expect(examples.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});

it('a length rule that refuses its own limits fails the generated tests', async () => {
  const run = await runMutant(
    'return (min === null || n >= min) && (max === null || n <= max);',
    'return (min === null || n > min) && (max === null || n < max);',
  );

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => /accepts its limits/.test(t))).toBe(true);
});
