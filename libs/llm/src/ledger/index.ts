/** The cost layer in Redis: ledger, reserve-then-settle budget with alerts, exact-response cache. */
export {
  RedisCostLedger,
  DEFAULT_LEDGER_RETENTION_DAYS,
  type RedisCostLedgerOptions,
  type CostTotals,
  type RoleCost,
  type ModelCost,
  type IntentCost,
  type BuildCost,
  type DayCost,
} from './redis-cost-ledger';
export {
  RedisBudgetGuard,
  DEFAULT_HOLD_TTL_MS,
  type BudgetLimits,
  type BudgetStatus,
  type RedisBudgetGuardOptions,
} from './redis-budget-guard';
export {
  BUDGET_ALERT_THRESHOLDS,
  type BudgetAlert,
  type BudgetAlertOptions,
  type BudgetLogger,
} from './budget-alerts';
export {
  RedisResponseCache,
  DEFAULT_CACHE_TTL_SECONDS,
  type RedisResponseCacheOptions,
} from './redis-response-cache';
export { cacheKey, canonicalJson } from './cache-key';
export {
  createCostServices,
  type CostConfig,
  type CostServices,
  type CostServicesOptions,
} from './cost-services';
export { utcDay, isUtcDay, lastUtcDays, type UtcDay } from './utc-day';
