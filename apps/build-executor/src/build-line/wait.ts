/** Longest pause between polls while a phase waits for something outside the executor. */
const POLL_MS = 50;
/** First pause: what is waited for (a service starting, registering) is often ready within tens of ms. */
const FIRST_POLL_MS = 5;

/**
 * Resolves with `probe()`'s first truthy value, polling until `timeoutMs`; rejects on timeout. The pause
 * between polls starts at 5 ms and doubles up to {@link POLL_MS}: a fixed 100 ms cost a ready service 50 ms
 * on average per wait (now about 20), while a slow one is asked at most twenty times a second.
 */
export async function waitFor<T>(
  probe: () => Promise<T | null | false>,
  timeoutMs: number,
  maxPauseMs = POLL_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let pause = Math.min(FIRST_POLL_MS, maxPauseMs); ; pause = Math.min(pause * 2, maxPauseMs)) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() >= deadline) throw new Error(`not ready within ${timeoutMs} ms`);
    await sleep(pause);
  }
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
