import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a receiver that refuses repeated event ids and a replay that re-delivers
 * to a configured URL test them: a repeat accepted again, a repeat that overwrites the first delivery, a replay
 * that sends the event written again instead of the bytes received, a failed delivery answered 200, an attempt
 * left unrecorded or uncounted, each fail the generated suite; the unmutated project passes it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000);

const INTENTS = {
  replay: intentOf({
    service_name: 'replay-inbox',
    purpose: 'Receive signed order events and replay them to our processor',
    key_features: [
      'POST /webhooks receives {"id": string, "type": string} events signed in X-Signature (hex HMAC-SHA256 of the raw body); an event id already received is refused with 409',
      'GET /webhooks/events/{id} returns a received event; 404 when unknown',
      'POST /webhooks/events/{id}/replay re-sends the stored event to the URL in REPLAY_TARGET_URL; an unreachable target → 502 and the attempt is recorded',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('replay'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('replay', from, to, ['src/handlers.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(10);
});

it.each([
  [
    'a repeated id accepted again',
    'if (duplicate) throw',
    'if (false) throw',
    /refuses its id again with 409/,
  ],
  [
    'a repeated id stored over the first delivery',
    'if (duplicate) throw',
    'if (duplicate) ctx.state.receiveWebhooksWebhookEvents.delete(id); if (false) throw',
    /refuses its id again with 409/,
  ],
  [
    'the event written again instead of the bytes received',
    'body: new Uint8Array(stored.raw)',
    'body: JSON.stringify(stored.event)',
    /byte for byte/,
  ],
  ['a failed delivery answered 200', 'if (!attempt.ok) throw', 'if (false) throw', /answers 502/],
  ['the attempt left unrecorded', 'stored.last_replay = attempt;', '', /byte for byte|answers 502/],
  [
    'a failed attempt left uncounted',
    'stored.replays += 1;',
    'if (false) stored.replays += 1;',
    /answers 502|byte for byte/,
  ],
])('%s fails the generated tests', async (_what, from, to, failing) => {
  const run = await runMutant(from, to);
  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});
