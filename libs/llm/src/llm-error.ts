/** Stable codes of LLM-layer failures. */
export type LlmErrorCode =
  /** The provider's output is not JSON or does not match the role's schema (after the repair round). */
  | 'LLM_OUTPUT_INVALID'
  /** The role input is not what the role expects (a caller bug; never retried). */
  | 'LLM_INPUT_INVALID'
  /** The provider does not serve this role. */
  | 'LLM_ROLE_UNSUPPORTED'
  /** The vendor answered 429 (transient; `retryAfterMs` when it sent `retry-after`). */
  | 'LLM_RATE_LIMITED'
  /** The vendor answered 5xx or 529 overloaded (transient). */
  | 'LLM_PROVIDER_UNAVAILABLE'
  /** No answer within the request timeout (transient). */
  | 'LLM_TIMEOUT'
  /** The connection failed or was reset (transient). */
  | 'LLM_CONNECTION_FAILED'
  /** The vendor refused the request: 400/401/403/404/422 (never retried). */
  | 'LLM_REQUEST_REJECTED'
  /** The provider+model circuit breaker is open (or half-open with its probe in flight). */
  | 'LLM_CIRCUIT_OPEN'
  /** The daily or per-intent budget cannot cover the call. */
  | 'LLM_BUDGET_EXCEEDED'
  /** Every hop of the fallback chain failed. */
  | 'LLM_ALL_PROVIDERS_FAILED'
  /** Routing, price table or provider configuration is unusable (refused at start-up). */
  | 'LLM_CONFIG_INVALID'
  /** The provider failed in a way it did not classify. */
  | 'LLM_PROVIDER_FAILED';

/** Extra facts about an {@link LlmError}. */
export interface LlmErrorOptions {
  /** Milliseconds the vendor asked us to wait (`retry-after` / `retry-after-ms`). */
  retryAfterMs?: number;
  /** HTTP status from the vendor, when there was one. */
  status?: number;
  cause?: unknown;
}

/**
 * The one error type the LLM layer throws. `transient` tells callers (the retry policy, queue processors)
 * whether trying again can help.
 */
export class LlmError extends Error {
  readonly retryAfterMs?: number;
  readonly status?: number;

  constructor(
    readonly code: LlmErrorCode,
    message: string,
    readonly transient: boolean = false,
    readonly details?: unknown,
    opts: LlmErrorOptions = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'LlmError';
    this.retryAfterMs = opts.retryAfterMs;
    this.status = opts.status;
  }
}
