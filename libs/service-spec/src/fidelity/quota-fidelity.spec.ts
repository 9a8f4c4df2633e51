import type { EndpointSpec, QuotaBehavior } from '../spec-contract';
import { asksTokenBucket, tokenBucketProblems } from './quota-fidelity';

/* The gate and token buckets: a feature asking for one is realised only by a quota that refills token by token. */

function quota(extra: Partial<QuotaBehavior> = {}): EndpointSpec {
  return {
    id: 'take',
    method: 'POST',
    path: '/take',
    summary: '',
    features: [],
    behavior: { kind: 'quota', key_field: 'client', limit: 6, window_seconds: 30, ...extra },
    request: {},
    responses: [],
    errors: [],
  };
}

describe('asksTokenBucket', () => {
  it('reads a token bucket, or a capacity that refills, in four languages', () => {
    expect(asksTokenBucket('a token bucket of 6 per client, one back every 5 seconds')).toBe(true);
    expect(asksTokenBucket('burst capacity 8, replenished at 2 per second')).toBe(true);
    expect(asksTokenBucket('ein Token-Bucket je Kunde, Kapazität 6')).toBe(true);
    expect(asksTokenBucket('capacidad de 6 peticiones que se recargan a 1 por segundo')).toBe(true);
    expect(asksTokenBucket('un seau à jetons par client')).toBe(true);
  });

  it('reads no bucket in a fixed window or a stock level', () => {
    expect(asksTokenBucket('at most 6 requests per client per 30 seconds')).toBe(false);
    expect(asksTokenBucket('refill the printer paper when it runs out')).toBe(false);
    expect(asksTokenBucket('a room with a capacity of 12 people')).toBe(false);
  });
});

describe('tokenBucketProblems', () => {
  const feature = 'each client has a token bucket of 6 tokens, refilled with 1 token every 5 seconds';

  it('is realised by a token-bucket quota', () => {
    const faithful = quota({ algorithm: 'token_bucket', window_seconds: 5, refill_tokens: 1 });
    expect(tokenBucketProblems(feature, [faithful])).toEqual([]);
  });

  it('is not realised by a fixed window, however close its numbers', () => {
    expect(tokenBucketProblems(feature, [quota()])).toEqual([
      expect.stringContaining('it asks for a token bucket'),
    ]);
    expect(tokenBucketProblems(feature, [quota({ algorithm: 'fixed_window' })])).toHaveLength(1);
  });

  it('asks nothing of a feature about a fixed window', () => {
    expect(tokenBucketProblems('at most 6 calls per client every 30 seconds', [quota()])).toEqual([]);
  });
});
