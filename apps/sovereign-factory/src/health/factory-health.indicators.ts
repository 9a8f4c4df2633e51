import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { FactoryQueues } from '../queues/queues';
import { REDIS } from '../redis/redis.tokens';
import { BuildEventsWorker } from '../handoff/build-events.worker';
import { SpecWorker } from '../spec/spec.worker';

const PROBE_TIMEOUT_MS = 1_000;

/** Readiness checks: Redis answers, each queue is reachable, the SPEC and build-events workers run. */
@Injectable()
export class FactoryHealthIndicators {
  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly queues: FactoryQueues,
    private readonly worker: SpecWorker,
    private readonly buildEvents: BuildEventsWorker,
  ) {}

  async redisUp(): Promise<HealthIndicatorResult> {
    const check = this.health.check('redis');
    const started = Date.now();
    try {
      await withTimeout(this.redis.ping());
      return check.up({ latency_ms: Date.now() - started });
    } catch (err) {
      return check.down({ message: (err as Error).message });
    }
  }

  async queuesUp(): Promise<HealthIndicatorResult> {
    const check = this.health.check('queues');
    try {
      const [spec, build] = await withTimeout(
        Promise.all([this.queues.spec.getWaitingCount(), this.queues.build.getWaitingCount()]),
      );
      return check.up({ spec_waiting: spec, build_waiting: build });
    } catch (err) {
      return check.down({ message: (err as Error).message });
    }
  }

  workerUp(): HealthIndicatorResult {
    const check = this.health.check('workers');
    const down = [
      this.worker.isRunning() ? null : 'spec',
      this.buildEvents.isRunning() ? null : 'build-events',
    ].filter((w): w is string => w !== null);
    return down.length === 0 ? check.up() : check.down({ message: `not running: ${down.join(', ')}` });
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
        PROBE_TIMEOUT_MS,
      ).unref(),
    ),
  ]);
}
