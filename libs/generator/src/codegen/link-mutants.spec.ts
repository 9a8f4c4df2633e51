import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for short links test them: a redirect that does not count, a target check
 * that lets any scheme through, a code that is always the same, and a chosen code that is ignored each fail the
 * generated suite — and the worked examples alone catch the first two.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  links: intentOf({
    service_name: 'poster-links',
    purpose: 'Short links printed on posters',
    key_features: [
      'POST /shorts with body {"target": string} returns 201 {"key": string, "target": string}; a target that is not an http or https URL returns 400',
      'GET /go/{key} answers 301 with a Location header to the target and counts a visit; an unknown key returns 404',
      'GET /shorts/{key} returns {"key": string, "target": string, "visits": integer}',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('links'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string, tests?: string[]): Promise<NodeTestRun> {
  return bench.run('links', from, to, ['src/handlers.ts', 'src/validation.ts'], tests);
}

const NO_COUNT = "record.visits = (typeof record.visits === 'number' ? record.visits : 0) + 1;";
const ANY_SCHEME = "requiredField(input, 'target', isWebUrl, problems)";

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(10);
});

it.each([
  ['a redirect that does not count', NO_COUNT, '', /counts each redirect/],
  [
    'a target check that lets any scheme through',
    ANY_SCHEME,
    "requiredField(input, 'target', isString, problems)",
    /http\(s\) URL/,
  ],
  ['a code that is always the same', 'if (!taken(code)) return code;', "return 'aaaaaaa';", /distinct key/],
  ['a chosen code that is ignored', 'key: key2 ?? freshCode', 'key: freshCode', /chooses/],
])('%s fails the generated tests', async (_what, from, to, failing) => {
  const run = await runMutant(from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});

it('the worked examples alone catch a redirect that does not count', async () => {
  const run = await runMutant(NO_COUNT, '', [GENERATED_LAYOUT.releaseTests[0]]);

  expect(run.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});
