import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';
import { instantOf, offsetMinutes, offsetWritten } from './timezones-reference';

/*
 * A zone's UTC offset on a date: the emitted code against offsets known from the tz rules (EU: summer time from the
 * last Sunday of March to the last Sunday of October; US: second Sunday of March to first Sunday of November;
 * Sydney: first Sunday of October to first Sunday of April; India and Nepal without daylight saving), against the
 * reference semantics (Intl's own offset names) on any date, and the recogniser of the features asking for it.
 */

const offset = (zone: unknown, date: unknown) => runCatalogFunction('timezone.offset', { zone, date }, {});

describe('timezone.offset (the emitted code)', () => {
  it.each([
    ['Europe/Berlin', '2025-07-01', '+02:00', 120, true],
    ['Europe/Berlin', '2025-01-15', '+01:00', 60, false],
    // The EU changed on 30 March 2025: the day before is still winter time, the day itself summer time at noon.
    ['Europe/Berlin', '2025-03-29', '+01:00', 60, false],
    ['Europe/Berlin', '2025-03-30', '+02:00', 120, true],
    ['America/New_York', '2025-03-08', '-05:00', -300, false],
    ['America/New_York', '2025-03-09', '-04:00', -240, true],
    ['America/New_York', '2025-11-03', '-05:00', -300, false],
    ['Australia/Sydney', '2025-01-15', '+11:00', 660, true],
    ['Australia/Sydney', '2025-07-15', '+10:00', 600, false],
    ['Asia/Kolkata', '2025-01-15', '+05:30', 330, false],
    ['Asia/Kathmandu', '2025-06-01', '+05:45', 345, false],
    ['America/Sao_Paulo', '2025-01-15', '-03:00', -180, false],
    ['UTC', '2025-06-01', '+00:00', 0, false],
  ])('%s on %s is %s', (zone, date, text, minutes, dst) => {
    expect(offset(zone, date)).toEqual({
      ok: true,
      value: { offset: text, offset_minutes: minutes, dst, zone },
    });
  });

  it('reads a local time given with the date: the offset at that hour of a change day', () => {
    // 30 March 2025 in Berlin: 01:30 is still CET, 03:30 already CEST; 02:30 never happens.
    expect(offset('Europe/Berlin', '2025-03-30T01:30')).toMatchObject({
      ok: true,
      value: { offset: '+01:00' },
    });
    expect(offset('Europe/Berlin', '2025-03-30T03:30')).toMatchObject({
      ok: true,
      value: { offset: '+02:00' },
    });
    expect(offset('Europe/Berlin', '2025-03-30T02:30').ok).toBe(false);
  });

  it('reads an instant written with its own offset: the offset of the zone at that instant', () => {
    // 2025-03-30T00:59:59Z is 01:59:59 CET in Berlin; a second later the clocks jump to 03:00 CEST.
    expect(offset('Europe/Berlin', '2025-03-30T00:59:59Z')).toMatchObject({
      ok: true,
      value: { offset_minutes: 60 },
    });
    expect(offset('Europe/Berlin', '2025-03-30T01:00:00Z')).toMatchObject({
      ok: true,
      value: { offset_minutes: 120 },
    });
    expect(offset('Asia/Kathmandu', '2024-07-01T00:00:00Z')).toMatchObject({
      ok: true,
      value: { offset: '+05:45' },
    });
    // 2025-01-15T12:00:00+01:00 is 11:00 UTC: winter time in New York.
    expect(offset('America/New_York', '2025-01-15T12:00:00+01:00')).toMatchObject({
      ok: true,
      value: { offset_minutes: -300, dst: false },
    });
    expect(offset('Europe/Berlin', '2025-13-01T00:00:00Z').ok).toBe(false);
  });

  it('refuses unknown zones, dates that do not exist and malformed or missing values', () => {
    for (const [zone, date, why] of [
      ['Mars/Olympus', '2025-01-15', 'time zone'],
      ['', '2025-01-15', 'time zone'],
      ['__proto__', '2025-01-15', 'time zone'],
      [undefined, '2025-01-15', 'time zone'],
      ['Europe/Berlin', '2025-02-29', 'exists'],
      ['Europe/Berlin', '2025-13-01', 'exists'],
      ['Europe/Berlin', '15/01/2025', 'YYYY-MM-DD'],
      ['Europe/Berlin', undefined, 'YYYY-MM-DD'],
      ['Europe/Berlin', 20250115, 'YYYY-MM-DD'],
    ]) {
      const result = offset(zone, date);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toContain(why);
    }
  });

  it('agrees with the reference on any date and zone, and answers or refuses anything without throwing', () => {
    const zones = fc.constantFrom(
      'UTC',
      'Europe/Berlin',
      'Europe/London',
      'America/New_York',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Pacific/Chatham',
    );
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, zones, (date, zone) => {
        const got = offset(zone, date);
        const instant = instantOf(`${date}T12:00:00`, zone);
        if (instant === null) return !got.ok;
        const minutes = offsetMinutes(instant, zone);
        return got.ok && got.value.offset === offsetWritten(minutes) && got.value.offset_minutes === minutes;
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant('Europe/Berlin')), fc.anything(), (zone, date) => {
        const got = offset(zone, date);
        if (!got.ok) expect(got.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the recogniser of a zone offset on a date', () => {
  const found = (text: string) => {
    const r = recogniseFeature(text);
    return r === null ? null : 'design' in r ? r.design.function : `constraint:${r.constraint.function}`;
  };

  it.each([
    "also tell a zone's UTC offset for a given date",
    'GET /offset?tz=<IANA zone>&day=YYYY-MM-DD returns that zone offset from UTC',
    'Für eine Zeitzone und ein Datum den Abstand zu UTC zurückgeben',
    'Devolver el desfase horario de una zona IANA en una fecha dada',
    "Donner le décalage horaire d'un fuseau horaire à une date",
    'Restituire lo scostamento da UTC di un fuso orario in una data',
  ])('designs the offset for %p', (text) => {
    expect(found(text)).toBe('timezone.offset');
  });

  it.each([
    'convert a meeting time from one zone to another and show the offset',
    'times come out as ISO 8601 with the UTC offset of the target zone',
    'List every time zone with its current offset',
    'an unknown zone or an impossible date is refused with 400',
  ])('designs no offset for %p', (text) => {
    expect(found(text)).not.toBe('timezone.offset');
  });
});
