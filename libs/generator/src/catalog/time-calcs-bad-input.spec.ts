import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';

/*
 * Hours worked with legal minimum breaks, running pace and amounts scaled by servings on bad input, served as
 * generated: whatever JSON body arrives (fields missing, of another type, huge, zero, negative, prototype names,
 * clock times that are not ones), the service answers 200, a 400 naming what is wrong, or the 422 the feature
 * writes for a break too short — never a 500. Property-style: bodies are drawn from a seeded generator, so a
 * failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'From a shift start and end (HH:MM) and a break in minutes, give the hours and minutes worked',
  'over 6 hours of work need at least 30 minutes break, over 9 hours 45; otherwise 422',
  'Running pace: from a distance in km and a time as h:mm:ss, give the pace per km as m:ss and the speed in km/h',
  'Scale an ingredient amount written for N servings to M servings, rounded to 2 decimals',
];

const ODD: unknown[] = [
  0,
  -0,
  -1,
  1.5,
  60,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER,
  '1',
  '',
  '08:00',
  '23:59',
  '24:00',
  '7.30',
  '0:50:00',
  '99:59:59',
  '0:75:00',
  null,
  true,
  [],
  [1],
  {},
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'time-calcs-svc', FEATURES);

describe('hours worked, pace and servings on bad input', () => {
  const computations = () =>
    served.contract.endpoints.filter(
      (e) =>
        e.behavior.kind === 'function' &&
        ['time.worked_hours', 'pace.run', 'scale.servings'].includes(e.behavior.function),
    );

  it('are designed: one endpoint each', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /shifts/hours',
      'POST /pace',
      'POST /servings/scale',
    ]);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261207)).toEqual([]);
  });

  it('refuse a break below the legal minimum with 422 BREAK_TOO_SHORT, and answer one long enough', async () => {
    const short = await post('/shifts/hours', { start: '08:00', end: '15:00', break_minutes: 15 });
    expect(short.status).toBe(422);
    expect(JSON.stringify(short.body)).toContain('BREAK_TOO_SHORT');
    expect((await post('/shifts/hours', { start: '07:00', end: '17:00', break_minutes: 30 })).status).toBe(
      422,
    );
    expect(await post('/shifts/hours', { start: '07:00', end: '17:00', break_minutes: 45 })).toEqual({
      status: 200,
      body: expect.objectContaining({ hours: 9.25, minutes: 555 }) as unknown,
    });
    expect((await post('/shifts/hours', { start: '25:00', end: '17:00', break_minutes: 45 })).status).toBe(
      400,
    );
  });

  it('refuse a distance of zero or below with 400, and give the pace of a 10 km in 50 minutes', async () => {
    expect((await post('/pace', { distance: 0, duration: '0:50:00' })).status).toBe(400);
    expect((await post('/pace', { distance: -10, duration: '0:50:00' })).status).toBe(400);
    expect((await post('/pace', { distance: 10, duration: '0:00:00' })).status).toBe(400);
    expect(await post('/pace', { distance: 10, duration: '0:50:00' })).toEqual({
      status: 200,
      body: expect.objectContaining({ pace: '5:00', seconds_per_km: 300, speed_kmh: 12 }) as unknown,
    });
  });

  it('refuse a negative amount and servings that are not whole numbers above 0, and scale 200 for 4 to 6', async () => {
    expect((await post('/servings/scale', { amount: -1, servings: 4, target_servings: 6 })).status).toBe(400);
    expect((await post('/servings/scale', { amount: 1, servings: 0, target_servings: 6 })).status).toBe(400);
    expect((await post('/servings/scale', { amount: 1, servings: 4, target_servings: 1.5 })).status).toBe(
      400,
    );
    expect(await post('/servings/scale', { amount: 200, servings: 4, target_servings: 6 })).toEqual({
      status: 200,
      body: expect.objectContaining({ amount: 300 }) as unknown,
    });
  });
});
