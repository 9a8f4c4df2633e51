import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  BUILD_JOB_OPTIONS,
  BUILD_JOBS,
  JOB_RETENTION,
  jobIds,
  jobPriority,
  QUEUES,
  type BuildRunJobData,
} from '@sf/contracts';
import { queueTelemetry } from '@sf/platform';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { REDIS } from '../executor.tokens';
import { ExecutorKeys } from '../redis/keys';

/** The one owner of the executor's runs on the `build` queue and of their job ids. */
@Injectable()
export class BuildQueue implements OnApplicationShutdown {
  /** The `build` queue (also read by readiness and the queue-depth metrics). */
  readonly queue: Queue;

  constructor(keys: ExecutorKeys, @Inject(REDIS) redis: Redis) {
    this.queue = new Queue(QUEUES.build, {
      connection: redis,
      prefix: keys.bullPrefix,
      defaultJobOptions: JOB_RETENTION,
      telemetry: queueTelemetry(),
    });
  }

  /** The first run of an API-submitted build. */
  async start(buildId: string): Promise<void> {
    const data: BuildRunJobData = { build_id: buildId };
    await this.queue.add(BUILD_JOBS.run, data, {
      ...BUILD_JOB_OPTIONS,
      jobId: jobIds.buildRun(buildId, 0),
      priority: jobPriority('medium', 'start'),
    });
  }

  /** A run from the build's last checkpoint (after an approval, or at start-up). */
  async resume(buildId: string): Promise<void> {
    await this.queue.add(
      BUILD_JOBS.run,
      { build_id: buildId },
      { ...BUILD_JOB_OPTIONS, jobId: jobIds.buildRun(buildId, Date.now()), priority: 1 },
    );
  }

  /** A parked build's run with a fixed id: covers a lost parked job, once. */
  async resumeParked(buildId: string): Promise<void> {
    await this.queue.add(
      BUILD_JOBS.run,
      { build_id: buildId },
      { ...BUILD_JOB_OPTIONS, jobId: jobIds.buildRunPaused(buildId), priority: 1 },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
