/** Nano-USD per USD: money is stored as integer nano-USD so sums in Redis are exact. */
export const NANO_PER_USD = 1_000_000_000;

/** Largest amount the cost layer accepts, so every sum stays an exact integer in a double (and in Lua). */
export const MAX_USD = 1_000_000;

/** USD → integer nano-USD (rounded to the nearest nano); refuses what is not a finite amount in [0, MAX_USD]. */
export function toNanoUsd(usd: number): number {
  if (!Number.isFinite(usd) || usd < 0 || usd > MAX_USD)
    throw new RangeError(`amount must be a finite USD value in [0, ${MAX_USD}], got ${usd}`);
  return Math.round(usd * NANO_PER_USD);
}

/** Integer nano-USD (a number or Redis's decimal string) → USD. */
export function fromNanoUsd(nano: number | string | null | undefined): number {
  const n = typeof nano === 'string' ? Number(nano) : (nano ?? 0);
  return Number.isFinite(n) ? n / NANO_PER_USD : 0;
}
