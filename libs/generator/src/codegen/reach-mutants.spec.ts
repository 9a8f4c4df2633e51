import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for services that reach others test them: a health check that counts a redirect
 * as down or waits another timeout than the contract's, and a webhook receiver that
 * expects hex where the contract says base64 or lists only its first event, each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000);

const INTENTS = {
  health: intentOf({
    service_name: 'status-board',
    purpose: 'Watch the services our team depends on',
    key_features: [
      'Register service URLs to watch, then check them all at once: each reported up or down with its status code and latency, 1 second timeout',
    ],
  }),
  hooks: intentOf({
    service_name: 'hook-inbox',
    purpose: 'Keep the webhooks our shop platform sends',
    key_features: [
      'Receive webhooks signed with HMAC-SHA256 in the X-Signature header, base64 encoded; list the events and replay any of them',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('reach'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: keyof typeof INTENTS, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts', 'src/config.ts']);
}

it.each(['health', 'hooks'] as const)('the unmutated %s project passes its own tests', async (name) => {
  const run = await runMutant(name, 'export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(10);
});

it.each([
  [
    'health',
    'a redirect counted as down',
    'res.status >= 200 && res.status < 400',
    'res.status >= 200 && res.status < 300',
    /up \(2xx, 3xx\)/,
  ],
  [
    'health',
    'a default timeout other than the contract’s',
    "read('HEALTH_CHECK_TIMEOUT_MS', '1000')",
    "read('HEALTH_CHECK_TIMEOUT_MS', '1500')",
    /waits the contract's 1000 ms/,
  ],
  [
    'hooks',
    'a hex digest where base64 is declared',
    "digest('base64')",
    "digest('hex')",
    /signed event once/,
  ],
  [
    'hooks',
    'a list of the first event only',
    '].map(([id, stored])',
    '].slice(0, 1).map(([id, stored])',
    /arrival order/,
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to, failing) => {
  const run = await runMutant(name as keyof typeof INTENTS, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});
