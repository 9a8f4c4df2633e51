import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';
import { convertedByReference } from './timezones-reference';

/*
 * One meeting time shown in several zones: the emitted code against times known from the tz rules (EU summer time
 * from the last Sunday of March, US from the second Sunday of March, Mexico City without daylight saving since
 * 2022, India UTC+5:30 all year), against the reference semantics on any time and zones, and the recogniser of the
 * features asking for it (several zones in six languages; one zone's conversion, or "each zone's summer time", not).
 */

const many = (time: unknown, from: unknown, zones: unknown) =>
  runCatalogFunction('timezone.many', { time, from, zones }, {});

describe('timezone.many (the emitted code)', () => {
  it('shows 15:00 in New York on 10 March 2026 (EDT already, Europe not yet) in Berlin, Tokyo and UTC', () => {
    expect(many('2026-03-10T15:00', 'America/New_York', ['Europe/Berlin', 'Asia/Tokyo', 'UTC'])).toEqual({
      ok: true,
      value: {
        times: [
          { zone: 'Europe/Berlin', time: '2026-03-10T20:00:00', offset: '+01:00' },
          { zone: 'Asia/Tokyo', time: '2026-03-11T04:00:00', offset: '+09:00' },
          { zone: 'UTC', time: '2026-03-10T19:00:00', offset: '+00:00' },
        ],
      },
    });
  });

  it('shows 10:00 in Madrid in July in Mexico City (no summer time) and Kolkata, in the order sent', () => {
    expect(many('2026-07-15T10:00:00', 'Europe/Madrid', ['Asia/Kolkata', 'America/Mexico_City'])).toEqual({
      ok: true,
      value: {
        times: [
          { zone: 'Asia/Kolkata', time: '2026-07-15T13:30:00', offset: '+05:30' },
          { zone: 'America/Mexico_City', time: '2026-07-15T02:00:00', offset: '-06:00' },
        ],
      },
    });
  });

  it('refuses an unknown zone anywhere, an empty or missing list, a skipped or impossible time', () => {
    expect(many('2026-07-15T10:00', 'Europe/Madrid', ['UTC', 'Mars/Olympus_Mons']).ok).toBe(false);
    expect(many('2026-07-15T10:00', 'Atlantis/Lost', ['UTC']).ok).toBe(false);
    expect(many('2026-07-15T10:00', 'Europe/Madrid', []).ok).toBe(false);
    expect(many('2026-07-15T10:00', 'Europe/Madrid', 'UTC').ok).toBe(false);
    expect(many('2024-03-31T02:30', 'Europe/Berlin', ['UTC']).ok).toBe(false);
    expect(many('2024-02-30T10:00', 'UTC', ['Asia/Tokyo']).ok).toBe(false);
    expect(many('10:00', 'UTC', ['Asia/Tokyo']).ok).toBe(false);
  });

  it('agrees with the reference on any time and zones, and never throws', () => {
    const zone = fc.constantFrom(
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Pacific/Chatham',
    );
    const time = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 16));
    fc.assert(
      fc.property(time, zone, fc.array(zone, { minLength: 1, maxLength: 4 }), (t, from, zones) => {
        const got = many(t, from, zones);
        const want = zones.map((z) => convertedByReference(`${t}:00`, from, z));
        if (want.some((w) => w === null)) return !got.ok;
        const times = zones.map((z, i) => ({ zone: z, ...want[i]! }));
        return got.ok && JSON.stringify(got.value) === JSON.stringify({ times });
      }),
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (t, from, zones) => {
        const got = many(t, from, zones);
        if (!got.ok) expect(got.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the recogniser of one time in several zones', () => {
  const found = (text: string) => {
    const r = recogniseFeature(text);
    return r === null ? null : 'design' in r ? r.design.function : `constraint:${r.constraint.function}`;
  };

  it.each([
    'Show a meeting time in several time zones at once, given as IANA names',
    'Given a meeting time in one IANA time zone, show the local time in each of a list of other time zones',
    'POST /meeting with body {"time": "2026-03-10T15:00", "from": IANA zone, "zones": [IANA zone]}',
    'Eine Besprechungszeit gleichzeitig in mehreren Zeitzonen anzeigen',
    'Mostrar la hora de una reunión en varias zonas horarias a la vez',
    "Afficher l'heure d'une réunion dans plusieurs fuseaux horaires",
    "Mostrare l'orario di una riunione in più fusi orari",
    'Mostrar o horário de uma reunião em vários fusos horários',
  ])('designs several zones for %p', (text) => {
    expect(found(text)).toBe('timezone.many');
  });

  it.each([
    'Convert a meeting time from one IANA time zone to another',
    'respeta el horario de verano de cada zona según la fecha',
    'tell the UTC offset of an IANA time zone on a given date',
    'List all the supported units',
  ])('designs no several zones for %p', (text) => {
    expect(found(text)).not.toBe('timezone.many');
  });
});
