import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* Business days between two dates: the emitted code against spans read off a calendar, and its recogniser. */

const count = (from: unknown, to: unknown, endInclusive = false) =>
  runCatalogFunction('dates.business_days', { from, to }, { end_inclusive: endInclusive });

describe('dates.business_days (the emitted code)', () => {
  it.each([
    // [from, to, end left out, end counted]
    ['2022-08-01', '2022-09-01', 23, 24], // August 2022: Monday 1st to Thursday 1 September
    ['2022-11-04', '2022-11-07', 1, 2], // Friday to Monday
    ['2022-11-05', '2022-11-06', 0, 0], // Saturday to Sunday
    ['2022-12-30', '2023-01-03', 2, 3], // Friday 30 December to Tuesday 3 January
    ['2020-02-27', '2020-03-02', 2, 3], // Thursday over Saturday 29 February (a leap year) to Monday
    ['2000-01-03', '2001-01-01', 260, 261], // the whole leap year 2000 from its first Monday
    ['1899-12-29', '1900-01-01', 1, 2], // Friday to Monday; 1900 is no leap year
    ['2022-06-15', '2022-06-15', 0, 1], // the same Wednesday
  ])('%s to %s: %p business days (%p with the end counted)', (from, to, exclusive, inclusive) => {
    expect(count(from, to)).toEqual({ ok: true, value: { business_days: exclusive } });
    expect(count(from, to, true)).toEqual({ ok: true, value: { business_days: inclusive } });
  });

  it('refuses a start after the end and dates that are not real YYYY-MM-DD dates', () => {
    expect(count('2022-03-02', '2022-03-01')).toMatchObject({ ok: false });
    for (const bad of [
      '2022-02-29',
      '2022-13-01',
      '2022-00-10',
      '2022-4-01',
      '01.04.2022',
      '',
      20220401,
      null,
    ])
      expect([bad, count(bad, '2022-05-01').ok]).toEqual([bad, false]);
  });

  it('agrees with counting day by day, and never throws on junk', () => {
    const day = 86_400_000;
    const date = fc
      .integer({ min: -20000, max: 40000 })
      .map((d) => new Date(d * day).toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 60 }), (from, span) => {
        const start = Date.parse(from) / day;
        const to = new Date((start + span) * day).toISOString().slice(0, 10);
        let expected = 0;
        for (let d = start; d < start + span; d++)
          if (![0, 6].includes(new Date(d * day).getUTCDay())) expected++;
        expect(count(from, to)).toEqual({ ok: true, value: { business_days: expected } });
      }),
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (from, to) => {
        const result = count(from, to);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('the business-days recogniser', () => {
  const designOf = (text: string) => {
    const found = recogniseFeature(text);
    return found && 'design' in found ? found.design : null;
  };

  it.each([
    ['count the working days between two dates', false],
    ['how many business days lie between a start and an end date, both inclusive', true],
    ['Anzahl der Werktage zwischen zwei Daten', false],
    ['Contar los días hábiles entre dos fechas', false],
    ['Compter les jours ouvrés entre deux dates', false],
    ['Contar os dias úteis entre duas datas, incluindo o início e excluindo o fim', false],
  ])('reads %p (end counted: %p)', (text, endInclusive) => {
    expect(designOf(text)).toMatchObject({
      function: 'dates.business_days',
      options: { end_inclusive: endInclusive },
    });
  });

  it('leaves adding days and public holidays to other designs', () => {
    for (const text of [
      'add 10 business days to a date',
      'count the working days between two dates, skipping public holidays',
      'opening hours on weekdays',
    ])
      expect([text, recogniseFeature(text)]).toEqual([text, null]);
  });
});
