import { Inject, Injectable } from '@nestjs/common';
import { isTerminalBuildStatus, type NewPipelineEvent, type PipelineEvent } from '@sf/contracts';
import { ServiceMetrics, VersionedRecordStore } from '@sf/platform';
import type { Redis } from 'ioredis';
import { REDIS } from '../executor.tokens';
import { ExecutorKeys } from '../redis/keys';
import type { BuildRecord } from './build.record';

/** A change computed from the current record: the new record and the events it emits. */
export interface BuildChange {
  record: BuildRecord;
  events: NewPipelineEvent[];
}

/** Build storage in Redis: one versioned record per build, a time index and the build's event stream. */
@Injectable()
export class BuildsRepository {
  private readonly store: VersionedRecordStore<BuildRecord, Omit<PipelineEvent, 'id'>>;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly keys: ExecutorKeys,
    private readonly metrics: ServiceMetrics,
  ) {
    this.store = new VersionedRecordStore(redis, {
      kind: 'build',
      recordKey: (id) => keys.build(id),
      eventsKey: (id) => keys.buildEvents(id),
      channel: keys.buildEventsChannel(),
      statusOf: (record) => record.status,
    });
  }

  /** Pub/sub channel announcing ids of builds whose log grew. */
  get channel(): string {
    return this.keys.buildEventsChannel();
  }

  /** Stores a new build with its first events; false when a build with that id exists (idempotent create). */
  create(record: BuildRecord, events: NewPipelineEvent[]): Promise<boolean> {
    const id = record.build_id;
    return this.store.create(id, {
      record,
      events: events.map((e) => encode(record, e)),
      indexes: [
        { op: 'zadd', key: this.keys.buildsByCreated(), score: Date.parse(record.created_at), member: id },
      ],
    });
  }

  get(id: string): Promise<BuildRecord | null> {
    return this.store.get(id);
  }

  /**
   * Applies `change` with compare-and-set, retrying on concurrent writers; `change` returns null to leave
   * the record alone and may throw. Returns the stored record, or null when the build does not exist.
   */
  async update(
    id: string,
    change: (current: BuildRecord) => BuildChange | null,
  ): Promise<BuildRecord | null> {
    const updated = await this.store.update(id, (current) => {
      const next = change(current);
      if (!next) return null;
      const ends = isTerminalBuildStatus(next.record.status) && !isTerminalBuildStatus(current.status);
      return {
        record: next.record,
        events: next.events.map((e) => encode(next.record, e)),
        // A hand-submitted build frees its claim on the service as it ends (intents hold theirs by intent id).
        indexes: ends
          ? [
              {
                op: 'del_if_equals' as const,
                key: this.keys.intentServiceLock(next.record.service_name),
                value: `build:${id}`,
              },
            ]
          : [],
      };
    });
    if (!updated) return null;
    const { previous, record } = updated;
    if (record.status !== previous.status && isTerminalBuildStatus(record.status)) {
      this.metrics.inc('pipeline_outcomes_total', { status: record.status });
    }
    return record;
  }

  /** Events after `afterId` (exclusive; `0-0` for all), oldest first. */
  readEvents(id: string, afterId: string, count = 500): Promise<PipelineEvent[]> {
    return this.store.readEvents(id, afterId, count);
  }

  /** Ids, newest first. */
  recentIds(count: number): Promise<string[]> {
    return this.redis.zrevrange(this.keys.buildsByCreated(), 0, String(count - 1));
  }

  /** Every build id (for stats). */
  allIds(): Promise<string[]> {
    return this.redis.zrange(this.keys.buildsByCreated(), '0', '-1');
  }

  getMany(ids: string[]): Promise<BuildRecord[]> {
    return this.store.getMany(ids);
  }
}

/** A build event as stored: stamped now, and attributed to the build and its intent. */
function encode(record: BuildRecord, event: NewPipelineEvent): Omit<PipelineEvent, 'id'> {
  return {
    ts: new Date().toISOString(),
    intent_id: record.intent_id ?? '',
    build_id: record.build_id,
    phase: event.phase,
    type: event.type,
    message: event.message,
    data: event.data,
  };
}
