import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for an endpoint guard (a header every call carries, and the per-key quota counted
 * by it) test it: a guard that lets calls without the header through, reads another header, answers 401 where the
 * intent writes 400, counts one call too many, never counts a caller's calls, or answers the calls left wrongly
 * (or not at all) fails them.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  echo: intentOf({
    service_name: 'echo-gate',
    purpose: 'An echo partners call to test their keys',
    key_features: [
      'GET /echo?msg=hi returns {"echo": "hi"}',
      'callers identify with an X-Api-Key header; a request without it returns 401',
      'each key may make 3 calls per minute; the 4th gets 429',
    ],
  }),
  ping: intentOf({
    service_name: 'ping-gate',
    purpose: 'Ein Ping für Partner',
    key_features: [
      'GET /ping antwortet {"pong": true}',
      'Aufrufe ohne die Kopfzeile X-Api-Key werden mit 401 abgewiesen',
    ],
  }),
  // The intent writes 400 for a call without the header: a guard answering 401 does something else.
  upper: intentOf({
    service_name: 'upper-gate',
    purpose: 'Upper-cases text for partners',
    key_features: [
      'POST /upper with body {"text": string} returns {"text": string}, the text in upper case',
      'the X-Api-Key header is required; a call without it is answered 400',
    ],
  }),
  // Every answer carries the calls the key has left after it (guard-answers.ts).
  left: intentOf({
    service_name: 'echo-left',
    purpose: 'An echo that tells callers how many calls they have left',
    key_features: [
      'GET /echo?msg=hi with header X-Api-Key returns {"msg": "hi", "remaining": calls left this minute}; without the header 401',
      'each key may make 3 calls per minute; the 4th gets 429',
    ],
  }),
  // A fixed answer and a store under the same kind of guard: their own tests see their own answers.
  daily: intentOf({
    service_name: 'daily-left',
    purpose: 'A daily report partners fetch with their keys',
    key_features: [
      'GET /reports/daily returns 200 {"report": "daily", "remaining": calls left in the current window} to a caller identified by the X-Api-Key header; no header returns 401',
      'each API key gets 5 calls per 60 seconds; the 6th call inside the window returns 429',
    ],
  }),
  notizen: intentOf({
    service_name: 'notizen-left',
    purpose: 'Notizen mit einem Kontingent pro Schlüssel',
    key_features: [
      'POST /notizen mit {"text": string} und dem Header X-Api-Key legt eine Notiz an und antwortet 201 mit {"id", "text", "rest": wie viele Anfragen dem Schlüssel in dieser Stunde noch bleiben}',
      'GET /notizen/{id} liefert die Notiz, 404 wenn es sie nicht gibt',
      'Ohne X-Api-Key gibt es 401; pro Schlüssel höchstens 20 Anfragen pro Stunde, danach 429',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('guards'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(5);
  }
});

it.each([
  [
    'echo',
    'a guard that lets a call without the header through',
    "if (caller === '')",
    "if (caller === 'never')",
  ],
  [
    'echo',
    'a quota that lets one call too many through',
    'if (current.count >= 3) {',
    'if (current.count >= 4) {',
  ],
  ['echo', 'a quota that never counts a caller', 'callerWindows.get(caller)', "callerWindows.get('nobody')"],
  [
    'ping',
    'a guard that lets a call without the header through',
    "if (caller === '')",
    "if (caller === 'never')",
  ],
  ['ping', 'a guard that reads another header', "(ctx.headers, 'x-api-key')", "(ctx.headers, 'x-api-token')"],
  [
    'upper',
    'a guard answering 401 where the intent writes 400',
    "(400, 'MISSING_API_KEY'",
    "(401, 'MISSING_API_KEY'",
  ],
  [
    'left',
    'calls left counted one too high',
    'guardCallsLeft = 3 - current.count;',
    'guardCallsLeft = 4 - current.count;',
  ],
  ['left', 'calls left never added to the answer', 'remaining: guardCallsLeft', 'left: guardCallsLeft'],
  [
    'notizen',
    'calls left counted one too low',
    'guardCallsLeft = 20 - current.count;',
    'guardCallsLeft = 19 - current.count;',
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
