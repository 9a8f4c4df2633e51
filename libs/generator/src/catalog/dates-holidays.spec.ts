import { seeded } from '../codegen/testing/seeded';
import { workingDaysReference } from './dates-holidays';
import { runCatalogFunction } from './testing/run-function';

/* Working days less listed holidays: the emitted code against spans read off a calendar and the reference. */

const count = (from: unknown, to: unknown, holidays: unknown, endInclusive = false) =>
  runCatalogFunction(
    'dates.business_days',
    { from, to, holidays },
    { end_inclusive: endInclusive, holidays: true },
  );

describe('dates.business_days with listed holidays (the emitted code)', () => {
  it.each([
    // [from, to, holidays, end left out, end counted]
    ['2024-12-23', '2024-12-31', ['2024-12-25', '2024-12-26'], 4, 5],
    ['2024-04-29', '2024-05-03', ['2024-05-01', '2024-05-04'], 3, 4], // Saturday 4 May changes nothing
    ['2024-04-22', '2024-04-26', ['2024-04-25', '2024-04-25'], 3, 4], // listed twice, counted once
    ['2024-04-22', '2024-04-26', ['2024-04-26'], 4, 4], // the end date: off only when it is counted
    ['2024-04-22', '2024-04-26', ['2024-04-22'], 3, 4], // the start date
    ['2024-04-29', '2024-05-03', ['2024-06-03'], 4, 5], // outside the span
    ['2024-04-29', '2024-05-03', [], 4, 5],
  ])('%s to %s less %j: %p (%p with the end counted)', (from, to, holidays, exclusive, inclusive) => {
    expect(count(from, to, holidays)).toEqual({ ok: true, value: { business_days: exclusive } });
    expect(count(from, to, holidays, true)).toEqual({ ok: true, value: { business_days: inclusive } });
  });

  it('counts no holidays when the request leaves them out (a required list is refused before it)', () => {
    for (const holidays of [undefined, null])
      expect([holidays, count('2024-04-29', '2024-05-03', holidays)]).toEqual([
        holidays,
        { ok: true, value: { business_days: 4 } },
      ]);
  });

  it('refuses a holiday list that is none, or holds a date that is not real', () => {
    for (const holidays of ['2024-05-01', {}, ['2024-02-30'], ['01.05.2024'], [20240501], [null]])
      expect([holidays, count('2024-04-29', '2024-05-03', holidays).ok]).toEqual([holidays, false]);
  });

  it('agrees with the reference on drawn spans and holidays (seeded)', () => {
    const random = seeded(20261207);
    const day = 86_400_000;
    const date = (n: number) => new Date(n * day).toISOString().slice(0, 10);
    for (let i = 0; i < 300; i += 1) {
      const start = 19000 + Math.floor(random() * 2000);
      const span = Math.floor(random() * 40);
      const holidays = Array.from({ length: Math.floor(random() * 6) }, () =>
        date(start - 3 + Math.floor(random() * (span + 6))),
      );
      const inclusive = random() < 0.5;
      const want = workingDaysReference(date(start), date(start + span), holidays, inclusive);
      expect([i, count(date(start), date(start + span), holidays, inclusive)]).toEqual([
        i,
        { ok: true, value: { business_days: want } },
      ]);
    }
  });
});
