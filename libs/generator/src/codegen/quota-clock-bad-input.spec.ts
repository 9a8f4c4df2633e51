import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec } from './testing/served-release';
import { seeded } from './testing/seeded';

/*
 * A daily quota on the UTC clock on a route another feature writes, served as generated, on odd bodies: whatever
 * the key field holds (absent, not a string, empty, long, prototype names), a request answers 400
 * VALIDATION_FAILED exactly when the key is not a non-empty string, else 200 or 429 — never a 500; what remains is
 * the limit less the key's counted requests, and reset_seconds counts to the next midnight UTC.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const LIMIT = 3;
const FEATURES = [
  'POST /anfragen mit {"schluessel": string} zählt eine Anfrage und antwortet {"verbleibend": integer}',
  `Jeder Schlüssel hat ein Tageskontingent von ${LIMIT} Anfragen, das um Mitternacht UTC zurückgesetzt wird; die vierte Anfrage wird mit 429 abgelehnt`,
];

const VALUES: unknown[] = [
  'a',
  'b',
  '',
  '__proto__',
  'constructor',
  'x'.repeat(2_000),
  0,
  7,
  null,
  true,
  [],
  {},
  ['a'],
];

const { post } = servedForSpec(client, 'quota-clock-odd-svc', FEATURES);

it('answers odd bodies with 400, 200 or 429, never 500, and counts each key to midnight UTC', async () => {
  const random = seeded(20261207);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const counted = new Map<string, number>();
  const seen: string[] = [];
  for (let round = 0; round < 80; round += 1) {
    const key = random() < 0.15 ? undefined : pick(VALUES);
    const body =
      random() < 0.1 ? pick(VALUES) : { ...(key === undefined ? {} : { schluessel: key }), extra: 1 };
    const res = await post('/anfragen', body);
    const sent = JSON.stringify(body)?.slice(0, 40);
    const usable =
      body !== null && typeof body === 'object' && !Array.isArray(body) && typeof key === 'string';
    const valid = usable && key !== '';
    if (!valid) {
      if (res.status !== 400 || (res.body.error as { code?: string })?.code !== 'VALIDATION_FAILED')
        seen.push(`${sent} → ${res.status} (want 400 VALIDATION_FAILED)`);
      continue;
    }
    const used = counted.get(key) ?? 0;
    const want = used < LIMIT ? 200 : 429;
    if (want === 200) counted.set(key, used + 1);
    const toMidnight = Math.ceil((86_400_000 - (Date.now() % 86_400_000)) / 1000);
    const reset = Number(res.body.reset_seconds);
    const remaining = want === 200 ? LIMIT - used - 1 : 0;
    if (res.status !== want || res.body.verbleibend !== remaining || Math.abs(reset - toMidnight) > 2)
      seen.push(
        `${sent} → ${res.status} ${JSON.stringify(res.body).slice(0, 120)} (want ${want}, ${remaining} left)`,
      );
  }
  expect(seen).toEqual([]);
});
