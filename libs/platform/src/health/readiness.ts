import { Logger, ServiceUnavailableException } from '@nestjs/common';
import type {
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import type { Queue } from 'bullmq';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import type { ServiceMetrics } from '../observability/service-metrics';
import type { ShutdownGate } from '../shutdown-gate';

/** A readiness probe must answer quickly even when Redis hangs. */
export const PROBE_TIMEOUT_MS = 1_000;

/** Rejects when `promise` has not settled within `ms`. */
export function withProbeTimeout<T>(promise: Promise<T>, ms = PROBE_TIMEOUT_MS): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ]);
}

/** A named worker whose running state readiness (and `workers_running`) reports. */
export interface WorkerProbe {
  queue: string;
  isRunning(): boolean;
}

/**
 * The readiness checks both services share, as terminus indicators, each also keeping its gauge current:
 * Redis answers a PING (`redis_up`), each queue answers (`getWaitingCount`), each worker runs
 * (`workers_running{queue}`), and shutdown has not begun.
 */
export class ReadinessIndicators {
  private readonly logger = new Logger('readiness');
  /** Whether the current Redis outage was logged already (one line per outage, not one per retry). */
  private outageLogged = false;

  constructor(
    private readonly health: HealthIndicatorService,
    private readonly redis: Redis,
    private readonly queues: Readonly<Record<string, Queue>>,
    private readonly workers: readonly WorkerProbe[],
    private readonly metrics: ServiceMetrics,
    private readonly shutdown: ShutdownGate,
  ) {
    // A queue without an 'error' listener prints every reconnect failure; the probes report them instead.
    for (const [name, queue] of Object.entries(queues)) {
      queue.on('error', (err: Error) => this.connectionError(`queue ${name}`, err));
    }
    // Scrapes see the same state a probe would, without waiting for one.
    metrics.onScrape(async () => {
      await this.redisUp();
      this.workersUp();
    });
  }

  async redisUp(): Promise<HealthIndicatorResult<'redis'>> {
    const check = this.health.check('redis');
    const started = Date.now();
    try {
      await withProbeTimeout(this.redis.ping());
      this.metrics.set('redis_up', {}, 1);
      if (this.outageLogged) this.logger.log('Redis answers again');
      this.outageLogged = false;
      return check.up({ latency_ms: Date.now() - started });
    } catch (err) {
      this.metrics.set('redis_up', {}, 0);
      this.connectionError('redis', err as Error);
      return check.down({ message: (err as Error).message });
    }
  }

  async queuesUp(): Promise<HealthIndicatorResult> {
    const check = this.health.check('queues');
    try {
      const entries = Object.entries(this.queues);
      const waiting = await withProbeTimeout(Promise.all(entries.map(([, q]) => q.getWaitingCount())));
      return check.up(Object.fromEntries(entries.map(([name], i) => [`${name}_waiting`, waiting[i]])));
    } catch (err) {
      return check.down({ message: (err as Error).message });
    }
  }

  workersUp(): HealthIndicatorResult {
    const check = this.health.check('workers');
    const down: string[] = [];
    for (const worker of this.workers) {
      const running = worker.isRunning();
      this.metrics.set('workers_running', { queue: worker.queue }, running ? 1 : 0);
      if (!running) down.push(worker.queue);
    }
    return down.length === 0 ? check.up() : check.down({ message: `not running: ${down.join(', ')}` });
  }

  notDraining(): HealthIndicatorResult {
    const check = this.health.check('shutdown');
    return this.shutdown.draining ? check.down({ message: 'shutting down' }) : check.up();
  }

  private connectionError(source: string, err: Error): void {
    if (this.outageLogged) return;
    this.outageLogged = true;
    this.logger.warn(`Redis unreachable (${source}): ${err.message}; not ready until it answers`);
  }

  /** Every check, in the order a reader expects them. */
  all(): (() => Promise<HealthIndicatorResult> | HealthIndicatorResult)[] {
    return [() => this.notDraining(), () => this.redisUp(), () => this.queuesUp(), () => this.workersUp()];
  }
}

/**
 * Runs terminus checks for `/health/ready`: the terminus body with 200, or with 503 when a check is down
 * (terminus throws the body inside an exception; a probe, and a human, want it as the response).
 */
export async function readinessResponse(
  health: HealthCheckService,
  checks: (() => Promise<HealthIndicatorResult> | HealthIndicatorResult)[],
  reply: FastifyReply,
): Promise<HealthCheckResult> {
  try {
    return await health.check(checks);
  } catch (err) {
    if (!(err instanceof ServiceUnavailableException)) throw err;
    void reply.status(503);
    // Terminus puts its HealthCheckResult body in the exception it throws when a check is down.
    return err.getResponse() as HealthCheckResult;
  }
}
