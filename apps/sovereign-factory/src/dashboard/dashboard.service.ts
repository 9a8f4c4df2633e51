import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { PRIORITIES, type IntentStatus } from '@sf/contracts';
import { utcDay, type CostServices } from '@sf/llm';
import { BuildHandoffService } from '../handoff/build-handoff.service';
import type { IntentRecord } from '../intents/intent.record';
import { IntentsRepository } from '../intents/intents.repository';
import { sla } from '../intents/sla';
import { COST_SERVICES } from '../llm/cost-services.token';
import { FactoryKeys } from '../redis/keys';
import { REDIS } from '../redis/redis.tokens';

const FAILED: readonly IntentStatus[] = ['failed', 'rolled_back', 'needs_human_review'];
const WAITING: readonly IntentStatus[] = ['queued'];

/** `GET /dashboard`: the seed's exact shape, plus cost, budget and executor availability. */
export interface DashboardResponse {
  summary: {
    total_intents_today: number;
    completed_today: number;
    failed_today: number;
    success_rate: number;
    avg_pipeline_duration_minutes: number;
  };
  active_pipelines: { intent_id: string; service_name: string; phase: IntentStatus }[];
  /** Waiting intents, highest priority first, each with its SLA deadline (ISO-8601, null for none) and breach. */
  queue: {
    intent_id: string;
    service_name: string;
    priority: IntentRecord['priority'];
    created_at: string;
    sla_deadline: string | null;
    sla_breached: boolean;
  }[];
  /** All LLM spend today (both services, from the shared ledger). */
  cost_today: { usd: number; calls: number; tokens: number };
  budget: {
    daily_usd: number;
    per_intent_usd: number;
    used_usd: number;
    reserved_usd: number;
    remaining_usd: number;
    used_ratio: number;
  };
  executor_available: boolean;
  /** Where the build executor last said it answers (its deployments, registry, rollback), null before it has. */
  executor_url: string | null;
  /** ISO-8601. */
  generated_at: string;
}

/** Builds the {@link DashboardResponse}. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repo: IntentsRepository,
    private readonly handoff: BuildHandoffService,
    @Inject(COST_SERVICES) private readonly costs: CostServices,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly keys: FactoryKeys,
  ) {}

  async dashboard(now = new Date()): Promise<DashboardResponse> {
    const dayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const [today, active, executorAvailable, costToday, budget, executorUrl] = await Promise.all([
      this.repo.idsCreatedBetween(dayStart, now.getTime()).then((ids) => this.repo.getMany(ids)),
      this.repo.activeIds().then((ids) => this.repo.getMany(ids)),
      this.handoff.executorAvailable(),
      this.costs.ledger.totals(utcDay(now)),
      this.costs.budget.status(),
      this.redis.get(this.keys.executorUrl()),
    ]);
    const completed = today.filter((r) => r.status === 'deployed');
    const failed = today.filter((r) => FAILED.includes(r.status));
    const finished = completed.length + failed.length;
    const durations = completed
      .filter((r) => r.finished_at)
      .map((r) => (Date.parse(r.finished_at as string) - Date.parse(r.created_at)) / 60_000);
    const byAge = (a: IntentRecord, b: IntentRecord) => a.created_at.localeCompare(b.created_at);
    const rank = (r: IntentRecord) => PRIORITIES.indexOf(r.priority);

    return {
      summary: {
        total_intents_today: today.length,
        completed_today: completed.length,
        failed_today: failed.length,
        success_rate: finished === 0 ? 0 : round(completed.length / finished, 2),
        avg_pipeline_duration_minutes: durations.length === 0 ? 0 : round(mean(durations), 1),
      },
      active_pipelines: active
        .filter((r) => !WAITING.includes(r.status))
        .sort(byAge)
        .map((r) => ({ intent_id: r.intent_id, service_name: r.input.service_name, phase: r.status })),
      queue: active
        .filter((r) => WAITING.includes(r.status))
        .sort((a, b) => rank(a) - rank(b) || byAge(a, b))
        .map((r) => {
          const { deadline, breached } = sla(r, now.getTime());
          return {
            intent_id: r.intent_id,
            service_name: r.input.service_name,
            priority: r.priority,
            created_at: r.created_at,
            sla_deadline: deadline,
            sla_breached: breached,
          };
        }),
      // All LLM spend today (both services, from the shared ledger), not only that of today's intents.
      cost_today: { usd: costToday.cost_usd, calls: costToday.calls, tokens: costToday.tokens },
      budget: {
        daily_usd: budget.daily_limit_usd,
        per_intent_usd: budget.per_intent_limit_usd,
        used_usd: budget.spent_usd,
        reserved_usd: budget.reserved_usd,
        remaining_usd: round(Math.max(budget.daily_limit_usd - budget.spent_usd - budget.reserved_usd, 0), 6),
        used_ratio: round(budget.used_ratio, 4),
      },
      executor_available: executorAvailable,
      executor_url: executorUrl,
      generated_at: now.toISOString(),
    };
  }
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
