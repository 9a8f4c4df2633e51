import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';

/*
 * The times-and-paces routes named as users name them (times-paces-phrasings), on bad input and served as
 * generated: a speed from a distance and a time in decimal hours answered as `kmh`, and a fee per started hour
 * on a bare `/fee` route from minutes, and the hours of a shift on `/shift`, night shifts past midnight. Whatever JSON body arrives (fields missing, of another type, huge, zero,
 * negative, prototype names), the service answers 200 or a 400 naming what is wrong — never a 500 (bodies drawn
 * from a seeded generator, so a failure is reproducible).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /speed with {"distance_km": number, "hours": number} returns {"kmh": number} rounded to 1 decimal',
  'POST /fee with {"minutes": integer} returns {"fee": number}: 1.50 per started hour, at most 12 per day',
  'POST /shift with {"start": "HH:MM", "end": "HH:MM", "break_minutes": integer} returns {"hours": number}; a shift ending before it starts runs past midnight',
];

const ODD: unknown[] = [
  0,
  -0,
  -1,
  0.8,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER,
  '1',
  '',
  '0:50:00',
  null,
  true,
  [],
  {},
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'times-paces-svc', FEATURES);

describe('speeds in hours and fees on /fee on bad input', () => {
  const computations = () =>
    served.contract.endpoints.filter(
      (e) =>
        e.behavior.kind === 'function' &&
        ['pace.run', 'parking.fee', 'time.worked_hours'].includes(e.behavior.function),
    );

  it('are designed at the written routes', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /speed',
      'POST /fee',
      'POST /shift',
    ]);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261207)).toEqual([]);
  });

  it('refuse a distance or hours of zero or below with 400, and give 10 km in 0.8 h as 12.5 km/h', async () => {
    for (const body of [
      { distance_km: 0, hours: 1 },
      { distance_km: -10, hours: 1 },
      { distance_km: 10, hours: 0 },
      { distance_km: 10, hours: '1' },
    ]) {
      const answer = await post('/speed', body);
      expect([body, answer.status, JSON.stringify(answer.body).includes('VALIDATION_FAILED')]).toEqual([
        body,
        400,
        true,
      ]);
    }
    expect(await post('/speed', { distance_km: 10, hours: 0.8 })).toEqual({
      status: 200,
      body: expect.objectContaining({ kmh: 12.5 }) as unknown,
    });
    expect((await post('/speed', { distance_km: 42.195, hours: 3.5 })).body).toEqual(
      expect.objectContaining({ kmh: 12.1 }),
    );
  });

  it('refuse minutes that are none with 400, and charge a day and an hour as 13.50', async () => {
    for (const body of [{ minutes: -5 }, { minutes: '90' }, {}]) {
      expect([body, (await post('/fee', body)).status]).toEqual([body, 400]);
    }
    expect(await post('/fee', { minutes: 61 })).toEqual({ status: 200, body: { fee: 3 } });
    expect((await post('/fee', { minutes: 600 })).body).toEqual({ fee: 12 });
    expect((await post('/fee', { minutes: 1500 })).body).toEqual({ fee: 13.5 });
  });

  it('refuse clock times that are none with 400, and count a night shift past midnight', async () => {
    for (const body of [
      { start: '25:00', end: '06:00', break_minutes: 30 },
      { start: '22:00', end: '06:00', break_minutes: -1 },
      { start: '22:00', end: '06:00', break_minutes: 600 },
    ]) {
      expect([body, (await post('/shift', body)).status]).toEqual([body, 400]);
    }
    expect(await post('/shift', { start: '22:00', end: '06:00', break_minutes: 30 })).toEqual({
      status: 200,
      body: expect.objectContaining({ hours: 7.5 }) as unknown,
    });
    expect((await post('/shift', { start: '08:15', end: '16:45', break_minutes: 45 })).body).toEqual(
      expect.objectContaining({ hours: 7.75 }),
    );
  });
});
