import { join } from 'node:path';
import { AppError } from '@sf/contracts';
import { loadRedisScript } from '@sf/platform';
import type { UdcRegistryEntry } from '@sf/udc';
import type { Redis } from 'ioredis';
import { ExecutorKeys } from '../redis/keys';
import {
  DEFAULT_HEARTBEAT_INTERVAL_SECONDS,
  MISSED_HEARTBEATS_BEFORE_STALE,
  type RegisterRequest,
  type RegisteredService,
  type Registration,
  type Registry,
  type ServiceFilter,
} from './registry.types';
import { parseRegisterRequest } from './register-request.validation';

/** Options of {@link RegistryService}. */
export interface RegistryServiceOptions {
  /** Key namespace (`REDIS_PREFIX`); keys live under `{<prefix>:registry}:` (a hash slot of their own). */
  prefix: string;
  /** Clock in epoch milliseconds; tests move it instead of sleeping through heartbeat intervals. */
  now?: () => number;
}

const REGISTER = loadRedisScript(join(__dirname, 'commands', 'register-2.lua'));
const HEARTBEAT = loadRedisScript(join(__dirname, 'commands', 'heartbeat-1.lua'));
const DEREGISTER = loadRedisScript(join(__dirname, 'commands', 'deregister-2.lua'));

/** Fields of one stored entry, as read back from its hash. */
type StoredFields = [
  entry: string | null,
  registeredAt: string | null,
  heartbeatAt: string | null,
  interval: string | null,
];

/**
 * The built-in registry (PRODUCT §7), stored in Redis: one hash per service (`{<prefix>:registry}:service:<name>`
 * with the entry JSON, registration and heartbeat times and the interval) and a set of names
 * (`{<prefix>:registry}:services`). Status is computed on read, so nothing has to sweep stale entries.
 * A plain class: the controller, the pipeline and tests use it without HTTP.
 */
export class RegistryService implements Registry {
  private readonly now: () => number;
  private readonly keys: ExecutorKeys;

  constructor(
    private readonly redis: Redis,
    options: RegistryServiceOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.keys = new ExecutorKeys(options.prefix);
  }

  /** Validates (`VALIDATION_FAILED` naming the fields) and stores the entry. */
  async register(request: RegisterRequest): Promise<Registration> {
    // Validated here as well as at HTTP: the pipeline calls this directly and must meet the same contract.
    const { heartbeat_interval_seconds, ...entry } = parseRegisterRequest(request);
    const interval = heartbeat_interval_seconds ?? DEFAULT_HEARTBEAT_INTERVAL_SECONDS;
    const nowMs = this.now();
    const existed = await REGISTER.run(
      this.redis,
      [this.keys.registeredService(entry.name), this.keys.registeredServices()],
      [JSON.stringify(entry), nowMs, interval, entry.name],
    );
    return { service: this.view(entry, nowMs, nowMs, interval), created: existed === 0 };
  }

  /** Records a heartbeat now; `SERVICE_NOT_FOUND` when the name is not registered. */
  async heartbeat(name: string): Promise<RegisteredService> {
    const fields = await HEARTBEAT.run(this.redis, [this.keys.registeredService(name)], [this.now()]);
    const service = fields ? this.present(fields as StoredFields) : null;
    if (!service) throw serviceNotFound(name);
    return service;
  }

  async deregister(name: string): Promise<boolean> {
    const keys = [this.keys.registeredService(name), this.keys.registeredServices()];
    return (await DEREGISTER.run(this.redis, keys, [name])) === 1;
  }

  async get(name: string): Promise<RegisteredService | null> {
    const fields = await this.redis.hmget(
      this.keys.registeredService(name),
      'entry',
      'registered_at',
      'last_heartbeat_at',
      'interval',
    );
    return this.present(fields as StoredFields);
  }

  async list(filter: ServiceFilter = {}): Promise<RegisteredService[]> {
    const names = (await this.redis.smembers(this.keys.registeredServices())).sort();
    if (names.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const name of names) {
      pipeline.hmget(
        this.keys.registeredService(name),
        'entry',
        'registered_at',
        'last_heartbeat_at',
        'interval',
      );
    }
    const results = (await pipeline.exec()) ?? [];
    return results
      .map(([err, fields]) => (err ? null : this.present(fields as StoredFields)))
      .filter((s): s is RegisteredService => s !== null && (!filter.status || s.status === filter.status));
  }

  /** A stored entry as answered; null when nothing (or a torn hash) is stored. */
  private present([entry, registeredAt, heartbeatAt, interval]: StoredFields): RegisteredService | null {
    if (!entry || !registeredAt || !heartbeatAt || !interval) return null;
    return this.view(
      JSON.parse(entry) as UdcRegistryEntry,
      Number(registeredAt),
      Number(heartbeatAt),
      Number(interval),
    );
  }

  /** The answer shape, with the status as of now. */
  private view(
    entry: UdcRegistryEntry,
    registeredAtMs: number,
    heartbeatAtMs: number,
    intervalSeconds: number,
  ): RegisteredService {
    const silentMs = this.now() - heartbeatAtMs;
    const stale = silentMs > MISSED_HEARTBEATS_BEFORE_STALE * intervalSeconds * 1000;
    return {
      ...entry,
      registered_at: new Date(registeredAtMs).toISOString(),
      last_heartbeat_at: new Date(heartbeatAtMs).toISOString(),
      heartbeat_interval_seconds: intervalSeconds,
      status: stale ? 'stale' : 'active',
    };
  }
}

/** The `SERVICE_NOT_FOUND` error of an unknown name. */
export function serviceNotFound(name: string): AppError {
  return new AppError('SERVICE_NOT_FOUND', `service '${name}' is not registered`, { name });
}
