import { keyPrefix, queuePrefix } from '@sf/contracts';

/** Every Redis key the factory writes, in one place, under the configured prefix. */
export class FactoryKeys {
  /**
   * The core namespace, `{<REDIS_PREFIX>}` ({@link keyPrefix}): a key built on it shares the hash slot of the
   * records, indexes and queues, so any script or transaction may use it with them on a Redis Cluster. Keys
   * that never meet those in one script may take a group of their own (`keyPrefix(prefix, group)`).
   */
  readonly prefix: string;

  constructor(readonly redisPrefix: string) {
    this.prefix = keyPrefix(redisPrefix);
  }

  /** BullMQ's own prefix (shared with the executor), so queue keys sit beside ours and never collide. */
  get bullPrefix(): string {
    return queuePrefix(this.redisPrefix);
  }
  intent(id: string): string {
    return `${this.prefix}:intent:${id}`;
  }
  specRevision(id: string, revision: number): string {
    return `${this.prefix}:intent:${id}:spec:${revision}`;
  }
  intentsByCreated(): string {
    return `${this.prefix}:intents:created`;
  }
  /** Intents accepted but not started, ranked by tier then arrival. */
  waitingIntents(): string {
    return `${this.prefix}:intents:waiting`;
  }
  activeIntents(): string {
    return `${this.prefix}:intents:active`;
  }
  /** The URL the build executor last advertised (its `ExecutorKeys.advertisedUrl`). */
  executorUrl(): string {
    return `${this.prefix}:executor:url`;
  }
  serviceLock(serviceName: string): string {
    return `${this.prefix}:intents:service:${serviceName}`;
  }
  idempotency(key: string): string {
    return `${this.prefix}:idem:${key}`;
  }
  intentEvents(id: string): string {
    return `${this.prefix}:events:intent:${id}`;
  }
  /** Pub/sub channel carrying the id of an intent whose event log just grew. */
  eventsChannel(): string {
    return `${this.prefix}:events:notify`;
  }
}
