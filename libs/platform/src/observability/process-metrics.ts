import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ServiceMetrics } from './service-metrics';

/** Resolution of the event-loop delay histogram (ms): coarse enough to cost nothing. */
const RESOLUTION_MS = 20;

/**
 * Samples the process at scrape time: event-loop delay since the previous scrape (p50, p99, max, in seconds; the
 * histogram restarts at each scrape), resident memory and V8 heap used. Cheap reads, nothing kept between scrapes
 * but one fixed-size histogram. Returns what stops the delay monitor.
 */
export function sampleProcess(metrics: ServiceMetrics): () => void {
  if (!metrics.enabled) return () => undefined;
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  metrics.onScrape(() => {
    const seconds = (ns: number) => (Number.isFinite(ns) ? ns / 1e9 : 0);
    metrics.set('event_loop_delay_seconds', { stat: 'p50' }, seconds(delay.percentile(50)));
    metrics.set('event_loop_delay_seconds', { stat: 'p99' }, seconds(delay.percentile(99)));
    metrics.set('event_loop_delay_seconds', { stat: 'max' }, seconds(delay.max));
    delay.reset();
    const memory = process.memoryUsage();
    metrics.set('process_resident_memory_bytes', {}, memory.rss);
    metrics.set('process_heap_used_bytes', {}, memory.heapUsed);
  });
  return () => delay.disable();
}
