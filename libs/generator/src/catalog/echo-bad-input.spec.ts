import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { ServedRelease, serverErrors } from '../codegen/testing/served-release';
import { seeded } from '../codegen/testing/seeded';

/*
 * Echo routes on bad input, served as generated: whatever query string or JSON body arrives (the text missing,
 * empty, repeated, of another type, huge, prototype names), the service answers 200 with the text or a 400 naming
 * what is wrong, never a 500. Property-style: requests are drawn from a seeded generator, so a failure is
 * reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'GET /echo?msg=hi returns {"echo": "hi"}',
  'POST /eco con {"mensaje": string} devuelve {"eco": string} con el mismo mensaje recibido',
];

const ODD: unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  '',
  ' ',
  'x',
  '%',
  '\u0000',
  null,
  true,
  [],
  ['a'],
  {},
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
];

const QUERY_ODD = [
  '',
  ' ',
  '%',
  '%25',
  '%ZZ',
  '__proto__',
  'constructor',
  'x'.repeat(5_000),
  '\u00e9',
  '🙂',
  '&',
  '=',
];

const served = new ServedRelease(client, 'echo-svc', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

describe('echo routes on bad input', () => {
  const byMethod = (method: string) =>
    served.contract.endpoints.filter(
      (e) => e.method === method && e.behavior.kind === 'function' && e.behavior.function === 'echo.repeat',
    );

  it('are designed: a query echo and a body echo on the written routes', () => {
    expect([...byMethod('GET'), ...byMethod('POST')].map((e) => `${e.method} ${e.path}`)).toEqual([
      'GET /echo',
      'POST /eco',
    ]);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, byMethod('POST'), ODD, 20261206)).toEqual([]);
  });

  it('answer any query string with 200 and the text as sent, or 400 (seeded)', async () => {
    const random = seeded(20261206);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (let round = 0; round < 60; round += 1) {
      const raw = [...Array(1 + Math.floor(random() * 3))]
        .map(() => `${pick(['msg', 'msg', 'other', '__proto__'])}=${pick(QUERY_ODD)}`)
        .join('&');
      const res = await fetch(`${served.url}/echo?${raw}`);
      const body = (await res.json()) as Record<string, unknown>;
      const sent = new URLSearchParams(raw).getAll('msg');
      const missing = sent.length === 0 || sent[0] === '';
      const wrong =
        (res.status !== 200 && res.status !== 400) ||
        (missing && res.status !== 400) ||
        (res.status === 200 && body.echo !== sent[0]);
      if (wrong) seen.push(`?${raw.slice(0, 60)} → ${res.status} ${JSON.stringify(body).slice(0, 80)}`);
    }
    expect(seen).toEqual([]);
  });

  it('refuses a missing text with 400 naming the field', async () => {
    const res = await fetch(`${served.url}/eco`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('mensaje');
  });
});
