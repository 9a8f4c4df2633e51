import { LlmError } from './llm-error';
import type { LlmHop } from './llm-types';
import type { RouteHop } from './routing';

/** Why a hop did not answer, carried to the next hop and into the final error. */
export class HopFailure extends Error {
  constructor(readonly error: LlmError) {
    super(error.message);
  }
}

/** Any failure of a provider call as an `LlmError` (unknown errors become `LLM_PROVIDER_FAILED`). */
export function toLlmError(error: unknown, hop: RouteHop): LlmError {
  if (error instanceof LlmError) return error;
  return new LlmError(
    'LLM_PROVIDER_FAILED',
    `${hop.provider}/${hop.model} failed: ${error instanceof Error ? error.message : String(error)}`,
    false,
    undefined,
    { cause: error },
  );
}

/** `error` with the hops tried so far added to its details. */
export function withHops(error: LlmError, hops: LlmHop[]): LlmError {
  const details = typeof error.details === 'object' && error.details !== null ? error.details : {};
  return new LlmError(
    error.code,
    error.message,
    error.transient,
    { ...details, hops },
    {
      retryAfterMs: error.retryAfterMs,
      status: error.status,
      cause: error,
    },
  );
}
