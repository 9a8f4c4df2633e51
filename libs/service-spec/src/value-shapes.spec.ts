import { drawsToShowNew, matchesShape, valueShapeProblems } from './value-shapes';

describe('how many calls show a value new on every call', () => {
  it('asks two calls of a UUID v4, six of two hex digits, eleven of one', () => {
    expect(drawsToShowNew(122)).toBe(2);
    expect(drawsToShowNew(8)).toBe(6);
    expect(drawsToShowNew(4)).toBe(11);
  });

  it('keeps the odds that a correct service answers the same value every time below 1e-12, with no call to spare', () => {
    for (const bits of [1, 2, 3, 4, 5, 7, 8, 12, 16, 20, 39, 40, 64, 122, 512]) {
      const k = drawsToShowNew(bits);
      expect(k).not.toBeNull();
      // All k equal: the first value is any, the k-1 others repeat it.
      expect(2 ** (-bits * (k! - 1))).toBeLessThan(1e-12);
      if (k! > 2) expect(2 ** (-bits * (k! - 2))).toBeGreaterThanOrEqual(1e-12);
    }
  });

  it('claims nothing new of a value that would need more than 50 calls', () => {
    expect(drawsToShowNew(0.5)).toBeNull();
    expect(drawsToShowNew(0)).toBeNull();
    expect(drawsToShowNew(0.82)).toBe(50);
  });
});

describe('differs_from naming several saved values', () => {
  const saved = { a: 'x1', b: 'x1', c: 'x2' };

  it('holds when the value and the saved ones are not all the same', () => {
    expect(matchesShape({ differs_from: ['a', 'b'] }, 'x2', saved)).toBe(true);
    expect(matchesShape({ differs_from: ['a', 'c'] }, 'x1', saved)).toBe(true);
  });

  it('fails when every one of them is the same, or one was never saved', () => {
    expect(matchesShape({ differs_from: ['a', 'b'] }, 'x1', saved)).toBe(false);
    expect(matchesShape({ differs_from: ['a', 'nope'] }, 'x9', saved)).toBe(false);
  });

  it('still reads one name as before: a value other than that one', () => {
    expect(matchesShape({ differs_from: 'a' }, 'x2', saved)).toBe(true);
    expect(matchesShape({ differs_from: 'a' }, 'x1', saved)).toBe(false);
  });

  it('finds names no earlier step saves, and an empty list', () => {
    expect(valueShapeProblems({ differs_from: ['a', 'z'] }, new Set(['a']))).toEqual([
      '$shape differs_from "z" names no value an earlier step saves',
    ]);
    expect(valueShapeProblems({ differs_from: [] }, new Set(['a']))).toEqual([
      '$shape differs_from names no value',
    ]);
    expect(valueShapeProblems({ differs_from: ['a'] }, new Set(['a']))).toEqual([]);
  });
});
