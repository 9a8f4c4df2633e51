import type { EndpointSpec, QuotaBehavior, SpecContract } from '../spec-contract';
import {
  asksTokenBucket,
  quotaCreateProblems,
  quotaWindowProblems,
  tokenBucketProblems,
} from './quota-fidelity';
import { guardQuotaProblems } from './header-guard-fidelity';

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

describe('quotaWindowProblems', () => {
  it.each([
    'Each API key gets 100 requests a day, which resets at midnight UTC',
    'Höchstens 100 Anfragen pro Tag und Schlüssel, zurückgesetzt um Mitternacht',
    '5 hits per client per rolling hour, the 6th answers 429',
    'au plus 5 requêtes par client sur une fenêtre glissante d’une heure',
    'at most 10 calls per user in the last 60 minutes',
  ])('refuses a window opened at the first request for %j', (feature) => {
    expect(quotaWindowProblems(feature, [quota()])).toHaveLength(1);
  });

  it('keeps a clock reset only on a quota aligned to the UTC clock with the window that clock starts', () => {
    const day = quota({ window_seconds: 86400, aligned: 'utc' });
    expect(quotaWindowProblems('100 requests a day per key, reset at midnight UTC', [day])).toEqual([]);
    expect(quotaWindowProblems('100 requests a day per key, reset at midnight UTC', [quota()])).toHaveLength(
      1,
    );
    const hour = quota({ window_seconds: 3600, aligned: 'utc' });
    expect(quotaWindowProblems('100 requests a day per key, reset at midnight UTC', [hour])).toHaveLength(1);
    expect(quotaWindowProblems('2 calls per client per hour, reset every full hour', [hour])).toEqual([]);
    expect(quotaWindowProblems('3 per key per day, reset daily at 06:00 UTC', [day])).toHaveLength(1);
    const month = quota({ window_seconds: 2_592_000, aligned: 'utc_month' });
    expect(quotaWindowProblems('at most 3 requests per key per month', [month])).toEqual([]);
    expect(
      quotaWindowProblems('at most 3 requests per key per month', [quota({ window_seconds: 2_592_000 })]),
    ).toHaveLength(1);
    expect(quotaWindowProblems('at most 3 requests per key per 30 days', [month])).toEqual([]);
  });

  it('refuses a clock reset on a guard quota, whose window opens at a caller’s first call', () => {
    const guarded: EndpointSpec = {
      ...quota(),
      guard: { header: 'x-api-key', quota: { limit: 4, window_seconds: 86400 } },
    };
    const contract = { endpoints: [guarded], acceptance: [] } as unknown as SpecContract;
    const said = 'a daily quota of 4 requests per key, reset at midnight UTC; then 429';
    expect(guardQuotaProblems(said, [guarded], contract)).toContain(
      "POST /take counts calls from each caller's first call, not from the clock time the feature resets at",
    );
    expect(
      guardQuotaProblems('at most 4 requests per key per day; then 429', [guarded], contract),
    ).not.toContain(
      "POST /take counts calls from each caller's first call, not from the clock time the feature resets at",
    );
  });

  it('holds a guard quota to a clock reset too', () => {
    const guarded: EndpointSpec = {
      ...quota(),
      behavior: { kind: 'function', function: 'text.upper' } as EndpointSpec['behavior'],
      guard: { header: 'x-api-key', quota: { limit: 4, window_seconds: 86400 } },
    };
    expect(quotaWindowProblems('a daily quota of 4 requests, reset at midnight UTC', [guarded])).toHaveLength(
      1,
    );
  });

  it('asks nothing of a fixed window per key, or of a feature no quota realises', () => {
    expect(quotaWindowProblems('at most 6 calls per client every 30 seconds', [quota()])).toEqual([]);
    expect(quotaWindowProblems('close the shop at midnight', [])).toEqual([]);
  });
});

describe('quotaCreateProblems', () => {
  const feature = 'Each customer may request at most 3 exports per day; the 4th answers 429';
  const create: EndpointSpec = {
    ...quota(),
    id: 'create-export',
    path: '/exports',
    behavior: { kind: 'create', resource: 'export' },
  };
  const contract = (endpoints: EndpointSpec[]) =>
    ({
      endpoints,
      resources: [{ name: 'export', plural: 'exports', fields: [] }],
    }) as unknown as SpecContract;

  it('refuses a quota of its own beside the create of the records it limits', () => {
    const hit = quota({ key_field: 'customer', limit: 3, window_seconds: 86400 });
    expect(quotaCreateProblems(feature, [hit], contract([create, hit]))).toEqual([
      expect.stringContaining('it limits the records POST /exports creates'),
    ]);
  });

  it('asks nothing of a quota on requests that names no created records', () => {
    const hit = quota();
    const text = 'at most 6 calls per client every 30 seconds';
    expect(quotaCreateProblems(text, [hit], contract([create, hit]))).toEqual([]);
  });
});
