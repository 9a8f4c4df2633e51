import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { loadRedisScript } from '../redis-script';

const CREATE = loadRedisScript(join(__dirname, 'commands', 'create-record.lua'));
const CAS_APPEND = loadRedisScript(join(__dirname, 'commands', 'cas-append.lua'));

/** How many times {@link VersionedRecordStore.update} reads again after losing a race before it gives up. */
const MAX_CAS_ATTEMPTS = 50;

/**
 * A change to an index kept in step with a record, made by the same script as the record's write so the
 * two never disagree, even after a crash.
 */
export type IndexChange =
  | { op: 'zadd'; key: string; score: number; member: string }
  | { op: 'zrem'; key: string; member: string }
  | { op: 'srem'; key: string; member: string }
  /** Deletes `key` only while it holds `value` (a lock released by its holder, not by whoever took it next). */
  | { op: 'del_if_equals'; key: string; value: string };

/** One write of a record: the record as it is to be stored, the events it appends, and index changes. */
export interface RecordWrite<R, E> {
  record: R;
  /** Appended to the record's event stream, oldest first; the channel hears of them once. */
  events: E[];
  indexes?: IndexChange[];
}

/** What {@link VersionedRecordStore.update} did: the record it started from and the record as stored. */
export interface RecordUpdate<R> {
  previous: R;
  /** The record as written, or `previous` itself when the change left it alone. */
  record: R;
}

/** Where one kind of record lives. */
export interface VersionedRecordStoreOptions<R> {
  /** What a record is called in messages (`intent`, `build`). */
  kind: string;
  /** Hash of record `id`: fields `doc` (JSON), `status` and `version` (1 on create, +1 per write). */
  recordKey(id: string): string;
  /** Redis Stream of record `id`'s events: one entry per event, its JSON in field `e`. */
  eventsKey(id: string): string;
  /** Pub/sub channel that hears the id of a record whose event stream grew. */
  channel: string;
  /** The status stored beside the document, so it can be read or scanned without parsing the JSON. */
  statusOf(record: R): string;
}

/**
 * Versioned JSON records in Redis, each with an append-only event stream. Every write is one Lua script
 * that checks the version (compare-and-set), writes the record, applies its index changes and appends its
 * events, then tells the channel; a writer that lost the race reads again and retries. Domain rules stay
 * with the caller: which change to make, which indexes follow, how an event reads.
 *
 * @typeParam R the record.
 * @typeParam E an event as stored (without the stream id Redis gives it).
 */
export class VersionedRecordStore<R, E extends object> {
  constructor(
    private readonly redis: Redis,
    private readonly options: VersionedRecordStoreOptions<R>,
  ) {}

  /** Stores a new record at version 1 with its first events; false (and nothing written) when it exists. */
  async create(id: string, write: RecordWrite<R, E>): Promise<boolean> {
    const o = this.options;
    const created = await CREATE.run(
      this.redis,
      [o.recordKey(id), o.eventsKey(id), ...(write.indexes ?? []).map((c) => c.key)],
      [JSON.stringify(write.record), o.statusOf(write.record), o.channel, id, ...this.tail(write)],
    );
    return created === 1;
  }

  /** The record, or null when there is none with this id. */
  async get(id: string): Promise<R | null> {
    const doc = await this.redis.hget(this.options.recordKey(id), 'doc');
    return doc ? (JSON.parse(doc) as R) : null;
  }

  /** Several records at once (one round trip), in the order asked, skipping missing ones. */
  async getMany(ids: string[]): Promise<R[]> {
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hget(this.options.recordKey(id), 'doc');
    const results = (await pipeline.exec()) ?? [];
    return results
      .map(([, doc]) => (typeof doc === 'string' ? (JSON.parse(doc) as R) : null))
      .filter((r): r is R => r !== null);
  }

  /**
   * Applies `change` to the current record with compare-and-set, calling it again on the newer record
   * when another writer got there first. `change` returns null to leave the record as it is, and may
   * throw (an invalid transition), which ends the update with nothing written. Resolves with the record
   * before and after, or null when there is no record with this id.
   */
  async update(
    id: string,
    change: (current: R) => RecordWrite<R, E> | null,
  ): Promise<RecordUpdate<R> | null> {
    const o = this.options;
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      const [doc, version] = await this.redis.hmget(o.recordKey(id), 'doc', 'version');
      if (!doc || !version) return null;
      const previous = JSON.parse(doc) as R;
      const write = change(previous);
      if (!write) return { previous, record: previous };
      const outcome = await CAS_APPEND.run(
        this.redis,
        [o.recordKey(id), o.eventsKey(id), ...(write.indexes ?? []).map((c) => c.key)],
        [version, JSON.stringify(write.record), o.statusOf(write.record), o.channel, id, ...this.tail(write)],
      );
      if (outcome === 'ok') return { previous, record: write.record };
      if (outcome === 'not_found') return null;
    }
    throw new Error(`${o.kind} ${id}: too many concurrent updates`);
  }

  /** Events after stream id `afterId` (exclusive; `0-0` for all), oldest first, at most `count`. */
  async readEvents(id: string, afterId: string, count = 500): Promise<(E & { id: string })[]> {
    const entries = await this.redis.xrange(this.options.eventsKey(id), `(${afterId}`, '+', 'COUNT', count);
    return entries.map(([eventId, fields]) => ({ id: eventId, ...(JSON.parse(fields[1]) as E) }));
  }

  /** The ARGV after the fixed ones: op, a, b per index change (in KEYS order), then the events. */
  private tail(write: RecordWrite<R, E>): (string | number)[] {
    const indexArgs = (write.indexes ?? []).flatMap((c): (string | number)[] => {
      switch (c.op) {
        case 'zadd':
          return [c.op, c.score, c.member];
        case 'zrem':
        case 'srem':
          return [c.op, c.member, ''];
        case 'del_if_equals':
          return [c.op, c.value, ''];
      }
    });
    return [...indexArgs, ...write.events.map((e) => JSON.stringify(e))];
  }
}
