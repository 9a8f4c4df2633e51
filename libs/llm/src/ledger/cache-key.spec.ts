import { cacheKey, canonicalJson, constantDigest } from './cache-key';

describe('cacheKey', () => {
  it('is the same for requests whose object keys were built in another order, at any depth', () => {
    const a = {
      role: 'codegen',
      input: { spec: 'x', options: { b: 1, a: [1, { y: 2, x: 1 }] } },
      temperature: 0,
    };
    const b = {
      temperature: 0,
      input: { options: { a: [1, { x: 1, y: 2 }], b: 1 }, spec: 'x' },
      role: 'codegen',
    };
    expect(cacheKey(a)).toBe(cacheKey(b));
    expect(cacheKey(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs when a value or the order of an array differs', () => {
    const base = cacheKey({ input: [1, 2], model: 'm' });
    expect(cacheKey({ input: [2, 1], model: 'm' })).not.toBe(base);
    expect(cacheKey({ input: [1, 2], model: 'n' })).not.toBe(base);
    expect(cacheKey({ input: [1, 2], model: 'm', temperature: 0 })).not.toBe(base);
  });

  it('drops undefined members as JSON does', () => {
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(cacheKey({ b: undefined, a: 1 })).toBe(cacheKey({ a: 1 }));
  });

  it('remembers the digest of a constant object (a schema) per object, equal to its cache key', () => {
    const schema = { type: 'object', properties: { b: { type: 'string' }, a: { type: 'number' } } };
    expect(constantDigest(schema)).toBe(cacheKey(schema));
    expect(constantDigest(schema)).toBe(constantDigest(schema));
    expect(constantDigest({ ...schema, required: ['a'] })).not.toBe(constantDigest(schema));
  });
});
