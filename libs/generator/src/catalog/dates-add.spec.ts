import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

const add = (date: unknown, days: unknown) => runCatalogFunction('dates.add_days', { date, days }, {});

describe('dates.add_days (the emitted code)', () => {
  it.each([
    ['2026-02-25', 7, '2026-03-04'],
    ['2028-02-25', 7, '2028-03-03'],
    ['2026-12-28', 5, '2027-01-02'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2026-01-01', 365, '2027-01-01'],
    ['0050-12-31', 1, '0051-01-01'],
  ])('%s plus %p days is %s', (date, days, next) => {
    expect(add(date, days)).toEqual({ ok: true, value: { next_date: next } });
  });

  it('refuses dates that do not exist or are not YYYY-MM-DD, and intervals below 1 day or past 100 years', () => {
    for (const date of [
      '2026-02-30',
      '2023-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '01/03/2026',
      '',
      null,
    ])
      expect(add(date, 3).ok).toBe(false);
    for (const days of [0, -1, 1.5, 36501, Number.MAX_SAFE_INTEGER, Number.NaN, Infinity, '3', null])
      expect(add('2026-03-01', days).ok).toBe(false);
  });

  it('answers or refuses, never throws, whatever it is sent', () => {
    const dates = ['9999-12-31', '0000-01-01', '2026-02-28', 'x', 20260228, {}, []];
    const days = [1, 36500, 2 ** 53, -(2 ** 53), 0.1, true, undefined];
    for (const date of dates) for (const n of days) expect(() => add(date, n)).not.toThrow();
    expect(add('9999-12-31', 1).ok).toBe(false);
  });
});

describe('the later-date recogniser', () => {
  it('reads a refusal of impossible dates and empty intervals as the computation’s refusals, with the feature’s date', () => {
    const found = recogniseFeature(
      "an interval of 0 or fewer days, or a date that doesn't exist like 2026-02-30, is an error",
    );
    expect(found).toEqual({ constraint: expect.objectContaining({ function: 'dates.add_days' }) });
  });

  it.each([
    'POST /loans {"item": string, "start": date, "days": integer} records a loan; the due date is 14 days after start',
    'POST /plants with body {"name": string, "watered": "YYYY-MM-DD", "every_days": integer} returns 201 {"id": string}',
  ])('leaves a feature that writes its own route or shape to the literal reader: %s', (feature) => {
    expect(recogniseFeature(feature)).toBeNull();
  });
});
