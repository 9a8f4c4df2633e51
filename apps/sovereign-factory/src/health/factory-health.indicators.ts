import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QUEUES } from '@sf/contracts';
import { ReadinessIndicators, ServiceMetrics, ShutdownGate } from '@sf/platform';
import type { Redis } from 'ioredis';
import { BuildEventsWorker } from '../handoff/build-events.worker';
import { FactoryQueues } from '../queues/queues';
import { REDIS } from '../redis/redis.tokens';
import { SpecWorker } from '../spec-line/spec.worker';

/**
 * Readiness of the factory: not shutting down, Redis answers, the `spec` and `build` queues answer, and
 * the SPEC and build-events workers run (each kept in `redis_up` / `workers_running` too).
 */
@Injectable()
export class FactoryHealthIndicators extends ReadinessIndicators {
  constructor(
    health: HealthIndicatorService,
    @Inject(REDIS) redis: Redis,
    queues: FactoryQueues,
    worker: SpecWorker,
    buildEvents: BuildEventsWorker,
    metrics: ServiceMetrics,
    shutdown: ShutdownGate,
  ) {
    super(
      health,
      redis,
      { [QUEUES.spec]: queues.spec, [QUEUES.build]: queues.build },
      [
        { queue: QUEUES.spec, isRunning: () => worker.isRunning() },
        { queue: QUEUES.buildEvents, isRunning: () => buildEvents.isRunning() },
      ],
      metrics,
      shutdown,
    );
  }
}
