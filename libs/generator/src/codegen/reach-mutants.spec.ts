import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for services that reach others test them: a health check that counts a redirect
 * as down, waits another timeout than the contract's or ignores the timeout setting, and a webhook receiver that expects hex where the
 * contract says base64, lists only its first event, verifies the body written again instead of the bytes received,
 * accepts any signature, stores a refused event, ignores Stripe's tolerance, lists oldest first where newest first
 * is asked, or answers another status than the one written, each fail the generated suite.
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
  stripe: intentOf({
    service_name: 'billing-hooks',
    purpose: 'Keep the webhooks our billing provider sends',
    key_features: [
      'POST /hooks/billing verifies Stripe-Signature (t=…,v1=…) with a 600 second tolerance and answers 202 {"accepted": true}',
      'List the received webhook events newest first and read one by id',
    ],
  }),
};

/** The receiver's event store in the generated handlers of the `stripe` project. */
const STRIPE_STORE = 'ctx.state.receiveBillingWebhookEvents';

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('reach'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: keyof typeof INTENTS, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts', 'src/config.ts']);
}

it.each(['health', 'hooks', 'stripe'] as const)(
  'the unmutated %s project passes its own tests',
  async (name) => {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(10);
  },
);

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
    "read('HEALTH_CHECK_TIMEOUT_MS', '3000')",
    /waits the contract's 1000 ms/,
  ],
  [
    'health',
    'the timeout setting ignored for the contract’s number',
    'const configured = Number(',
    'const configured = 0 * Number(',
    /honours HEALTH_CHECK_TIMEOUT_MS over/,
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
    'a signature checked over the body parsed and written again instead of the bytes received',
    '.update(ctx.rawBody)',
    '.update(JSON.stringify(JSON.parse(String(ctx.rawBody))))',
    /whitespace included/,
  ],
  [
    'stripe',
    'any v1 signature accepted',
    '|| !signed.some(',
    '|| signed.length === 0 && !signed.some(',
    /missing or wrong signature/,
  ],
  [
    'stripe',
    'a refused event stored all the same',
    '// The signature covers the exact bytes received, so it is checked before anything is parsed.',
    `{ const early = JSON.parse(String(ctx.rawBody)); if (typeof early.id === 'string') ${STRIPE_STORE}.set(early.id, { type: early.type, event: early, raw: ctx.rawBody, replays: 0, last_replay: null }); }`,
    /missing or wrong signature/,
  ],
  ['stripe', 'the tolerance ignored', ' > 600) {', ' > 600e6) {', /further off/],
  ['stripe', 'the events listed oldest first where newest first is asked', '.reverse()', '', /newest first/],
  [
    'stripe',
    'another answer than the 202 {"accepted": true} written',
    'status: 202',
    'status: 200',
    /accepts a correctly signed event/,
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
