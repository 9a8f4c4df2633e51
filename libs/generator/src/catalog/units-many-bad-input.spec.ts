import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { ServedRelease, serverErrors } from '../codegen/testing/served-release';

/*
 * One speed given back in several units at once, on bad input: whatever JSON body arrives (the amount left out,
 * not a number, huge, negative, prototype names), the generated service answers 200 or 400, never a 500, and
 * answers every target rounded as the feature says.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  'Take a speed in km/h and give it back in mph, m/s and knots at once',
  'Round the results to 2 decimals',
];

const ODD: unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  '1',
  '',
  'abc',
  null,
  true,
  [],
  {},
  '__proto__',
  'x'.repeat(5000),
];

const served = new ServedRelease(client, 'units-many-svc', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

const converters = () =>
  served.contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && e.behavior.function === 'units.many',
  );

const post = async (body: unknown) => {
  const res = await fetch(`${served.url}${converters()[0].path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
};

describe('one speed given back in several units at once', () => {
  it('is one endpoint claiming both features', () => {
    expect(converters()).toHaveLength(1);
    expect(converters()[0].features).toEqual(FEATURES);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, converters(), ODD, 20261207)).toEqual([]);
  });

  it('refuses a negative speed, a missing one and one that is no number with 400', async () => {
    expect((await post({ km_h: -5 })).status).toBe(400);
    expect((await post({})).status).toBe(400);
    expect((await post({ km_h: 'fast' })).status).toBe(400);
  });

  it('answers 100 km/h as 62.14 mph, 27.78 m/s and 54 knots', async () => {
    expect(await post({ km_h: 100 })).toEqual({
      status: 200,
      body: expect.objectContaining({ mph: 62.14, m_s: 27.78, knots: 54 }) as unknown,
    });
  });
});
