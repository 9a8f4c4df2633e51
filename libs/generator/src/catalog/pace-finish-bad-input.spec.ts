import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';

/*
 * A finish time from a pace and a distance, and a parking fee whose first minutes are free, on bad input and
 * served as generated. Whatever JSON body arrives (fields missing, of another type, huge, zero, negative,
 * prototype names), the service answers 200 or a 400 naming what is wrong — never a 500 (bodies drawn from a
 * seeded generator, so a failure is reproducible).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /finish-time with {"distance_km": number, "pace": "m:ss"} returns {"finish_time": "h:mm:ss"}',
  'POST /fee with {"minutes": integer} returns {"fee": number}: the first 30 minutes are free, then 2 per started hour, at most 10 per day',
];

const ODD: unknown[] = [
  0,
  -1,
  0.5,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER,
  '5:00',
  '5:75',
  '0:00',
  '999:59',
  '',
  null,
  true,
  [],
  {},
  '__proto__',
  'x'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'times-paces-3-svc', FEATURES);

describe('finish times and free first minutes on bad input', () => {
  const computations = () =>
    served.contract.endpoints.filter(
      (e) => e.behavior.kind === 'function' && ['pace.finish', 'parking.fee'].includes(e.behavior.function),
    );

  it('are designed at the written routes', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /finish-time', 'POST /fee']);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261208)).toEqual([]);
  });

  it('refuse a distance or a pace that is none with 400, and give a half marathon at 5:30 as 1:56:02', async () => {
    for (const body of [
      { distance_km: 0, pace: '5:00' },
      { distance_km: -10, pace: '5:00' },
      { distance_km: 10, pace: '5:60' },
      { distance_km: 10, pace: '0:00' },
      { distance_km: 10, pace: 300 },
      { distance_km: '10', pace: '5:00' },
    ]) {
      const answer = await post('/finish-time', body);
      expect([body, answer.status, JSON.stringify(answer.body).includes('VALIDATION_FAILED')]).toEqual([
        body,
        400,
        true,
      ]);
    }
    expect(await post('/finish-time', { distance_km: 21.0975, pace: '5:30' })).toEqual({
      status: 200,
      body: expect.objectContaining({ finish_time: '1:56:02' }) as unknown,
    });
  });

  it('refuse minutes that are none with 400, and charge only the time after the free half hour', async () => {
    for (const body of [{ minutes: -5 }, { minutes: 0 }, { minutes: '90' }, {}]) {
      expect([body, (await post('/fee', body)).status]).toEqual([body, 400]);
    }
    expect(await post('/fee', { minutes: 30 })).toEqual({ status: 200, body: { fee: 0 } });
    expect((await post('/fee', { minutes: 31 })).body).toEqual({ fee: 2 });
    expect((await post('/fee', { minutes: 90 })).body).toEqual({ fee: 2 });
    expect((await post('/fee', { minutes: 600 })).body).toEqual({ fee: 10 });
  });
});
