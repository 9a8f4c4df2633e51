import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease } from './testing/served-release';

/*
 * Computations bound onto GET routes of the feature's naming read their values from the query string and the
 * path: whatever arrives there — a parameter missing, repeated, empty, malformed, huge, or of another script —
 * the generated service answers a refusal naming the parameter or an answer, never a 500. Property-style: the
 * values are drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  'GET /age?birthdate=YYYY-MM-DD&on=YYYY-MM-DD returns {"years": integer}',
  'GET /roemisch/{zahl} liefert {"zahl": Ganzzahl, "roemisch": Text}',
  'GET /bmi?weight_kg=<number>&height_m=<number> returns {"bmi": number, "category": string}',
  'GET /base?digits=<text>&from=2..36&to=2..36 returns {"digits": string}',
  'POST /roman {"n": integer} returns {"n": integer, "roman": string}; a number outside 1..3999 is refused with 422',
];

const served = new ServedRelease(client, 'named-svc', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

const ODD_VALUES = [
  '',
  ' ',
  'abc',
  '12abc',
  '1e999',
  '-1e999',
  'NaN',
  'Infinity',
  '-0',
  '0x1F',
  '١٢٣',
  '%',
  '\u0000',
  '9'.repeat(400),
  'x'.repeat(20_000),
  '2024-02-30',
  '0000-00-00',
  '1990-05-15T25:00',
  '{"a":1}',
  '[1,2]',
  'null',
  'true',
  '3999',
  '4000',
  '0',
  '-5',
];

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${served.url}${path}`);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: res.status, body };
}

function getEndpoints() {
  return served.contract.endpoints.filter((e) => e.method === 'GET' && e.behavior.kind === 'function');
}

describe('GET-bound computations on bad input', () => {
  it('are designed as GET routes with the written names', () => {
    expect(
      getEndpoints()
        .map((e) => e.path)
        .sort(),
    ).toEqual(['/age', '/base', '/bmi', '/roemisch/{zahl}']);
  });

  it('refuse a missing query parameter with 400 naming it', async () => {
    for (const e of getEndpoints()) {
      const names = (e.request.query ?? []).map((q) => q.name);
      for (const missing of names) {
        const query = names
          .filter((n) => n !== missing)
          .map(
            (n) => `${n}=${encodeURIComponent(String(e.request.query?.find((q) => q.name === n)?.example))}`,
          )
          .join('&');
        const r = await get(`${e.path}?${query}`);
        expect([e.path, missing, r.status]).toEqual([e.path, missing, 400]);
        expect(JSON.stringify(r.body)).toContain(missing);
      }
    }
  });

  it('never answer 500 to missing, repeated, malformed or huge values (seeded)', async () => {
    const random = seeded(20261205);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (const e of getEndpoints()) {
      const names = (e.request.query ?? []).map((q) => q.name);
      const params = (e.request.params ?? []).map((p) => p.name);
      for (let round = 0; round < 40; round += 1) {
        const parts: string[] = [];
        for (const n of names) {
          const roll = random();
          if (roll < 0.15) continue; // missing
          parts.push(`${n}=${encodeURIComponent(pick(ODD_VALUES))}`);
          if (roll > 0.85) parts.push(`${n}=${encodeURIComponent(pick(ODD_VALUES))}`); // repeated
        }
        const path = e.path.replace(/\{([a-z][a-z0-9_]*)\}/g, () =>
          encodeURIComponent(pick(ODD_VALUES) || '-'),
        );
        const target = `${path}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
        const r = await get(target);
        if (r.status >= 500) seen.push(`${target.slice(0, 200)} → ${r.status}`);
        expect(params.length + names.length).toBeGreaterThan(0);
      }
    }
    expect(seen).toEqual([]);
  });

  it('refuse a bad POST body at the status the feature wrote (422), never 500', async () => {
    for (const body of [
      '{}',
      '{"n": "x"}',
      '{"n": 0}',
      '{"n": 4000}',
      '{"n": 1.5}',
      '[]',
      'null',
      '{"n": 1, "m": 2}',
    ]) {
      const res = await fetch(`${served.url}/roman`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect([body, res.status]).toEqual([body, 422]);
    }
  });
});
