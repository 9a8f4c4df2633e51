import { Inject, Injectable } from '@nestjs/common';
import { isTerminalBuildStatus, type NewPipelineEvent, type PipelineEvent } from '@sf/contracts';
import { ServiceMetrics } from '@sf/platform';
import type { Redis } from 'ioredis';
import { ExecutorConfig } from '../config/executor.config';
import { REDIS } from '../executor.tokens';
import type { BuildRecord } from './build.record';

/** A change computed from the current record: the new record and the events it emits. */
export interface BuildChange {
  record: BuildRecord;
  events: NewPipelineEvent[];
}

const CREATE_LUA = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'doc', ARGV[1], 'status', ARGV[2], 'version', 1)
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
for i = 6, #ARGV do redis.call('XADD', KEYS[3], '*', 'e', ARGV[i]) end
redis.call('PUBLISH', ARGV[5], ARGV[4])
return 1
`;

// Compare-and-set on the version; the record and its events change together.
const UPDATE_LUA = `
local version = redis.call('HGET', KEYS[1], 'version')
if not version then return 'not_found' end
if version ~= ARGV[1] then return 'conflict' end
redis.call('HSET', KEYS[1], 'doc', ARGV[2], 'status', ARGV[3], 'version', tonumber(version) + 1)
for i = 6, #ARGV do redis.call('XADD', KEYS[2], '*', 'e', ARGV[i]) end
if #ARGV >= 6 then redis.call('PUBLISH', ARGV[4], ARGV[5]) end
return 'ok'
`;

type LuaRedis = Redis & {
  sfBuildCreate(...args: (string | number)[]): Promise<number>;
  sfBuildUpdate(...args: (string | number)[]): Promise<string>;
};

/** Build storage in Redis: one hash per build (doc + status + version), a time index and the event stream. */
@Injectable()
export class BuildsRepository {
  private readonly redis: LuaRedis;
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) redis: Redis,
    config: ExecutorConfig,
    private readonly metrics: ServiceMetrics,
  ) {
    redis.defineCommand('sfBuildCreate', { numberOfKeys: 3, lua: CREATE_LUA });
    redis.defineCommand('sfBuildUpdate', { numberOfKeys: 2, lua: UPDATE_LUA });
    this.redis = redis as LuaRedis;
    this.prefix = config.REDIS_PREFIX;
  }

  /** Pub/sub channel announcing ids of builds whose log grew. */
  get channel(): string {
    return `${this.prefix}:events:notify:build`;
  }

  /** Stores a new build with its first events; false when a build with that id exists (idempotent create). */
  async create(record: BuildRecord, events: NewPipelineEvent[]): Promise<boolean> {
    const id = record.build_id;
    const created = await this.redis.sfBuildCreate(
      this.key(id),
      this.indexKey(),
      this.streamKey(id),
      JSON.stringify(record),
      record.status,
      Date.parse(record.created_at),
      id,
      this.channel,
      ...events.map((e) => this.encode(record, e)),
    );
    return created === 1;
  }

  async get(id: string): Promise<BuildRecord | null> {
    const doc = await this.redis.hget(this.key(id), 'doc');
    return doc ? (JSON.parse(doc) as BuildRecord) : null;
  }

  /**
   * Applies `change` with compare-and-set, retrying on concurrent writers; `change` returns null to leave
   * the record alone and may throw. Returns the stored record, or null when the build does not exist.
   */
  async update(
    id: string,
    change: (current: BuildRecord) => BuildChange | null,
  ): Promise<BuildRecord | null> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const [doc, version] = await this.redis.hmget(this.key(id), 'doc', 'version');
      if (!doc || !version) return null;
      const current = JSON.parse(doc) as BuildRecord;
      const next = change(current);
      if (!next) return current;
      const outcome = await this.redis.sfBuildUpdate(
        this.key(id),
        this.streamKey(id),
        version,
        JSON.stringify(next.record),
        next.record.status,
        this.channel,
        id,
        ...next.events.map((e) => this.encode(next.record, e)),
      );
      if (outcome === 'ok') {
        const status = next.record.status;
        if (status !== current.status && isTerminalBuildStatus(status)) {
          this.metrics.inc('pipeline_outcomes_total', { status });
        }
        return next.record;
      }
      if (outcome === 'not_found') return null;
    }
    throw new Error(`build ${id}: too many concurrent updates`);
  }

  /** Events after `afterId` (exclusive; `0-0` for all), oldest first. */
  async readEvents(id: string, afterId: string, count = 500): Promise<PipelineEvent[]> {
    const entries = await this.redis.xrange(this.streamKey(id), `(${afterId}`, '+', 'COUNT', count);
    return entries.map(([eventId, fields]) => ({
      id: eventId,
      ...(JSON.parse(fields[1]) as Omit<PipelineEvent, 'id'>),
    }));
  }

  /** Ids, newest first. */
  recentIds(count: number): Promise<string[]> {
    return this.redis.zrevrange(this.indexKey(), 0, String(count - 1));
  }

  /** Every build id (for stats). */
  allIds(): Promise<string[]> {
    return this.redis.zrange(this.indexKey(), '0', '-1');
  }

  async getMany(ids: string[]): Promise<BuildRecord[]> {
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hget(this.key(id), 'doc');
    const results = (await pipeline.exec()) ?? [];
    return results
      .map(([, doc]) => (typeof doc === 'string' ? (JSON.parse(doc) as BuildRecord) : null))
      .filter((r): r is BuildRecord => r !== null);
  }

  private key(id: string): string {
    return `${this.prefix}:build:${id}`;
  }
  private indexKey(): string {
    return `${this.prefix}:builds:created`;
  }
  private streamKey(id: string): string {
    return `${this.prefix}:events:build:${id}`;
  }

  private encode(record: BuildRecord, event: NewPipelineEvent): string {
    return JSON.stringify({
      ts: new Date().toISOString(),
      intent_id: record.intent_id ?? '',
      build_id: record.build_id,
      phase: event.phase,
      type: event.type,
      message: event.message,
      data: event.data,
    });
  }
}
