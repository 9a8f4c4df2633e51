import type { BreakerState } from '../cost-ports';
import type { RouteHop } from '../routing';
import { CircuitBreaker } from './circuit-breaker';
import type { SharedBreakerSettings, SharedBreakerStore, SharedBreakerView } from './redis-breaker-store';

/** A breaker's state as shown in `/state` and `/dashboard`. */
export interface BreakerSnapshot {
  provider: string;
  model: string;
  state: BreakerState;
  consecutive_failures: number;
}

/**
 * A permit to make one vendor request; exactly one of `success`, `failure` or `release` must be called (later
 * calls are no-ops). Each resolves once the verdict is recorded (never rejects), `success` and `failure` with the
 * breaker's state after it.
 */
export interface HopPermit {
  success(): Promise<BreakerState>;
  failure(): Promise<BreakerState>;
  /** The request was not made (a cache hit, the budget refused it): give the permit back without a verdict. */
  release(): Promise<void>;
}

/** Settings of a {@link BreakerRegistry}. */
export interface BreakerRegistryOptions {
  failureThreshold?: number;
  openMs?: number;
  now: () => number;
  /** Told whenever a breaker changes state (as this process sees it). */
  onChange: (provider: string, model: string, state: BreakerState) => void;
  /**
   * Where the fleet's breakers live (Redis in the services). Without one, or while it fails, each process
   * keeps its own breakers.
   */
  shared?: SharedBreakerStore;
  /** Told when the shared store fails and a process-local breaker decides instead. */
  onSharedFailure?: (error: unknown) => void;
}

interface Entry {
  hop: RouteHop;
  /** The process-local breaker: the only one without a shared store, the fallback while the store fails. */
  local: CircuitBreaker;
  /** The shared breaker as the store last returned it (null before the first answer, or after a failure). */
  seen: SharedBreakerView | null;
  /** The state last reported through `onChange`. */
  reported: BreakerState;
}

/**
 * One circuit breaker per provider + model. With a shared store the breaker is the fleet's: consecutive
 * failures, the open time and the single half-open probe are kept in the store, and each permit and verdict is
 * one command. When the store cannot answer, the process-local breaker decides that call: neither fail-open (a
 * dead vendor would be hammered by every replica at once) nor fail-closed (a dead Redis would stop calls to a
 * healthy vendor); each replica then protects the vendor on its own until the store answers again.
 */
export class BreakerRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly settings: SharedBreakerSettings;

  constructor(private readonly opts: BreakerRegistryOptions) {
    this.settings = { failureThreshold: opts.failureThreshold ?? 3, openMs: opts.openMs ?? 60_000 };
  }

  /**
   * A permit for one request to `hop`, or null when its breaker refuses it. `probeLeaseMs` bounds how long a
   * half-open probe is held if its holder never reports (e.g. it crashed): the request's timeout. The store's
   * command is sent in the caller's tick, so it shares a round trip with the other commands issued beside it.
   */
  async acquire(hop: RouteHop, probeLeaseMs: number): Promise<HopPermit | null> {
    const entry = this.entry(hop);
    const shared = this.opts.shared;
    if (shared) {
      try {
        const grant = await shared.acquire(hop.provider, hop.model, this.opts.now(), probeLeaseMs);
        this.see(entry, grant);
        return grant.granted
          ? this.sharedPermit(entry, shared, grant.probe, grant.consecutive_failures)
          : null;
      } catch (error) {
        entry.seen = null;
        this.opts.onSharedFailure?.(error);
      }
    }
    return this.localPermit(entry);
  }

  /** The state of `hop`'s breaker as this process last saw it. */
  stateOf(hop: RouteHop): BreakerState {
    return this.view(this.entry(hop)).state;
  }

  /** Every breaker this process has used, as it last saw them. */
  snapshots(): BreakerSnapshot[] {
    return [...this.entries.values()].map((entry) => ({
      provider: entry.hop.provider,
      model: entry.hop.model,
      ...this.view(entry),
    }));
  }

  private sharedPermit(
    entry: Entry,
    shared: SharedBreakerStore,
    probe: string | null,
    failuresSeen: number,
  ): HopPermit {
    let used = false;
    const settle = async (verdict: 'success' | 'failure' | 'release'): Promise<BreakerState> => {
      if (used) return this.view(entry).state;
      used = true;
      // A closed-state success with nothing counted changes nothing: no command for the common case.
      if (verdict !== 'failure' && !probe && (verdict === 'release' || failuresSeen === 0)) {
        return this.view(entry).state;
      }
      try {
        const view = await shared.settle(
          entry.hop.provider,
          entry.hop.model,
          verdict,
          probe,
          this.opts.now(),
          this.settings,
        );
        this.see(entry, view);
      } catch (error) {
        // The verdict is lost: a failure goes uncounted, a probe lapses after its lease. The call itself stands.
        this.opts.onSharedFailure?.(error);
      }
      return this.view(entry).state;
    };
    return {
      success: () => settle('success'),
      failure: () => settle('failure'),
      release: async () => void (await settle('release')),
    };
  }

  private localPermit(entry: Entry): HopPermit | null {
    const permit = entry.local.tryAcquire();
    if (!permit) return null;
    const after = (fn: () => void) => (): Promise<BreakerState> => {
      fn();
      return Promise.resolve(entry.local.state);
    };
    return {
      success: after(() => permit.success()),
      failure: after(() => permit.failure()),
      release: () => Promise.resolve(permit.release()),
    };
  }

  private entry(hop: RouteHop): Entry {
    const key = `${hop.provider}\u0000${hop.model}`;
    let entry = this.entries.get(key);
    if (!entry) {
      const created: Entry = {
        hop: { provider: hop.provider, model: hop.model },
        local: new CircuitBreaker({
          ...this.settings,
          now: this.opts.now,
          onChange: () => this.report(created),
        }),
        seen: null,
        reported: 'closed',
      };
      entry = created;
      this.entries.set(key, entry);
    }
    return entry;
  }

  private see(entry: Entry, view: SharedBreakerView): void {
    entry.seen = {
      state: view.state,
      consecutive_failures: view.consecutive_failures,
      open_until: view.open_until,
    };
    this.report(entry);
  }

  /** The state and count in force for `entry`: the shared breaker's when the store answered last, else the local. */
  private view(entry: Entry): { state: BreakerState; consecutive_failures: number } {
    const seen = entry.seen;
    if (!seen) return { state: entry.local.state, consecutive_failures: entry.local.consecutiveFailures };
    // An open breaker whose time is up lets a probe through: it reads as half-open until the next answer.
    const state = seen.state === 'open' && this.opts.now() >= seen.open_until ? 'half_open' : seen.state;
    return { state, consecutive_failures: seen.consecutive_failures };
  }

  private report(entry: Entry): void {
    const state = this.view(entry).state;
    if (state === entry.reported) return;
    entry.reported = state;
    this.opts.onChange(entry.hop.provider, entry.hop.model, state);
  }
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
