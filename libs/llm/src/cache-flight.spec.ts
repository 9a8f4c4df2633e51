/* eslint-disable @typescript-eslint/require-await -- an in-memory stand-in for the async Redis cache */
import { CacheFlight, CLAIM_LEASE_MS, CLAIM_MARGIN_MS } from './cache-flight';
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

/** A cache that renews claims (as the Redis one does), counting the lifetimes asked for. */
class LeasingCache extends MemoryCache {
  lifetimes: number[] = [];
  renewals = 0;
  override async lookupOrClaim(key: string, owner: string, claimMs?: number): Promise<CacheLookup> {
    this.lifetimes.push(claimMs ?? -1);
    return super.lookupOrClaim(key, owner);
  }
  async renewClaim(key: string, owner: string, claimMs: number) {
    if (this.claims.get(key) !== owner) return false;
    this.renewals += 1;
    this.lifetimes.push(claimMs);
    return true;
  }
}

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

  describe('claim leases (a cache that renews claims)', () => {
    afterEach(() => jest.useRealTimers());

    it('claims one lease, not the whole timeout, and renews it every third of a lease until the answer is stored', async () => {
      jest.useFakeTimers();
      const cache = new LeasingCache();
      const flight = new CacheFlight(cache, 'k', 180_000, () => Date.now(), sleep);
      expect(await flight.lookup()).toEqual({ kind: 'claimed' });
      expect(cache.lifetimes).toEqual([CLAIM_LEASE_MS]);

      await jest.advanceTimersByTimeAsync(CLAIM_LEASE_MS);
      expect(cache.renewals).toBe(3);
      expect(new Set(cache.lifetimes)).toEqual(new Set([CLAIM_LEASE_MS]));

      await flight.store(answer);
      await jest.advanceTimersByTimeAsync(3 * CLAIM_LEASE_MS);
      expect(cache.renewals).toBe(3);
    });

    it('stops renewing once the claim is released, or lost to another caller', async () => {
      jest.useFakeTimers();
      const cache = new LeasingCache();
      const released = new CacheFlight(cache, 'a', 180_000, () => Date.now(), sleep);
      await released.lookup();
      await released.release();
      const lost = new CacheFlight(cache, 'b', 180_000, () => Date.now(), sleep);
      await lost.lookup();
      cache.claims.set('b', 'someone else');
      await jest.advanceTimersByTimeAsync(10 * CLAIM_LEASE_MS);
      expect(cache.renewals).toBe(0);
    });

    it('never holds a claim longer than its whole life, even when neither stored nor released', async () => {
      jest.useFakeTimers();
      const cache = new LeasingCache();
      const flight = new CacheFlight(cache, 'k', 20_000, () => Date.now(), sleep);
      await flight.lookup();
      await jest.advanceTimersByTimeAsync(10 * flight.claimMs);
      // Renewed for 25 s (the 20 s timeout and the margin) at one beat per third of the 10 s lease.
      expect(cache.renewals).toBeLessThanOrEqual(Math.ceil(flight.claimMs / (CLAIM_LEASE_MS / 3)));
      expect(cache.renewals).toBeGreaterThanOrEqual(6);
    });

    it('without renewals, a claim lives the whole timeout', async () => {
      const cache = new MemoryCache();
      const flight = new CacheFlight(cache, 'k', 180_000, clock, sleep);
      expect(flight.leaseMs).toBe(180_000 + CLAIM_MARGIN_MS);
    });
  });
});
