import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';
import { seeded } from '../codegen/testing/seeded';
import { runCatalogFunction } from './testing/run-function';

/*
 * Calendar facts on bad input. Served as generated: whatever JSON body arrives (fields missing, of another type,
 * dates that do not exist, weeks 0 and 54, years out of range, prototype names, huge numbers), the service
 * answers 200 or a 400 naming what is wrong, never a 500. And property-style on the emitted code: every
 * YYYY-MM-DD text drawn from a seeded generator is answered exactly when it is a real date, every year and week
 * exactly when that week exists, never thrown on.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'Tell whether a year is a leap year and how many days it has; years before 1583 are refused',
  'Return the ISO 8601 week number of a date',
  'Given a year and an ISO week number, return the Monday and the Sunday of that week',
  'Which day of the week was a given date?',
  'count the days between two dates',
];

const ODD: unknown[] = [
  0,
  -1,
  1.5,
  53,
  54,
  1582,
  2021,
  10000,
  1e308,
  Number.MAX_SAFE_INTEGER,
  '2026-02-30',
  '2023-02-29',
  '2026-13-01',
  '2021-01-03',
  '03.01.2021',
  '9999-12-31',
  '0000-01-01',
  '',
  null,
  true,
  [],
  {},
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'calendar-svc', FEATURES);

const computations = () =>
  served.contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && e.behavior.function.startsWith('calendar.'),
  );

describe('calendar facts served on bad input', () => {
  it('are designed: one endpoint per kind', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /calendar/leap-year',
      'POST /calendar/iso-week',
      'POST /calendar/week-dates',
      'POST /calendar/weekday',
      'POST /calendar/days-between',
    ]);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261206)).toEqual([]);
  });

  it('refuse what no calendar has with 400 VALIDATION_FAILED, and answer what it has', async () => {
    for (const [path, body] of [
      ['/calendar/leap-year', { year: 1582 }],
      ['/calendar/leap-year', { year: 2024.5 }],
      ['/calendar/iso-week', { date: '2026-02-30' }],
      ['/calendar/week-dates', { year: 2021, week: 53 }],
      ['/calendar/week-dates', { year: 2026, week: 0 }],
      ['/calendar/week-dates', { year: 2026, week: 54 }],
      ['/calendar/weekday', { date: '20-12-2026' }],
      ['/calendar/days-between', { from: '2026-13-01', to: '2026-12-01' }],
    ] as const) {
      const answer = await post(path, body);
      const stable = JSON.stringify(answer.body).includes('VALIDATION_FAILED');
      expect([path, answer.status, stable]).toEqual([path, 400, true]);
    }
    expect((await post('/calendar/leap-year', { year: 1900 })).body).toMatchObject({ leap_year: false });
    expect((await post('/calendar/week-dates', { year: 2020, week: 53 })).body).toMatchObject({
      monday: '2020-12-28',
      sunday: '2021-01-03',
    });
  });
});

describe('calendar functions on drawn input (property)', () => {
  const random = seeded(1583);
  const digits = (n: number) => String(Math.floor(random() * 10 ** n)).padStart(n, '0');
  const drawn = Array.from({ length: 400 }, () => `${digits(4)}-${digits(2)}-${digits(2)}`);
  /** A real date by its own count of month lengths, independent of the code under test. */
  const real = (text: string) => {
    const [y, m, d] = text.split('-').map(Number);
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return m >= 1 && m <= 12 && d >= 1 && d <= lengths[m - 1];
  };

  it('answer a drawn YYYY-MM-DD exactly when it is a real date, with a week 1 to 53 and a weekday 1 to 7', () => {
    for (const date of drawn) {
      const week = runCatalogFunction('calendar.iso_week', { date }, {});
      const day = runCatalogFunction('calendar.weekday', { date }, {});
      expect([date, week.ok, day.ok]).toEqual([date, real(date), real(date)]);
      if (week.ok) expect(week.value.week).toBeGreaterThanOrEqual(1);
      if (week.ok) expect(week.value.week).toBeLessThanOrEqual(53);
      if (day.ok) expect([1, 2, 3, 4, 5, 6, 7]).toContain(day.value.weekday_number);
    }
  });

  it('answer the days between two drawn dates as the negative of the days back, and never throw', () => {
    for (let i = 0; i + 1 < drawn.length; i += 2) {
      const there = runCatalogFunction('calendar.days_between', { from: drawn[i], to: drawn[i + 1] }, {});
      const back = runCatalogFunction('calendar.days_between', { from: drawn[i + 1], to: drawn[i] }, {});
      expect(there.ok).toBe(real(drawn[i]) && real(drawn[i + 1]));
      if (there.ok && back.ok) expect(Number(there.value.days)).toBe(-Number(back.value.days));
    }
  });

  it('answer a drawn year and week exactly when the week exists, its Monday in that ISO week', () => {
    for (let i = 0; i < 300; i += 1) {
      const year = Math.floor(random() * 10001);
      const week = Math.floor(random() * 56) - 1;
      const dates = runCatalogFunction('calendar.week_dates', { year, week }, {});
      if (!dates.ok) {
        expect(week < 1 || week > 52 || year < 1 || year > 9998).toBe(true);
        continue;
      }
      const back = runCatalogFunction('calendar.iso_week', { date: dates.value.monday }, {});
      expect(back).toEqual({ ok: true, value: { week, week_year: year } });
    }
  });
});
