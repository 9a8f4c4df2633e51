import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';
import { seeded } from '../codegen/testing/seeded';
import { runCatalogFunction } from './testing/run-function';

/*
 * Parking fees on bad input. Served as generated: whatever JSON body arrives (fields missing, of another type,
 * date-times that do not exist, huge and negative numbers, prototype names), the service answers 200 or a 400
 * naming what is wrong, never a 500. And property-style on the emitted code: a drawn date-time text is answered
 * exactly when it is a real one, a longer stay never costs less, and no stay costs more than its days' caps.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /parking/fee with {"entry": "YYYY-MM-DDTHH:MM", "exit": "YYYY-MM-DDTHH:MM"} returns {"fee": number}: 2.50 per started hour, at most 20 per day',
  'POST /parking/minutes with {"minutes": number} returns {"fee": number}: 2 € for every hour or part of an hour, capped at 12 € a day; the stay is given in minutes',
];

const ODD: unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  '2024-02-30T10:00',
  '2024-05-01T24:00',
  '2024-05-01T10:00',
  '2024-05-01',
  '9999-12-31T23:59',
  '0000-01-01T00:00',
  '',
  null,
  true,
  [],
  {},
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'parking-svc', FEATURES);

const computations = () =>
  served.contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && e.behavior.function === 'parking.fee',
  );

describe('parking fees served on bad input', () => {
  it('are designed: one endpoint per feature', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /parking/fee',
      'POST /parking/minutes',
    ]);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261207)).toEqual([]);
  });

  it('refuse stays that are none with 400 VALIDATION_FAILED, and charge the ones that are', async () => {
    for (const [path, body] of [
      ['/parking/fee', { entry: '2024-05-01T10:00', exit: '2024-05-01T09:59' }],
      ['/parking/fee', { entry: '2024-02-30T10:00', exit: '2024-03-01T09:59' }],
      ['/parking/fee', { entry: '2024-05-01T10:00' }],
      ['/parking/minutes', { minutes: 0 }],
      ['/parking/minutes', { minutes: '90' }],
    ] as const) {
      const answer = await post(path, body);
      const stable = JSON.stringify(answer.body).includes('VALIDATION_FAILED');
      expect([path, answer.status, stable]).toEqual([path, 400, true]);
    }
    expect(
      (await post('/parking/fee', { entry: '2024-05-01T08:00', exit: '2024-05-02T09:30' })).body,
    ).toEqual({
      fee: 25,
    });
    expect((await post('/parking/minutes', { minutes: 1500 })).body).toEqual({ fee: 14 });
  });
});

describe('parking.fee on drawn input (property)', () => {
  const random = seeded(2024);
  const digits = (n: number) => String(Math.floor(random() * 10 ** n)).padStart(n, '0');
  const options = { input: 'stay', rate: 2.5, cap: 20 };
  /** A real date-time by its own count of month lengths, independent of the code under test. */
  const real = (text: string) => {
    const [y, m, d, h, min] = text.split(/[-T:]/).map(Number);
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return m >= 1 && m <= 12 && d >= 1 && d <= lengths[m - 1] && h < 24 && min < 60;
  };

  it('answers a drawn entry exactly when it is a real date-time before the exit', () => {
    for (let i = 0; i < 400; i += 1) {
      const entry = `2024-${digits(2)}-${digits(2)}T${digits(2)}:${digits(2)}`;
      const got = runCatalogFunction('parking.fee', { entry, exit: '2025-01-01T00:00' }, options);
      expect([entry, got.ok]).toEqual([entry, real(entry)]);
    }
  });

  it('never charges a longer stay less, nor more than the caps of the days begun', () => {
    let last = 0;
    for (let minutes = 1; minutes <= 4000; minutes += 7) {
      const got = runCatalogFunction('parking.fee', { minutes }, { ...options, input: 'minutes' });
      if (!got.ok) throw new Error(`refused ${minutes} minutes`);
      const value = Number(got.value.fee);
      expect(value).toBeGreaterThanOrEqual(last);
      expect(value).toBeLessThanOrEqual(Math.ceil(minutes / 1440) * 20);
      last = value;
    }
  });
});
