import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease } from './testing/served-release';

/*
 * Generated lists of the latest records, served: they answer the newest first and only as many as asked, and
 * whatever count arrives — 0, negative, fractional, not a number, huge, repeated, empty — the answer is 400
 * VALIDATION_FAILED (or the stated maximum where the feature caps a larger count) or the records, never a 500.
 * Property-style: the values are drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const served = new ServedRelease(client, 'latest-svc', [
  'POST /notes with {"text": string} adds a note and returns it with its id (201)',
  'GET /notes returns the notes newest first; ?limit=<n> keeps only the n newest (default 2, at most 4)',
  'POST /posts with {"author": string} returns 201 with the post',
  'GET /posts lists the newest posts first; the limit parameter says how many, at most 3 (larger limits are capped at 3)',
]);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
  for (const text of ['one', 'two', 'three', 'four', 'five']) await call('POST', '/notes', { text });
  for (const author of ['a', 'b', 'c', 'd']) await call('POST', '/posts', { author });
});

afterAll(() => served.stop());

async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${served.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: res.status, body: parsed };
}

const field = (body: unknown, name: string) =>
  Array.isArray(body) ? body.map((x: Record<string, unknown>) => x[name]) : body;

describe('a generated list of the latest records', () => {
  it('answers the stated default of the newest, newest first', async () => {
    const r = await call('GET', '/notes');
    expect([r.status, field(r.body, 'text')]).toEqual([200, ['five', 'four']]);
  });

  it('answers as many as asked, up to the maximum', async () => {
    expect(field((await call('GET', '/notes?limit=3')).body, 'text')).toEqual(['five', 'four', 'three']);
    expect(field((await call('GET', '/notes?limit=4')).body, 'text')).toEqual([
      'five',
      'four',
      'three',
      'two',
    ]);
  });

  it.each(['0', '-1', '1.5', 'abc', '5', '1e1', ' '])(
    'refuses limit=%j with 400 VALIDATION_FAILED',
    async (value) => {
      const r = await call('GET', `/notes?limit=${encodeURIComponent(value)}`);
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toContain('VALIDATION_FAILED');
    },
  );

  it('caps a larger count at the maximum where the feature says so', async () => {
    expect(field((await call('GET', '/posts?limit=9')).body, 'author')).toEqual(['d', 'c', 'b']);
    expect(field((await call('GET', '/posts?limit=1')).body, 'author')).toEqual(['d']);
    expect((await call('GET', '/posts?limit=0')).status).toBe(400);
  });

  it('never answers 500 to odd, repeated or huge counts (seeded)', async () => {
    const random = seeded(20261206);
    const odd = [
      '',
      '0',
      '-0',
      '+2',
      '2.0',
      '1e3',
      'NaN',
      'Infinity',
      '0x2',
      '٢',
      '9'.repeat(400),
      'x'.repeat(5000),
    ];
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (let round = 0; round < 80; round += 1) {
      const path = pick(['/notes', '/posts']);
      const parts = Array.from(
        { length: 1 + Math.floor(random() * 2) },
        () => `limit=${encodeURIComponent(pick(odd))}`,
      );
      const r = await call('GET', `${path}?${parts.join('&')}`);
      if (r.status >= 500 || ![200, 400].includes(r.status))
        seen.push(`${path}?${parts.join('&')} → ${r.status}`);
    }
    expect(seen).toEqual([]);
  });
});
