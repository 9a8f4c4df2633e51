import { readBreakRules } from './clock-breaks';
import { runCatalogFunction } from './testing/run-function';

const GERMAN_LAW = JSON.stringify([
  [360, 30, 0],
  [540, 45, 0],
]);

const shift = (
  start: string,
  end: string,
  pause: number,
  o: Record<string, string | number | boolean> = {},
) =>
  runCatalogFunction(
    'time.worked_hours',
    { start, end, break_minutes: pause },
    { wrap: true, decimals: 2, breakRules: GERMAN_LAW, breakBasis: 'worked', breakStatus: 422, ...o },
  );

describe('time.worked_hours with legal minimum breaks (the emitted code)', () => {
  // The German Working Hours Act (§ 4 ArbZG): over 6 hours of work at least 30 minutes, over 9 hours 45.
  it.each([
    ['08:00', '14:00', 0, 6],
    ['08:00', '14:15', 15, 6],
    ['08:00', '14:45', 30, 6.25],
    ['07:00', '16:30', 30, 9],
    ['07:00', '17:00', 45, 9.25],
    ['22:00', '07:00', 45, 8.25],
  ])('%s to %s with a %p min break is %p hours, the break long enough', (start, end, pause, hours) => {
    expect(shift(start, end, pause)).toMatchObject({ ok: true, value: { hours } });
  });

  it.each([
    ['08:00', '14:15', 0, 30],
    ['08:00', '15:00', 29, 30],
    ['07:00', '17:00', 30, 45],
    ['22:00', '07:45', 30, 45],
  ])('%s to %s with a %p min break is refused with 422: %p minutes needed', (start, end, pause, least) => {
    const answer = shift(start, end, pause);
    expect(answer).toMatchObject({ ok: false, status: 422, code: 'BREAK_TOO_SHORT' });
    expect(JSON.stringify(answer)).toContain(`at least ${least} minutes`);
  });

  it('counts the whole span when the rule is on the shift, and a length reached when it is inclusive', () => {
    expect(shift('08:00', '14:15', 15, { breakBasis: 'span' }).ok).toBe(false);
    expect(shift('08:00', '14:00', 0, { breakBasis: 'span' }).ok).toBe(true);
    expect(shift('08:00', '14:00', 0, { breakRules: JSON.stringify([[360, 30, 1]]) }).ok).toBe(false);
  });
});

describe('reading legal minimum breaks', () => {
  it.each([
    ['over 6 hours of work need at least 30 minutes break, over 9 hours 45; otherwise 422', 'worked', 422],
    [
      'more than 6 hours of work require a break of at least 30 minutes, more than 9 hours at least 45 minutes',
      'worked',
      400,
    ],
    [
      'Bei mehr als 6 Stunden Arbeit sind mindestens 30 Minuten Pause nötig, bei mehr als 9 Stunden 45 Minuten; sonst 422',
      'worked',
      422,
    ],
    [
      'Con más de 6 horas de trabajo la pausa debe ser de al menos 30 minutos y con más de 9 horas de 45 minutos',
      'worked',
      400,
    ],
    ['shifts longer than 6 hours need a break of 30 minutes, more than 9 hours 45 minutes', 'span', 400],
  ])('%s', (text, basis, status) => {
    expect(readBreakRules(text)).toEqual({
      rules: [
        { over: 360, least: 30, inclusive: false },
        { over: 540, least: 45, inclusive: false },
      ],
      basis,
      status,
      code: 'BREAK_TOO_SHORT',
    });
  });

  it('reads "from 6 hours" and "6 hours or more" as reached at 6 hours', () => {
    expect(readBreakRules('ab 6 Stunden Arbeit mindestens 30 Minuten Pause')?.rules).toEqual([
      { over: 360, least: 30, inclusive: true },
    ]);
    expect(readBreakRules('6 hours or more of work: a break of 30 minutes')?.rules).toEqual([
      { over: 360, least: 30, inclusive: true },
    ]);
  });

  it('reads no rule in a shift that only states its own hours', () => {
    expect(
      readBreakRules('night shifts cross midnight: 22:00 to 06:00 is 8 hours before the break comes off'),
    ).toBe(null);
    expect(readBreakRules('a break longer than the shift is refused')).toBe(null);
  });
});
