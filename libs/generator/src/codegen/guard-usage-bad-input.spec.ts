import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { ServedRelease } from './testing/served-release';
import { seeded } from './testing/seeded';

/*
 * A status read of a guard's quota on odd calls, served as generated: whatever the header holds (absent, empty,
 * blanks, long, prototype names), a read answers 200 or 401 and never a 500, 401 exactly when the header is not
 * usable; it never counts, so what it shows is always the limit less the caller's counted calls, and a caller who
 * only reads keeps its whole allowance.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const LIMIT = 3;
const FEATURES = [
  'POST /readings with header X-Api-Key and body {"value": number} stores the reading and returns 201',
  `each X-Api-Key may send at most ${LIMIT} readings per minute; the ${LIMIT + 1}th returns 429; without the header 401`,
  'GET /quota with header X-Api-Key returns {"remaining": integer} and does not count as a call',
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

const served = new ServedRelease(client, 'guard-usage-odd-svc', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

it('answers odd reads with 200 or 401, never counts them, and shows the limit less the calls counted', async () => {
  const random = seeded(20261207);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const counted = new Map<string, number>();
  const seen: string[] = [];
  for (let round = 0; round < 80; round += 1) {
    const key = random() < 0.2 ? undefined : pick(KEYS);
    const headers: Record<string, string> = key === undefined ? {} : { 'x-api-key': key };
    const usable = key !== undefined && key.trim() !== '';
    const caller = key?.trim() ?? '';
    if (random() < 0.4) {
      const body = pick(['{"value": 1}', '{"value": "x"}', 'null', '{"__proto__": {"value": 2}}']);
      const res = await fetch(`${served.url}/readings`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
      });
      if (usable && res.status !== 429) counted.set(caller, (counted.get(caller) ?? 0) + 1);
      if (res.status >= 500) seen.push(`POST ${JSON.stringify(key)?.slice(0, 20)} ${body} → ${res.status}`);
      continue;
    }
    const res = await fetch(`${served.url}/quota`, { headers });
    const answer = (await res.json()) as { remaining?: number; count?: number };
    const used = Math.min(LIMIT, counted.get(caller) ?? 0);
    const wrong = usable
      ? res.status !== 200 || answer.remaining !== LIMIT - used || answer.count !== used
      : res.status !== 401;
    if (wrong)
      seen.push(`GET ${JSON.stringify(key)?.slice(0, 20)} → ${res.status} ${JSON.stringify(answer)}`);
  }
  expect(seen).toEqual([]);
});
