import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from '../codegen/testing/seeded';
import { ServedRelease, serverErrors } from '../codegen/testing/served-release';

/*
 * Services whose routes are written with placeholders (`?valore=<numero>&da=<unità>`, `/numeral/:value` shown as
 * `/numeral/2026`) and whose converters are limited to the units the feature names, on bad input: whatever query
 * string, path segment or body arrives, the generated service answers 200 or a 400 naming what is wrong, never a
 * 500; a unit the feature does not name is refused with 400. Property-style: values are drawn from a seeded
 * generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  'GET /velocita?valore=<numero>&da=<unità>&verso=<unità> converte tra kmh, ms e nodi, arrotondato a 2 decimali',
  'GET /numeral/:value returns {"numeral": string}, e.g. GET /numeral/2026 returns {"numeral": "MMXXVI"}',
  'Convert temperatures between Celsius and Fahrenheit only, rounded to 1 decimal',
];

const ODD = [
  '0',
  '-0',
  '-1',
  '1.5',
  '1e308',
  '-1e308',
  '9007199254740993',
  '5e-324',
  '',
  ' ',
  'abc',
  'null',
  'true',
  '[]',
  '{}',
  'kmh',
  'ms',
  'nodi',
  'mph',
  'kn',
  'K',
  'MMXXVI',
  '__proto__',
  'constructor',
  'toString',
  '%00',
  '%2F',
  'x'.repeat(5_000),
];

const served = new ServedRelease(client, 'placeholder-svc', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

const get = async (path: string) => {
  const res = await fetch(`${served.url}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('routes written with placeholders, on bad input', () => {
  it('are served on the written routes, the example value read as a parameter', () => {
    const routes = served.contract.endpoints.map((e) => `${e.method} ${e.path}`);
    expect(routes).toEqual(expect.arrayContaining(['GET /velocita', 'GET /numeral/{value}']));
    expect(routes).not.toContain('GET /numeral/2026');
  });

  it('never answer 500 to any query string or path segment (seeded)', async () => {
    const random = seeded(20261207);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (let round = 0; round < 80; round += 1) {
      const query = new URLSearchParams();
      for (const name of ['valore', 'da', 'verso', 'extra']) if (random() > 0.15) query.set(name, pick(ODD));
      for (const path of [`/velocita?${query.toString()}`, `/numeral/${encodeURIComponent(pick(ODD))}`]) {
        const res = await fetch(`${served.url}${path}`);
        if (res.status >= 500) seen.push(`${path.slice(0, 120)} → ${res.status}`);
      }
    }
    expect(seen).toEqual([]);
  });

  it('never answer 500 to any JSON body of the temperature converter (seeded)', async () => {
    const converters = served.contract.endpoints.filter(
      (e) => e.behavior.kind === 'function' && e.behavior.function === 'temperature.convert',
    );
    expect(converters).toHaveLength(1);
    const odd: unknown[] = [...ODD, 0, -300, 1e308, null, true, [], {}, 'C', 'F'];
    expect(await serverErrors(served.url, converters, odd, 7)).toEqual([]);
  });

  it('answer the units named and refuse the others with 400', async () => {
    expect(await get('/velocita?valore=10&da=nodi&verso=kmh')).toEqual({
      status: 200,
      body: expect.objectContaining({ value: 18.52 }) as unknown,
    });
    expect((await get('/velocita?valore=10&da=mph&verso=kmh')).status).toBe(400);
    expect((await get('/velocita?valore=10&da=kn&verso=kmh')).status).toBe(400);
    expect((await get('/velocita?da=ms&verso=kmh')).status).toBe(400);
  });

  it('read any number in the path, not only the example, and refuse what is no numeral value', async () => {
    expect(await get('/numeral/1994')).toEqual({ status: 200, body: { numeral: 'MCMXCIV' } });
    expect(await get('/numeral/2026')).toEqual({ status: 200, body: { numeral: 'MMXXVI' } });
    expect((await get('/numeral/0')).status).toBe(400);
    expect((await get('/numeral/4000')).status).toBe(400);
    expect((await get('/numeral/abc')).status).toBe(400);
  });

  it('convert between Celsius and Fahrenheit both ways and refuse Kelvin', async () => {
    const [e] = served.contract.endpoints.filter(
      (x) => x.behavior.kind === 'function' && x.behavior.function === 'temperature.convert',
    );
    const post = async (body: unknown) => {
      const res = await fetch(`${served.url}${e.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect((await post({ value: 100, from: 'C', to: 'F' })).body).toEqual(
      expect.objectContaining({ value: 212 }),
    );
    expect((await post({ value: 98.6, from: 'F', to: 'C' })).body).toEqual(
      expect.objectContaining({ value: 37 }),
    );
    expect((await post({ value: 300, from: 'K', to: 'C' })).status).toBe(400);
    expect((await post({ value: -500, from: 'F', to: 'C' })).status).toBe(400);
  });
});
