/**
 * Write-behind for the Redis writes after an answer (settle, ledger entry, breaker verdict, claim release): the
 * caller gets its answer without waiting for Redis to reply. Nothing is less durable for it — a failure is retried
 * and logged by `CallAccounting` exactly as when awaited — and the budget stays safe: until the settle lands, the
 * hold (the call's worst case) still counts. {@link flush} waits for every write added so far.
 */
export class WriteBehind {
  private readonly inFlight = new Set<Promise<unknown>>();

  /** Tracks writes already sent; none of them may reject the caller (failures are swallowed here). */
  add(...writes: (Promise<unknown> | undefined)[]): void {
    const done: Promise<unknown> = Promise.all(writes.map((w) => w ?? Promise.resolve()))
      .catch(() => undefined)
      .finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
  }

  /**
   * Builds and sends `write` on the next turn of the event loop (`setImmediate`), after the caller's own
   * continuation has run, and tracks it from now on.
   */
  addNextTurn(write: () => Promise<unknown>): void {
    this.add(new Promise<void>((resolve) => setImmediate(resolve)).then(write));
  }

  /**
   * Resolves once every write added so far has been answered, or after `timeoutMs` (a shutdown must not hang on
   * an unreachable Redis: the accounting's own retries log what stays unwritten).
   */
  async flush(timeoutMs = Infinity): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return;
      let timer: NodeJS.Timeout | undefined;
      const expired = Number.isFinite(left)
        ? new Promise<void>((resolve) => (timer = setTimeout(resolve, left)))
        : null;
      await Promise.race([Promise.all([...this.inFlight]), ...(expired ? [expired] : [])]);
      if (timer) clearTimeout(timer);
    }
  }
}
