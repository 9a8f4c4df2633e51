import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

const options = (o: Record<string, string | number | boolean> = {}) => ({
  distanceUnit: 'km',
  per: 'km',
  speedUnit: 'km/h',
  durationUnit: 'clock',
  decimals: 2,
  ...o,
});
const run = (distance: unknown, duration: unknown, o?: Record<string, string | number | boolean>) =>
  runCatalogFunction('pace.run', { distance, duration }, options(o));

describe('pace.run (the emitted code)', () => {
  // Independent examples: race results as published (a 40:00 10 km is 4:00/km at 15 km/h; a 3:30 marathon is
  // 4:59/km at 12.06 km/h; a 20:00 5 km is 4:00/km; a 9:00 mile pace is 540 s/mi at 6.67 mph).
  it.each([
    [10, '0:40:00', 240, '4:00', 15],
    [42.195, '3:30:00', 299, '4:59', 12.06],
    [5, '20:00', 240, '4:00', 15],
    [1, '0:10:05', 605, '10:05', 5.95],
    [0.5, '2:05', 250, '4:10', 14.4],
  ])('%p km in %s: %p s/km (%s) at %p km/h', (distance, duration, seconds, pace, speed) => {
    expect(run(distance, duration)).toEqual({ ok: true, value: { pace_seconds: seconds, pace, speed } });
  });

  it('reads durations in seconds and in minutes, and counts in miles', () => {
    expect(run(10, 3000, { durationUnit: 'seconds' })).toMatchObject({ value: { pace: '5:00' } });
    expect(run(10, 50, { durationUnit: 'minutes' })).toMatchObject({ value: { pace: '5:00', speed: 12 } });
    expect(
      run(10, 5400, { durationUnit: 'seconds', distanceUnit: 'mi', per: 'mi', speedUnit: 'mph' }),
    ).toEqual({ ok: true, value: { pace_seconds: 540, pace: '9:00', speed: 6.67 } });
    expect(run(1.609344, '0:08:00', { distanceUnit: 'km', per: 'mi' })).toMatchObject({
      value: { pace: '8:00' },
    });
  });

  it('rounds the speed as asked', () => {
    expect(run(42.195, 180, { durationUnit: 'minutes', decimals: 1 })).toMatchObject({
      value: { speed: 14.1 },
    });
    expect(run(10, 45, { durationUnit: 'minutes', decimals: 0 })).toMatchObject({ value: { speed: 13 } });
  });

  it('refuses a distance or a duration of zero or below, and a clock that is not one', () => {
    for (const [distance, duration] of [
      [0, '0:30:00'],
      [-5, '0:30:00'],
      [5, '0:00:00'],
      [5, '0:75:00'],
      [5, '30'],
      [5, '1:2:3'],
      [5, 1800],
      ['5', '0:30:00'],
      [Number.NaN, '0:30:00'],
      [5e-324, '0:30:00'],
    ])
      expect(run(distance, duration).ok).toBe(false);
    expect(run(5, -60, { durationUnit: 'seconds' }).ok).toBe(false);
    expect(run(5, '0:30:00', { durationUnit: 'seconds' }).ok).toBe(false);
  });
});

describe('the pace recogniser', () => {
  const designOf = (text: string) => {
    const found = recogniseFeature(text);
    return found && 'design' in found ? found.design : null;
  };

  it('reads what the duration is written in and what is answered', () => {
    expect(designOf('pace per km (m:ss) from distance in km and the time in minutes')?.options).toMatchObject(
      {
        durationUnit: 'minutes',
        distanceUnit: 'km',
      },
    );
    expect(designOf('pace in minutes per km from a distance and a time in seconds')?.options).toMatchObject({
      durationUnit: 'seconds',
    });
    expect(designOf('pace per mile from a distance in miles and a time h:mm:ss')?.options).toMatchObject({
      durationUnit: 'clock',
      distanceUnit: 'mi',
    });
    expect(
      designOf('average speed in km/h from the distance and the time taken')?.outputs.map((o) => o.field),
    ).toEqual(['speed_kmh']);
  });

  it('leaves what is no pace of a distance run in a time', () => {
    for (const text of [
      'Convert speeds between km/h and mph',
      'Predict my marathon finish time from my best 10 km time',
      'Calcolare il tempo di percorrenza da distanza e velocità',
      'Convert kilometres to miles',
    ])
      expect(designOf(text)?.function ?? null).not.toBe('pace.run');
  });
});
