/**
 * A header every request to an endpoint must carry ("callers identify with an X-Api-Key header; a request without
 * it returns 401"), and the per-key quota counted by that header's value ("each key may make 5 calls per
 * minute"). The guard runs before the endpoint reads anything else: without the header (or with it empty) the
 * answer is 401 `MISSING_API_KEY`. Any non-empty value identifies a caller: the service keeps no list of accepted
 * keys, so a feature that asks for only some keys ("only keys issued by the partner portal") is not realised by
 * a guard.
 */
export interface EndpointGuard {
  /** The header, lower-case (`x-api-key`). */
  header: string;
  /**
   * At most `limit` requests per header value in a fixed window of `window_seconds` that opens at the value's
   * first request, counted across every endpoint guarded by the same header; past it 429 `RATE_LIMITED` with
   * `remaining` 0 and `reset_seconds` (header `retry-after` the same), not counted. A request the guard lets
   * through is counted before the endpoint validates it.
   */
  quota?: GuardQuota;
  /** 400 when the feature answers a call without the header with 400 ("a call without it is answered 400"). */
  missing_status?: 400;
}

/** The status of a call without a guard's header: 401, or the 400 the feature writes. */
export function missingStatus(guard: EndpointGuard): 400 | 401 {
  return guard.missing_status ?? 401;
}

/** A guard's quota; the names are those a usage read answers besides `remaining` and `count` (`{"left": n}`). */
export interface GuardQuota {
  limit: number;
  window_seconds: number;
  remaining_as?: string;
  count_as?: string;
  /**
   * The name under which every 2xx answer of a counted endpoint that is a JSON object carries the calls its caller
   * has left in the window after this one ("GET /echo returns {"msg", "remaining": calls left this minute}").
   */
  answer_as?: string;
}

/**
 * The `quota` a `quota_usage` endpoint names to read the guards' quota (no endpoint has this id): the key is the
 * value of the endpoint's own guard header, which carries no quota, so reading never counts. 200 `{"count",
 * "limit", "remaining", "reset_seconds"}` (and the guard quota's names) for the caller's current window.
 */
export const GUARD_QUOTA = 'guard';

/** Whether a behaviour reads the guards' quota (its `param` names no path parameter: the caller is in a header). */
export function readsGuardQuota(b: { kind: string; quota?: string }): boolean {
  return b.kind === 'quota_usage' && b.quota === GUARD_QUOTA;
}

/** The guard quota a contract counts by (every guarded endpoint shares it), if any. */
export function guardQuotaOf(endpoints: { guard?: EndpointGuard }[]): GuardQuota | undefined {
  return endpoints.find((e) => e.guard?.quota)?.guard?.quota;
}

/** Whether a usage read names a quota it can read: a `quota` endpoint, or the guards' quota. */
export function usageReadable(
  endpoints: { id: string; behavior: { kind: string }; guard?: EndpointGuard }[],
  quota: string,
): boolean {
  if (quota === GUARD_QUOTA) return guardQuotaOf(endpoints) !== undefined;
  return endpoints.some((x) => x.id === quota && x.behavior.kind === 'quota');
}

/** The stable code of the 401 a guard answers. */
export const MISSING_API_KEY = 'MISSING_API_KEY';

/** JSON schema of an endpoint's `guard`. */
export const GUARD_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['header'],
  properties: {
    header: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 },
    missing_status: { const: 400 },
    quota: {
      type: 'object',
      additionalProperties: false,
      required: ['limit', 'window_seconds'],
      properties: {
        limit: { type: 'integer', minimum: 1, maximum: 1_000_000 },
        window_seconds: { type: 'integer', minimum: 1, maximum: 31_536_000 },
        remaining_as: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
        count_as: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
        answer_as: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
      },
    },
  },
} as const;
