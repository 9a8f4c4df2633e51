import type { ServiceMetrics } from './service-metrics';

/**
 * The parts of an `@sf/llm` ledger entry the metrics use. Declared here rather than imported so the platform
 * stays independent of the LLM layer; the observer below is structurally an `LlmObserver` of `@sf/llm`.
 */
export interface LlmCallRecord {
  provider: string;
  model: string;
  role: string;
  outcome: string;
  input_tokens: number;
  output_tokens: number;
  cache_read_tokens: number;
  cache_write_tokens: number;
  cost_usd: number;
  latency_ms: number;
  cached: boolean;
}

/** Circuit breaker states as `@sf/llm` names them. */
export type LlmBreakerState = 'closed' | 'half_open' | 'open';

/** The observer `LlmClient` accepts (`observer:` option), feeding the `llm_*` metrics. */
export interface LlmMetricsObserver {
  onEntry(entry: LlmCallRecord): void;
  onBreakerState(provider: string, model: string, state: LlmBreakerState): void;
  onFallback(from: { provider: string; model: string; level: number }, reason: string): void;
}

const BREAKER_VALUE: Readonly<Record<LlmBreakerState, number>> = { closed: 0, half_open: 1, open: 2 };
const TOKEN_KINDS = ['input', 'output', 'cache_read', 'cache_write'] as const;

/**
 * An LLM observer recording `llm_calls_total`, `llm_tokens_total`, `llm_cost_usd_total`,
 * `llm_latency_seconds` (provider requests only, not cache hits), `llm_fallbacks_total` and
 * `llm_breaker_state`. Wiring: `createLlmClient(settings, { offline, …, observer: llmMetricsObserver(metrics) })`.
 * It never throws (the client's contract for observers).
 */
export function llmMetricsObserver(metrics: ServiceMetrics): LlmMetricsObserver {
  const safely = (fn: () => void) => {
    try {
      fn();
    } catch {
      // A metric must never break an LLM call.
    }
  };
  return {
    onEntry: (e) =>
      safely(() => {
        const model = { provider: e.provider, model: e.model };
        metrics.inc('llm_calls_total', { ...model, role: e.role, outcome: e.outcome });
        for (const kind of TOKEN_KINDS) {
          const tokens = e[`${kind}_tokens`];
          if (tokens > 0) metrics.inc('llm_tokens_total', { ...model, kind }, tokens);
        }
        if (e.cost_usd > 0) metrics.inc('llm_cost_usd_total', model, e.cost_usd);
        if (!e.cached) metrics.observe('llm_latency_seconds', model, e.latency_ms / 1000);
      }),
    onBreakerState: (provider, model, state) =>
      safely(() => metrics.set('llm_breaker_state', { provider, model }, BREAKER_VALUE[state])),
    onFallback: (from, reason) =>
      safely(() =>
        metrics.inc('llm_fallbacks_total', { provider: from.provider, model: from.model, reason }),
      ),
  };
}

/** Today's budget as the budget guard reports it. */
export interface BudgetSnapshot {
  spent_usd: number;
  daily_budget_usd: number;
}

/**
 * Keeps `budget_spent_usd` and `budget_used_ratio` current: `status` (e.g. the budget guard's status) is
 * read at scrape time, so the gauges cost nothing between scrapes. A failing read leaves the last values.
 */
export function trackBudget(metrics: ServiceMetrics, status: () => Promise<BudgetSnapshot>): void {
  metrics.onScrape(async () => {
    const { spent_usd, daily_budget_usd } = await status();
    recordBudget(metrics, { spent_usd, daily_budget_usd });
  });
}

/** Sets the budget gauges directly (for a caller that already has the numbers, e.g. after each settle). */
export function recordBudget(metrics: ServiceMetrics, snapshot: BudgetSnapshot): void {
  metrics.set('budget_spent_usd', {}, snapshot.spent_usd);
  metrics.set(
    'budget_used_ratio',
    {},
    snapshot.daily_budget_usd > 0 ? snapshot.spent_usd / snapshot.daily_budget_usd : 0,
  );
}
