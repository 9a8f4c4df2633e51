import { firstAdminKey, hashKey, mintKey, mintedKeyId, parseSeededKeys } from './api-key';

describe('API keys', () => {
  it('mints 256-bit keys that carry their id', () => {
    const { id, key } = mintKey();
    expect(mintedKeyId(key)).toBe(id);
    expect(mintKey().key).not.toBe(key);
    expect(mintedKeyId('sfk_nothex_abc')).toBeNull();
  });

  it('parses AUTH_API_KEYS into hashed keys (a key may contain colons)', () => {
    const parsed = parseSeededKeys(
      ' ci:admin:aaaaaaaaaaaaaaaaaaaaaaaa:b , dash:viewer:cccccccccccccccccccccccc',
    );
    expect(parsed).toEqual({
      keys: [
        { name: 'ci', role: 'admin', hash: hashKey('aaaaaaaaaaaaaaaaaaaaaaaa:b') },
        { name: 'dash', role: 'viewer', hash: hashKey('cccccccccccccccccccccccc') },
      ],
    });
  });

  it('refuses a bad role, a short key or a malformed entry, without echoing the key', () => {
    const badRole = parseSeededKeys('ci:root:aaaaaaaaaaaaaaaaaaaaaaaa');
    expect(badRole).toEqual({ problem: expect.stringContaining('role must be') });
    const short = parseSeededKeys('ci:admin:shortkey');
    expect(short).toEqual({ problem: expect.stringContaining('at least 24') });
    expect(JSON.stringify(short)).not.toContain('shortkey');
    expect(parseSeededKeys('just-a-key')).toEqual({ problem: expect.stringContaining('name:role:key') });
    expect(parseSeededKeys(' , ')).toEqual({ problem: 'AUTH_API_KEYS names no key' });
  });

  it('finds the first admin key for our own clients', () => {
    expect(firstAdminKey('v:viewer:vvvvvvvvvvvvvvvvvvvvvvvv,a:admin:x:y')).toBe('x:y');
    expect(firstAdminKey('v:viewer:vvvvvvvvvvvvvvvvvvvvvvvv')).toBeNull();
    expect(firstAdminKey(undefined)).toBeNull();
  });
});
