/** Stable codes of LLM-layer failures. */
export type LlmErrorCode =
  /** The provider's output does not match the role's schema. */
  | 'LLM_OUTPUT_INVALID'
  /** The role input is not what the role expects (a caller bug; never retried). */
  | 'LLM_INPUT_INVALID'
  /** The provider does not serve this role. */
  | 'LLM_ROLE_UNSUPPORTED'
  /** The provider failed in a way it did not classify. */
  | 'LLM_PROVIDER_FAILED';

/**
 * The one error type the LLM layer throws. `transient` tells callers (queue processors, the future retry
 * policy) whether trying again can help.
 */
export class LlmError extends Error {
  constructor(
    readonly code: LlmErrorCode,
    message: string,
    readonly transient: boolean = false,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}
