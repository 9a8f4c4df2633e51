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
  quota?: { limit: number; window_seconds: number };
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
    quota: {
      type: 'object',
      additionalProperties: false,
      required: ['limit', 'window_seconds'],
      properties: {
        limit: { type: 'integer', minimum: 1, maximum: 1_000_000 },
        window_seconds: { type: 'integer', minimum: 1, maximum: 31_536_000 },
      },
    },
  },
} as const;
