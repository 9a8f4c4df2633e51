import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { ServedRelease } from './testing/served-release';
import { seeded } from './testing/seeded';

/*
 * A guarded route whose answers carry the calls left (guard-answers.ts), served as generated, on odd calls drawn
 * from a seeded generator: every answer is 200, 400, 401 or 429, never a 500; each 200 of a key carries the calls
 * that key has left after it (limit minus the calls the guard let in, a refused 400 among them), and no 400 or 401
 * carries them as if it were an answer.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const LIMIT = 4;
const FEATURES = [
  'GET /echo?msg=hi with header X-Api-Key returns {"msg": "hi", "remaining": calls left this minute}; without the header 401',
  `each key may make ${LIMIT} calls per minute; the ${LIMIT + 1}th gets 429`,
];

const KEYS = ['', ' ', 'a', 'b', '__proto__', 'constructor', 'x'.repeat(2_000), 'key with spaces'];
const MSGS = ['', 'hi', '%', '__proto__', 'x'.repeat(3_000)];

const served = new ServedRelease(client, 'guard-left-odd-svc', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

it('answers odd calls with 200, 400, 401 or 429, each 200 with the calls its key has left', async () => {
  const random = seeded(20261208);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const counted = new Map<string, number>();
  const seen: string[] = [];
  for (let round = 0; round < 60; round += 1) {
    const key = random() < 0.2 ? undefined : pick(KEYS);
    const msg = pick(MSGS);
    const res = await fetch(`${served.url}/echo?msg=${encodeURIComponent(msg)}`, {
      headers: key === undefined ? {} : { 'x-api-key': key },
    });
    const body = (await res.json()) as Record<string, unknown>;
    const caller = key?.trim() ?? '';
    const said = `${JSON.stringify(key)?.slice(0, 20)} ${msg.slice(0, 10)} → ${res.status} ${JSON.stringify(body).slice(0, 60)}`;
    if (![200, 400, 401, 429].includes(res.status)) seen.push(said);
    // The guard counts every call it lets in, before the route validates it (a 400 spends a call too).
    const n = (counted.get(caller) ?? 0) + (res.status === 200 || res.status === 400 ? 1 : 0);
    counted.set(caller, n);
    if (res.status === 200 && (body.remaining !== LIMIT - n || body.msg !== msg)) seen.push(said);
    if (res.status !== 200 && res.status !== 429 && 'remaining' in body) seen.push(said);
  }
  expect(seen).toEqual([]);
  expect([...counted.values()].every((n) => n <= LIMIT)).toBe(true);
  expect(counted.size).toBeGreaterThan(1);
});
