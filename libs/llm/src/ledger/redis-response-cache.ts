import { join } from 'node:path';
import { loadRedisScript } from '@sf/platform';
import type { Redis } from 'ioredis';
import type { CacheLookup, CachedAnswer, ResponseCache } from '../cost-ports';
import { CostKeys } from './cost-keys';

/** The single flight's scripts (`commands/*.lua`; what each takes and returns is at the top of its file). */
const LOOKUP_OR_CLAIM = loadRedisScript(join(__dirname, 'commands', 'lookup-or-claim-2.lua'));
const STORE_ANSWER = loadRedisScript(join(__dirname, 'commands', 'store-answer-2.lua'));
const RELEASE_CLAIM = loadRedisScript(join(__dirname, 'commands', 'release-claim-1.lua'));
const RENEW_CLAIM = loadRedisScript(join(__dirname, 'commands', 'renew-claim-1.lua'));

/** Default lifetime of a cached answer (`LLM_CACHE_TTL_SECONDS`). */
export const DEFAULT_CACHE_TTL_SECONDS = 86_400;

/** Options of {@link RedisResponseCache}. */
export interface RedisResponseCacheOptions {
  /** Lifetime of an answer in seconds (default 24 h); fractions allowed. */
  ttlSeconds?: number;
}

/**
 * The exact-response cache in Redis: one key per {@link cacheKey}, expiring after the TTL, with a claim key beside
 * it (same hash tag) for the single flight across replicas.
 */
export class RedisResponseCache implements ResponseCache {
  private readonly keys: CostKeys;
  private readonly ttlMs: number;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    options: RedisResponseCacheOptions = {},
  ) {
    this.keys = new CostKeys(prefix);
    const ttlSeconds = options.ttlSeconds ?? DEFAULT_CACHE_TTL_SECONDS;
    if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0)
      throw new RangeError(`ttlSeconds must be a positive number, got ${ttlSeconds}`);
    this.ttlMs = Math.max(1, Math.round(ttlSeconds * 1000));
  }

  /** The cached answer, or null when absent, expired or unreadable. */
  async get(key: string): Promise<CachedAnswer | null> {
    return parseAnswer(await this.redis.get(this.keys.responseCache(key)));
  }

  async set(key: string, value: CachedAnswer): Promise<void> {
    await this.redis.set(this.keys.responseCache(key), serialize(value), 'PX', this.ttlMs);
  }

  async lookupOrClaim(key: string, owner: string, claimMs: number): Promise<CacheLookup> {
    const keys = [this.keys.responseCache(key), this.keys.responseClaim(key)];
    const reply = (await LOOKUP_OR_CLAIM.run(this.redis, keys, [owner, Math.max(1, Math.ceil(claimMs))])) as [
      string,
      (string | number)?,
    ];
    if (reply[0] === 'hit') return { kind: 'hit', answer: parseAnswer(String(reply[1])) };
    if (reply[0] === 'claimed') return { kind: 'claimed' };
    return { kind: 'busy', claim_ttl_ms: Math.max(0, Number(reply[1] ?? 0)) };
  }

  async storeAnswer(key: string, value: CachedAnswer, owner: string): Promise<void> {
    const keys = [this.keys.responseCache(key), this.keys.responseClaim(key)];
    await STORE_ANSWER.run(this.redis, keys, [serialize(value), this.ttlMs, owner]);
  }

  async releaseClaim(key: string, owner: string): Promise<void> {
    await RELEASE_CLAIM.run(this.redis, [this.keys.responseClaim(key)], [owner]);
  }

  async renewClaim(key: string, owner: string, claimMs: number): Promise<boolean> {
    const keys = [this.keys.responseClaim(key)];
    return Number(await RENEW_CLAIM.run(this.redis, keys, [owner, Math.max(1, Math.ceil(claimMs))])) === 1;
  }
}

function serialize(value: CachedAnswer): string {
  return JSON.stringify({ output: value.output, provider: value.provider, model: value.model });
}

function parseAnswer(raw: string | null): CachedAnswer | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<CachedAnswer>;
    if (typeof value.provider !== 'string' || typeof value.model !== 'string' || !('output' in value))
      return null;
    return { output: value.output, provider: value.provider, model: value.model };
  } catch {
    return null;
  }
}
