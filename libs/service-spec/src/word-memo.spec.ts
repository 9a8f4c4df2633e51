import { wordMemo, wordPairMemo } from './word-memo';

describe('wordMemo / wordPairMemo', () => {
  it('answers like the function, computing each distinct pair once, in order', () => {
    const calls: string[] = [];
    const longer = wordPairMemo((a: string, b: string) => {
      calls.push(`${a}|${b}`);
      return a.length > b.length;
    });
    expect(longer('abc', 'ab')).toBe(true);
    expect(longer('abc', 'ab')).toBe(true);
    expect(longer('ab', 'abc')).toBe(false);
    expect(longer('a b', 'c')).toBe(true);
    expect(longer('a', 'b c')).toBe(false);
    expect(calls).toEqual(['abc|ab', 'ab|abc', 'a b|c', 'a|b c']);
  });

  it('ignores extra arguments (a memo handed to Array.map is called with the index and the array)', () => {
    let calls = 0;
    const upper = wordMemo((w: string) => {
      calls += 1;
      return w.toUpperCase();
    });
    expect(['a', 'b', 'a'].map(upper)).toEqual(['A', 'B', 'A']);
    expect(calls).toBe(2);
  });

  it('caches null answers and starts afresh past its limit', () => {
    let calls = 0;
    const f = wordMemo((w: string) => {
      calls += 1;
      return w === 'x' ? null : w.length;
    }, 2);
    expect(f('x')).toBeNull();
    expect(f('x')).toBeNull();
    expect(calls).toBe(1);
    f('yy');
    f('zzz'); // a third word: the cache is dropped and starts with it
    f('x');
    expect(calls).toBe(4);
    let pairCalls = 0;
    const g = wordPairMemo((a: string, b: string) => {
      pairCalls += 1;
      return a + b;
    }, 2);
    expect([g('a', 'b'), g('a', 'c'), g('b', 'c'), g('a', 'b')]).toEqual(['ab', 'ac', 'bc', 'ab']);
    expect(pairCalls).toBe(4);
  });
});
