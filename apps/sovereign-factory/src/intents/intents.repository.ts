import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  isTerminalIntentStatus,
  PRIORITIES,
  type NewPipelineEvent,
  type PipelineEvent,
  type Priority,
} from '@sf/contracts';
import { loadRedisScript, ServiceMetrics, VersionedRecordStore, type IndexChange } from '@sf/platform';
import type { Redis } from 'ioredis';
import { FactoryQueues } from '../queues/queues';
import { TransactionConnection } from '../queues/transaction-connection';
import { execWithJob, type TransactionalJob } from '../queues/transactional-add';
import { FactoryKeys } from '../redis/keys';
import { REDIS } from '../redis/redis.tokens';
import type { IntentRecord } from './intent.record';

/** What `create` found: a new intent, a replay of an earlier request, or another intent holding the name. */
export type CreateOutcome =
  | { kind: 'created'; queuePosition: number }
  | { kind: 'idempotent'; stored: StoredIdempotency; queuePosition: number }
  | { kind: 'in_flight'; intentId: string };

/** The first response to an `Idempotency-Key`, with a hash of the body it answered. */
export interface StoredIdempotency {
  body_sha256: string;
  status: number;
  response: unknown;
}

/** A stored SPEC revision (checkpoint) with what producing it cost. */
export interface SpecCheckpoint {
  markdown: string;
  usage: { provider: string; model: string; usd: number; tokens: number; offline: boolean } | null;
}

/** An update computed from the current record: the new record and the events it emits. */
export interface Change {
  record: IntentRecord;
  events: NewPipelineEvent[];
}

const CREATE = loadRedisScript(join(__dirname, 'commands', 'create-intent-7.lua'));
/** The create script as a command of the transaction connection, so it can go in a MULTI (sent in full once). */
const CREATE_COMMAND = 'sfCreateIntent';

/**
 * Intent storage in Redis: one versioned record per intent (doc + status + version), indexes kept in step
 * with it, and the intent's event stream.
 */
@Injectable()
export class IntentsRepository implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly store: VersionedRecordStore<IntentRecord, Omit<PipelineEvent, 'id'>>;
  /** Where `create` runs its MULTI: a connection with only the create script and BullMQ's add scripts. */
  private readonly transactions = new TransactionConnection(
    [{ name: CREATE_COMMAND, lua: CREATE.source, numberOfKeys: CREATE.numberOfKeys }],
    'factory-intake',
  );

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly keys: FactoryKeys,
    private readonly metrics: ServiceMetrics,
    private readonly queues: FactoryQueues,
  ) {
    this.store = new VersionedRecordStore(redis, {
      kind: 'intent',
      recordKey: (id) => keys.intent(id),
      eventsKey: (id) => keys.intentEvents(id),
      channel: keys.eventsChannel(),
      statusOf: (record) => record.status,
    });
  }

  /**
   * Stores a new intent atomically with its first events and its first job, unless the key or the service
   * name says otherwise: the create script and the job's add go in one MULTI (one round trip; see
   * {@link execWithJob}). The job is added whatever the script finds; when the intent was not created (a
   * replay, a name in use) it names an intent that does not exist, and is withdrawn here (a worker that takes
   * it first finds no intent and does nothing).
   */
  async create(
    record: IntentRecord,
    events: NewPipelineEvent[],
    idempotency: { key: string; value: StoredIdempotency; ttlSeconds: number } | null,
    job: TransactionalJob,
  ): Promise<CreateOutcome> {
    const k = this.keys;
    const id = record.intent_id;
    const keys = [
      k.intent(id),
      k.intentsByCreated(),
      k.activeIntents(),
      k.serviceLock(record.input.service_name),
      idempotency ? k.idempotency(idempotency.key) : k.idempotency('-'),
      k.intentEvents(id),
      k.waitingIntents(),
    ];
    const args = [
      id,
      JSON.stringify(record),
      record.status,
      Date.parse(record.created_at),
      idempotency ? JSON.stringify(idempotency.value) : '',
      idempotency?.ttlSeconds ?? 0,
      k.eventsChannel(),
      waitScore(record),
      ...events.map((e) => JSON.stringify(encodeEvent(id, e))),
    ];
    const [reply] = await execWithJob(
      job,
      (tx) => tx.runCommand(CREATE_COMMAND, [...keys, ...args]),
      this.transactions,
    );
    const [kind, payload, position] = reply as [string, string, string];
    if (kind !== 'created') {
      await job.queue.remove(job.opts.jobId).catch(() => undefined);
    }
    if (kind === 'idempotent') {
      return { kind, stored: JSON.parse(payload) as StoredIdempotency, queuePosition: Number(position) };
    }
    if (kind === 'in_flight') return { kind, intentId: payload };
    this.metrics.inc('intents_submitted_total', { priority: record.priority });
    return { kind: 'created', queuePosition: Number(position) };
  }

  /** Opens the transaction connection before the first submit needs it. */
  async onApplicationBootstrap(): Promise<void> {
    await this.transactions.warm(this.queues.spec);
  }

  /** Closes the transaction connection (the shared command connection is closed by the queues). */
  async onApplicationShutdown(): Promise<void> {
    await this.transactions.close();
  }

  /** The intent, or null when there is none with this id. */
  get(id: string): Promise<IntentRecord | null> {
    return this.store.get(id);
  }

  /** Several intents at once, in the order asked, skipping missing ones. */
  getMany(ids: string[]): Promise<IntentRecord[]> {
    return this.store.getMany(ids);
  }

  /**
   * Applies `change` to the current record with compare-and-set, retrying on concurrent writers.
   * `change` returns null to leave the record as it is; it may throw (e.g. an invalid transition).
   * Returns the record as stored afterwards, or null when the intent does not exist.
   */
  async update(id: string, change: (current: IntentRecord) => Change | null): Promise<IntentRecord | null> {
    const updated = await this.store.update(id, (current) => {
      const next = change(current);
      if (!next) return null;
      return {
        record: next.record,
        events: next.events.map((e) => encodeEvent(id, e)),
        indexes: this.indexChanges(id, current, next.record),
      };
    });
    if (!updated) return null;
    const status = updated.record.status;
    if (
      status !== updated.previous.status &&
      (isTerminalIntentStatus(status) || status === 'paused_budget')
    ) {
      this.metrics.inc('pipeline_outcomes_total', { status });
    }
    return updated.record;
  }

  /** How many intents of `priority` still wait to start and were created before `beforeMs` (epoch ms). */
  async countWaitingCreatedBefore(priority: Priority, beforeMs: number): Promise<number> {
    const tier = PRIORITIES.indexOf(priority) * TIER_STEP;
    return this.redis.zcount(this.keys.waitingIntents(), tier, `(${tier + beforeMs}`);
  }

  /** Events after `afterId` (exclusive; `0-0` for all), oldest first. */
  readEvents(id: string, afterId: string, count = 500): Promise<PipelineEvent[]> {
    return this.store.readEvents(id, afterId, count);
  }

  /** Saves a SPEC revision before anything points to it, so a retried job reuses it instead of paying again. */
  async saveSpec(id: string, revision: number, checkpoint: SpecCheckpoint): Promise<void> {
    await this.redis.set(this.keys.specRevision(id, revision), JSON.stringify(checkpoint));
  }

  /** A saved SPEC revision, or null. */
  async loadSpec(id: string, revision: number): Promise<SpecCheckpoint | null> {
    const raw = await this.redis.get(this.keys.specRevision(id, revision));
    return raw ? (JSON.parse(raw) as SpecCheckpoint) : null;
  }

  /** Ids of intents not yet in a terminal state. */
  activeIds(): Promise<string[]> {
    return this.redis.smembers(this.keys.activeIntents());
  }

  /** Ids created in `[fromMs, toMs]`, oldest first. */
  idsCreatedBetween(fromMs: number, toMs: number): Promise<string[]> {
    return this.redis.zrangebyscore(this.keys.intentsByCreated(), fromMs, toMs);
  }

  /** Ids newest first, one page at a time. */
  idsNewestFirst(offset: number, count: number): Promise<string[]> {
    return this.redis.zrevrange(this.keys.intentsByCreated(), offset, offset + count - 1);
  }

  /** Number of intents ever accepted. */
  count(): Promise<number> {
    return this.redis.zcard(this.keys.intentsByCreated());
  }

  /**
   * The indexes that follow a change: an intent leaves the waiting set once it starts, and a finished one
   * leaves the active set and frees its service name (unless another intent holds the name by then).
   */
  private indexChanges(id: string, current: IntentRecord, next: IntentRecord): IndexChange[] {
    const changes: IndexChange[] = [];
    if (next.status !== 'queued') changes.push({ op: 'zrem', key: this.keys.waitingIntents(), member: id });
    if (isTerminalIntentStatus(next.status)) {
      changes.push(
        { op: 'srem', key: this.keys.activeIntents(), member: id },
        { op: 'del_if_equals', key: this.keys.serviceLock(current.input.service_name), value: id },
      );
    }
    return changes;
  }
}

/** An intent event as stored: stamped now and attributed to the intent (and its build, if any). */
function encodeEvent(intentId: string, event: NewPipelineEvent): Omit<PipelineEvent, 'id'> {
  return {
    ts: new Date().toISOString(),
    intent_id: intentId,
    ...(event.build_id ? { build_id: event.build_id } : {}),
    phase: event.phase,
    type: event.type,
    message: event.message,
    data: event.data,
  };
}

const TIER_STEP = 1e13;

/** Rank in the waiting set: tier first, then arrival (milliseconds fit well below the 1e13 tier step). */
function waitScore(record: IntentRecord): number {
  return PRIORITIES.indexOf(record.priority) * TIER_STEP + Date.parse(record.created_at);
}
