import type { BreakerState } from '../cost-ports';

/** Settings of a {@link CircuitBreaker}. */
export interface BreakerOptions {
  /** Consecutive failures that open the breaker (default 3). */
  failureThreshold: number;
  /** How long it stays open before letting one probe through (default 60 s). */
  openMs: number;
  now?: () => number;
  onChange?: (state: BreakerState) => void;
}

/** A permit to make one request; exactly one of `success`, `failure` or `release` must be called. */
export interface BreakerPermit {
  success(): void;
  failure(): void;
  /** The request was not made (e.g. the budget refused it): give the permit back without a verdict. */
  release(): void;
}

/**
 * Circuit breaker for one provider + model. Closed: every request passes; `failureThreshold` consecutive
 * failures open it. Open: requests are refused until `openMs` has passed, then it is half-open. Half-open:
 * exactly one request (the probe) passes; its success closes the breaker, its failure opens it again.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probeInFlight = false;
  private readonly now: () => number;

  constructor(private readonly opts: BreakerOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** The state as of now (an open breaker whose time is up reads as half-open). */
  get state(): BreakerState {
    if (this.current === 'open' && this.now() - this.openedAt >= this.opts.openMs) this.set('half_open');
    return this.current;
  }

  /** Consecutive failures counted so far. */
  get consecutiveFailures(): number {
    return this.failures;
  }

  /** A permit for one request, or null when the breaker refuses it. */
  tryAcquire(): BreakerPermit | null {
    const state = this.state;
    if (state === 'open') return null;
    if (state === 'half_open') {
      if (this.probeInFlight) return null;
      this.probeInFlight = true;
      return this.permit(true);
    }
    return this.permit(false);
  }

  private permit(probe: boolean): BreakerPermit {
    let used = false;
    const once = (fn: () => void) => () => {
      if (used) return;
      used = true;
      if (probe) this.probeInFlight = false;
      fn();
    };
    return {
      success: once(() => {
        this.failures = 0;
        this.set('closed');
      }),
      failure: once(() => {
        this.failures += 1;
        if (probe || (this.current === 'closed' && this.failures >= this.opts.failureThreshold)) {
          this.openedAt = this.now();
          this.set('open');
        }
      }),
      release: once(() => undefined),
    };
  }

  private set(state: BreakerState): void {
    if (state === this.current) return;
    this.current = state;
    this.opts.onChange?.(state);
  }
}
