import { runCatalogFunction } from './testing/run-function';
import { parkingReference, readParking } from './parking-fee';
import { featureWords } from './feature-words';
import { seeded } from '../codegen/testing/seeded';

/* Parking fees by the started hour with a daily cap: the emitted code against fees worked by hand, the reference,
 * and the reader's rate, cap and input. */

const fee = (input: Record<string, unknown>, options: Record<string, string | number | boolean>) =>
  runCatalogFunction('parking.fee', input, options);

const STAY = { input: 'stay', rate: 2.5, cap: 20 };
const MINUTES = { input: 'minutes', rate: 2, cap: 12 };

describe('parking.fee (the emitted code)', () => {
  it.each([
    // [entry, exit, fee] at 2.50 per started hour, at most 20 per 24 hours
    ['2024-05-01T08:00', '2024-05-01T10:15', 7.5], // 3 hours begun
    ['2024-05-01T08:00', '2024-05-01T10:00', 5], // exactly 2 hours
    ['2024-05-01T08:00', '2024-05-01T10:01', 7.5], // one minute into the third hour
    ['2024-05-01T08:00', '2024-05-01T08:01', 2.5], // one minute
    ['2024-05-01T07:00', '2024-05-01T19:00', 20], // 30 capped at 20
    ['2024-05-01T08:00', '2024-05-02T08:00', 20], // one whole day
    ['2024-05-01T08:00', '2024-05-02T09:30', 25], // a day and 2 hours begun
    ['2024-02-28T22:00', '2024-03-01T01:00', 27.5], // over 29 February 2024: a day and 3 hours
    ['2024-05-01 08:00', '2024-05-01 09:00:30', 5], // a space for the T, seconds into the second hour
  ])('%s to %s costs %p', (entry, exit, want) => {
    expect(fee({ entry, exit }, STAY)).toEqual({ ok: true, value: { fee: want } });
  });

  it.each([
    [61, 4],
    [60, 2],
    [600, 12],
    [1440, 12],
    [1500, 14],
    [0.5, 2],
  ])('%p minutes at 2 per started hour, at most 12 a day, cost %p', (minutes, want) => {
    expect(fee({ minutes }, MINUTES)).toEqual({ ok: true, value: { fee: want } });
  });

  it('charges every hour begun without a cap when none is written, and rounds to cents', () => {
    expect(fee({ minutes: 3000 }, { input: 'minutes', rate: 1.2 })).toEqual({ ok: true, value: { fee: 60 } });
    expect(fee({ minutes: 150 }, { input: 'minutes', rate: 1.2, cap: 9 })).toEqual({
      ok: true,
      value: { fee: 3.6 },
    });
  });

  it('refuses an exit at or before the entry, date-times that do not exist, and no positive minutes', () => {
    for (const [entry, exit] of [
      ['2024-05-01T10:00', '2024-05-01T09:00'],
      ['2024-05-01T10:00', '2024-05-01T10:00'],
      ['2023-02-29T10:00', '2023-03-01T10:00'],
      ['2024-05-01T24:00', '2024-05-02T10:00'],
      ['2024-05-01', '2024-05-02'],
      ['01.05.2024 10:00', '2024-05-02T10:00'],
      [null, '2024-05-02T10:00'],
    ])
      expect([entry, exit, fee({ entry, exit }, STAY).ok]).toEqual([entry, exit, false]);
    for (const minutes of [0, -30, '90', null, Number.NaN, Infinity])
      expect([minutes, fee({ minutes }, MINUTES).ok]).toEqual([minutes, false]);
  });

  it('agrees with the reference on drawn stays (seeded)', () => {
    const random = seeded(20261207);
    for (let i = 0; i < 300; i += 1) {
      const minutes = 1 + Math.floor(random() * 6000);
      const cap = random() < 0.3 ? null : 5 + Math.floor(random() * 40);
      const rate = Math.round(random() * 500) / 100 + 0.5;
      const got = fee({ minutes }, { input: 'minutes', rate, ...(cap === null ? {} : { cap }) });
      expect([minutes, got]).toEqual([
        minutes,
        { ok: true, value: { fee: parkingReference(minutes * 60, { rate, cap }) } },
      ]);
    }
  });
});

describe('readParking', () => {
  const read = (text: string) => readParking(text, featureWords(text));

  it('reads the rate beside the begun hour, the daily cap and how the stay comes', () => {
    expect(read('Parking: €2.50 per started hour, at most €20 per day, from entry and exit times')).toEqual({
      input: 'stay',
      rate: 2.5,
      cap: 20,
    });
    expect(
      read('Parkgebühr: je angefangene Stunde 1,50 €, höchstens 10 € pro Tag; Parkdauer in Minuten'),
    ).toEqual({
      input: 'minutes',
      rate: 1.5,
      cap: 10,
    });
    expect(read('parcheggio: 2 euro per ogni ora o frazione, durata della sosta in minuti')).toEqual({
      input: 'minutes',
      rate: 2,
      cap: null,
    });
  });

  it('takes free first minutes off the stay', () => {
    expect(read('parking: 2 € per started hour, the first 30 minutes free; stay in minutes')).toEqual({
      input: 'minutes',
      rate: 2,
      cap: null,
      free: 30,
    });
  });

  it('leaves alone prorated hours, varying tariffs, caps not per day, other domains and stays not said', () => {
    for (const text of [
      'parking costs 2 euros per hour, at most 12 euros a day; the stay comes in minutes',
      'parking: 2 € per started hour, stays under 15 minutes free; stay in minutes',
      'parking: 2 € per started hour, free on Sundays; stay in minutes',
      'parking: 2 € per started hour, at weekends 1 €; stay in minutes',
      'parking: 2 € per started hour, at most 30 € in total; stay in minutes',
      'parking: 2 € per started hour, at most 20 € a day',
      'room hire: 20 € per started hour, booked in minutes',
    ])
      expect([text, read(text)]).toEqual([text, null]);
  });
});
