import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease, serverErrors } from './testing/served-release';

/*
 * A generated store whose create answers fields nobody sends, served: a state and a counter where every record
 * starts ("status": "open", "votes": 0) and the instant it was created. Whatever title arrives, a record answers
 * those starting values and an instant between the call and its answer; a create that tries to set the instant is
 * 400 VALIDATION_FAILED whatever it sends; and no body, however odd, gets a 500. Property-style: values drawn from
 * a seeded generator.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const served = new ServedRelease(client, 'create-answers-svc', [
  'POST /tickets with {"title": string} returns 201 {"id", "title", "status": "open", "votes": 0, "created_at": date-time}',
  'GET /tickets/{id} returns the ticket or 404',
]);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${served.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text === '' ? null : (JSON.parse(text) as unknown) };
}

/** A title of 1 to 40 characters drawn from letters, digits, spaces and a few accented letters. */
function title(random: () => number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789éüñç';
  const length = 1 + Math.floor(random() * 40);
  const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  return text.trim() === '' ? 'x' : text;
}

describe('a generated create that answers what it assigns', () => {
  it('answers status open, 0 votes and the instant of the create for 40 drawn titles, and reads them back', async () => {
    const random = seeded(23);
    for (let i = 0; i < 40; i += 1) {
      const sent = title(random);
      const before = Date.now();
      const created = await call('POST', '/tickets', { title: sent });
      const after = Date.now();
      expect(created.status).toBe(201);
      const record = created.json as Record<string, unknown>;
      expect(record).toMatchObject({ title: sent, status: 'open', votes: 0 });
      const at = Date.parse(String(record.created_at));
      expect(String(record.created_at)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(at).toBeGreaterThanOrEqual(before - 1000);
      expect(at).toBeLessThanOrEqual(after + 1000);
      const read = await call('GET', `/tickets/${String(record.id)}`);
      expect(read).toEqual({ status: 200, json: record });
    }
  });

  it('refuses a create that sends created_at with 400 VALIDATION_FAILED, whatever it holds', async () => {
    const sent = ['2020-01-01T00:00:00.000Z', new Date().toISOString(), '', 'now', 0, -1, true, null, [], {}];
    for (const value of sent) {
      const r = await call('POST', '/tickets', { title: 'T', created_at: value });
      expect([value, r.status]).toEqual([value, 400]);
      expect(JSON.stringify(r.json)).toContain('VALIDATION_FAILED');
    }
  });

  it('never answers 500, whatever arrives in the fields it reads or assigns', async () => {
    const odd = [
      '',
      'open',
      'x'.repeat(5000),
      0,
      -1,
      1.5,
      1e308,
      null,
      true,
      [],
      { status: 'open' },
      '\u0000',
    ];
    const create = served.contract.endpoints.filter((e) => e.behavior.kind === 'create');
    expect(await serverErrors(served.url, create, odd, 31)).toEqual([]);
    const random = seeded(37);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    for (let i = 0; i < 60; i += 1) {
      const body = { title: pick(odd), status: pick(odd), votes: pick(odd), created_at: pick(odd) };
      const r = await call('POST', '/tickets', body);
      expect([body, r.status < 500]).toEqual([body, true]);
    }
  });
});
