/**
 * Whether the service has begun shutting down. Set first thing on SIGTERM, before workers and the HTTP
 * server close, so readiness turns 503 at once and new work is refused (503 + `Retry-After`) instead of
 * being accepted while the process is on its way out.
 */
export class ShutdownGate {
  private began = false;

  /** Marks the start of shutdown (idempotent). */
  begin(): void {
    this.began = true;
  }

  /** True once {@link begin} was called. */
  get draining(): boolean {
    return this.began;
  }
}
