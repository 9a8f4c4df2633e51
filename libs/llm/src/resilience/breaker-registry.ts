import type { BreakerState } from '../cost-ports';
import type { RouteHop } from '../routing';
import { CircuitBreaker } from './circuit-breaker';

/** A breaker's state as shown in `/state` and `/dashboard`. */
export interface BreakerSnapshot {
  provider: string;
  model: string;
  state: BreakerState;
  consecutive_failures: number;
}

/** Settings of a {@link BreakerRegistry}. */
export interface BreakerRegistryOptions {
  failureThreshold?: number;
  openMs?: number;
  now: () => number;
  /** Told whenever a breaker changes state. */
  onChange: (provider: string, model: string, state: BreakerState) => void;
}

/** One circuit breaker per provider + model, created on first use (in each process). */
export class BreakerRegistry {
  private readonly breakers = new Map<string, CircuitBreaker>();

  constructor(private readonly opts: BreakerRegistryOptions) {}

  /** The breaker of `hop`'s provider and model. */
  of(hop: RouteHop): CircuitBreaker {
    const key = `${hop.provider}\u0000${hop.model}`;
    let breaker = this.breakers.get(key);
    if (!breaker) {
      breaker = new CircuitBreaker({
        failureThreshold: this.opts.failureThreshold ?? 3,
        openMs: this.opts.openMs ?? 60_000,
        now: this.opts.now,
        onChange: (state) => this.opts.onChange(hop.provider, hop.model, state),
      });
      this.breakers.set(key, breaker);
    }
    return breaker;
  }

  /** Every breaker created so far. */
  snapshots(): BreakerSnapshot[] {
    return [...this.breakers.entries()].map(([key, breaker]) => {
      const [provider, model] = splitKey(key);
      return { provider, model, state: breaker.state, consecutive_failures: breaker.consecutiveFailures };
    });
  }
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}

const BREAKER_VALUE = { closed: 0, half_open: 1, open: 2 } as const;

/**
 * The client's circuit breakers as flat `/state` metrics: `llm_breaker_state:<provider>/<model>` = 0 closed,
 * 1 half-open, 2 open, and `llm_breakers_open`.
 */
export function breakerStateMetrics(client: { breakerStates(): BreakerSnapshot[] }): Record<string, number> {
  const states = client.breakerStates();
  const metrics: Record<string, number> = {
    llm_breakers_open: states.filter((b) => b.state === 'open').length,
  };
  for (const b of states) metrics[`llm_breaker_state:${b.provider}/${b.model}`] = BREAKER_VALUE[b.state];
  return metrics;
}
