import type { QuotaBehavior, QuotaUsageBehavior, RankingBehavior, SpecContract } from '@sf/service-spec';

/** A reference answer (the same shape as the reference service's). */
interface ReferenceResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** The reference interpreter of `quota` and `quota_usage` (CONTRACT semantics in their TSDoc). */
export class ReferenceQuotas {
  private readonly windows = new Map<string, Map<string, { start: number; count: number }>>();
  private readonly buckets = new Map<string, Map<string, { level: number; at: number }>>();

  constructor(
    private readonly contract: SpecContract,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private of(endpoint: string): Map<string, { start: number; count: number }> {
    let found = this.windows.get(endpoint);
    if (!found) {
      found = new Map();
      this.windows.set(endpoint, found);
    }
    return found;
  }

  hit(
    endpoint: string,
    b: QuotaBehavior,
    body: unknown,
    params: Record<string, string> = {},
    headers: Record<string, string> = {},
  ): ReferenceResponse {
    const fromBody =
      body !== null && typeof body === 'object' && !Array.isArray(body)
        ? (body as Record<string, unknown>)[b.key_field]
        : undefined;
    const key =
      b.key_param !== undefined
        ? params[b.key_param]
        : b.key_header !== undefined
          ? (headers[b.key_header] ?? '').trim()
          : fromBody;
    if (typeof key !== 'string' || key === '') {
      return { status: 400, headers: {}, body: { error: { code: 'VALIDATION_FAILED', message: 'no key' } } };
    }
    if (b.algorithm === 'token_bucket') return this.take(endpoint, b, key);
    const now = this.now();
    const windows = this.of(endpoint);
    let w = windows.get(key);
    // A window on the UTC clock starts where the clock says; otherwise at the key's first request.
    const clock = clockBounds(b, now);
    const opened = clock?.opened ?? now;
    if (!w || (clock ? w.start !== opened : now - w.start >= b.window_seconds * 1000)) {
      w = { start: opened, count: 0 };
      windows.set(key, w);
    }
    const ends = clock?.ends ?? w.start + b.window_seconds * 1000;
    const reset = Math.max(1, Math.ceil((ends - now) / 1000));
    if (w.count >= b.limit) {
      return rateLimited('rate limited', reset);
    }
    w.count += 1;
    return {
      status: 200,
      headers: {},
      body: {
        [b.key_field]: key,
        allowed: true,
        count: w.count,
        limit: b.limit,
        remaining: b.limit - w.count,
        reset_seconds: reset,
      },
    };
  }

  /** The key's bucket now, refilled since it was last touched (full when never seen), and what it holds. */
  private refilled(endpoint: string, b: QuotaBehavior, key: string): { level: number; at: number } {
    let buckets = this.buckets.get(endpoint);
    if (!buckets) {
      buckets = new Map();
      this.buckets.set(endpoint, buckets);
    }
    const now = this.now();
    const held = buckets.get(key);
    // Milliseconds of refill per token: window / refill tokens; the level is counted in tokens.
    const perToken = (b.window_seconds * 1000) / (b.refill_tokens ?? b.limit);
    const level = held ? Math.min(b.limit, held.level + Math.max(0, now - held.at) / perToken) : b.limit;
    return { level, at: now };
  }

  private level(endpoint: string, b: QuotaBehavior, key: string): ReferenceBucketLevel {
    const { level } = this.refilled(endpoint, b, key);
    return { tokens: Math.floor(level + 1e-9), fullIn: this.secondsUntil(b, b.limit - level) };
  }

  private secondsUntil(b: QuotaBehavior, tokens: number): number {
    const perToken = (b.window_seconds * 1000) / (b.refill_tokens ?? b.limit);
    return tokens <= 1e-9 ? 0 : Math.ceil(Math.ceil(tokens * perToken - 1e-6) / 1000);
  }

  private take(endpoint: string, b: QuotaBehavior, key: string): ReferenceResponse {
    const bucket = this.refilled(endpoint, b, key);
    this.buckets.get(endpoint)?.set(key, bucket);
    if (bucket.level < 1 - 1e-9) {
      const retry = Math.max(1, this.secondsUntil(b, 1 - bucket.level));
      return rateLimited('no token left', retry);
    }
    bucket.level -= 1;
    const remaining = Math.floor(bucket.level + 1e-9);
    return {
      status: 200,
      headers: {},
      body: {
        [b.key_field]: key,
        allowed: true,
        count: b.limit - remaining,
        limit: b.limit,
        remaining,
        reset_seconds: this.secondsUntil(b, b.limit - bucket.level),
      },
    };
  }

  /** The count of `key` in the current fixed window of `endpoint` (0 when none or it ended), and its reset. */
  windowOf(endpoint: string, windowSeconds: number, key: string): { count: number; reset: number } {
    const now = this.now();
    const w = this.of(endpoint).get(key);
    const active = w && now - w.start < windowSeconds * 1000 ? w : undefined;
    return {
      count: active?.count ?? 0,
      reset: active ? Math.max(1, Math.ceil((active.start + windowSeconds * 1000 - now) / 1000)) : 0,
    };
  }

  usage(b: QuotaUsageBehavior, key: string): ReferenceResponse {
    const quota = this.contract.endpoints.find((e) => e.id === b.quota)?.behavior;
    if (quota?.kind !== 'quota') return { status: 500, headers: {}, body: null };
    if (quota.algorithm === 'token_bucket') {
      const { tokens, fullIn } = this.level(b.quota, quota, key);
      return {
        status: 200,
        headers: {},
        body: {
          [quota.key_field]: key,
          count: quota.limit - tokens,
          limit: quota.limit,
          remaining: tokens,
          reset_seconds: fullIn,
        },
      };
    }
    const now = this.now();
    const w = this.of(b.quota).get(key);
    const clock = clockBounds(quota, now);
    const active =
      w && (clock ? w.start === clock.opened : now - w.start < quota.window_seconds * 1000) ? w : undefined;
    const count = active?.count ?? 0;
    const ends = clock?.ends ?? (active?.start ?? 0) + quota.window_seconds * 1000;
    const reset = active ? Math.max(1, Math.ceil((ends - now) / 1000)) : 0;
    return {
      status: 200,
      headers: {},
      body: {
        [quota.key_field]: key,
        count,
        limit: quota.limit,
        remaining: quota.limit - count,
        reset_seconds: reset,
      },
    };
  }
}

/** Token buckets, written apart from the service's integer arithmetic: tokens as exact fractions of one. */
export interface ReferenceBucketLevel {
  /** Whole tokens in the bucket now. */
  tokens: number;
  /** Whole seconds until it is full (0 when full). */
  fullIn: number;
}

/** The reference ranking: best record per owner when asked, sorted by score, older first on ties. */
export function ranked(records: Record<string, unknown>[], b: RankingBehavior): Record<string, unknown>[] {
  const scored = records.filter((r) => typeof r[b.score_field] === 'number');
  const score = (r: Record<string, unknown>) => r[b.score_field] as number;
  const sign = b.order === 'desc' ? -1 : 1;
  let pool = scored;
  if (b.best_per !== undefined) {
    const per = b.best_per;
    pool = scored.filter(
      (r) =>
        !scored.some(
          (o) =>
            o !== r &&
            o[per] === r[per] &&
            (sign * (score(o) - score(r)) < 0 ||
              (score(o) === score(r) && scored.indexOf(o) < scored.indexOf(r))),
        ),
    );
  }
  return [...pool].sort((x, y) => sign * (score(x) - score(y)));
}

/** The reference entries of a ranking: its records, or with `row` each owner's row (best, count, rank). */
export function rankingEntries(
  records: Record<string, unknown>[],
  b: RankingBehavior,
): Record<string, unknown>[] {
  const order = ranked(records, b);
  const per = b.best_per;
  const row = b.row;
  if (row === undefined || per === undefined) return order;
  return order.map((r, at) => ({
    [per]: r[per],
    [row.best]: r[b.score_field],
    ...(row.count === undefined
      ? {}
      : {
          [row.count]: records.filter((o) => o[per] === r[per] && typeof o[b.score_field] === 'number')
            .length,
        }),
    ...(row.rank === undefined ? {} : { [row.rank]: at + 1 }),
  }));
}

/** The 429 of a spent quota: `Retry-After` and the body's remaining, retry and reset, all from `seconds`. */
function rateLimited(message: string, seconds: number): ReferenceResponse {
  return {
    status: 429,
    headers: { 'retry-after': String(seconds) },
    body: {
      error: { code: 'RATE_LIMITED', message },
      allowed: false,
      remaining: 0,
      retry_after: seconds,
      reset_seconds: seconds,
    },
  };
}

/** A quota answer with the further names its feature writes for `remaining` and `count` (a 429 counts the limit). */
export function withQuotaAliases(
  b: QuotaBehavior,
  res: ReferenceResponse,
  now: number = Date.now(),
): ReferenceResponse {
  const body = res.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return res;
  const fields = body as Record<string, unknown>;
  return {
    ...res,
    body: {
      ...fields,
      ...(b.remaining_as === undefined ? {} : { [b.remaining_as]: fields.remaining }),
      ...(b.count_as === undefined ? {} : { [b.count_as]: fields.count ?? b.limit }),
      ...(b.reset_at_as === undefined
        ? {}
        : { [b.reset_at_as]: new Date(now + Number(fields.reset_seconds ?? 0) * 1000).toISOString() }),
    },
  };
}

/** The window on the UTC clock `now` is in, for a quota aligned to it (a whole multiple, or a calendar month). */
function clockBounds(b: QuotaBehavior, now: number): { opened: number; ends: number } | null {
  if (b.aligned === undefined) return null;
  if (b.aligned === 'utc_month') {
    const at = new Date(now);
    return {
      opened: Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1),
      ends: Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1),
    };
  }
  const windowMs = b.window_seconds * 1000;
  const opened = Math.floor(now / windowMs) * windowMs;
  return { opened, ends: opened + windowMs };
}
