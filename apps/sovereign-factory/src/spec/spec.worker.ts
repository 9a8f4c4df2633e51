import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { QUEUES } from '@sf/contracts';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { FactoryConfig } from '../config/factory.config';
import { FactoryKeys } from '../redis/keys';
import { createRedis } from '@sf/platform';
import { REDIS_URL } from '../redis/redis.tokens';
import { SpecProcessor } from './spec.processor';

/**
 * The BullMQ worker of the `spec` queue. Built by hand rather than with `@Processor` because its
 * concurrency and retry schedule come from the validated config at boot, which decorators cannot read.
 */
@Injectable()
export class SpecWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('spec-worker');
  private worker: Worker | null = null;
  private connection: Redis | null = null;

  constructor(
    private readonly processor: SpecProcessor,
    private readonly config: FactoryConfig,
    private readonly keys: FactoryKeys,
    @Inject(REDIS_URL) private readonly redisUrl: string,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.FACTORY_WORKER) return;
    const schedule = this.config.SPEC_RETRY_BACKOFF_MS;
    this.connection = createRedis(this.redisUrl, 'blocking', { connectionName: 'factory-spec-worker' });
    this.worker = new Worker(QUEUES.spec, (job) => this.processor.process(job), {
      connection: this.connection,
      prefix: this.keys.bullPrefix,
      concurrency: this.config.SPEC_WORKER_CONCURRENCY,
      lockDuration: this.config.SPEC_JOB_LOCK_MS,
      stalledInterval: this.config.SPEC_JOB_LOCK_MS,
      settings: {
        // 10 s, 30 s, 60 s by default: one entry per retry.
        backoffStrategy: (attemptsMade: number) => schedule[Math.min(attemptsMade, schedule.length) - 1] ?? 0,
      },
    });
    this.worker.on('failed', (job, err) => this.logger.warn(`job ${job?.id} failed: ${err.message}`));
    this.worker.on('error', (err) => this.logger.error(`worker error: ${err.message}`));
  }

  /** True while the worker is running, or when this replica is configured without one (readiness probe). */
  isRunning(): boolean {
    if (!this.config.FACTORY_WORKER) return true;
    return this.worker?.isRunning() ?? false;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    // Waits for in-flight jobs; BullMQ returns unfinished ones to the queue when the lock lapses.
    await worker.close();
    // BullMQ leaves a connection it was given open; it is ours to close.
    await this.connection?.quit().catch(() => undefined);
  }
}
