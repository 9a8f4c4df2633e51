import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { cacheKey, RedisResponseCache } from '@sf/llm';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../support/harness';

describe('RedisResponseCache (real Redis)', () => {
  let redis: Redis;
  let prefix: string;

  beforeEach(() => {
    redis = new Redis(testRedisUrl());
    prefix = uniquePrefix('cache');
  });

  afterEach(async () => {
    await dropPrefix(prefix);
    redis.disconnect();
  });

  it('misses, then hits with the stored answer for the same request built in another key order', async () => {
    const cache = new RedisResponseCache(redis, prefix);
    const answer = {
      output: { files: [{ path: 'src/a.ts', content: 'x' }] },
      provider: 'openai',
      model: 'gpt-4o',
    };
    const request = { role: 'codegen', model: 'gpt-4o', input: { spec: 'S', n: 1 }, temperature: 0 };

    expect(await cache.get(cacheKey(request))).toBeNull();
    await cache.set(cacheKey(request), answer);

    expect(
      await cache.get(
        cacheKey({ temperature: 0, input: { n: 1, spec: 'S' }, model: 'gpt-4o', role: 'codegen' }),
      ),
    ).toEqual(answer);
    expect(await cache.get(cacheKey({ ...request, model: 'gpt-4.1' }))).toBeNull();
  });

  it('keeps an answer for the configured TTL only', async () => {
    const cache = new RedisResponseCache(redis, prefix, { ttlSeconds: 0.3 });
    const key = cacheKey({ role: 'fixer' });
    await cache.set(key, { output: 1, provider: 'anthropic', model: 'claude-haiku-4-5' });
    const ttl = await redis.pttl(`${prefix}:llm:cache:{${key}}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
    expect(await cache.get(key)).not.toBeNull();

    await sleep(400); // expiry is time itself: there is no event to await

    expect(await cache.get(key)).toBeNull();
  });

  it('renews a claim only for the caller holding it', async () => {
    const cache = new RedisResponseCache(redis, prefix);
    const key = cacheKey({ role: 'codegen', lease: 1 });
    expect(await cache.lookupOrClaim(key, 'a', 1_000)).toEqual({ kind: 'claimed' });
    const claim = `${prefix}:llm:cache:{${key}}:claim`;
    expect(await redis.pttl(claim)).toBeLessThanOrEqual(1_000);

    expect(await cache.renewClaim(key, 'a', 60_000)).toBe(true);
    expect(await redis.pttl(claim)).toBeGreaterThan(1_000);
    expect(await cache.renewClaim(key, 'b', 120_000)).toBe(false);
    expect(await redis.pttl(claim)).toBeLessThanOrEqual(60_000);

    await cache.releaseClaim(key, 'a');
    expect(await cache.renewClaim(key, 'a', 60_000)).toBe(false);
    expect(await redis.exists(claim)).toBe(0);
  });

  it('defaults to a 24 h TTL', async () => {
    const cache = new RedisResponseCache(redis, prefix);
    const key = cacheKey({ role: 'testgen' });
    await cache.set(key, { output: null, provider: 'offline', model: 'offline' });
    const ttl = await redis.ttl(`${prefix}:llm:cache:{${key}}`);
    expect(ttl).toBeGreaterThan(86_390);
    expect(ttl).toBeLessThanOrEqual(86_400);
  });
});
