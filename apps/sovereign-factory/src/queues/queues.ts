import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { JOB_RETENTION, QUEUES } from '@sf/contracts';
import { queueTelemetry } from '@sf/platform';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { FactoryKeys } from '../redis/keys';
import { REDIS } from '../redis/redis.tokens';

/** {@link JOB_RETENTION} (a late duplicate `add` stays a no-op for a day), plus a cap on completed jobs kept. */
const KEEP = { ...JOB_RETENTION, removeOnComplete: { ...JOB_RETENTION.removeOnComplete, count: 50_000 } };

/**
 * The factory's BullMQ queues: `spec` (its own line) and `build` (hand-off to the executor).
 * They share the command connection, which this class closes at shutdown.
 */
@Injectable()
export class FactoryQueues implements OnApplicationShutdown {
  readonly spec: Queue;
  readonly build: Queue;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    keys: FactoryKeys,
  ) {
    const opts = {
      connection: redis,
      prefix: keys.bullPrefix,
      defaultJobOptions: KEEP,
      telemetry: queueTelemetry(),
    };
    this.spec = new Queue(QUEUES.spec, opts);
    this.build = new Queue(QUEUES.build, opts);
  }

  /** Runs after workers and the HTTP server have stopped; the shared command connection goes last. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.spec.close(), this.build.close()]);
    await this.redis.quit().catch(() => undefined);
  }
}
