import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a quota keyed by a header or a path parameter test where the key is read: a
 * quota that counts the body's field instead of the header, or counts every key together, fails them.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  header: intentOf({
    service_name: 'report-gate',
    purpose: 'Guards the report export API',
    key_features: [
      'Each partner may export at most 3 reports per 30 seconds, counted per partner key sent in the X-Partner-Key header; the 4th answers 429',
    ],
  }),
  path: intentOf({
    service_name: 'abruf-bremse',
    purpose: 'Begrenzt Abrufe der Wetter-API',
    key_features: ['Höchstens 2 Abrufe pro Minute je Konto, die Konto-ID steht im Pfad; danach 429'],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('quota-keys'), 300_000);
afterAll(() => bench.tearDown());

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
    'header',
    'a quota that counts the body field instead of the header',
    "headerText(ctx.headers, 'x-partner-key').trim()",
    "String((ctx.body as Record<string, unknown>).partner_key ?? '')",
  ],
  [
    'header',
    'a quota that counts every key together',
    "headerText(ctx.headers, 'x-partner-key').trim()",
    "'same'",
  ],
  [
    'path',
    'a quota that counts every key together',
    "const key = ctx.params['account'];",
    "const key = 'same';",
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});

it('header: the worked examples alone catch a quota counting every key together', async () => {
  const run = await runMutant('header', "headerText(ctx.headers, 'x-partner-key').trim()", "'same'", [
    GENERATED_LAYOUT.releaseTests[0],
  ]);

  expect(run.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});
