import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '@sf/contracts';
import {
  isUtcDay,
  utcDay,
  type BudgetLimits,
  type BudgetStatus,
  type CostServices,
  type CostTotals,
  type DayCost,
  type IntentCost,
  type ModelCost,
  type RoleCost,
} from '@sf/llm';
import { COST_SERVICES } from '../llm/cost-services.token';

const DAY_MS = 86_400_000;
/** The projection treats at least this much of the day as elapsed, so the first seconds do not explode it. */
const MIN_ELAPSED_MS = 60_000;
const DEFAULT_DAYS = 7;
const DEFAULT_TOP = 10;

/** Today's budget with what is left of it. */
export type BudgetView = BudgetStatus & { remaining_usd: number };

/** Today's spend extrapolated to the end of the UTC day and over 30 days, against the daily budget. */
export interface CostProjection {
  as_of: string;
  day: string;
  spent_usd: number;
  /** Share of the UTC day elapsed at `as_of` (at least one minute's worth). */
  elapsed_day_fraction: number;
  projected_day_usd: number;
  projected_30d_usd: number;
  daily_limit_usd: number;
  budget_30d_usd: number;
  /** `projected_day_usd / daily_limit_usd` (0 with no limit and no spend). */
  projected_day_ratio: number;
  over_budget: boolean;
}

/** The admin cost and budget use cases (PRODUCT §8), read from the shared ledger and budget in Redis. */
@Injectable()
export class AdminCostsService {
  constructor(@Inject(COST_SERVICES) private readonly costs: CostServices) {}

  async today(): Promise<CostTotals & { day: string; budget: BudgetView }> {
    const budget = await this.budget();
    return { day: budget.day, ...(await this.costs.ledger.totals(budget.day)), budget };
  }

  async byRole(day?: string): Promise<{ day: string; roles: RoleCost[] }> {
    const d = this.day(day);
    return { day: d, roles: await this.costs.ledger.byRole(d) };
  }

  async byModel(day?: string): Promise<{ day: string; models: ModelCost[] }> {
    const d = this.day(day);
    return { day: d, models: await this.costs.ledger.byModel(d) };
  }

  async byIntent(day?: string): Promise<{ day: string; intents: IntentCost[] }> {
    const d = this.day(day);
    return { day: d, intents: await this.costs.ledger.byIntent(d) };
  }

  async trend(days = DEFAULT_DAYS): Promise<{ days: number; trend: DayCost[] }> {
    return { days, trend: await this.costs.ledger.trend(days) };
  }

  async topIntents(
    days = DEFAULT_DAYS,
    limit = DEFAULT_TOP,
  ): Promise<{ days: number; intents: IntentCost[] }> {
    return { days, intents: await this.costs.ledger.topIntents(days, limit) };
  }

  /** The newest budget alerts (each threshold at most once per UTC day). */
  async alerts(): Promise<{ alerts: Awaited<ReturnType<CostServices['ledger']['alerts']>> }> {
    return { alerts: await this.costs.ledger.alerts(100) };
  }

  async projection(now = new Date()): Promise<CostProjection> {
    const day = utcDay(now);
    const [{ cost_usd: spent }, limits] = await Promise.all([
      this.costs.ledger.totals(day),
      this.costs.budget.getLimits(),
    ]);
    const elapsed = Math.max(now.getTime() - Date.parse(`${day}T00:00:00.000Z`), MIN_ELAPSED_MS);
    const fraction = elapsed / DAY_MS;
    const projectedDay = spent / fraction;
    const limit = limits.daily_usd;
    return {
      as_of: now.toISOString(),
      day,
      spent_usd: spent,
      elapsed_day_fraction: round(fraction),
      projected_day_usd: round(projectedDay),
      projected_30d_usd: round(projectedDay * 30),
      daily_limit_usd: limit,
      budget_30d_usd: round(limit * 30),
      projected_day_ratio: limit > 0 ? round(projectedDay / limit) : projectedDay > 0 ? 1 : 0,
      over_budget: projectedDay > limit,
    };
  }

  async budget(): Promise<BudgetView> {
    const status = await this.costs.budget.status();
    return {
      ...status,
      remaining_usd: round(Math.max(status.daily_limit_usd - status.spent_usd - status.reserved_usd, 0)),
    };
  }

  /** Changes the limits for every process sharing the budget; at least one must be given. */
  async updateLimits(limits: Partial<BudgetLimits>): Promise<BudgetView> {
    if (limits.daily_usd === undefined && limits.per_intent_usd === undefined)
      throw new AppError('VALIDATION_FAILED', 'give daily_usd and/or per_intent_usd', {
        unknown_fields: [],
        fields: [{ field: 'daily_usd', problems: ['daily_usd or per_intent_usd is required'] }],
      });
    await this.costs.budget.setLimits(limits);
    return this.budget();
  }

  private day(day: string | undefined): string {
    if (day === undefined) return this.costs.ledger.today();
    if (!isUtcDay(day))
      throw new AppError('VALIDATION_FAILED', 'invalid field(s): day', {
        unknown_fields: [],
        fields: [{ field: 'day', problems: [`${day} is not a calendar day`] }],
      });
    return day;
  }
}

/** Micro-USD precision for derived amounts (sums from the ledger are exact already). */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
