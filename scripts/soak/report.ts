/** The soak's figures: samples over time, and growth per hour from a linear fit over the second half. */

/** One service at one moment. */
export interface ProcessSample {
  /** V8 heap used right after a full GC (bytes): what is still reachable. */
  heap_after_gc: number;
  /** Resident set size (bytes). */
  rss: number;
  /** Memory outside the V8 heap held by JS objects (Buffers, ArrayBuffers), bytes: what RSS has beyond the heap. */
  external: number;
  /** Event-loop delay since the previous sample (ms), from the service's /metrics; null when unread. */
  event_loop_p99_ms: number | null;
  event_loop_max_ms: number | null;
}

/** Both services and Redis at one moment, `t_s` seconds after the load started. */
export interface SoakSample {
  t_s: number;
  factory: ProcessSample;
  executor: ProcessSample;
  redis_used_memory: number;
  /** Load done so far (cumulative counts). */
  load: Record<string, number>;
}

/** Growth of one series. */
export interface Growth {
  /** Median of the first tenth of the run (MB). */
  start_mb: number;
  /** The second-half fit's value at the last sample (MB). */
  end_mb: number;
  /** Slope of the second-half fit (MB per hour) and as a share of the start (% per hour). */
  mb_per_hour: number;
  pct_of_start_per_hour: number;
  /** (end − start) / start over the whole run, in %. */
  run_growth_pct: number;
}

/** Least-squares line through (xs, ys); a single point gives a flat line. */
export function linearFit(xs: number[], ys: number[]): { slope: number; intercept: number } {
  const n = xs.length;
  if (n === 0) return { slope: 0, intercept: 0 };
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const MB = 1024 * 1024;

/** Growth of `value` over `samples` (times in seconds, values in bytes). Needs at least one sample. */
export function growthOf(samples: SoakSample[], value: (s: SoakSample) => number): Growth {
  if (samples.length === 0) throw new Error('no samples');
  const first = samples.slice(0, Math.max(1, Math.ceil(samples.length / 10)));
  const start = median(first.map(value)) / MB;
  const second = samples.slice(Math.floor(samples.length / 2));
  const fit = linearFit(
    second.map((s) => s.t_s / 3600),
    second.map((s) => value(s) / MB),
  );
  const end = fit.intercept + fit.slope * (samples[samples.length - 1].t_s / 3600);
  return {
    start_mb: round(start),
    end_mb: round(end),
    mb_per_hour: round(fit.slope),
    pct_of_start_per_hour: round(start === 0 ? 0 : (fit.slope / start) * 100),
    run_growth_pct: round(start === 0 ? 0 : ((end - start) / start) * 100),
  };
}

/** The soak's report: growth of heap-after-GC and RSS of both services, and of Redis memory. */
export interface SoakReport {
  minutes: number;
  samples: number;
  load: Record<string, number>;
  factory: { heap_after_gc: Growth; rss: Growth; event_loop_p99_ms_max: number | null };
  executor: { heap_after_gc: Growth; rss: Growth; event_loop_p99_ms_max: number | null };
  redis_used_memory: Growth;
  /** Heap-after-GC growth over the run allowed before the soak fails (%). */
  limit_pct: number;
  passed: boolean;
  failures: string[];
}

/** Builds the report; `passed` is false when either service's heap-after-GC grew more than `limitPct` over the run. */
export function soakReport(samples: SoakSample[], limitPct: number): SoakReport {
  const last = samples[samples.length - 1];
  const service = (name: 'factory' | 'executor') => {
    const delays = samples.map((s) => s[name].event_loop_p99_ms).filter((d): d is number => d !== null);
    return {
      heap_after_gc: growthOf(samples, (s) => s[name].heap_after_gc),
      rss: growthOf(samples, (s) => s[name].rss),
      event_loop_p99_ms_max: delays.length ? Math.max(...delays) : null,
    };
  };
  const factory = service('factory');
  const executor = service('executor');
  const failures = (['factory', 'executor'] as const)
    .map((name) => ({ name, g: name === 'factory' ? factory.heap_after_gc : executor.heap_after_gc }))
    .filter(({ g }) => g.run_growth_pct > limitPct)
    .map(({ name, g }) => `${name} heap after GC grew ${g.run_growth_pct} % (limit ${limitPct} %)`);
  return {
    minutes: round(last.t_s / 60),
    samples: samples.length,
    load: last.load,
    factory,
    executor,
    redis_used_memory: growthOf(samples, (s) => s.redis_used_memory),
    limit_pct: limitPct,
    passed: failures.length === 0,
    failures,
  };
}

/** The samples as CSV, one row per sample (bytes and ms as measured). */
export function samplesCsv(samples: SoakSample[]): string {
  const loadKeys = [...new Set(samples.flatMap((s) => Object.keys(s.load)))].sort();
  const cols = ['heap_after_gc', 'rss', 'external', 'event_loop_p99_ms', 'event_loop_max_ms'] as const;
  const header = [
    't_s',
    ...cols.map((c) => `factory_${c}`),
    ...cols.map((c) => `executor_${c}`),
    'redis_used_memory',
    ...loadKeys,
  ];
  const rows = samples.map((s) =>
    [
      s.t_s,
      ...cols.map((c) => s.factory[c] ?? ''),
      ...cols.map((c) => s.executor[c] ?? ''),
      s.redis_used_memory,
      ...loadKeys.map((k) => s.load[k] ?? 0),
    ].join(','),
  );
  return [header.join(','), ...rows].join('\n') + '\n';
}

/** A few lines for the terminal. */
export function renderSummary(report: SoakReport): string {
  const line = (label: string, g: Growth) =>
    `${label.padEnd(26)} start ${g.start_mb.toFixed(1)} MB, end ${g.end_mb.toFixed(1)} MB, ` +
    `${g.mb_per_hour >= 0 ? '+' : ''}${g.mb_per_hour.toFixed(1)} MB/h (${g.pct_of_start_per_hour.toFixed(1)} %/h), ` +
    `run ${g.run_growth_pct >= 0 ? '+' : ''}${g.run_growth_pct.toFixed(1)} %`;
  return [
    `soak: ${report.minutes} min, ${report.samples} samples; load ${JSON.stringify(report.load)}`,
    line('factory heap after GC', report.factory.heap_after_gc),
    line('factory RSS', report.factory.rss),
    line('executor heap after GC', report.executor.heap_after_gc),
    line('executor RSS', report.executor.rss),
    line('redis used_memory', report.redis_used_memory),
    `event-loop delay p99, worst sample: factory ${report.factory.event_loop_p99_ms_max ?? '-'} ms, executor ${report.executor.event_loop_p99_ms_max ?? '-'} ms`,
    report.passed
      ? `PASS (heap after GC within ${report.limit_pct} %)`
      : `FAIL: ${report.failures.join('; ')}`,
  ].join('\n');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
