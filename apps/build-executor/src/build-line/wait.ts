/** Pause between polls while a phase waits for something outside the executor. */
const POLL_MS = 100;

/** Resolves with `probe()`'s first truthy value, polling until `timeoutMs`; rejects on timeout. */
export async function waitFor<T>(probe: () => Promise<T | null | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() >= deadline) throw new Error(`not ready within ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
