/** Stable error codes and the HTTP status each maps to (PRODUCT §4 error shape). */
export const ERROR_HTTP_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 404,
  INTENT_NOT_FOUND: 404,
  BUILD_NOT_FOUND: 404,
  SPEC_NOT_FOUND: 404,
  SPEC_PATH_OUTSIDE_ROOT: 400,
  SPEC_BELOW_THRESHOLD: 422,
  /** A key feature the SPEC does not realise as written (the fidelity rule of the rubric). */
  FEATURES_UNREALISED: 422,
  SPEC_CONTRACT_MISSING: 422,
  INVALID_STATE_TRANSITION: 409,
  INTENT_IN_FLIGHT: 409,
  IDEMPOTENCY_CONFLICT: 409,
  PORT_IN_USE: 409,
  DEPLOYMENT_NOT_FOUND: 404,
  /** The local deployment is supervised by another live executor that did not hand it over (another host). */
  DEPLOYMENT_OWNED_ELSEWHERE: 409,
  SERVICE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  /** No credential, or one that is unknown, revoked, expired or malformed (answered with `WWW-Authenticate`). */
  UNAUTHENTICATED: 401,
  /** A valid credential whose role (or scope) does not reach the route's. */
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  DEPLOY_TARGET_UNAVAILABLE: 422,
  DEPLOY_FAILED: 502,
  /** A release whose files differ from the digest recorded when its tests passed: it is not started. */
  RELEASE_HASH_MISMATCH: 409,
  UDC_CHECK_FAILED: 500,
  /** A build checkpoint (or release file) over CHECKPOINT_MAX_BYTES, or a build over CHECKPOINT_BUILD_MAX_BYTES. */
  CHECKPOINT_TOO_LARGE: 413,
  /** A checkpoint the build's index names but Redis no longer holds intact (expired past retention, or altered). */
  CHECKPOINT_MISSING: 410,
  SANDBOX_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
} as const;

/** A stable, documented error code. */
export type ErrorCode = keyof typeof ERROR_HTTP_STATUS;

/** Body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
  request_id: string;
}

/**
 * The one exception type our code throws for expected failures. The HTTP layer maps it once
 * (code → status); queue processors treat it as permanent unless `transient` is set.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly transient = false,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** HTTP status for this error's code. */
  get httpStatus(): number {
    return ERROR_HTTP_STATUS[this.code];
  }
}

/**
 * Whether a failed job is worth a retry. Errors that know (`AppError`, the LLM layer's errors: a boolean
 * `transient`) say so; anything else (a lost connection, a crash mid-step) is retried, which is safe
 * because every step resumes from its checkpoint.
 */
export function isTransientError(err: unknown): boolean {
  if (err instanceof AppError) return err.transient;
  const flag = (err as { transient?: unknown } | null)?.transient;
  return typeof flag === 'boolean' ? flag : true;
}
