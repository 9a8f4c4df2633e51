import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { BUILD_JOBS, jobIds, jobPriority, QUEUES, type BuildRunJobData } from '@sf/contracts';
import { queueTelemetry } from '@sf/platform';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { ExecutorConfig } from '../config/executor.config';
import { REDIS } from '../executor.tokens';

/** Attempts of a build job: a transient failure (a model's 429, a lost connection) is retried. */
const BUILD_JOB_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } };

/** The one owner of the executor's runs on the `build` queue and of their job ids. */
@Injectable()
export class BuildQueue implements OnApplicationShutdown {
  /** The `build` queue (also read by readiness and the queue-depth metrics). */
  readonly queue: Queue;

  constructor(config: ExecutorConfig, @Inject(REDIS) redis: Redis) {
    this.queue = new Queue(QUEUES.build, {
      connection: redis,
      prefix: `${config.REDIS_PREFIX}:q`,
      defaultJobOptions: { removeOnComplete: { age: 86_400 }, removeOnFail: { age: 7 * 86_400 } },
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
