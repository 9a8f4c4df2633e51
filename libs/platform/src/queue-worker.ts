import { DelayedError, Worker, type Job, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { withLogContext, type LogContext } from './observability/log-context';
import { queueTelemetry } from './observability/tracing';
import { createRedis } from './redis-connection';

/** What {@link startQueueWorker} needs beyond the processor. */
export interface QueueWorkerOptions extends Omit<WorkerOptions, 'connection'> {
  redisUrl: string;
  /** Shown in `CLIENT LIST`, so an operator can tell the connections apart. */
  connectionName: string;
  /** Called on worker errors (connection trouble); jobs' own failures are the processor's business. */
  onError?: (err: Error) => void;
  /**
   * Called when BullMQ itself gives a job up without running the processor: it stalled (its worker died or
   * was blocked past the lock) more than `maxStalledCount` times. The processor never saw that failure, so
   * whatever the job was doing must be marked failed here, or it would stay unfinished for good.
   */
  onStalledOut?: (job: Job, err: Error) => Promise<void>;
}

/** A running BullMQ worker with the connection it owns. */
export interface QueueWorker {
  isRunning(): boolean;
  /**
   * Closes the worker and its connection; waits for in-flight jobs unless `force` (then their locks lapse
   * and they run again elsewhere or after a restart: for jobs too long to wait for, and resumable).
   */
  close(force?: boolean): Promise<void>;
}

/**
 * Starts a BullMQ worker on a connection of its own (blocking commands need `maxRetriesPerRequest: null`)
 * and closes that connection with it: BullMQ leaves a connection it was given open.
 */
export function startQueueWorker(
  queue: string,
  processor: (job: Job, token?: string) => Promise<unknown>,
  options: QueueWorkerOptions,
): QueueWorker {
  const { redisUrl, connectionName, onError, onStalledOut, ...workerOptions } = options;
  const connection: Redis = createRedis(redisUrl, 'blocking', { connectionName });
  // Every log line of a job carries the intent / build it works on.
  const logged = (job: Job, token?: string) =>
    withLogContext(jobLogContext(job), () => processor(job, token));
  const worker = new Worker(queue, logged, { telemetry: queueTelemetry(), ...workerOptions, connection });
  worker.on('error', (err) => onError?.(err));
  if (onStalledOut) {
    worker.on('failed', (job, err) => {
      if (!job || !isStalledOut(err)) return;
      withLogContext(jobLogContext(job), () => onStalledOut(job, err)).catch((cause: Error) =>
        onError?.(new Error(`job ${job.id} stalled out, and marking it failed failed: ${cause.message}`)),
      );
    });
  }
  return {
    isRunning: () => worker.isRunning(),
    close: async (force = false) => {
      await worker.close(force);
      await connection.quit().catch(() => undefined);
    },
  };
}

/**
 * Puts the job being processed back to wait for `delayMs` without using an attempt (e.g. an intent paused
 * for budget re-checks later). Call it from the processor and return what it returns; it throws BullMQ's
 * `DelayedError`, which tells the worker the job was moved, not failed.
 */
export async function parkJob(job: Job, token: string | undefined, delayMs: number): Promise<never> {
  await job.moveToDelayed(Date.now() + delayMs, token);
  throw new DelayedError();
}

/** True for BullMQ's own give-up on a job that stalled (or started) more often than the worker allows. */
export function isStalledOut(err: Error): boolean {
  return err.name === 'UnrecoverableError' && /(stalled|started) more than allowable limit/.test(err.message);
}

/** `intent_id` / `build_id` of a job's data, when present (read for logging only: the processor validates). */
function jobLogContext(job: Job): LogContext {
  const data = (job.data ?? {}) as Record<string, unknown>;
  const context: LogContext = {};
  if (typeof data.intent_id === 'string') context.intent_id = data.intent_id;
  if (typeof data.build_id === 'string') context.build_id = data.build_id;
  return context;
}
