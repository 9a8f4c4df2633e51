import { BoundedMemo } from './bounded-memo';

describe('BoundedMemo', () => {
  it('gives the same value for a key while it is kept, and drops the least recently used past its bound', () => {
    const memo = new BoundedMemo<{ key: string }>(2);
    const a = memo.get('a', () => ({ key: 'a' }));
    expect(memo.get('a', () => ({ key: 'other' }))).toBe(a);
    memo.get('b', () => ({ key: 'b' }));
    memo.get('a', () => ({ key: 'unused' })); // a is now the most recently used
    memo.get('c', () => ({ key: 'c' })); // b goes
    expect(memo.size).toBe(2);
    expect(memo.get('a', () => ({ key: 'new a' }))).toBe(a);
    expect(memo.get('b', () => ({ key: 'new b' }))).toEqual({ key: 'new b' });
  });

  it('stays within its bound whatever the number of keys', () => {
    const memo = new BoundedMemo<number>(10);
    for (let i = 0; i < 1_000; i += 1) memo.get(String(i), () => i);
    expect(memo.size).toBe(10);
  });
});
