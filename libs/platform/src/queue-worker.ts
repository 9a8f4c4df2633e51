import { Worker, type Job, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { createRedis } from './redis-connection';

/** What {@link startQueueWorker} needs beyond the processor. */
export interface QueueWorkerOptions extends Omit<WorkerOptions, 'connection'> {
  redisUrl: string;
  /** Shown in `CLIENT LIST`, so an operator can tell the connections apart. */
  connectionName: string;
  /** Called on worker errors (connection trouble); jobs' own failures are the processor's business. */
  onError?: (err: Error) => void;
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
  processor: (job: Job) => Promise<unknown>,
  options: QueueWorkerOptions,
): QueueWorker {
  const { redisUrl, connectionName, onError, ...workerOptions } = options;
  const connection: Redis = createRedis(redisUrl, 'blocking', { connectionName });
  const worker = new Worker(queue, processor, { ...workerOptions, connection });
  worker.on('error', (err) => onError?.(err));
  return {
    isRunning: () => worker.isRunning(),
    close: async (force = false) => {
      await worker.close(force);
      await connection.quit().catch(() => undefined);
    },
  };
}
