/* eslint-disable @typescript-eslint/require-await -- an in-memory stand-in for the async Redis cache */
import { CacheFlight } from './cache-flight';
import type { CacheLookup, CachedAnswer, ResponseCache } from './cost-ports';

/** An in-memory cache with the single flight, as the Redis scripts behave. */
class MemoryCache implements ResponseCache {
  answers = new Map<string, CachedAnswer>();
  claims = new Map<string, string>();
  failNextStores = 0;
  released: string[] = [];
  async get(key: string) {
    return this.answers.get(key) ?? null;
  }
  async set(key: string, value: CachedAnswer) {
    this.answers.set(key, value);
  }
  async lookupOrClaim(key: string, owner: string): Promise<CacheLookup> {
    const answer = this.answers.get(key);
    if (answer) return { kind: 'hit', answer };
    const holder = this.claims.get(key);
    if (!holder || holder === owner) {
      this.claims.set(key, owner);
      return { kind: 'claimed' };
    }
    return { kind: 'busy', claim_ttl_ms: 1_000 };
  }
  async storeAnswer(key: string, value: CachedAnswer, owner: string) {
    if (this.failNextStores > 0) {
      this.failNextStores -= 1;
      throw new Error('ECONNREFUSED');
    }
    this.answers.set(key, value);
    if (this.claims.get(key) === owner) this.claims.delete(key);
  }
  async releaseClaim(key: string, owner: string) {
    this.released.push(owner);
    if (this.claims.get(key) === owner) this.claims.delete(key);
  }
}

const answer: CachedAnswer = { output: { x: 1 }, provider: 'anthropic', model: 'm' };

describe('CacheFlight', () => {
  let now = 0;
  const clock = () => now;
  // Sleeping moves the clock: no real time passes in these tests.
  const hooks: (() => void)[] = [];
  const sleep = async (ms: number) => {
    now += ms;
    hooks.shift()?.();
  };
  beforeEach(() => {
    now = 0;
    hooks.splice(0);
  });

  it('claims on a miss, so a second caller finds it busy and is served the answer once it is stored', async () => {
    const cache = new MemoryCache();
    const first = new CacheFlight(cache, 'k', 1_000, clock, sleep);
    const second = new CacheFlight(cache, 'k', 1_000, clock, sleep);
    expect(await first.lookup()).toEqual({ kind: 'claimed' });
    const found = await second.lookup();
    expect(found).toMatchObject({ kind: 'busy' });
    hooks.push(
      () => undefined,
      () => void first.store(answer),
    );
    expect(await second.waitForAnswer(1_000)).toEqual({ kind: 'hit', answer });
    expect(cache.claims.size).toBe(0);
  });

  it('takes the claim over when the holder lets go without an answer', async () => {
    const cache = new MemoryCache();
    const first = new CacheFlight(cache, 'k', 1_000, clock, sleep);
    const second = new CacheFlight(cache, 'k', 1_000, clock, sleep);
    await first.lookup();
    hooks.push(() => void first.release());
    expect(await second.waitForAnswer(1_000)).toEqual({ kind: 'claimed' });
    expect(cache.released).toHaveLength(1);
  });

  it('gives up waiting (null: the caller calls unclaimed) once the claim outlived its lifetime', async () => {
    const cache = new MemoryCache();
    cache.claims.set('k', 'stuck');
    const flight = new CacheFlight(cache, 'k', 1_000, clock, sleep);
    expect(await flight.waitForAnswer(1_000)).toBeNull();
    expect(now).toBeGreaterThanOrEqual(1_000);
    expect(now).toBeLessThan(20_000);
  });

  it('retries a failed store and then drops nothing more; a failed call releases its claim once', async () => {
    const cache = new MemoryCache();
    const paid = new CacheFlight(cache, 'k', 1_000, clock, sleep);
    await paid.lookup();
    cache.failNextStores = 2;
    await paid.store(answer);
    expect(cache.answers.get('k')).toEqual(answer);
    expect(paid.release()).toBeUndefined();

    const failed = new CacheFlight(cache, 'k2', 1_000, clock, sleep);
    await failed.lookup();
    await failed.release();
    expect(failed.release()).toBeUndefined();
    expect(cache.claims.has('k2')).toBe(false);
  });

  it('gives up storing after the request timeout, without throwing, and warns', async () => {
    const cache = new MemoryCache();
    cache.failNextStores = 1_000;
    const warnings: string[] = [];
    const flight = new CacheFlight(cache, 'k', 1_000, clock, sleep, (m) => warnings.push(m));
    await flight.store(answer);
    expect(cache.answers.size).toBe(0);
    expect(warnings).toHaveLength(1);
  });
});
