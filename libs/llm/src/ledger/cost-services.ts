import type { Redis } from 'ioredis';
import type { BudgetAlertOptions } from './budget-alerts';
import { RedisBudgetGuard } from './redis-budget-guard';
import { RedisCostLedger } from './redis-cost-ledger';
import { RedisResponseCache } from './redis-response-cache';
import { RedisBreakerStore } from '../resilience/redis-breaker-store';

/** The settings the cost layer reads (the `ServiceConfig` fields of the same names fit). */
export interface CostConfig {
  DAILY_BUDGET_USD: number;
  MAX_COST_PER_INTENT_USD: number;
  ALERT_WEBHOOK_URL?: string;
  LLM_CACHE_TTL_SECONDS: number;
}

/**
 * What a service needs to meter its LLM calls: the ledger, the budget guard and the response cache, and the
 * circuit breakers its replicas share (spread into the client's extras, they all come from one connection).
 */
export interface CostServices {
  ledger: RedisCostLedger;
  budget: RedisBudgetGuard;
  cache: RedisResponseCache;
  breakerStore: RedisBreakerStore;
}

/** Options of {@link createCostServices} beyond config. */
export interface CostServicesOptions {
  /** Callback and logger for budget alerts (the webhook comes from `ALERT_WEBHOOK_URL`). */
  alerts?: Omit<BudgetAlertOptions, 'webhookUrl'>;
  /** Clock for the ledger's and the budget's UTC day (tests). */
  now?: () => Date;
  /** Retention of ledger and budget counters, in days (default 400). */
  retentionDays?: number;
}

/**
 * Builds the Redis-backed ledger, budget guard and cache of one service on a command connection, with keys
 * under `prefix` (the service's `REDIS_PREFIX`; both services share them when they share the prefix).
 * Nest-free, so either app can call it at boot.
 */
export function createCostServices(
  redis: Redis,
  prefix: string,
  config: CostConfig,
  options: CostServicesOptions = {},
): CostServices {
  const { now, retentionDays } = options;
  const ledger = new RedisCostLedger(redis, prefix, { now, retentionDays });
  const onAlert = options.alerts?.onAlert;
  return {
    ledger,
    budget: new RedisBudgetGuard(redis, prefix, {
      limits: { daily_usd: config.DAILY_BUDGET_USD, per_intent_usd: config.MAX_COST_PER_INTENT_USD },
      now,
      retentionDays,
      alerts: {
        ...options.alerts,
        webhookUrl: config.ALERT_WEBHOOK_URL,
        // Every alert is also an event in the ledger (GET /api/admin/costs/alerts), whoever raised it.
        onAlert: async (alert) => {
          await ledger.recordAlert(alert);
          await onAlert?.(alert);
        },
      },
    }),
    cache: new RedisResponseCache(redis, prefix, { ttlSeconds: config.LLM_CACHE_TTL_SECONDS }),
    breakerStore: new RedisBreakerStore(redis, prefix),
  };
}
