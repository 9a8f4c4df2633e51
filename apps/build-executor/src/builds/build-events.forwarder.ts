import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  BUILD_EVENT_JOB_OPTIONS,
  BUILD_EVENT_JOBS,
  compareEventIds,
  jobIds,
  QUEUES,
  type BuildEventJobData,
  type BuildStatus,
} from '@sf/contracts';
import { queueTelemetry } from '@sf/platform';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { REDIS } from '../executor.tokens';
import { ExecutorKeys } from '../redis/keys';
import type { BuildRecord } from './build.record';
import { BuildsRepository } from './builds.repository';

/**
 * The outbox of builds that belong to an intent: every event in the build's log is put on the
 * `build-events` queue for the factory, in order, with a job id derived from the event id (so a
 * repeated flush after a crash adds nothing twice), and the cursor moves only after the jobs are in.
 */
@Injectable()
export class BuildEventsForwarder implements OnApplicationShutdown {
  /** The `build-events` queue (also read by readiness and the queue-depth metrics). */
  readonly queue: Queue<BuildEventJobData>;
  private readonly flushing = new Map<string, Promise<void>>();

  constructor(
    @Inject(REDIS) redis: Redis,
    keys: ExecutorKeys,
    private readonly repo: BuildsRepository,
  ) {
    this.queue = new Queue<BuildEventJobData>(QUEUES.buildEvents, {
      connection: redis,
      prefix: keys.bullPrefix,
      telemetry: queueTelemetry(),
      defaultJobOptions: BUILD_EVENT_JOB_OPTIONS,
    });
  }

  /** Forwards whatever the build logged since the last flush; concurrent calls for one build queue up. */
  flush(buildId: string): Promise<void> {
    const previous = this.flushing.get(buildId) ?? Promise.resolve();
    const next = previous.then(() => this.forward(buildId));
    const settled = next.catch(() => undefined);
    this.flushing.set(buildId, settled);
    void settled.then(() => {
      if (this.flushing.get(buildId) === settled) this.flushing.delete(buildId);
    });
    return next;
  }

  private async forward(buildId: string): Promise<void> {
    let record = await this.repo.get(buildId);
    if (!record?.intent_id) return;
    const intentId = record.intent_id;
    let after = record.forwarded_event_id ?? '0-0';
    for (;;) {
      const events = await this.repo.readEvents(buildId, after, 200);
      if (events.length === 0) return;
      const summary = summarize(record);
      await this.queue.addBulk(
        events.map((e) => ({
          name: BUILD_EVENT_JOBS.progress,
          data: {
            intent_id: intentId,
            build_id: buildId,
            event_id: e.id,
            status: e.type === 'status_changed' ? (e.data.to as BuildStatus) : null,
            event: { phase: e.phase, type: e.type, message: e.message, data: e.data },
            summary,
          },
          opts: { jobId: jobIds.buildEvent(buildId, e.id) },
        })),
      );
      after = events[events.length - 1].id;
      const cursor = after;
      record =
        (await this.repo.update(buildId, (r) =>
          r.forwarded_event_id && compareEventIds(r.forwarded_event_id, cursor) >= 0
            ? null
            : { record: { ...r, forwarded_event_id: cursor }, events: [] },
        )) ?? record;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}

/** What the intent's status shows of its build. */
function summarize(record: BuildRecord): Record<string, unknown> {
  const d = record.deployment;
  return {
    build_id: record.build_id,
    phase: record.status,
    service_url: d && typeof d.url === 'string' ? d.url : null,
    registry: record.registration,
    cost: record.cost,
    tests: record.tests ? { passed: record.tests.passed, failed: record.tests.failed } : null,
    error: record.error,
  };
}
