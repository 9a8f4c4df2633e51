/** Restart policy after a crash (PRODUCT §6: restarted on crash with backoff). */
export interface BackoffPolicy {
  /** Delay before the first restart. */
  initialMs: number;
  /** Ceiling of the doubling delay. */
  maxMs: number;
  /** A process that stayed up this long before crashing counts as healthy: the next delay starts over. */
  resetAfterMs: number;
}

/** 0.5 s doubling to 30 s, reset after a minute of uptime. */
export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 500, maxMs: 30_000, resetAfterMs: 60_000 };

/** Delay before restart number `consecutiveCrashes + 1` of a crash streak. */
export function restartDelayMs(consecutiveCrashes: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  // Capping the exponent first keeps 2 ** n finite for any streak length.
  const exponent = Math.min(Math.max(consecutiveCrashes, 0), 30);
  return Math.min(policy.initialMs * 2 ** exponent, policy.maxMs);
}
