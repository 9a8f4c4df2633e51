import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QUEUES } from '@sf/contracts';
import { ReadinessIndicators, ServiceMetrics, ShutdownGate } from '@sf/platform';
import type { Redis } from 'ioredis';
import { BuildEventsForwarder } from '../builds/build-events.forwarder';
import { BuildWorker } from '../builds/build.worker';
import { BuildQueue } from '../builds/build-queue';
import { REDIS } from '../executor.tokens';

/**
 * Readiness of the executor: not shutting down, Redis answers, the `build` and `build-events` queues
 * answer, and the build worker runs (each kept in `redis_up` / `workers_running` too).
 */
@Injectable()
export class ExecutorHealthIndicators extends ReadinessIndicators {
  constructor(
    health: HealthIndicatorService,
    @Inject(REDIS) redis: Redis,
    builds: BuildQueue,
    forwarder: BuildEventsForwarder,
    worker: BuildWorker,
    metrics: ServiceMetrics,
    shutdown: ShutdownGate,
  ) {
    super(
      health,
      redis,
      { [QUEUES.build]: builds.queue, [QUEUES.buildEvents]: forwarder.queue },
      [{ queue: QUEUES.build, isRunning: () => worker.isRunning() }],
      metrics,
      shutdown,
    );
  }
}
