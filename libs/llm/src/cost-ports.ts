import type { LlmRole, TokenUsage } from './llm-types';

/** How one provider request ended, as written in the ledger. */
export type LedgerOutcome =
  /** Answered with valid output. */
  | 'ok'
  /** Served from the exact-response cache ($0). */
  | 'cache_hit'
  /** Answered, but the output failed its schema (the tokens were still paid). */
  | 'invalid_output'
  /** Failed (rate limit, 5xx, timeout, connection, rejection); `error_code` says which. */
  | 'error';

/** One ledger entry per provider request (PRODUCT §8). Money is USD, tokens are normalized (see TokenUsage). */
export interface LedgerEntry extends TokenUsage {
  ts: string;
  intent_id: string | null;
  build_id: string | null;
  role: LlmRole;
  provider: string;
  model: string;
  cost_usd: number;
  latency_ms: number;
  outcome: LedgerOutcome;
  fallback_level: number;
  cached: boolean;
  error_code?: string;
}

/** Where ledger entries go (Redis in the services, memory in unit tests). */
export interface CostLedger {
  record(entry: LedgerEntry): Promise<void>;
}

/** A held amount of budget, to be settled with the actual cost or released. */
export interface BudgetReservation {
  id: string;
  day: string;
  intent_id: string | null;
  amount_usd: number;
}

/** Result of trying to reserve budget for one call. */
export type ReserveResult =
  | { ok: true; reservation: BudgetReservation }
  | { ok: false; reason: 'daily' | 'intent'; limit_usd: number; committed_usd: number };

/**
 * Reserve-then-settle budget: `reserve` atomically checks `spent + reserved + amount` against the daily and
 * per-intent limits and holds the amount; `settle` replaces the hold with the actual cost; `release` drops it.
 */
export interface BudgetGuard {
  reserve(req: { intent_id: string | null; amount_usd: number }): Promise<ReserveResult>;
  settle(reservation: BudgetReservation, actual_usd: number): Promise<void>;
  release(reservation: BudgetReservation): Promise<void>;
  /** Whether `amount_usd` more could be reserved right now (no hold is taken); used to resume paused work. */
  canSpend(req: { intent_id: string | null; amount_usd: number }): Promise<boolean>;
}

/** A cached validated answer for a temperature-0 request. */
export interface CachedAnswer {
  output: unknown;
  provider: string;
  model: string;
}

/**
 * What {@link ResponseCache.lookupOrClaim} found: the answer (`answer` null when unreadable), the claim to call
 * the vendor (this caller stores the answer or releases the claim), or another caller's live claim.
 */
export type CacheLookup =
  { kind: 'hit'; answer: CachedAnswer | null } | { kind: 'claimed' } | { kind: 'busy'; claim_ttl_ms: number };

/**
 * Exact-response cache keyed by a hash of the full normalized request. A cache shared by several processes also
 * implements the single flight (`lookupOrClaim`, `storeAnswer`, `releaseClaim`) so that one request is paid once
 * across them; without it each process may call for the same request at once.
 */
export interface ResponseCache {
  get(key: string): Promise<CachedAnswer | null>;
  set(key: string, value: CachedAnswer): Promise<void>;
  /** Atomically: the cached answer, or else a claim on the call (`owner` holds it for `claimMs`) unless held. */
  lookupOrClaim?(key: string, owner: string, claimMs: number): Promise<CacheLookup>;
  /** Stores the answer and drops `owner`'s claim in one step. */
  storeAnswer?(key: string, value: CachedAnswer, owner: string): Promise<void>;
  /** Drops `owner`'s claim (its call failed), so a waiter claims next. */
  releaseClaim?(key: string, owner: string): Promise<void>;
  /**
   * Extends `owner`'s claim to live `claimMs` from now, while its call runs (a lease renewed by heartbeat: a
   * claimer that dies lets go within one lease). False when `owner` no longer holds it.
   */
  renewClaim?(key: string, owner: string, claimMs: number): Promise<boolean>;
}

/** Circuit breaker states (per provider + model). */
export type BreakerState = 'closed' | 'half_open' | 'open';

/**
 * Hooks the services use to turn LLM activity into metrics and events. Every hook is optional and must not
 * throw (the client ignores what it throws).
 */
export interface LlmObserver {
  /** After each provider request (and each cache hit), with its ledger entry. */
  onEntry?(entry: LedgerEntry): void;
  /** When a provider+model breaker changes state. */
  onBreakerState?(provider: string, model: string, state: BreakerState): void;
  /** When a hop of the fallback chain is skipped or fails and the next one is tried. */
  onFallback?(from: { provider: string; model: string; level: number }, reason: string): void;
}
