import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from '../codegen/testing/seeded';
import { ServedRelease, serverErrors } from '../codegen/testing/served-release';
import { runCatalogFunction } from './testing/run-function';

/*
 * Pressure and energy converters on bad input: whatever JSON body arrives (fields missing, of another type,
 * huge, negative, units that are prototype names), the generated service answers 200 or a 400 naming what is
 * wrong, never a 500; the conversion function alone never throws. Property-style: values are drawn from a
 * seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  'Convert pressures between Pa, kPa, bar, psi and atm',
  'Convert energy from kWh to MJ, rounded to 3 decimals',
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
  'psi',
  'kPa',
  'mmHg',
  'Torr',
  'kWh',
  'Cal',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'x'.repeat(10_000),
];

const served = new ServedRelease(client, 'units-more-svc', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

const converters = () =>
  served.contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && ['units.pressure', 'units.energy'].includes(e.behavior.function),
  );

describe('pressure and energy converters on bad input', () => {
  it('are designed: a general pressure converter and a fixed kWh → MJ one', () => {
    expect(converters().map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /pressure/convert',
      'POST /energy/kilowatt-hours-to-megajoules',
    ]);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, converters(), ODD, 20261206)).toEqual([]);
  });

  it('refuse a negative pressure and an unknown unit with 400, and convert 1 bar to 14.503774 psi', async () => {
    const post = async (body: unknown) => {
      const res = await fetch(`${served.url}/pressure/convert`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    expect((await post({ value: -1, from: 'bar', to: 'psi' })).status).toBe(400);
    expect((await post({ value: 1, from: 'ksi', to: 'psi' })).status).toBe(400);
    expect((await post({ value: 1, from: '__proto__', to: 'psi' })).status).toBe(400);
    expect(await post({ value: 1, from: 'bar', to: 'psi' })).toEqual({
      status: 200,
      body: expect.objectContaining({ value: 14.503774 }) as unknown,
    });
  });
});

describe('the conversion functions alone', () => {
  it('never throw, and answer a finite number or problems (seeded)', () => {
    const random = seeded(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    for (const id of ['units.pressure', 'units.energy']) {
      for (let round = 0; round < 300; round += 1) {
        const input = { value: pick(ODD), from: pick(ODD), to: pick(ODD) };
        const options: Record<string, string | number> =
          round % 3 === 0 ? { decimals: 3, factors: '{"psi": 6894.757}' } : { decimals: 6 };
        const run = runCatalogFunction(id, input, options);
        if (run.ok) expect(Number.isFinite(run.value.value)).toBe(true);
        else expect(run.problems.length).toBeGreaterThan(0);
      }
    }
  });
});
