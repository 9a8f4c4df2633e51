import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import type { FunctionDesign } from './catalog-entry';
import { CLOCK_SPAN_CODE } from './clock-times';
import { compileFunction, runCatalogFunction } from './testing/run-function';

/* Clock times of a day: the emitted code against minutes worked out by hand, the recogniser, a mutant. */

const span = (start: unknown, end: unknown, wrap: boolean) =>
  runCatalogFunction('time.clock_span', { start, end }, { wrap });
const clock = (minutes: unknown, hourDigits = 1) =>
  runCatalogFunction('duration.minutes_clock', { minutes }, { hourDigits });

function designOf(text: string): FunctionDesign {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`not designed: ${text}`);
  return found.design;
}

describe('time.clock_span (the emitted code)', () => {
  it.each([
    ['09:00', '17:30', false, 510],
    ['9:05', '9:06', false, 1],
    ['00:00', '23:59', false, 1439],
    ['12:00', '12:00', true, 0],
    ['22:00', '06:00', true, 480],
    ['23:59', '00:00', true, 1],
  ])('%s to %s (wrap %p) is %d minutes', (start, end, wrap, minutes) => {
    expect(span(start, end, wrap)).toEqual({ ok: true, value: { minutes } });
  });

  it('refuses an end before the start without the wrap, and anything that is not a clock time', () => {
    expect(span('17:00', '08:00', false).ok).toBe(false);
    for (const bad of ['24:00', '25:00', '12:60', '7.30', '7:5', '', ' 09:00', null, 930])
      expect(span(bad, '10:00', true).ok).toBe(false);
  });

  it('never throws, and answers 0 to 1439 minutes with the wrap', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const r = span(a, b, true);
        if (r.ok) expect(r.value.minutes).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (a, b) => {
        const hm = (m: number) =>
          `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        expect(span(hm(a), hm(b), true)).toEqual({ ok: true, value: { minutes: (b - a + 1440) % 1440 } });
      }),
      { numRuns: 200 },
    );
  });

  it('fails the worked examples of a wrapping span when it does not wrap (a mutant)', () => {
    const mutant = compileFunction(
      CLOCK_SPAN_CODE.source.replace('end + 24 * 60 - start', 'start - end'),
      CLOCK_SPAN_CODE.exportName,
    );
    const design = designOf('minutes between a start and an end time (HH:MM); a shift may run past midnight');
    const wrong = design.examples.filter(
      (e) =>
        JSON.stringify(mutant(e.input, design.options ?? {})) !==
        JSON.stringify({ ok: true, value: e.output }),
    );
    expect(wrong.length).toBeGreaterThan(0);
  });
});

describe('duration.minutes_clock (the emitted code)', () => {
  it.each([
    [125, 1, '2:05'],
    [59, 1, '0:59'],
    [0, 2, '00:00'],
    [1500, 2, '25:00'],
    [600, 1, '10:00'],
  ])('%d minutes (hours in %d digits) is %s', (minutes, digits, duration) => {
    expect(clock(minutes, digits)).toEqual({ ok: true, value: { duration } });
  });

  it('refuses negative and non-whole minutes', () => {
    for (const bad of [-1, 1.5, '90', null]) expect(clock(bad).ok).toBe(false);
  });
});

describe('the clock-times recogniser', () => {
  it.each([
    ['how many minutes between two clock times HH:MM; if the end is earlier it is the next day', true],
    ['Work out how long a shift lasts in minutes from its start and end time (HH:MM)', false],
    ['Die Dauer einer Schicht in Minuten aus Beginn und Ende (HH:MM) berechnen, auch über Mitternacht', true],
    ['calcular los minutos entre la hora de inicio y la hora de fin (HH:MM)', false],
    ['durée en minutes entre une heure de début et une heure de fin, même après minuit', true],
  ])('reads %p as a span (wrap %p) whose examples the code answers', (text, wrap) => {
    const design = designOf(text);
    expect(design).toMatchObject({ function: 'time.clock_span', options: { wrap } });
    for (const e of design.examples)
      expect(span(e.input.start, e.input.end, wrap)).toEqual({ ok: true, value: e.output });
    for (const r of design.refusals) expect(span(r.input.start, r.input.end, wrap).ok).toBe(false);
  });

  it.each([
    ['format minutes as hours and minutes, like 2:05 for 125', 1],
    ['show a number of minutes as HH:MM', 2],
    ['Minuten als Stunden und Minuten schreiben (H:MM), z. B. 90 → 1:30', 1],
  ])('reads %p as minutes written H:MM', (text, hourDigits) => {
    const design = designOf(text);
    expect(design).toMatchObject({ function: 'duration.minutes_clock', options: { hourDigits } });
    for (const e of design.examples)
      expect(clock(e.input.minutes, hourDigits)).toEqual({ ok: true, value: e.output });
  });

  it('reads a stated example pair as a worked example', () => {
    const design = designOf('Minuten als Stunden und Minuten schreiben (H:MM), z. B. 90 → 1:30');
    expect(design.examples[0]).toMatchObject({ input: { minutes: 90 }, output: { duration: '1:30' } });
  });

  it("reads a refusal of clock times that are not ones as the span's refusals", () => {
    for (const text of [
      'a start or end that is not a real clock time, like 24:30, is refused',
      'clock times that are not valid HH:MM are rejected',
    ])
      expect(recogniseFeature(text)).toEqual({
        constraint: expect.objectContaining({ function: 'time.clock_span' }),
      });
  });

  it.each([
    'format seconds as HH:MM:SS',
    'book a meeting room from a start to an end time (HH:MM), at most 120 minutes',
    'log shifts with their start and end time',
    'convert 14:00 from one time zone to another',
    'store opening hours from 09:00 to 17:00',
  ])('leaves %p to other parts', (text) => {
    const found = recogniseFeature(text);
    const fn =
      found && 'design' in found
        ? found.design.function
        : found && 'constraint' in found
          ? found.constraint.function
          : null;
    expect(['time.clock_span', 'duration.minutes_clock']).not.toContain(fn);
  });
});
