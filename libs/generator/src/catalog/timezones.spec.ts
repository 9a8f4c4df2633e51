import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* The time-zone family: the emitted code against conversions known from the tz rules, and its recogniser. */

const convert = (time: unknown, from: unknown, to: unknown) =>
  runCatalogFunction('timezone.convert', { time, from, to }, {});

describe('timezone.convert (the emitted code)', () => {
  it('reads a moment in UTC, Z or not, with the source zone fixed by the option', () => {
    const utc = (time: string, to: string) =>
      runCatalogFunction('timezone.convert', { time, to }, { from: 'UTC' });
    expect(utc('2026-07-01T12:00:00Z', 'Europe/Berlin')).toEqual({
      ok: true,
      value: { time: '2026-07-01T14:00:00', offset: '+02:00', zone: 'Europe/Berlin' },
    });
    expect(utc('2026-01-15T23:30:00', 'Asia/Tokyo')).toMatchObject({
      ok: true,
      value: { time: '2026-01-16T08:30:00' },
    });
    expect(utc('2026-01-15T12:00:00Z', 'Mars/Olympus_Mons').ok).toBe(false);
  });

  it.each([
    // Summer and winter time on both sides of the Atlantic.
    ['2024-07-15T12:00', 'UTC', 'Europe/Berlin', '2024-07-15T14:00:00', '+02:00'],
    ['2024-01-15T12:00:00', 'UTC', 'Europe/Berlin', '2024-01-15T13:00:00', '+01:00'],
    ['2024-01-15T09:00:00', 'America/New_York', 'UTC', '2024-01-15T14:00:00', '+00:00'],
    ['2024-07-15T09:00:00', 'America/New_York', 'UTC', '2024-07-15T13:00:00', '+00:00'],
    // Zones without daylight saving, half and quarter hours, and the date line.
    ['2024-03-10T12:00:00', 'Asia/Tokyo', 'UTC', '2024-03-10T03:00:00', '+00:00'],
    ['2024-06-01T00:00:00', 'UTC', 'Asia/Kathmandu', '2024-06-01T05:45:00', '+05:45'],
    ['2024-01-01T10:00:00', 'Australia/Sydney', 'UTC', '2023-12-31T23:00:00', '+00:00'],
    ['2024-06-15T08:00:00', 'Europe/London', 'America/Sao_Paulo', '2024-06-15T04:00:00', '-03:00'],
    ['2024-06-15T23:00:00', 'Pacific/Honolulu', 'Pacific/Auckland', '2024-06-16T21:00:00', '+12:00'],
    // A space instead of T, and Z for UTC.
    ['2024-02-29 18:30', 'Europe/Madrid', 'Asia/Kolkata', '2024-02-29T23:00:00', '+05:30'],
    ['2024-11-05T16:00Z', 'UTC', 'America/Chicago', '2024-11-05T10:00:00', '-06:00'],
  ])('%s in %s is %s in %s', (time, from, to, expected, offset) => {
    expect(convert(time, from, to)).toEqual({ ok: true, value: { time: expected, offset, zone: to } });
  });

  it('answers to the minute with option minutes, the offset form included', () => {
    const minutes = (offsetForm: boolean) =>
      runCatalogFunction(
        'timezone.convert',
        { time: '2024-07-04T09:00', from: 'America/New_York', to: 'Europe/Paris' },
        { minutes: true, offsetForm },
      );
    expect(minutes(false)).toMatchObject({ ok: true, value: { time: '2024-07-04T15:00', offset: '+02:00' } });
    expect(minutes(true)).toMatchObject({ ok: true, value: { time: '2024-07-04T15:00+02:00' } });
  });

  it('reads a local time the clocks pass twice as its earlier instant', () => {
    // 2024-11-03 01:30 happens twice in New York: first on EDT (05:30 UTC), then on EST (06:30 UTC).
    expect(convert('2024-11-03T01:30', 'America/New_York', 'UTC')).toMatchObject({
      ok: true,
      value: { time: '2024-11-03T05:30:00' },
    });
  });

  it('refuses unknown zones, malformed or impossible times and times the clocks skip', () => {
    for (const [time, from, to, why] of [
      ['2024-07-04T09:00', 'Mars/Olympus', 'UTC', 'time zone'],
      ['2024-07-04T09:00', 'UTC', 'Europe/Atlantis', 'time zone'],
      ['2024-07-04T09:00', 'UTC', '', 'time zone'],
      ['2024-07-04T09:00', '__proto__', 'UTC', 'time zone'],
      ['04/07/2024 09:00', 'UTC', 'Asia/Tokyo', 'YYYY-MM-DD'],
      ['2024-02-30T10:00', 'UTC', 'Asia/Tokyo', 'exists'],
      ['2024-07-04T24:00', 'UTC', 'Asia/Tokyo', 'exists'],
      ['2024-03-31T02:30', 'Europe/Berlin', 'UTC', 'skip'],
      ['2024-03-10T02:15', 'America/New_York', 'UTC', 'skip'],
      ['2024-07-04T09:00Z', 'Europe/Berlin', 'UTC', 'UTC'],
    ]) {
      const result = convert(time, from, to);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toContain(why);
    }
    expect(convert(42, 'UTC', 'UTC').ok).toBe(false);
  });

  it('answers or refuses any input, never throwing', () => {
    const zone = fc.oneof(
      fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'),
      fc.string(),
    );
    const time = fc.oneof(
      fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 16)),
      fc.string(),
    );
    fc.assert(
      fc.property(time, zone, zone, (t, from, to) => {
        const result = convert(t, from, to);
        if (result.ok) expect(result.value.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the time-zone recogniser', () => {
  const found = (text: string) => {
    const r = recogniseFeature(text);
    return r === null ? null : 'design' in r ? r.design.function : `constraint:${r.constraint.function}`;
  };

  it.each([
    'Convert a meeting time from one time zone to another',
    'Given a date-time and two IANA time zones, translate the wall-clock time between them',
    'Eine Uhrzeit von einer Zeitzone in eine andere umrechnen',
    'Convertir una hora de una zona horaria a otra',
    "Convertir l'heure d'un fuseau horaire à un autre",
    'Convertire un orario da un fuso orario a un altro',
    'Show what 9:00 in Europe/Berlin is in America/New_York and Asia/Tokyo',
  ])('designs a conversion for %p', (text) => {
    expect(found(text)).toBe('timezone.convert');
  });

  it.each([
    'give it a moment in UTC and a time zone name, and it tells the local time there',
    'Für einen Zeitpunkt in UTC die Ortszeit in einer Zeitzone wie Europe/Berlin angeben',
    'Dada una hora en UTC y una zona horaria, devolver la hora local',
  ])('designs the conversion from UTC, asking only for the zone, for %p', (text) => {
    const r = recogniseFeature(text);
    expect(r !== null && 'design' in r && r.design.options).toEqual({ from: 'UTC' });
    expect(r !== null && 'design' in r && r.design.inputs.map((i) => i.field.name)).toEqual(['time', 'zone']);
  });

  it('keeps asking for both zones when the feature converts between two', () => {
    for (const text of [
      'Convert a time from UTC to another time zone',
      // UTC as the target, not the moment's zone: the same reading the gate's fixed-source check has.
      'Convert a local time in the Europe/Berlin time zone to UTC',
      'Convert a meeting time between two time zones, e.g. UTC and Asia/Tokyo',
    ]) {
      const r = recogniseFeature(text);
      expect(r !== null && 'design' in r && r.design.inputs.map((i) => i.field.name)).toEqual([
        'time',
        'from',
        'to',
      ]);
    }
  });

  it('takes a refusal of unknown zones as a constraint on the conversion', () => {
    expect(found('Unknown time zones are rejected with 400')).toBe('constraint:timezone.convert');
  });

  it('leaves alone what is not a conversion between zones', () => {
    expect(found('List every time zone with its current offset')).toBeNull();
    expect(found('Store the time zone of each user profile')).toBeNull();
  });
});
