import { growthOf, linearFit, samplesCsv, soakReport, type SoakSample } from './report';

const MB = 1024 * 1024;

/** A run whose executor heap follows `heapMb(t)` (t in hours) and whose other series stay flat. */
function run(hours: number, points: number, heapMb: (t: number) => number): SoakSample[] {
  return Array.from({ length: points }, (_, i) => {
    const t = (hours * i) / (points - 1);
    const flat = {
      heap_after_gc: 50 * MB,
      rss: 300 * MB,
      external: 2 * MB,
      event_loop_p99_ms: 5,
      event_loop_max_ms: 9,
    };
    return {
      t_s: t * 3600,
      factory: flat,
      executor: { ...flat, heap_after_gc: heapMb(t) * MB },
      redis_used_memory: 10 * MB,
      load: { builds: i },
    };
  });
}

describe('linearFit', () => {
  it('finds the slope and intercept of points on a line', () => {
    expect(linearFit([0, 1, 2, 3], [1, 3, 5, 7])).toEqual({ slope: 2, intercept: 1 });
  });

  it('gives a flat line through a single point', () => {
    expect(linearFit([4], [9])).toEqual({ slope: 0, intercept: 9 });
  });
});

describe('growthOf', () => {
  it('reports MB per hour and the share of the start from the second half only', () => {
    // A warm-up jump in the first half, then +4 MB/h from 100 MB.
    const samples = run(1, 21, (t) => (t < 0.5 ? 80 + 40 * t : 100 + 4 * (t - 0.5)));
    const g = growthOf(samples, (s) => s.executor.heap_after_gc);
    expect(g.mb_per_hour).toBeCloseTo(4, 5);
    expect(g.end_mb).toBeCloseTo(102, 5);
    // The start is the median of the first tenth (t = 0, 0.05, 0.1 h): 80, 82, 84 MB.
    expect(g.start_mb).toBeCloseTo(82, 5);
  });
});

describe('soakReport', () => {
  it('passes a run whose heap after GC stays within the limit', () => {
    const report = soakReport(
      run(0.5, 31, (t) => 70 + 2 * t),
      10,
    );
    expect(report.passed).toBe(true);
    expect(report.executor.heap_after_gc.run_growth_pct).toBeLessThan(10);
  });

  it('fails a run whose executor heap after GC grows more than the limit, naming it', () => {
    const report = soakReport(
      run(0.5, 31, (t) => 70 + 40 * t),
      10,
    );
    expect(report.passed).toBe(false);
    expect(report.failures).toEqual([expect.stringMatching(/^executor heap after GC grew 2\d\.\d+ %/)]);
  });

  it('writes one CSV row per sample with both services and the load counters', () => {
    const csv = samplesCsv(run(1, 3, () => 70))
      .trim()
      .split('\n');
    expect(csv).toHaveLength(4);
    expect(csv[0]).toBe(
      't_s,factory_heap_after_gc,factory_rss,factory_external,factory_event_loop_p99_ms,factory_event_loop_max_ms,' +
        'executor_heap_after_gc,executor_rss,executor_external,executor_event_loop_p99_ms,executor_event_loop_max_ms,' +
        'redis_used_memory,builds',
    );
    expect(csv[3].split(',')[0]).toBe('3600');
  });
});
