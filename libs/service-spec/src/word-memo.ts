/**
 * Caches for pure functions of one or two words (the readers compare the same few thousand words over and over:
 * the designer and the gate spent about half their time re-deriving the same answers). The returned functions
 * take exactly their words (extra arguments, such as `Array.map`'s index, are ignored). Bounded: a long-running
 * factory reads arbitrary text, so a cache starts afresh once it holds `limit` answers.
 */
export function wordMemo<R>(fn: (word: string) => R, limit = 20_000): (word: string) => R {
  let cache = new Map<string, R>();
  return (word: string): R => {
    if (cache.has(word)) return cache.get(word) as R;
    const value = fn(word);
    if (cache.size >= limit) cache = new Map();
    cache.set(word, value);
    return value;
  };
}

/** {@link wordMemo} for a function of two words (keyed by the first, then the second: no key strings built). */
export function wordPairMemo<R>(
  fn: (a: string, b: string) => R,
  limit = 20_000,
): (a: string, b: string) => R {
  let cache = new Map<string, Map<string, R>>();
  let size = 0;
  return (a: string, b: string): R => {
    let inner = cache.get(a);
    if (inner?.has(b)) return inner.get(b) as R;
    const value = fn(a, b);
    if (size >= limit) {
      cache = new Map();
      size = 0;
      inner = undefined;
    }
    if (!inner) {
      inner = new Map();
      cache.set(a, inner);
    }
    inner.set(b, value);
    size += 1;
    return value;
  };
}
