/**
 * Every Prometheus metric the two services export, by name (without the `factory_` / `executor_` prefix),
 * type, labels and help. The metrics registry is built from this list, and the Grafana dashboard and the
 * alert rules in `ops/` are checked against it in CI, so a query cannot name a metric that does not exist.
 */
export type MetricType = 'counter' | 'gauge' | 'histogram';

/** Which service exports a metric. */
export type MetricService = 'factory' | 'executor';

export interface MetricSpec {
  /** Name without the service prefix, e.g. `http_requests_total` → `factory_http_requests_total`. */
  name: string;
  type: MetricType;
  help: string;
  labels: readonly string[];
  /** Services that export it (both unless said otherwise). */
  services: readonly MetricService[];
  /** Histogram buckets (seconds or units of the metric). */
  buckets?: readonly number[];
}

const BOTH: readonly MetricService[] = ['factory', 'executor'];
const SECONDS_FAST = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const SECONDS_SLOW = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

export const METRIC_CATALOG: readonly MetricSpec[] = [
  // HTTP
  {
    name: 'http_requests_total',
    type: 'counter',
    help: 'HTTP requests by method, route template and status code.',
    labels: ['method', 'route', 'status'],
    services: BOTH,
  },
  {
    name: 'http_request_duration_seconds',
    type: 'histogram',
    help: 'HTTP request duration.',
    labels: ['method', 'route', 'status'],
    services: BOTH,
    buckets: SECONDS_FAST,
  },
  // Queues and dependencies
  {
    name: 'queue_depth',
    type: 'gauge',
    help: 'Jobs in a queue by state (waiting, prioritized, active, delayed, failed) and priority tier.',
    labels: ['queue', 'state', 'priority'],
    services: BOTH,
  },
  {
    name: 'redis_up',
    type: 'gauge',
    help: '1 when Redis answered the last readiness ping, else 0.',
    labels: [],
    services: BOTH,
  },
  {
    name: 'workers_running',
    type: 'gauge',
    help: 'Queue workers running in this process, by queue.',
    labels: ['queue'],
    services: BOTH,
  },
  // Pipeline
  {
    name: 'phase_duration_seconds',
    type: 'histogram',
    help: 'Duration of one pipeline phase (spec_building, codegen, testing, …) by outcome.',
    labels: ['phase', 'outcome'],
    services: BOTH,
    buckets: SECONDS_SLOW,
  },
  {
    name: 'pipeline_outcomes_total',
    type: 'counter',
    help: 'Intents (factory) or builds (executor) reaching a terminal or parked state, by status.',
    labels: ['status'],
    services: BOTH,
  },
  {
    name: 'intents_submitted_total',
    type: 'counter',
    help: 'Intents accepted by priority.',
    labels: ['priority'],
    services: ['factory'],
  },
  {
    name: 'intents_past_sla',
    type: 'gauge',
    help: 'Intents still waiting to start past the SLA of their priority.',
    labels: ['priority'],
    services: ['factory'],
  },
  {
    name: 'executor_available',
    type: 'gauge',
    help: '1 when at least one build-executor worker listens on the build queue.',
    labels: [],
    services: ['factory'],
  },
  {
    name: 'spec_score',
    type: 'histogram',
    help: 'SPEC verification scores (0-100).',
    labels: [],
    services: ['factory'],
    buckets: [50, 60, 70, 80, 85, 90, 95, 100],
  },
  {
    name: 'sandbox_runs_total',
    type: 'counter',
    help: 'Sandboxed runs of generated code by kind (test, udc) and outcome.',
    labels: ['kind', 'outcome'],
    services: ['executor'],
  },
  {
    name: 'sandbox_run_duration_seconds',
    type: 'histogram',
    help: 'Duration of one sandboxed run.',
    labels: ['kind'],
    services: ['executor'],
    buckets: SECONDS_FAST,
  },
  // LLM layer
  {
    name: 'llm_calls_total',
    type: 'counter',
    help: 'Provider requests by provider, model, role and outcome (ok, cache_hit, invalid_output, error).',
    labels: ['provider', 'model', 'role', 'outcome'],
    services: BOTH,
  },
  {
    name: 'llm_tokens_total',
    type: 'counter',
    help: 'Tokens by provider, model and kind (input, output, cache_read, cache_write).',
    labels: ['provider', 'model', 'kind'],
    services: BOTH,
  },
  {
    name: 'llm_cost_usd_total',
    type: 'counter',
    help: 'Settled LLM cost in USD by provider and model.',
    labels: ['provider', 'model'],
    services: BOTH,
  },
  {
    name: 'llm_latency_seconds',
    type: 'histogram',
    help: 'Provider request latency by provider and model.',
    labels: ['provider', 'model'],
    services: BOTH,
    buckets: SECONDS_SLOW,
  },
  {
    name: 'llm_fallbacks_total',
    type: 'counter',
    help: 'Fallback hops taken, by the provider that was skipped or failed and the reason.',
    labels: ['provider', 'model', 'reason'],
    services: BOTH,
  },
  {
    name: 'llm_breaker_state',
    type: 'gauge',
    help: 'Circuit breaker state per provider and model: 0 closed, 1 half-open, 2 open.',
    labels: ['provider', 'model'],
    services: BOTH,
  },
  {
    name: 'budget_spent_usd',
    type: 'gauge',
    help: 'LLM spend settled today (UTC) across all services.',
    labels: [],
    services: BOTH,
  },
  {
    name: 'budget_used_ratio',
    type: 'gauge',
    help: 'Settled spend today divided by DAILY_BUDGET_USD.',
    labels: [],
    services: BOTH,
  },
  // Process (sampled at scrape time; what the soak and a leak alert read)
  {
    name: 'event_loop_delay_seconds',
    type: 'gauge',
    help: 'Event-loop delay since the previous scrape, by stat: p50, p99 and max.',
    labels: ['stat'],
    services: BOTH,
  },
  {
    name: 'process_resident_memory_bytes',
    type: 'gauge',
    help: 'Resident set size of the process.',
    labels: [],
    services: BOTH,
  },
  {
    name: 'process_heap_used_bytes',
    type: 'gauge',
    help: 'V8 heap in use (not after a forced GC: it includes garbage not yet collected).',
    labels: [],
    services: BOTH,
  },
];

/** Full exported name of a catalog metric for one service. */
export function metricName(service: MetricService, name: string): string {
  return `${service}_${name}`;
}

/** Every full metric name a service exports (histograms also export `_bucket`, `_sum`, `_count`). */
export function exportedMetricNames(service: MetricService): string[] {
  return METRIC_CATALOG.filter((m) => m.services.includes(service)).flatMap((m) => {
    const full = metricName(service, m.name);
    return m.type === 'histogram' ? [`${full}_bucket`, `${full}_sum`, `${full}_count`] : [full];
  });
}
