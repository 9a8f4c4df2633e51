import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { ServedRelease } from './testing/served-release';
import { seeded } from './testing/seeded';

/*
 * Endpoint guards on odd calls, served as generated: whatever the header holds (absent, empty, blanks, long,
 * repeated, prototype names) and whatever the query, the service answers 200, 400, 401 or 429, never a 500; a
 * call without a usable header is always 401, and no caller ever gets more than its limit of answers.
 * Property-style: calls are drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'GET /echo?msg=hi returns {"echo": "hi"}',
  'calls without the X-Api-Key header are rejected with 401',
  'each key may make 4 calls per minute; the 5th gets 429',
];

const KEYS = [
  '',
  ' ',
  '   ',
  'a',
  'b',
  '__proto__',
  'constructor',
  'x'.repeat(2_000),
  'key with spaces',
  '%00',
];
const MSGS = ['', 'hi', '%', '__proto__', 'x'.repeat(3_000)];

const served = new ServedRelease(client, 'guard-odd-svc', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

it('answers every odd call with 200, 400, 401 or 429, 401 without a usable key, and never past the limit', async () => {
  const random = seeded(20261206);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const answered = new Map<string, number>();
  const seen: string[] = [];
  for (let round = 0; round < 80; round += 1) {
    const key = random() < 0.2 ? undefined : pick(KEYS);
    const msg = pick(MSGS);
    const res = await fetch(`${served.url}/echo?msg=${encodeURIComponent(msg)}`, {
      headers: key === undefined ? {} : { 'x-api-key': key },
    });
    const usable = key !== undefined && key.trim() !== '';
    if (res.status === 200) answered.set(key?.trim() ?? '', (answered.get(key?.trim() ?? '') ?? 0) + 1);
    const wrong =
      ![200, 400, 401, 429].includes(res.status) ||
      (!usable && res.status !== 401) ||
      (usable && res.status === 401);
    if (wrong) seen.push(`${JSON.stringify(key)?.slice(0, 20)} ${msg.slice(0, 10)} → ${res.status}`);
  }
  expect(seen).toEqual([]);
  expect([...answered.values()].every((n) => n <= 4)).toBe(true);
});
