import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { QUEUES, SPEC_JOBS } from '@sf/contracts';
import { ServiceMetrics, startQueueWorker, type QueueWorker } from '@sf/platform';
import { FactoryConfig } from '../config/factory.config';
import { FactoryKeys } from '../redis/keys';
import { REDIS_URL } from '../redis/redis.tokens';
import type { Job } from 'bullmq';
import { SpecProcessor } from './spec.processor';

/** The intent phase each SPEC job runs (`phase_duration_seconds{phase}`). */
const PHASE_OF_JOB: Readonly<Record<string, string>> = {
  [SPEC_JOBS.build]: 'spec_building',
  [SPEC_JOBS.verify]: 'spec_verifying',
  [SPEC_JOBS.optimize]: 'spec_optimizing',
};

/**
 * The BullMQ worker of the `spec` queue. Built by hand rather than with `@Processor` because its
 * concurrency and retry schedule come from the validated config at boot, which decorators cannot read.
 */
@Injectable()
export class SpecWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('spec-worker');
  private worker: QueueWorker | null = null;

  constructor(
    private readonly processor: SpecProcessor,
    private readonly config: FactoryConfig,
    private readonly keys: FactoryKeys,
    @Inject(REDIS_URL) private readonly redisUrl: string,
    private readonly metrics: ServiceMetrics,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.FACTORY_WORKER) return;
    const schedule = this.config.SPEC_RETRY_BACKOFF_MS;
    const phaseOf = (name: string) => PHASE_OF_JOB[name] ?? name;
    const process = (job: Job, token?: string) =>
      this.metrics.timePhase(phaseOf(job.name), () => this.processor.process(job, token));
    this.worker = startQueueWorker(QUEUES.spec, process, {
      redisUrl: this.redisUrl,
      connectionName: 'factory-spec-worker',
      prefix: this.keys.bullPrefix,
      concurrency: this.config.SPEC_WORKER_CONCURRENCY,
      lockDuration: this.config.SPEC_JOB_LOCK_MS,
      stalledInterval: this.config.SPEC_JOB_LOCK_MS,
      // A SPEC job is idempotent and never repeats a paid call (answers are cached before they are returned):
      // a job whose worker died (or starved past the lock) runs again, up to five times, then fails the intent.
      maxStalledCount: 5,
      onStalledOut: (job, err) => this.processor.stalledOut(job, err),
      settings: {
        // 10 s, 30 s, 60 s by default: one entry per retry.
        backoffStrategy: (attemptsMade: number) => schedule[Math.min(attemptsMade, schedule.length) - 1] ?? 0,
      },
      onError: (err) => this.logger.error(`worker error: ${err.message}`),
    });
  }

  /** True while the worker is running, or when this replica is configured without one (readiness probe). */
  isRunning(): boolean {
    if (!this.config.FACTORY_WORKER) return true;
    return this.worker?.isRunning() ?? false;
  }

  /** Waits for in-flight jobs; BullMQ returns unfinished ones to the queue when their lock lapses. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
