import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

const worked = (start: unknown, end: unknown, pause: unknown, wrap = true) =>
  runCatalogFunction('time.worked_hours', { start, end, break_minutes: pause }, { wrap, decimals: 2 });

describe('time.worked_hours (the emitted code)', () => {
  it.each([
    ['08:15', '16:45', 45, 7.75],
    ['09:00', '17:00', 0, 8],
    ['22:00', '06:00', 30, 7.5],
    ['23:30', '00:15', 0, 0.75],
    ['09:00', '12:20', 0, 3.33],
    ['10:00', '11:00', 60, 0],
  ])('%s to %s less %p min is %p hours', (start, end, pause, hours) => {
    expect(worked(start, end, pause)).toEqual({
      ok: true,
      value: { hours, minutes: expect.any(Number) as unknown },
    });
  });

  it('answers the minutes worked beside the hours', () => {
    expect(worked('08:15', '16:45', 45)).toEqual({ ok: true, value: { hours: 7.75, minutes: 465 } });
    expect(worked('22:00', '06:00', 30)).toEqual({ ok: true, value: { hours: 7.5, minutes: 450 } });
  });

  it('refuses a break longer than the shift, bad clock times, and an end before the start without a wrap', () => {
    expect(worked('10:00', '11:00', 90).ok).toBe(false);
    expect(worked('25:10', '06:00', 0).ok).toBe(false);
    expect(worked('09:00', '12:60', 0).ok).toBe(false);
    expect(worked('17:00', '08:00', 0, false).ok).toBe(false);
    expect(worked('09:00', '17:00', -15).ok).toBe(false);
  });

  it('answers or refuses, never throws, whatever it is sent', () => {
    for (const clock of ['00:00', '23:59', '7.30', '', null, 930, {}])
      for (const pause of [0, 1.5, -1, Number.MAX_SAFE_INTEGER, Number.NaN, '45', null])
        expect(() => worked(clock, '12:00', pause)).not.toThrow();
  });
});

describe('the worked-hours recogniser', () => {
  it('reads a shift crossing midnight and the refusals beside it as constraints of the worked hours', () => {
    for (const text of [
      'night shifts cross midnight: 22:00 to 06:00 is 8 hours before the break comes off',
      'a break longer than the shift, or a time like 25:10, should be refused',
    ])
      expect(recogniseFeature(text)).toEqual({
        constraint: expect.objectContaining({ function: 'time.worked_hours' }),
      });
  });

  it('leaves a span without a break to the minutes between clock times', () => {
    const found = recogniseFeature(
      'Work out how long a shift lasts in minutes from its start and end time (HH:MM)',
    );
    expect(found && 'design' in found ? found.design.function : null).toBe('time.clock_span');
  });
});
