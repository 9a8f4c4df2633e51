import { PRIORITIES, priorityOfJobPriority, jobPriority } from '@sf/contracts';
import type { Queue } from 'bullmq';
import { withProbeTimeout } from '../health/readiness';
import type { ServiceMetrics } from './service-metrics';

/** Job states reported as `queue_depth{state}`; only `prioritized` is broken down by priority tier. */
const STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed'] as const;
/** Every BullMQ priority {@link jobPriority} hands out, lowest number (most urgent) first. */
const JOB_PRIORITIES = [
  ...new Set(PRIORITIES.flatMap((p) => [jobPriority(p, 'continue'), jobPriority(p, 'start')])),
];

/** Default freshness of queue depths: scrapes closer together than this reuse the last counts. */
export const QUEUE_SAMPLE_TTL_MS = 2_000;

/**
 * Samples `queue_depth{queue, state, priority}` of the given queues at scrape time (BullMQ `getJobCounts`
 * and `getCountsPerPriority`), at most once per `ttlMs`: nothing is counted per request. `priority` is the
 * tier (`critical` … `low`) for prioritized jobs and `any` for the other states. When Redis does not answer
 * (within a second) the previous values are dropped rather than reported as current.
 */
export function sampleQueueDepths(
  metrics: ServiceMetrics,
  queues: Readonly<Record<string, Queue>>,
  ttlMs = QUEUE_SAMPLE_TTL_MS,
): void {
  let sampledAt = 0;
  metrics.onScrape(async () => {
    if (Date.now() - sampledAt < ttlMs) return;
    sampledAt = Date.now();
    try {
      // BullMQ waits for a connection that is down rather than failing: a scrape must not hang with it.
      const samples = await withProbeTimeout(
        Promise.all(
          Object.entries(queues).map(async ([name, queue]) => ({
            name,
            counts: await queue.getJobCounts(...STATES),
            perPriority: await queue.getCountsPerPriority(JOB_PRIORITIES),
          })),
        ),
      );
      metrics.resetGauge('queue_depth');
      for (const { name, counts, perPriority } of samples) {
        for (const state of STATES) {
          if (state !== 'prioritized')
            metrics.set('queue_depth', { queue: name, state, priority: 'any' }, counts[state] ?? 0);
        }
        const byTier = new Map<string, number>(PRIORITIES.map((p) => [p, 0]));
        for (const [priority, count] of Object.entries(perPriority)) {
          const tier = priorityOfJobPriority(Number(priority));
          byTier.set(tier, (byTier.get(tier) ?? 0) + count);
        }
        for (const [tier, count] of byTier) {
          metrics.set('queue_depth', { queue: name, state: 'prioritized', priority: tier }, count);
        }
      }
    } catch {
      metrics.resetGauge('queue_depth');
      sampledAt = 0;
    }
  });
}
