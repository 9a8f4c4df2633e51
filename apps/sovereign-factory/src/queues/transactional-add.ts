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
 * The job's add and the caller's commands in one MULTI on `connection` (shared with the other transactions of
 * the same event-loop turn, see {@link TransactionConnection}): the job is added by BullMQ's own add script
 * (`Job.addJob` on the transaction, as BullMQ's FlowProducer adds a flow), then `write` queues the caller's
 * commands, then EXEC. Redis applies all of it or, when EXEC never arrives (connection lost), none of it. Resolves
 * with the replies of the caller's commands, in order; throws the first error of any of them (Redis still
 * applied the others).
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
    const merged: JobsOptions = {
      ...queue.defaultJobOptions,
      ...opts,
      ...(metadata && !opts.telemetry?.omitContext ? { telemetry: { metadata } } : {}),
    };
    const adding: Promise<unknown>[] = [];
    const replies = await connection.transaction(queue, (tx) => {
      // The job first: BullMQ validates its options and queues its add script before its first await, so a
      // job it refuses throws here, before any command of the caller is queued. Nothing is sent before EXEC.
      const added = new Job(queue, name, data, merged, opts.jobId).addJob(tx);
      // Awaited below, once the EXEC has answered; until then a rejection must not count as unhandled.
      added.catch(() => undefined);
      adding.push(added);
      write(tx);
    });
    await Promise.all(adding);
    // The add script answers the job's id; anything else is one of its error codes, or replies out of step.
    const [addError, added] = replies[0] ?? [new Error('no reply to the job add'), null];
    if (!addError && String(added) !== opts.jobId) {
      throw new Error(`the add of job ${opts.jobId} answered ${String(added)}, not its id`);
    }
    const failed = replies.find(([err]) => err);
    if (failed) throw failed[0] as Error;
    span?.setAttributes({ [TelemetryAttributes.JobName]: name, [TelemetryAttributes.JobId]: opts.jobId });
    return replies.slice(1).map(([, value]) => value);
  }) as Promise<unknown[]>;
}
