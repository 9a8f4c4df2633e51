import type { Redis } from 'ioredis';
import type { CachedAnswer, ResponseCache } from '../cost-ports';
import { CostKeys } from './cost-keys';

/** Default lifetime of a cached answer (`LLM_CACHE_TTL_SECONDS`). */
export const DEFAULT_CACHE_TTL_SECONDS = 86_400;

/** Options of {@link RedisResponseCache}. */
export interface RedisResponseCacheOptions {
  /** Lifetime of an answer in seconds (default 24 h); fractions allowed. */
  ttlSeconds?: number;
}

/** The exact-response cache in Redis: one key per {@link cacheKey}, expiring after the TTL. */
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
    const raw = await this.redis.get(this.keys.responseCache(key));
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

  async set(key: string, value: CachedAnswer): Promise<void> {
    const answer = { output: value.output, provider: value.provider, model: value.model };
    await this.redis.set(this.keys.responseCache(key), JSON.stringify(answer), 'PX', this.ttlMs);
  }
}
