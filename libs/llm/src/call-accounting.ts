import type {
  BudgetGuard,
  BudgetReservation,
  CostLedger,
  LedgerEntry,
  LedgerOutcome,
  LlmObserver,
} from './cost-ports';
import { HopFailure } from './hop-failure';
import { perObject } from './per-object';
import { LlmError } from './llm-error';
import type { LlmProvider, LlmResult, ProviderRequest, TokenUsage } from './llm-types';
import { costUsd, priceFor, type PriceTable } from './pricing/pricing';
import type { RouteHop } from './routing';

/** What {@link CallAccounting} works with: the client's prices, budget, ledger, logger, clock and observer. */
export interface CallAccountingDeps {
  prices: PriceTable;
  budget?: BudgetGuard;
  ledger?: CostLedger;
  /** Where accounting failures are reported (they never fail a call). */
  logger?: { warn(message: string): void };
  now: () => number;
  /** Tells the observer (if any) about an event; never throws. */
  notify: (fn: (observer: LlmObserver) => void) => void;
}

/**
 * The money side of provider requests: the budget reservation before a paid request, the ledger entry for each
 * request, and settling the reservation with the actual cost afterwards.
 */
export class CallAccounting {
  constructor(private readonly deps: CallAccountingDeps) {}

  /**
   * Holds the worst-case cost of `req` on `hop` (estimated input + the role's output limit, priced) against the
   * daily and per-intent budgets; null for the offline provider or without a budget. A refusal throws a
   * {@link HopFailure} with `LLM_BUDGET_EXCEEDED` (details: reason, limit, committed, estimate).
   */
  async reserve(
    req: ProviderRequest,
    provider: LlmProvider,
    hop: RouteHop,
  ): Promise<BudgetReservation | null> {
    if (provider.offline || !this.deps.budget) return null;
    const price = priceFor(this.deps.prices, hop.provider, hop.model);
    const estimate = costUsd(price, {
      input_tokens: estimateInputTokens(req),
      output_tokens: req.max_output_tokens,
      cache_read_tokens: 0,
      cache_write_tokens: 0,
    });
    const intent_id = req.context.intent_id ?? null;
    const held = await this.deps.budget.reserve({ intent_id, amount_usd: estimate });
    if (held.ok) return held.reservation;
    throw new HopFailure(
      new LlmError(
        'LLM_BUDGET_EXCEEDED',
        `the ${held.reason === 'daily' ? 'daily' : 'per-intent'} budget of $${held.limit_usd} cannot cover ` +
          `${hop.provider}/${hop.model} (≈ $${estimate.toFixed(4)}; $${held.committed_usd.toFixed(4)} committed)`,
        false,
        {
          reason: held.reason,
          limit_usd: held.limit_usd,
          committed_usd: held.committed_usd,
          estimate_usd: estimate,
        },
      ),
    );
  }

  /** Drops a reservation whose request will not be made (e.g. the breaker refused it); never throws. */
  async release(reservation: BudgetReservation | null): Promise<void> {
    if (!reservation || !this.deps.budget) return;
    const budget = this.deps.budget;
    await budget.release(reservation).catch((err: unknown) => {
      // An unreleased hold is reclaimed when it expires; it only keeps budget from other calls until then.
      this.deps.logger?.warn(`LLM budget release failed (${describeError(err)})`);
    });
  }

  /** The ledger entry of one provider request. */
  entry(
    req: ProviderRequest,
    hop: RouteHop,
    level: number,
    usage: TokenUsage,
    cost_usd: number,
    latency_ms: number,
    outcome: LedgerOutcome,
    cached: boolean,
    error_code?: string,
  ): LedgerEntry {
    return {
      ts: new Date(this.deps.now()).toISOString(),
      intent_id: req.context.intent_id ?? null,
      build_id: req.context.build_id ?? null,
      role: req.role,
      provider: hop.provider,
      model: hop.model,
      ...usage,
      cost_usd,
      latency_ms: Math.round(latency_ms * 1000) / 1000,
      outcome,
      fallback_level: level,
      cached,
      ...(error_code ? { error_code } : {}),
    };
  }

  /**
   * Settles the reservation with `cost` (or releases it when `cost` is null) and writes the ledger entry, side by
   * side: with auto-pipelining both go to Redis in one round trip.
   */
  async account(
    reservation: BudgetReservation | null,
    cost: number | null,
    entry: LedgerEntry,
  ): Promise<void> {
    const budget = reservation && this.deps.budget;
    const settle = () =>
      budget ? (cost === null ? budget.release(reservation) : budget.settle(reservation, cost)) : null;
    const [settled, written] = await Promise.allSettled([settle(), this.write(entry)]);
    // The answer is paid for and valid: a Redis hiccup must not throw it away (the job would pay again).
    // Settle and ledger writes are idempotent per reservation / entry, so they are tried once more, later.
    if (settled.status === 'rejected') this.later('settle', settle, settled.reason);
    if (written.status === 'rejected') {
      this.later('ledger write', () => this.deps.ledger?.record(entry) ?? null, written.reason);
    }
  }

  /** Retries an accounting write in the background after a second; logs when it fails again. */
  private later(what: string, fn: () => Promise<unknown> | null, first: unknown): void {
    this.deps.logger?.warn(`LLM ${what} failed (${describeError(first)}); retrying in 1 s`);
    setTimeout(() => {
      void Promise.resolve()
        .then(fn)
        .catch((err: unknown) => this.deps.logger?.warn(`LLM ${what} failed again: ${describeError(err)}`));
    }, 1_000).unref();
  }

  private async write(entry: LedgerEntry): Promise<void> {
    this.deps.notify((o) => o.onEntry?.(entry));
    await this.deps.ledger?.record(entry);
  }
}

/** What a call refused with `LLM_BUDGET_EXCEEDED` needed to reserve (0 when unknown). */
export function budgetShortfall(error: LlmError): number {
  const estimate = (error.details as { estimate_usd?: unknown } | undefined)?.estimate_usd;
  return typeof estimate === 'number' && Number.isFinite(estimate) ? estimate : 0;
}

/** Token usage a provider attached to an invalid-output error (the answer was billed). */
export function paidUsage(error: LlmError): TokenUsage | null {
  const usage = (error.details as { usage?: Partial<TokenUsage> } | undefined)?.usage;
  if (!usage || typeof usage.input_tokens !== 'number') return null;
  return {
    input_tokens: usage.input_tokens,
    output_tokens: usage.output_tokens ?? 0,
    cache_read_tokens: usage.cache_read_tokens ?? 0,
    cache_write_tokens: usage.cache_write_tokens ?? 0,
  };
}

/** No tokens: a cache hit or a request that failed without a bill. */
export function zeroUsage(): TokenUsage {
  return { input_tokens: 0, output_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 };
}

/** The usage a caller sees for the request recorded as `entry`. */
export function usageOf(entry: LedgerEntry, provider: LlmProvider): LlmResult<unknown>['usage'] {
  return {
    provider: entry.provider,
    model: entry.model,
    input_tokens: entry.input_tokens,
    output_tokens: entry.output_tokens,
    cache_read_tokens: entry.cache_read_tokens,
    cache_write_tokens: entry.cache_write_tokens,
    cost_usd: entry.cost_usd,
    latency_ms: entry.latency_ms,
    offline: provider.offline,
    cached: entry.cached,
    fallback_level: entry.fallback_level,
  };
}

// A generous upper bound: prompts add a few thousand tokens of instructions; JSON averages ~3.5 chars/token.
function estimateInputTokens(req: ProviderRequest): number {
  const text = JSON.stringify(req.input ?? null).length + schemaLength(req.schema);
  return Math.ceil(text / 3) + 4_000 + (req.repair ? Math.ceil(req.repair.previous_output.length / 3) : 0);
}

/** The JSON length of a role's output schema (the same object for every call of the role), measured once. */
const schemaLength = perObject((schema) => JSON.stringify(schema).length);

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
