import { recogniseFeature } from './catalog';
import { yearBounds } from './dates-calendar';
import { runCatalogFunction } from './testing/run-function';

/*
 * The emitted calendar functions against facts read off real calendars (not computed): 1900 and 2100 are no leap
 * years, 1600, 2000 and 2024 are; 2020-12-31 was a Thursday in ISO week 53 of 2020, 2021-01-03 a Sunday in week
 * 53 of 2020, 2024-12-30 a Monday in week 1 of 2025, 2000-01-01 a Saturday in week 52 of 1999, 2008-12-29 a
 * Monday in week 1 of 2009, 2026-12-06 a Sunday in week 49; 1969-07-20 (the moon landing) a Sunday, 1900-01-01 a
 * Monday, 2001-09-11 a Tuesday, 1582-10-15 (the first Gregorian day) a Friday; 2020, 2015 and 2026 have a week 53,
 * 2021 and 2025 do not.
 */

const run = (
  fn: string,
  input: Record<string, unknown>,
  options: Record<string, string | number | boolean> = {},
) => runCatalogFunction(fn, input, options);

describe('calendar.leap_year (the emitted code)', () => {
  it.each([
    [1900, false, 365],
    [2000, true, 366],
    [2024, true, 366],
    [2023, false, 365],
    [2100, false, 365],
    [1600, true, 366],
    [4, true, 366],
  ])('%p: leap %p, %p days', (year, leap, days) => {
    expect(run('calendar.leap_year', { year })).toEqual({
      ok: true,
      value: { leap_year: leap, days_in_year: days },
    });
  });

  it('refuses years outside the stated range and years that are no whole numbers', () => {
    const bounded = { min_year: 1583, max_year: 9999 };
    expect(run('calendar.leap_year', { year: 1582 }, bounded).ok).toBe(false);
    expect(run('calendar.leap_year', { year: 1583 }, bounded)).toEqual({
      ok: true,
      value: { leap_year: false, days_in_year: 365 },
    });
    for (const year of [0, -4, 10000, 2024.5, '2024', null, Number.NaN, Infinity])
      expect(run('calendar.leap_year', { year }).ok).toBe(false);
  });
});

describe('calendar.iso_week (the emitted code)', () => {
  it.each([
    ['2020-12-31', 53, 2020],
    ['2021-01-03', 53, 2020],
    ['2021-01-04', 1, 2021],
    ['2024-12-30', 1, 2025],
    ['2000-01-01', 52, 1999],
    ['2008-12-29', 1, 2009],
    ['2026-12-06', 49, 2026],
    ['2026-01-01', 1, 2026],
    ['2015-12-31', 53, 2015],
  ])('%s is in week %p of %p', (date, week, weekYear) => {
    expect(run('calendar.iso_week', { date })).toEqual({ ok: true, value: { week, week_year: weekYear } });
  });

  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    for (const date of [
      '2026-02-30',
      '2023-02-29',
      '2026-13-01',
      '2026-00-01',
      '03.01.2021',
      '2021-1-3',
      '',
      null,
      20210103,
    ])
      expect(run('calendar.iso_week', { date }).ok).toBe(false);
  });
});

describe('calendar.week_dates (the emitted code)', () => {
  it.each([
    [2020, 53, '2020-12-28', '2021-01-03'],
    [2021, 1, '2021-01-04', '2021-01-10'],
    [2025, 1, '2024-12-30', '2025-01-05'],
    [2026, 53, '2026-12-28', '2027-01-03'],
    [2015, 53, '2015-12-28', '2016-01-03'],
    [2026, 49, '2026-11-30', '2026-12-06'],
  ])('week %p-W%p runs from %s to %s', (year, week, monday, sunday) => {
    expect(run('calendar.week_dates', { year, week })).toEqual({ ok: true, value: { monday, sunday } });
  });

  it('refuses week 0, week 54, week 53 of a year with 52 weeks, and years outside 1 to 9999', () => {
    for (const [year, week] of [
      [2021, 53],
      [2025, 53],
      [2026, 0],
      [2026, 54],
      [2026, 1.5],
      [0, 1],
      [10000, 1],
      ['2026', 1],
      [2026, '1'],
    ])
      expect(run('calendar.week_dates', { year, week }).ok).toBe(false);
  });
});

describe('calendar.weekday (the emitted code)', () => {
  it.each([
    ['1969-07-20', 'Sunday', 7],
    ['1900-01-01', 'Monday', 1],
    ['2001-09-11', 'Tuesday', 2],
    ['2020-12-31', 'Thursday', 4],
    ['2000-01-01', 'Saturday', 6],
    ['1582-10-15', 'Friday', 5],
  ])('%s was a %s', (date, name, number) => {
    expect(run('calendar.weekday', { date })).toEqual({
      ok: true,
      value: { weekday: name, weekday_number: number },
    });
  });

  it.each([
    ['de', 'Samstag'],
    ['es', 'sábado'],
    ['fr', 'samedi'],
    ['it', 'sabato'],
    ['pt', 'sábado'],
  ])('names 2000-01-01 in %s: %s', (language, name) => {
    expect(run('calendar.weekday', { date: '2000-01-01' }, { language })).toMatchObject({
      value: { weekday: name },
    });
  });

  it('refuses dates that do not exist', () => {
    expect(run('calendar.weekday', { date: '1900-02-29' }).ok).toBe(false);
  });
});

describe('calendar.days_between (the emitted code)', () => {
  it.each([
    ['2024-01-01', '2024-12-31', {}, 365],
    ['2023-01-01', '2024-01-01', {}, 365],
    ['2024-01-01', '2025-01-01', {}, 366],
    ['2024-03-01', '2024-02-28', {}, -2],
    ['2024-03-01', '2024-02-28', { absolute: true }, 2],
    ['2024-01-01', '2024-01-31', { inclusive: true }, 31],
    ['2024-01-31', '2024-01-01', { inclusive: true }, -31],
    ['2025-06-15', '2025-06-15', { inclusive: true }, 1],
    ['1999-12-31', '2000-03-01', {}, 61],
  ])('from %s to %s (%j) is %p days', (from, to, options, days) => {
    expect(run('calendar.days_between', { from, to }, options)).toEqual({ ok: true, value: { days } });
  });

  it('refuses a date that does not exist or is not YYYY-MM-DD on either side', () => {
    expect(run('calendar.days_between', { from: '2026-02-30', to: '2026-03-01' }).ok).toBe(false);
    expect(run('calendar.days_between', { from: '2026-03-01', to: '1/3/2026' }).ok).toBe(false);
  });
});

describe('the calendar recogniser', () => {
  const fn = (text: string) => {
    const found = recogniseFeature(text);
    return found && 'design' in found
      ? found.design.function
      : found
        ? `constraint ${found.constraint.function}`
        : null;
  };

  it('reads the years a feature bounds a leap year check to', () => {
    expect(yearBounds('years before 1583 were not Gregorian yet, refuse them')).toEqual({ min: 1583 });
    expect(yearBounds('nur für Jahre ab 1583')).toEqual({ min: 1583 });
    expect(yearBounds('für die Jahre 1583 bis 4000')).toEqual({ min: 1583, max: 4000 });
    expect(yearBounds('solo años hasta 3000')).toEqual({ max: 3000 });
  });

  it('reads a bound on the years of the Gregorian calendar as a rule of the leap year check', () => {
    expect(
      fn('Jahre vor 1583 gab es im gregorianischen Kalender noch nicht; solche Jahre werden abgelehnt'),
    ).toBe('constraint calendar.leap_year');
  });

  it.each([
    'the number of weeks between two dates',
    'how many weeks until a given date',
    'the leap seconds inserted since 1972',
    'the number of working days between two dates',
    'the weekday of the next public holiday',
    'the days left until a date, counted from today',
    'the week of the month a date falls in',
  ])('leaves %p to other families or none', (text) => {
    expect(fn(text) ?? '').not.toMatch(/^calendar\./);
  });
});
