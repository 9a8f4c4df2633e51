import { Inject, Injectable } from '@nestjs/common';
import {
  isTerminalIntentStatus,
  PRIORITIES,
  type NewPipelineEvent,
  type PipelineEvent,
  type Priority,
} from '@sf/contracts';
import { ServiceMetrics } from '@sf/platform';
import type { Redis } from 'ioredis';
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

// Creates the intent, its indexes, its first event and the idempotency entry in one step, or reports why not.
// The waiting set orders intents not yet started by (tier, arrival): a new intent's rank in it is its
// queue position, computed here so a submit costs no extra round trip.
const CREATE_LUA = `
local intentKey, createdKey, activeKey, serviceKey, idemKey, streamKey, waitingKey =
  KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7]
local id, doc, status, nowMs, idemValue, idemTtl, channel, waitScore =
  ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8]
if idemValue ~= '' then
  local existing = redis.call('HMGET', idemKey, 'value', 'position')
  if existing[1] then return {'idempotent', existing[1], existing[2]} end
end
local holder = redis.call('GET', serviceKey)
if holder then return {'in_flight', holder, '0'} end
redis.call('HSET', intentKey, 'doc', doc, 'status', status, 'version', 1)
redis.call('ZADD', createdKey, nowMs, id)
redis.call('SADD', activeKey, id)
redis.call('SET', serviceKey, id)
redis.call('ZADD', waitingKey, waitScore, id)
local position = redis.call('ZCOUNT', waitingKey, '-inf', waitScore)
if idemValue ~= '' then
  redis.call('HSET', idemKey, 'value', idemValue, 'position', position)
  redis.call('EXPIRE', idemKey, idemTtl)
end
for i = 9, #ARGV do redis.call('XADD', streamKey, '*', 'e', ARGV[i]) end
redis.call('PUBLISH', channel, id)
return {'created', '', tostring(position)}
`;

// Compare-and-set on the record's version; also keeps the active set and the service-name lock in step.
const UPDATE_LUA = `
local intentKey, activeKey, serviceKey, streamKey, waitingKey = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local expected, doc, status, terminal, id, channel = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local version = redis.call('HGET', intentKey, 'version')
if not version then return {'not_found'} end
if version ~= expected then return {'conflict'} end
if status ~= 'queued' then redis.call('ZREM', waitingKey, id) end
redis.call('HSET', intentKey, 'doc', doc, 'status', status, 'version', tonumber(version) + 1)
if terminal == '1' then
  redis.call('SREM', activeKey, id)
  if redis.call('GET', serviceKey) == id then redis.call('DEL', serviceKey) end
end
for i = 7, #ARGV do redis.call('XADD', streamKey, '*', 'e', ARGV[i]) end
if #ARGV >= 7 then redis.call('PUBLISH', channel, id) end
return {'ok'}
`;

type LuaRedis = Redis & {
  sfCreate(...args: (string | number)[]): Promise<[string, string, string]>;
  sfUpdate(...args: (string | number)[]): Promise<[string]>;
};

const MAX_CAS_ATTEMPTS = 50;

/** Intent storage in Redis: one hash per intent (doc + status + version), indexes, and the event stream. */
@Injectable()
export class IntentsRepository {
  private readonly redis: LuaRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly keys: FactoryKeys,
    private readonly metrics: ServiceMetrics,
  ) {
    redis.defineCommand('sfCreate', { numberOfKeys: 7, lua: CREATE_LUA });
    redis.defineCommand('sfUpdate', { numberOfKeys: 5, lua: UPDATE_LUA });
    this.redis = redis as LuaRedis;
  }

  /** Stores a new intent atomically with its first events, unless the key or the service name says otherwise. */
  async create(
    record: IntentRecord,
    events: NewPipelineEvent[],
    idempotency: { key: string; value: StoredIdempotency; ttlSeconds: number } | null,
  ): Promise<CreateOutcome> {
    const k = this.keys;
    const id = record.intent_id;
    const [kind, payload, position] = await this.redis.sfCreate(
      k.intent(id),
      k.intentsByCreated(),
      k.activeIntents(),
      k.serviceLock(record.input.service_name),
      idempotency ? k.idempotency(idempotency.key) : k.idempotency('-'),
      k.intentEvents(id),
      k.waitingIntents(),
      id,
      JSON.stringify(record),
      record.status,
      Date.parse(record.created_at),
      idempotency ? JSON.stringify(idempotency.value) : '',
      idempotency?.ttlSeconds ?? 0,
      k.eventsChannel(),
      waitScore(record),
      ...events.map((e) => this.encodeEvent(id, e)),
    );
    if (kind === 'idempotent') {
      return { kind, stored: JSON.parse(payload) as StoredIdempotency, queuePosition: Number(position) };
    }
    if (kind === 'in_flight') return { kind, intentId: payload };
    this.metrics.inc('intents_submitted_total', { priority: record.priority });
    return { kind: 'created', queuePosition: Number(position) };
  }

  /** The intent, or null when there is none with this id. */
  async get(id: string): Promise<IntentRecord | null> {
    const doc = await this.redis.hget(this.keys.intent(id), 'doc');
    return doc ? (JSON.parse(doc) as IntentRecord) : null;
  }

  /** Several intents at once, in the order asked, skipping missing ones. */
  async getMany(ids: string[]): Promise<IntentRecord[]> {
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hget(this.keys.intent(id), 'doc');
    const results = (await pipeline.exec()) ?? [];
    return results
      .map(([, doc]) => (typeof doc === 'string' ? (JSON.parse(doc) as IntentRecord) : null))
      .filter((r): r is IntentRecord => r !== null);
  }

  /**
   * Applies `change` to the current record with compare-and-set, retrying on concurrent writers.
   * `change` returns null to leave the record as it is; it may throw (e.g. an invalid transition).
   * Returns the record as stored afterwards, or null when the intent does not exist.
   */
  async update(id: string, change: (current: IntentRecord) => Change | null): Promise<IntentRecord | null> {
    const k = this.keys;
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      const [doc, version] = await this.redis.hmget(k.intent(id), 'doc', 'version');
      if (!doc || !version) return null;
      const current = JSON.parse(doc) as IntentRecord;
      const next = change(current);
      if (!next) return current;
      const [outcome] = await this.redis.sfUpdate(
        k.intent(id),
        k.activeIntents(),
        k.serviceLock(current.input.service_name),
        k.intentEvents(id),
        k.waitingIntents(),
        version,
        JSON.stringify(next.record),
        next.record.status,
        isTerminalIntentStatus(next.record.status) ? '1' : '0',
        id,
        k.eventsChannel(),
        ...next.events.map((e) => this.encodeEvent(id, e)),
      );
      if (outcome === 'ok') {
        const status = next.record.status;
        if (status !== current.status && (isTerminalIntentStatus(status) || status === 'paused_budget')) {
          this.metrics.inc('pipeline_outcomes_total', { status });
        }
        return next.record;
      }
      if (outcome === 'not_found') return null;
    }
    throw new Error(`intent ${id}: too many concurrent updates`);
  }

  /** How many intents of `priority` still wait to start and were created before `beforeMs` (epoch ms). */
  async countWaitingCreatedBefore(priority: Priority, beforeMs: number): Promise<number> {
    const tier = PRIORITIES.indexOf(priority) * TIER_STEP;
    return this.redis.zcount(this.keys.waitingIntents(), tier, `(${tier + beforeMs}`);
  }

  /** Events after `afterId` (exclusive; `0-0` for all), oldest first. */
  async readEvents(id: string, afterId: string, count = 500): Promise<PipelineEvent[]> {
    const entries = await this.redis.xrange(this.keys.intentEvents(id), `(${afterId}`, '+', 'COUNT', count);
    return entries.map(([eventId, fields]) => ({
      id: eventId,
      ...(JSON.parse(fields[1]) as Omit<PipelineEvent, 'id'>),
    }));
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

  private encodeEvent(intentId: string, event: NewPipelineEvent): string {
    return JSON.stringify({
      ts: new Date().toISOString(),
      intent_id: intentId,
      ...(event.build_id ? { build_id: event.build_id } : {}),
      phase: event.phase,
      type: event.type,
      message: event.message,
      data: event.data,
    });
  }
}

const TIER_STEP = 1e13;

/** Rank in the waiting set: tier first, then arrival (milliseconds fit well below the 1e13 tier step). */
function waitScore(record: IntentRecord): number {
  return PRIORITIES.indexOf(record.priority) * TIER_STEP + Date.parse(record.created_at);
}
