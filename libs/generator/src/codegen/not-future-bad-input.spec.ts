import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease, serverErrors } from './testing/served-release';

/*
 * A generated store whose birth date and publication year may not lie in the future, served: whatever arrives in
 * those fields — a date or year drawn around today, malformed dates, numbers, text, null, nested values — the
 * answer is 201 (a value of the right form no later than today) or 400 VALIDATION_FAILED (anything else, every
 * later value included), never a 500. Property-style: values drawn from a seeded generator.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const served = new ServedRelease(client, 'not-future-svc', [
  'POST /members with {"name": string, "birth_date": "YYYY-MM-DD"} creates a member and returns it with an id',
  'A birth_date later than today is rejected with 400',
  'Store books with a title, an author and a publication year; list them',
  'a publication year in the future is rejected',
]);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

async function post(path: string, body: unknown): Promise<{ status: number; text: string }> {
  const res = await fetch(`${served.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

/** The UTC day `days` from now, YYYY-MM-DD. */
function day(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

function booksPath(): string {
  const create = served.contract.endpoints.find(
    (e) => e.behavior.kind === 'create' && e.behavior.resource !== 'member',
  );
  return create?.path ?? '/books';
}

describe('a generated field bounded by today', () => {
  it('takes any date up to today and refuses every later one with 400, over 200 drawn dates', async () => {
    const random = seeded(17);
    for (let i = 0; i < 200; i += 1) {
      const offset = Math.round((random() - 0.5) * 2000);
      const r = await post('/members', { name: `m${i}`, birth_date: day(offset) });
      expect([offset, r.status]).toEqual([offset, offset > 0 ? 400 : 201]);
      if (offset > 0) expect(r.text).toContain('VALIDATION_FAILED');
    }
  });

  it('takes any year up to this one and refuses every later one with 400', async () => {
    const year = new Date().getUTCFullYear();
    const random = seeded(29);
    for (let i = 0; i < 80; i += 1) {
      const value = year + Math.round((random() - 0.6) * 60);
      const r = await post(booksPath(), { title: `t${i}`, author: 'a', publication_year: value });
      expect([value, r.status]).toEqual([value, value > year ? 400 : 201]);
    }
  });

  it('never answers 500, whatever arrives in the bounded fields', async () => {
    const odd = [
      day(1),
      day(0),
      '2999-12-31',
      '2024-02-30',
      '2024-07-01T09:00:00Z',
      '99999-01-01',
      '',
      'tomorrow',
      2999,
      -1,
      1.5,
      1e308,
      null,
      true,
      [],
      { year: 2024 },
      '\u0000',
    ];
    const endpoints = served.contract.endpoints.filter(
      (e) => e.behavior.kind === 'create' || e.behavior.kind === 'update',
    );
    expect(await serverErrors(served.url, endpoints, odd, 41)).toEqual([]);
  });
});
