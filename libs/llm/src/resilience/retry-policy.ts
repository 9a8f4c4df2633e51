import { LlmError } from '../llm-error';

/** Settings of the retry policy around one provider request. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  maxRetries: number;
  /** Base of the exponential backoff (default 500 ms): attempt n waits up to `base × 2^n`. */
  baseDelayMs: number;
  /** Cap of one backoff (default 20 s). */
  maxDelayMs: number;
  /** A `retry-after` longer than this is not waited for: the caller falls back instead (default 60 s). */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
};

/**
 * How long to wait before retry number `retry` (0-based) after `error`, or null when it must not be retried:
 * only transient failures (429, 5xx/529, timeouts, connection errors) are, never a 4xx rejection or invalid
 * output. Full jitter (`random() × min(cap, base × 2^retry)`), but never less than the vendor's `retry-after`.
 */
export function retryDelay(
  error: unknown,
  retry: number,
  opts: RetryOptions,
  random: () => number = Math.random,
): number | null {
  if (!(error instanceof LlmError) || !error.transient) return null;
  if (retry >= opts.maxRetries) return null;
  const jitter = Math.floor(random() * Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** retry));
  const after = error.retryAfterMs;
  if (after === undefined) return jitter;
  if (after > opts.maxRetryAfterMs) return null;
  return Math.max(after, jitter);
}
