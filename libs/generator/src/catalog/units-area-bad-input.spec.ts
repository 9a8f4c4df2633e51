import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from '../codegen/testing/seeded';
import { ServedRelease, serverErrors } from '../codegen/testing/served-release';
import { runCatalogFunction } from './testing/run-function';

/*
 * Area converters on bad input: whatever JSON body arrives (fields missing, of another type,
 * huge, negative, units that are prototype names), the generated service answers 200 or a 400 naming what is
 * wrong, never a 500; the conversion function alone never throws. Property-style: values are drawn from a
 * seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  'Convert areas between m2, ha, ft2 and mi2',
  'Convert acres to hectares, rounded to 2 decimals',
];

const ODD: unknown[] = [
  0,
  -0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  5e-324,
  '1',
  '',
  'abc',
  null,
  true,
  [],
  [1],
  {},
  { value: 1 },
  'm2',
  'm²',
  'ft2',
  'ha',
  'ac',
  'acre',
  'sq ft',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'x'.repeat(10_000),
];

const served = new ServedRelease(client, 'units-area-svc', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

const converters = () =>
  served.contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && e.behavior.function === 'units.area',
  );

describe('area converters on bad input', () => {
  it('are designed: a general area converter and a fixed acres → hectares one', () => {
    expect(converters().map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /area/convert',
      'POST /area/acres-to-hectares',
    ]);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, converters(), ODD, 20261206)).toEqual([]);
  });

  it('refuse a negative area and an unknown unit with 400, and convert 1 mi2 to 2589988.110336 m2', async () => {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${served.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    expect((await post('/area/convert', { value: -1, from: 'm2', to: 'ft2' })).status).toBe(400);
    expect((await post('/area/convert', { value: 1, from: 'rood', to: 'm2' })).status).toBe(400);
    expect((await post('/area/convert', { value: 1, from: '__proto__', to: 'm2' })).status).toBe(400);
    expect((await post('/area/acres-to-hectares', { acres: -0.5 })).status).toBe(400);
    expect(await post('/area/convert', { value: 1, from: 'mi2', to: 'm2' })).toEqual({
      status: 200,
      body: expect.objectContaining({ value: 2589988.110336 }) as unknown,
    });
    expect(await post('/area/acres-to-hectares', { acres: 10 })).toEqual({
      status: 200,
      body: expect.objectContaining({ hectares: 4.05 }) as unknown,
    });
  });
});

describe('the conversion functions alone', () => {
  it('never throw, and answer a finite number or problems (seeded)', () => {
    const random = seeded(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    for (const id of ['units.area']) {
      for (let round = 0; round < 300; round += 1) {
        const input = { value: pick(ODD), from: pick(ODD), to: pick(ODD) };
        const options: Record<string, string | number> =
          round % 3 === 0 ? { decimals: 3, factors: '{"ac": 4046.86}' } : { decimals: 6 };
        const run = runCatalogFunction(id, input, options);
        if (run.ok) expect(Number.isFinite(run.value.value)).toBe(true);
        else expect(run.problems.length).toBeGreaterThan(0);
      }
    }
  });

  it('read a unit sent with a superscript two as its ASCII symbol', () => {
    const run = runCatalogFunction('units.area', { value: 1, from: 'm²', to: 'ft²' }, { decimals: 6 });
    expect(run.ok && run.value.value).toBe(10.76391);
  });
});
