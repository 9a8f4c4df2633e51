import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { asksDaylightSaving, asksOffsetForm, withClockChanges, withOffsetForm } from './timezones-dst';
import { convertedByReference } from './timezones-reference';
import { runCatalogFunction } from './testing/run-function';

/*
 * Daylight saving time and the ISO form with offset: the emitted code and the reference semantics against clock
 * changes worked out by hand from the tz rules (EU: last Sunday of March and October at 01:00 UTC; US: second
 * Sunday of March, first Sunday of November at 02:00 local), and the recogniser of the features that say so.
 */

const convert = (time: string, from: string, to: string, offsetForm = false) =>
  runCatalogFunction('timezone.convert', { time, from, to }, offsetForm ? { offsetForm: true } : {});

// [time, from, to, local time there, offset there]
const CHANGES: [string, string, string, string, string][] = [
  // Berlin starts summer time on 31 March 2024: CET (+01:00) the day before, CEST (+02:00) the day after.
  ['2024-03-30T12:00:00', 'UTC', 'Europe/Berlin', '2024-03-30T13:00:00', '+01:00'],
  ['2024-04-01T12:00:00', 'UTC', 'Europe/Berlin', '2024-04-01T14:00:00', '+02:00'],
  // New York ends daylight saving time on 3 November 2024: EDT (-04:00), then EST (-05:00).
  ['2024-11-02T12:00:00', 'UTC', 'America/New_York', '2024-11-02T08:00:00', '-04:00'],
  ['2024-11-04T12:00:00', 'UTC', 'America/New_York', '2024-11-04T07:00:00', '-05:00'],
  // 10–31 March 2024: New York already on EDT, Berlin still on CET, 5 hours apart instead of 6.
  ['2024-03-15T09:00:00', 'America/New_York', 'Europe/Berlin', '2024-03-15T14:00:00', '+01:00'],
  ['2024-04-15T09:00:00', 'America/New_York', 'Europe/Berlin', '2024-04-15T15:00:00', '+02:00'],
  // Sydney (southern summer) leaves daylight saving time on 7 April 2024: +11:00, then +10:00.
  ['2024-04-06T00:00:00', 'UTC', 'Australia/Sydney', '2024-04-06T11:00:00', '+11:00'],
  ['2024-04-08T00:00:00', 'UTC', 'Australia/Sydney', '2024-04-08T10:00:00', '+10:00'],
];

describe('timezone.convert across clock changes', () => {
  it.each(CHANGES)('%s in %s is %s in %s (%s), by the emitted code', (time, from, to, there, offset) => {
    expect(convert(time, from, to)).toEqual({ ok: true, value: { time: there, offset, zone: to } });
  });

  it.each(CHANGES)('%s in %s is %s in %s (%s), by the reference', (time, from, to, there, offset) => {
    expect(convertedByReference(time, from, to)).toEqual({ time: there, offset });
  });

  it('answers the ISO form with the offset when asked, and the same instant otherwise', () => {
    expect(convert('2024-07-04T09:00:00', 'America/New_York', 'Europe/Paris', true)).toEqual({
      ok: true,
      value: { time: '2024-07-04T15:00:00+02:00', offset: '+02:00', zone: 'Europe/Paris' },
    });
    expect(convert('2024-06-01T00:00:00', 'UTC', 'Asia/Kathmandu', true)).toMatchObject({
      ok: true,
      value: { time: '2024-06-01T05:45:00+05:45' },
    });
    expect(convert('2024-12-31T23:30:00', 'America/Los_Angeles', 'UTC', true)).toMatchObject({
      ok: true,
      value: { time: '2025-01-01T07:30:00+00:00' },
    });
    expect(convert('2024-03-31T02:30:00', 'Europe/Berlin', 'UTC', true).ok).toBe(false);
  });

  it('agrees with the reference on any local time and zones, never throwing (the offset form included)', () => {
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
    const time = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 19));
    fc.assert(
      fc.property(time, zones, zones, fc.boolean(), (t, from, to, form) => {
        const got = convert(t, from, to, form);
        const want = convertedByReference(t, from, to);
        if (want === null) return !got.ok;
        return (
          got.ok &&
          got.value.time === (form ? want.time + want.offset : want.time) &&
          got.value.offset === want.offset
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('features about daylight saving time or the ISO form with offset', () => {
  it.each([
    'summer time has to be handled properly',
    'daylight saving must be right',
    'DST must be right',
    'the weeks when Europe and the US switch their clocks on different days must come out right',
    'die Zeitumstellung muss stimmen',
    'el cambio de hora debe funcionar',
    "le changement d'heure doit être juste",
    "l'ora solare e l'ora legale",
    'o horário de verão',
  ])('reads %p as daylight saving time', (text) => {
    expect(asksDaylightSaving(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())).toBe(true);
  });

  it.each([
    'the shop has summer opening hours',
    'a clock that shows the time',
    'save the day of the week',
    'the meeting time is stored as text',
  ])('does not read %p as daylight saving time', (text) => {
    expect(asksDaylightSaving(text.toLowerCase())).toBe(false);
  });

  it('reads the ISO form only with an offset named', () => {
    expect(asksOffsetForm('times come out as iso 8601 with the utc offset')).toBe(true);
    expect(asksOffsetForm('dates are iso 8601 (yyyy-mm-dd)')).toBe(false);
  });

  it('leaves a feature about summer time alone to no computation (it only constrains a conversion)', () => {
    const found = recogniseFeature('summer time has to be handled properly');
    expect(
      found !== null && 'constraint' in found ? found.constraint.alone : 'not a constraint',
    ).toBeUndefined();
  });

  it('adds clock changes to a conversion whose source is fixed to UTC with its own field names', () => {
    const found = recogniseFeature('tell the local time in a time zone for a moment given in UTC');
    if (found === null || !('design' in found)) throw new Error('no design');
    const changed = withOffsetForm(withClockChanges(found.design));
    const zone = changed.inputs.find((i) => i.param === 'to')?.field.name ?? '';
    const berlin = changed.examples
      .filter((e) => e.input[zone] === 'Europe/Berlin')
      .map((e) => e.output.time);
    expect(berlin).toEqual(
      expect.arrayContaining(['2024-03-30T13:00:00+01:00', '2024-04-01T14:00:00+02:00']),
    );
    expect(changed.examples.every((e) => !('from' in e.input))).toBe(true);
  });
});
