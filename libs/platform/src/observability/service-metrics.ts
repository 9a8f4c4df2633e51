import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { METRIC_CATALOG, metricName, type MetricService } from './metric-catalog';

/** Label values of one sample (names as in the catalog). */
export type MetricLabels = Record<string, string | number>;

/** Time scrape-time samplers may take before the registry is rendered without them. */
export const SAMPLE_BUDGET_MS = 1_500;

type AnyMetric = Counter<string> | Gauge<string> | Histogram<string>;

/**
 * The Prometheus registry of one service, built from {@link METRIC_CATALOG} (and nothing else), with
 * by-name recording so call sites stay one line. When disabled every call is a no-op and nothing is
 * registered, which is what `OBSERVABILITY=off` measures against.
 */
export class ServiceMetrics {
  /** The prom-client registry behind `/metrics`. */
  readonly registry = new Registry();
  private readonly metrics = new Map<string, AnyMetric>();
  private readonly samplers: (() => Promise<void> | void)[] = [];

  constructor(
    readonly service: MetricService,
    readonly enabled = true,
  ) {
    if (!enabled) return;
    for (const spec of METRIC_CATALOG.filter((m) => m.services.includes(service))) {
      const common = {
        name: metricName(service, spec.name),
        help: spec.help,
        labelNames: [...spec.labels],
        registers: [this.registry],
      };
      const metric =
        spec.type === 'counter'
          ? new Counter(common)
          : spec.type === 'gauge'
            ? new Gauge(common)
            : new Histogram({ ...common, buckets: [...(spec.buckets ?? [])] });
      this.metrics.set(spec.name, metric);
    }
  }

  /** Adds `value` (default 1) to a catalog counter. */
  inc(name: string, labels: MetricLabels = {}, value = 1): void {
    if (!this.enabled) return;
    this.get(name, Counter).inc(labels, value);
  }

  /** Sets a catalog gauge. */
  set(name: string, labels: MetricLabels, value: number): void {
    if (!this.enabled) return;
    this.get(name, Gauge).set(labels, value);
  }

  /** Records one observation of a catalog histogram. */
  observe(name: string, labels: MetricLabels, value: number): void {
    if (!this.enabled) return;
    this.get(name, Histogram).observe(labels, value);
  }

  /** Forgets every series of a gauge (before a sampler sets the current set of label values). */
  resetGauge(name: string): void {
    if (!this.enabled) return;
    this.get(name, Gauge).reset();
  }

  /**
   * Registers work run at scrape time, before the text is rendered (queue depths, Redis state): values
   * that are cheap to read when asked for and wasteful to keep current on every request. A sampler must
   * handle its own failures; one that throws anyway leaves its metrics as they were.
   */
  onScrape(sampler: () => Promise<void> | void): void {
    if (this.enabled) this.samplers.push(sampler);
  }

  /**
   * Runs the samplers and renders the registry in the Prometheus text format. Samplers get at most
   * {@link SAMPLE_BUDGET_MS}: one stuck on a dead dependency leaves its last values instead of hanging the scrape.
   */
  async render(): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(this.samplers.map(async (sample) => sample())),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, SAMPLE_BUDGET_MS))),
    ]);
    clearTimeout(timer);
    return this.registry.metrics();
  }

  /** Content type of {@link render}'s output. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** Starts a timer; the returned function records the elapsed seconds into a catalog histogram. */
  startTimer(name: string, labels: MetricLabels = {}): (more?: MetricLabels) => number {
    const started = process.hrtime.bigint();
    return (more = {}) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.observe(name, { ...labels, ...more }, seconds);
      return seconds;
    };
  }

  /**
   * Runs one pipeline phase step and records `phase_duration_seconds{phase, outcome}` (`ok` or `error`).
   * A step that resumes after a restart records the part it ran.
   */
  async timePhase<T>(phase: string, step: () => Promise<T>): Promise<T> {
    if (!this.enabled) return step();
    const done = this.startTimer('phase_duration_seconds', { phase });
    try {
      const result = await step();
      done({ outcome: 'ok' });
      return result;
    } catch (err) {
      done({ outcome: 'error' });
      throw err;
    }
  }

  private get<T extends AnyMetric>(name: string, kind: abstract new (...args: never[]) => T): T {
    const metric = this.metrics.get(name);
    if (!(metric instanceof kind)) {
      throw new Error(`${this.service} has no ${kind.name.toLowerCase()} "${name}" in METRIC_CATALOG`);
    }
    return metric;
  }
}
