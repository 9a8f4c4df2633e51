import { keyPrefix } from '@sf/contracts';
import type { UtcDay } from './utc-day';

/** The per-day aggregate hashes of the ledger, one per breakdown. */
export type LedgerBreakdown = 'by-role' | 'by-model' | 'by-intent' | 'by-build';

/**
 * Every Redis key of the cost layer (ledger, budget, response cache) and of the shared circuit breakers, under
 * the service's `REDIS_PREFIX`, so both services share one ledger, one budget and one set of breakers when they
 * share a prefix.
 */
export class CostKeys {
  /** The ledger's keys share one hash slot: an entry updates several of them in one MULTI. */
  private readonly ledger: string;

  constructor(readonly prefix: string) {
    this.ledger = `${keyPrefix(prefix, 'ledger')}:llm:ledger`;
  }

  /** The day's entries, one JSON per provider request, in arrival order. */
  ledgerEntries(day: UtcDay): string {
    return `${this.ledger}:${day}:entries`;
  }
  /** The day's totals (hash of integer counters). */
  ledgerTotals(day: UtcDay): string {
    return `${this.ledger}:${day}:totals`;
  }
  ledgerBreakdown(day: UtcDay, breakdown: LedgerBreakdown): string {
    return `${this.ledger}:${day}:${breakdown}`;
  }
  ledgerIntentEntries(intentId: string): string {
    return `${this.ledger}:intent:${intentId}:entries`;
  }
  ledgerIntentTotals(intentId: string): string {
    return `${this.ledger}:intent:${intentId}:totals`;
  }
  /** Budget alerts raised (a capped list of JSON, newest first). */
  ledgerAlerts(): string {
    return `${this.ledger}:alerts`;
  }
  ledgerBuildTotals(buildId: string): string {
    return `${this.ledger}:build:${buildId}:totals`;
  }

  /**
   * Root of the budget keys; the budget scripts derive the per-day and per-intent keys from it, so it carries
   * the budget's hash tag and every key derived from it lands in the slot of the keys the scripts are given.
   */
  get budgetRoot(): string {
    return `${keyPrefix(this.prefix, 'budget')}:llm:budget`;
  }
  /** Runtime limit overrides set by an operator (hash: `daily`, `per_intent`, nano-USD). */
  budgetLimits(): string {
    return `${this.budgetRoot}:limits`;
  }
  /** Live holds (hash: reservation id → JSON `{day, amount, intent}`). */
  budgetHolds(): string {
    return `${this.budgetRoot}:holds`;
  }
  /** Live holds by expiry (sorted set: reservation id → expiry in ms). */
  budgetHoldExpiry(): string {
    return `${this.budgetRoot}:hold-expiry`;
  }
  /** The day's budget counters (hash: `spent`, `held`, nano-USD). Keep in step with the Lua scripts. */
  budgetDay(day: UtcDay): string {
    return `${this.budgetRoot}:day:${day}`;
  }
  /** An intent's budget counters (hash: `spent`, `held`, nano-USD). Keep in step with the Lua scripts. */
  budgetIntent(intentId: string): string {
    return `${this.budgetRoot}:intent:${intentId}`;
  }

  /** A provider + model's circuit breaker shared by every replica (hash; see `acquire-breaker-1.lua`). */
  breaker(provider: string, model: string): string {
    return `${keyPrefix(this.prefix, 'spread')}:llm:breaker:${provider}/${model}`;
  }

  /**
   * One cached answer. Its hash is the key's hash tag, so each answer and its claim ({@link responseClaim}) share
   * one slot (the single-flight scripts touch both) while different answers spread over the masters.
   */
  responseCache(key: string): string {
    if (/[{}]/.test(key)) throw new RangeError(`a response cache key carries no braces, got '${key}'`);
    return `${keyPrefix(this.prefix, 'spread')}:llm:cache:{${key}}`;
  }
  /** The claim of the caller that is asking the vendor for {@link responseCache}'s answer right now. */
  responseClaim(key: string): string {
    return `${this.responseCache(key)}:claim`;
  }
}
