import { ContentCache } from './content-cache';

describe('ContentCache', () => {
  it('computes once for the same path and content and again when either differs', async () => {
    const cache = new ContentCache();
    const compute = jest.fn((path: string, content: string) =>
      Promise.resolve(`${path}|${content.toUpperCase()}`),
    );

    expect(await cache.get('a.ts', 'x', compute)).toBe('a.ts|X');
    expect(await cache.get('a.ts', 'x', compute)).toBe('a.ts|X');
    expect(await cache.get('b.ts', 'x', compute)).toBe('b.ts|X');
    expect(await cache.get('a.ts', 'y', compute)).toBe('a.ts|Y');

    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('does not confuse a path and content that concatenate alike', async () => {
    const cache = new ContentCache();
    const compute = (path: string, content: string) => Promise.resolve(`${path}/${content}`);

    expect(await cache.get('ab', 'c', compute)).toBe('ab/c');
    expect(await cache.get('a', 'bc', compute)).toBe('a/bc');
  });

  it('evicts the least recently used outputs once past its size', async () => {
    const cache = new ContentCache(10);
    const compute = jest.fn((_path: string, content: string) => Promise.resolve(content.repeat(4)));

    await cache.get('1', 'a', compute); // 4 bytes
    await cache.get('2', 'b', compute); // 8 bytes
    await cache.get('1', 'a', compute); // hit: '1' is now the most recent
    await cache.get('3', 'c', compute); // 12 bytes: '2' goes

    expect(cache.size).toBe(2);
    await cache.get('1', 'a', compute);
    await cache.get('2', 'b', compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('keeps no output larger than its whole size', async () => {
    const cache = new ContentCache(3);

    expect(await cache.get('big', 'abcd', (_p, c) => Promise.resolve(c))).toBe('abcd');
    expect(cache.size).toBe(0);
  });

  it('computes once for callers asking for the same input at the same time', async () => {
    const cache = new ContentCache();
    let release: (value: string) => void = () => undefined;
    const compute = jest.fn(() => new Promise<string>((resolve) => (release = resolve)));

    const both = Promise.all([cache.get('a.ts', 'x', compute), cache.get('a.ts', 'x', compute)]);
    release('out');

    expect(await both).toEqual(['out', 'out']);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
