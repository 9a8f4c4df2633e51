import fc from 'fast-check';
import { withinBounds, type FieldRule } from '@sf/service-spec';
import { statisticsDesign } from './calc-number-designs';
import { runCatalogFunction } from './testing/run-function';

/*
 * Statistics of a list whose every number must lie in a range a feature states ("every score must be between 0
 * and 100"): the emitted code against lists worked out on paper, a property over any list and any range, and the
 * design's worked examples and refusals against both the emitted code and the family's reference semantics.
 */

const stats = (numbers: unknown, range: Record<string, number>) =>
  runCatalogFunction(
    'calc.statistics',
    { numbers },
    {
      decimals: 2,
      ...Object.fromEntries(Object.entries(range).map(([k, v]) => [`item_${k}`, v])),
    },
  );

describe('calc.statistics with a range for every number', () => {
  const marks = { minimum: 0, maximum: 100 };

  it('answers lists inside the range, its ends included', () => {
    expect(stats([70, 85, 90, 55], marks)).toEqual({
      ok: true,
      value: { count: 4, mean: 75, median: 77.5, minimum: 55, maximum: 90 },
    });
    expect(stats([0, 100], marks)).toEqual({
      ok: true,
      value: { count: 2, mean: 50, median: 50, minimum: 0, maximum: 100 },
    });
  });

  it.each([[[50, 101]], [[-1]], [[100.5, 3]], [[0, 100, -0.01]]])(
    'refuses %j, a number outside 0..100',
    (numbers) => {
      const result = stats(numbers, marks);
      expect(result.ok).toBe(false);
    },
  );

  it('refuses the ends of an exclusive range and answers just inside it', () => {
    const positive = { exclusive_minimum: 0, exclusive_maximum: 10 };
    expect(stats([0, 5], positive).ok).toBe(false);
    expect(stats([10], positive).ok).toBe(false);
    expect(stats([0.5, 9.5], positive)).toMatchObject({ ok: true, value: { mean: 5 } });
  });

  it('still refuses an empty list and an item that is not a number', () => {
    expect(stats([], marks).ok).toBe(false);
    expect(stats([50, '80'], marks).ok).toBe(false);
  });

  it('answers a list exactly when every number lies in the range, never throwing', () => {
    const bound = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -2000, max: 2000 }), {
          minLength: 1,
        }),
        bound,
        fc.integer({ min: 0, max: 500 }),
        (numbers, low, width) => {
          const range = { minimum: low, maximum: low + width };
          const inside = numbers.every((n) => withinBounds(range, n));
          expect(stats(numbers, range).ok).toBe(inside);
        },
      ),
    );
  });
});

describe('the statistics design bounded by a range', () => {
  it.each<[string, FieldRule]>([
    ['0..100', { minimum: 0, maximum: 100 }],
    ['1..6', { minimum: 1, maximum: 6 }],
    ['above 0', { exclusive_minimum: 0 }],
    ['at most -3', { maximum: -3 }],
  ])('keeps worked examples inside %s and refuses numbers just outside it', (_name, items) => {
    const d = statisticsDesign(2, false, { items });
    expect(d.examples.length).toBeGreaterThan(0);
    for (const x of d.examples) {
      const numbers = x.input.numbers as number[];
      expect(numbers.every((n) => withinBounds(items, n))).toBe(true);
      const emitted = runCatalogFunction('calc.statistics', x.input, d.options ?? {});
      expect(emitted).toEqual({ ok: true, value: x.output });
      expect(d.reference?.compute(x.input)).toEqual({ ok: true, results: x.output });
    }
    const outside = d.refusals.filter((r) => {
      const list = r.input.numbers;
      return Array.isArray(list) && list.some((n) => typeof n === 'number' && !withinBounds(items, n));
    });
    expect(outside.length).toBeGreaterThan(0);
    for (const r of d.refusals) {
      expect(runCatalogFunction('calc.statistics', r.input, d.options ?? {}).ok).toBe(false);
      expect(d.reference?.compute(r.input).ok).toBe(false);
    }
  });

  it('is what boundItems gives, and the unbounded design answers the numbers the bound refuses', () => {
    const plain = statisticsDesign(2, false);
    const bounded = plain.boundItems?.({ minimum: 0, maximum: 100 });
    expect(bounded?.options).toMatchObject({ item_minimum: 0, item_maximum: 100 });
    expect(bounded?.summary).toContain('from 0 to 100');
    expect(runCatalogFunction('calc.statistics', { numbers: [50, 101] }, plain.options ?? {}).ok).toBe(true);
  });
});
