import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { BudgetGuard, BudgetReservation, ReserveResult } from '../cost-ports';
import {
  BUDGET_ALERT_THRESHOLDS,
  deliverBudgetAlert,
  type BudgetAlert,
  type BudgetAlertOptions,
} from './budget-alerts';
import { PEEK_SCRIPT, RESERVE_SCRIPT, SETTLE_SCRIPT } from './budget-scripts';
import { CostKeys } from './cost-keys';
import { fromNanoUsd, toNanoUsd } from './money';
import { DEFAULT_LEDGER_RETENTION_DAYS } from './redis-cost-ledger';
import { utcDay, type UtcDay } from './utc-day';

/** The spending limits, in USD. */
export interface BudgetLimits {
  daily_usd: number;
  per_intent_usd: number;
}

/** Today's budget as an operator sees it. */
export interface BudgetStatus {
  day: UtcDay;
  /** Settled today. */
  spent_usd: number;
  /** Held by reservations not yet settled or released. */
  reserved_usd: number;
  daily_limit_usd: number;
  per_intent_limit_usd: number;
  /** `spent_usd / daily_limit_usd` (1 when the limit is 0 and something was spent). */
  used_ratio: number;
}

/** Options of {@link RedisBudgetGuard}. */
export interface RedisBudgetGuardOptions {
  /** Limits from config; an operator's `setLimits` overrides them. */
  limits: BudgetLimits;
  /** How long an unsettled reservation holds budget before it is reclaimed (default 10 min). */
  holdTtlMs?: number;
  /** How long per-day and per-intent counters are kept, in days (default 400). */
  retentionDays?: number;
  /** The clock deciding the UTC day and hold expiry (tests pass their own). */
  now?: () => Date;
  alerts?: BudgetAlertOptions;
}

/** Default lifetime of a hold: longer than one call with all its retries. */
export const DEFAULT_HOLD_TTL_MS = 10 * 60_000;
/** How long "already settled" and "alert sent" markers live: beyond any hold and any UTC day. */
const MARKER_TTL_SECONDS = 2 * 86_400;

/**
 * Reserve-then-settle budget in Redis (PRODUCT §8). Each operation is one Lua script over integer nano-USD,
 * so for every UTC day and every intent `settled + held ≤ limit` holds under any concurrency, across
 * processes; the only way past a limit is settling above the reserved amount (the caller's estimate error),
 * which is still recorded because spend is never dropped. Holds expire after `holdTtlMs` and are reclaimed
 * by the next script that runs, so a crashed caller does not keep budget. Crossing 50/80/100/120 % of the
 * daily limit raises one {@link BudgetAlert} per threshold and day across all processes.
 */
export class RedisBudgetGuard implements BudgetGuard {
  private readonly keys: CostKeys;
  private readonly defaults: { daily: string; perIntent: string };
  private readonly holdTtlMs: number;
  private readonly counterTtlSeconds: number;
  private readonly now: () => Date;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly options: RedisBudgetGuardOptions,
  ) {
    this.keys = new CostKeys(prefix);
    this.defaults = {
      daily: String(toNanoUsd(options.limits.daily_usd)),
      perIntent: String(toNanoUsd(options.limits.per_intent_usd)),
    };
    this.holdTtlMs = options.holdTtlMs ?? DEFAULT_HOLD_TTL_MS;
    this.counterTtlSeconds = (options.retentionDays ?? DEFAULT_LEDGER_RETENTION_DAYS) * 86_400;
    this.now = options.now ?? (() => new Date());
  }

  async reserve(req: { intent_id: string | null; amount_usd: number }): Promise<ReserveResult> {
    const amount = toNanoUsd(req.amount_usd);
    const now = this.now().getTime();
    const day = utcDay(now);
    const id = randomUUID();
    const [ok, reason, limit, committed] = (await RESERVE_SCRIPT.run(this.redis, this.scriptKeys(), [
      this.keys.budgetRoot,
      now,
      day,
      id,
      amount,
      req.intent_id ?? '',
      now + this.holdTtlMs,
      this.defaults.daily,
      this.defaults.perIntent,
      this.counterTtlSeconds,
    ])) as [number, 'daily' | 'intent', number, number];
    if (ok === 1)
      return {
        ok: true,
        reservation: { id, day, intent_id: req.intent_id, amount_usd: fromNanoUsd(amount) },
      };
    return { ok: false, reason, limit_usd: fromNanoUsd(limit), committed_usd: fromNanoUsd(committed) };
  }

  /**
   * Replaces the hold with `actual_usd`, counted on the reservation's day. Settling twice (or after a
   * release) does nothing; settling after the hold expired still records the spend. Resolves after any
   * alert it raised was delivered.
   */
  async settle(reservation: BudgetReservation, actual_usd: number): Promise<void> {
    await this.finish(reservation, 'settle', toNanoUsd(actual_usd));
  }

  /** Drops the hold without spending (the call was not made, or cost nothing). */
  async release(reservation: BudgetReservation): Promise<void> {
    await this.finish(reservation, 'release', 0);
  }

  /** Today's spend, holds and limits. */
  async status(): Promise<BudgetStatus> {
    const now = this.now().getTime();
    const [daily, perIntent, spent, held] = await this.peek(now, null);
    return {
      day: utcDay(now),
      spent_usd: fromNanoUsd(spent),
      reserved_usd: fromNanoUsd(held),
      daily_limit_usd: fromNanoUsd(daily),
      per_intent_limit_usd: fromNanoUsd(perIntent),
      used_ratio: daily > 0 ? spent / daily : spent > 0 ? 1 : 0,
    };
  }

  /** What an intent has settled so far (within retention). */
  async intentSpent(intent_id: string): Promise<number> {
    const [, , , , spent] = await this.peek(this.now().getTime(), intent_id);
    return fromNanoUsd(spent);
  }

  /**
   * Whether `amount_usd` would fit today and within the intent's limit right now, without holding it (used
   * to decide whether a paused intent can resume; the actual calls still reserve).
   */
  async canSpend(req: { intent_id: string | null; amount_usd: number }): Promise<boolean> {
    const amount = toNanoUsd(req.amount_usd);
    const [daily, perIntent, spent, held, intentSpent, intentHeld] = await this.peek(
      this.now().getTime(),
      req.intent_id,
    );
    if (spent + held + amount > daily) return false;
    return req.intent_id === null || intentSpent + intentHeld + amount <= perIntent;
  }

  /** The limits in force: the operator's overrides, else config. */
  async getLimits(): Promise<BudgetLimits> {
    const [daily, perIntent] = await this.redis.hmget(this.keys.budgetLimits(), 'daily', 'per_intent');
    return {
      daily_usd: fromNanoUsd(daily ?? this.defaults.daily),
      per_intent_usd: fromNanoUsd(perIntent ?? this.defaults.perIntent),
    };
  }

  /**
   * Overrides limits for every process sharing this Redis prefix, effective for the next reservation (e.g.
   * an operator raising today's budget). Throws `RangeError` for a negative or non-finite amount.
   */
  async setLimits(limits: Partial<BudgetLimits>): Promise<BudgetLimits> {
    const fields: Record<string, string> = {};
    if (limits.daily_usd !== undefined) fields.daily = String(toNanoUsd(limits.daily_usd));
    if (limits.per_intent_usd !== undefined) fields.per_intent = String(toNanoUsd(limits.per_intent_usd));
    if (Object.keys(fields).length > 0) await this.redis.hset(this.keys.budgetLimits(), fields);
    return this.getLimits();
  }

  private async finish(
    reservation: BudgetReservation,
    mode: 'settle' | 'release',
    actual: number,
  ): Promise<void> {
    const result = (await SETTLE_SCRIPT.run(this.redis, this.scriptKeys(), [
      this.keys.budgetRoot,
      this.now().getTime(),
      reservation.day,
      reservation.id,
      actual,
      reservation.intent_id ?? '',
      mode,
      this.defaults.daily,
      this.counterTtlSeconds,
      MARKER_TTL_SECONDS,
      ...BUDGET_ALERT_THRESHOLDS,
    ])) as [0] | [1, number, number, number[]];
    if (result[0] === 0) return;
    const [, spent, daily, fired] = result;
    for (const threshold_pct of fired) {
      const alert: BudgetAlert = {
        day: reservation.day,
        threshold_pct,
        spent_usd: fromNanoUsd(spent),
        limit_usd: fromNanoUsd(daily),
      };
      await deliverBudgetAlert(alert, this.options.alerts ?? {});
    }
  }

  private async peek(now: number, intentId: string | null): Promise<number[]> {
    return (await PEEK_SCRIPT.run(this.redis, this.scriptKeys(), [
      this.keys.budgetRoot,
      now,
      utcDay(now),
      intentId ?? '',
      this.defaults.daily,
      this.defaults.perIntent,
    ])) as number[];
  }

  private scriptKeys(): string[] {
    return [this.keys.budgetLimits(), this.keys.budgetHolds(), this.keys.budgetHoldExpiry()];
  }
}
