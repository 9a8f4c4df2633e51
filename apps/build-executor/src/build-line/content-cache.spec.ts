import { ContentCache } from './content-cache';

describe('ContentCache', () => {
  it('computes once for the same path and content and again when either differs', () => {
    const cache = new ContentCache();
    const compute = jest.fn((path: string, content: string) => `${path}|${content.toUpperCase()}`);

    expect(cache.get('a.ts', 'x', compute)).toBe('a.ts|X');
    expect(cache.get('a.ts', 'x', compute)).toBe('a.ts|X');
    expect(cache.get('b.ts', 'x', compute)).toBe('b.ts|X');
    expect(cache.get('a.ts', 'y', compute)).toBe('a.ts|Y');

    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('does not confuse a path and content that concatenate alike', () => {
    const cache = new ContentCache();
    const compute = (path: string, content: string) => `${path}/${content}`;

    expect(cache.get('ab', 'c', compute)).toBe('ab/c');
    expect(cache.get('a', 'bc', compute)).toBe('a/bc');
  });

  it('evicts the least recently used outputs once past its size', () => {
    const cache = new ContentCache(10);
    const compute = jest.fn((_path: string, content: string) => content.repeat(4));

    cache.get('1', 'a', compute); // 4 bytes
    cache.get('2', 'b', compute); // 8 bytes
    cache.get('1', 'a', compute); // hit: '1' is now the most recent
    cache.get('3', 'c', compute); // 12 bytes: '2' goes

    expect(cache.size).toBe(2);
    cache.get('1', 'a', compute);
    cache.get('2', 'b', compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('keeps no output larger than its whole size', () => {
    const cache = new ContentCache(3);

    expect(cache.get('big', 'abcd', (_p, c) => c)).toBe('abcd');
    expect(cache.size).toBe(0);
  });
});
