import type { Redis } from 'ioredis';
import type { LlmObserver } from './cost-ports';
import { createLlmClient, llmSettingsFrom, type LlmClientExtras } from './create-llm-client';
import type { LlmClient } from './llm-client';
import type { BudgetAlert } from './ledger/budget-alerts';
import { createCostServices, type CostConfig, type CostServices } from './ledger/cost-services';

/** The config fields a service's LLM layer reads (both apps' `ServiceConfig` has them). */
export type ServiceLlmConfig = Parameters<typeof llmSettingsFrom>[0] & CostConfig;

/** Where a service's LLM layer logs warnings (budget alerts, accounting retries); a pino or Nest logger fits. */
export interface ServiceLlmLogger {
  warn(message: string): void;
}

/** Options of {@link createServiceLlm}. */
export interface ServiceLlmOptions {
  /** The final fallback of every chain (see {@link LlmClientExtras}); the apps pass the generator's provider. */
  offline: LlmClientExtras['offline'];
  observer?: LlmObserver;
  logger: ServiceLlmLogger;
  /** Also told about each budget alert (after the log line; the webhook is the guard's). */
  onAlert?: (alert: BudgetAlert) => void | Promise<void>;
  /** A ready client to use instead of building one (tests with scripted providers); the costs are still built. */
  client?: LlmClient;
  /** Handed a reader of today's spend and daily limit, e.g. to keep budget gauges current at scrape time. */
  trackBudget?: (read: () => Promise<{ spent_usd: number; daily_budget_usd: number }>) => void;
}

/**
 * A service's LLM layer: the client for the configured providers with the Redis ledger, budget guard and exact
 * cache on `redis` under `prefix` (shared by both services), metrics through `observer` and `trackBudget`, budget
 * alerts logged
 * (and sent to `ALERT_WEBHOOK_URL`). Refuses to build (throws `LLM_CONFIG_INVALID`) when a reachable model has no
 * price or a forced vendor has no key.
 */
export function createServiceLlm(
  config: ServiceLlmConfig,
  redis: Redis,
  prefix: string,
  opts: ServiceLlmOptions,
): { client: LlmClient; costs: CostServices } {
  const costs = createCostServices(redis, prefix, config, {
    alerts: {
      logger: opts.logger,
      onAlert: async (alert) => {
        opts.logger.warn(
          `budget alert: ${alert.threshold_pct}% of the daily budget used on ${alert.day} ` +
            `($${alert.spent_usd.toFixed(4)} of $${alert.limit_usd})`,
        );
        await opts.onAlert?.(alert);
      },
    },
  });
  const client =
    opts.client ??
    createLlmClient(llmSettingsFrom(config), {
      ...costs,
      observer: opts.observer,
      offline: opts.offline,
      logger: opts.logger,
    });
  opts.trackBudget?.(async () => {
    const status = await costs.budget.status();
    return { spent_usd: status.spent_usd, daily_budget_usd: status.daily_limit_usd };
  });
  return { client, costs };
}
