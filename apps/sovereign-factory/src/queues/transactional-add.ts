import {
  Job,
  SpanKind,
  TelemetryAttributes,
  type IRedisTransaction,
  type JobsOptions,
  type Queue,
} from 'bullmq';
import type { TransactionConnection } from './transaction-connection';

/** A job to add in the same Redis transaction as other writes (see {@link execWithJob}). */
export interface TransactionalJob {
  queue: Queue;
  name: string;
  data: Record<string, unknown>;
  /** Deterministic job ids only: a repeated add is then a no-op. */
  opts: JobsOptions & { jobId: string };
}

/**
 * One MULTI on `connection` (a duplicate of the queue's connection carrying only the scripts it runs), sent in one write and answered in one (one round trip): `write`
 * queues the caller's commands, then the job is added by BullMQ's own add script (`Job.addJob` on the
 * transaction, as BullMQ's FlowProducer adds a flow), then EXEC. Redis applies all of it or, when EXEC never
 * arrives (connection lost), none of it. Resolves with the replies of the caller's commands, in order; throws
 * the first error of any command (Redis still applied the others).
 *
 * Traced like `Queue.add`: an `add <queue>.<job>` producer span whose context the job carries. On a Redis
 * Cluster, every key `write` touches must share the queue's hash slot (the prefix's hash tag).
 */
export async function execWithJob(
  job: TransactionalJob,
  write: (tx: IRedisTransaction) => void,
  connection: TransactionConnection,
): Promise<unknown[]> {
  const { queue, name, data, opts } = job;
  return queue.trace<unknown[]>(SpanKind.PRODUCER, 'add', `${queue.name}.${name}`, async (span, metadata) => {
    const tx = await connection.multi(queue);
    write(tx);
    const merged: JobsOptions = {
      ...queue.defaultJobOptions,
      ...opts,
      ...(metadata && !opts.telemetry?.omitContext ? { telemetry: { metadata } } : {}),
    };
    // Queues BullMQ's add script on the transaction; nothing is sent before EXEC.
    await new Job(queue, name, data, merged, opts.jobId).addJob(tx);
    const replies = await tx.exec();
    if (!replies) throw new Error(`transaction adding ${opts.jobId} was aborted`);
    const failed = replies.find(([err]: [Error | null, unknown]) => err);
    if (failed) throw failed[0] as Error;
    span?.setAttributes({ [TelemetryAttributes.JobName]: name, [TelemetryAttributes.JobId]: opts.jobId });
    return replies.slice(0, -1).map(([, value]: [Error | null, unknown]) => value);
  }) as Promise<unknown[]>;
}
