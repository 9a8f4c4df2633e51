import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { loadRedisScript } from '@sf/platform';
import type { BreakerState } from '../cost-ports';
import { CostKeys } from '../ledger/cost-keys';

const ACQUIRE_SCRIPT = loadRedisScript(join(__dirname, 'commands', 'acquire-breaker-1.lua'));
const SETTLE_SCRIPT = loadRedisScript(join(__dirname, 'commands', 'settle-breaker-1.lua'));

/** A breaker's state as the store last returned it. */
export interface SharedBreakerView {
  state: BreakerState;
  consecutive_failures: number;
  /** When an open breaker lets its probe through (ms since the epoch; 0 while closed). */
  open_until: number;
}

/** The store's answer to a permit request. */
export interface SharedBreakerGrant extends SharedBreakerView {
  /** Whether the vendor may be called. */
  granted: boolean;
  /** The probe token when this permit is the fleet's one half-open probe, else null. */
  probe: string | null;
}

/** The breaker settings every call passes (they are the client's, so replicas agree when configured alike). */
export interface SharedBreakerSettings {
  failureThreshold: number;
  openMs: number;
}

/**
 * Where circuit breakers live when they are shared by every replica (one record per provider + model).
 * Each method is one atomic step and one command, so it rides on the round trip the call makes anyway.
 */
export interface SharedBreakerStore {
  acquire(provider: string, model: string, now: number, probeLeaseMs: number): Promise<SharedBreakerGrant>;
  settle(
    provider: string,
    model: string,
    verdict: 'success' | 'failure' | 'release',
    probe: string | null,
    now: number,
    settings: SharedBreakerSettings,
  ): Promise<SharedBreakerView>;
}

/** How long a breaker record outlives its last change: far beyond any open time, so a quiet vendor leaves no key. */
const BREAKER_TTL_MS = 86_400_000;

/**
 * The fleet's circuit breakers in Redis: one hash per provider + model under the service's `REDIS_PREFIX`, read
 * and changed by one Lua script per step, so consecutive failures, the open time and the single half-open probe
 * are the same for every replica. The callers' clock is used (replicas are assumed NTP-synchronised; a skew only
 * shifts when the probe goes).
 */
export class RedisBreakerStore implements SharedBreakerStore {
  private readonly keys: CostKeys;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.keys = new CostKeys(prefix);
  }

  async acquire(
    provider: string,
    model: string,
    now: number,
    probeLeaseMs: number,
  ): Promise<SharedBreakerGrant> {
    const token = randomUUID();
    const [verdict, state, failures, openUntil] = (await ACQUIRE_SCRIPT.run(
      this.redis,
      [this.keys.breaker(provider, model)],
      [now, token, Math.max(1, Math.round(probeLeaseMs)), BREAKER_TTL_MS],
    )) as [0 | 1 | 2, BreakerState, number, number];
    return {
      granted: verdict !== 0,
      probe: verdict === 2 ? token : null,
      state,
      consecutive_failures: failures,
      open_until: openUntil,
    };
  }

  async settle(
    provider: string,
    model: string,
    verdict: 'success' | 'failure' | 'release',
    probe: string | null,
    now: number,
    settings: SharedBreakerSettings,
  ): Promise<SharedBreakerView> {
    const [state, failures, openUntil] = (await SETTLE_SCRIPT.run(
      this.redis,
      [this.keys.breaker(provider, model)],
      [verdict, probe ?? '', now, settings.failureThreshold, settings.openMs, BREAKER_TTL_MS],
    )) as [BreakerState, number, number];
    return { state, consecutive_failures: failures, open_until: openUntil };
  }
}
