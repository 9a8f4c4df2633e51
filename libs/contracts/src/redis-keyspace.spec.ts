import { keyPrefix, queuePrefix } from './index';

/** The hash tag Redis Cluster hashes a key by: the text between the first `{` and the next `}`, if any. */
function hashTag(key: string): string {
  const open = key.indexOf('{');
  const close = open < 0 ? -1 : key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : key;
}

describe('keyPrefix', () => {
  it('puts the core keys and the queues under one hash tag, the prefix itself', () => {
    expect(keyPrefix('sf')).toBe('{sf}');
    expect(hashTag(`${keyPrefix('sf')}:intent:int_1`)).toBe('sf');
    expect(hashTag(`${queuePrefix('sf')}:build:wait`)).toBe('sf');
  });

  it('gives each other group a hash tag of its own, distinct from the core and from other prefixes', () => {
    const groups = ['ledger', 'budget', 'registry', 'auth', 'audit'] as const;
    const tags = groups.map((g) => hashTag(`${keyPrefix('sf', g)}:x`));
    expect(new Set([...tags, 'sf']).size).toBe(6);
    expect(hashTag(`${keyPrefix('other', 'ledger')}:x`)).not.toBe(hashTag(`${keyPrefix('sf', 'ledger')}:x`));
  });

  it('leaves spread keys untagged, so each hashes by its whole name', () => {
    expect(keyPrefix('sf', 'spread')).toBe('sf');
  });

  it('refuses a prefix that would break the hash tag', () => {
    expect(() => keyPrefix('{sf}')).toThrow(RangeError);
  });
});
