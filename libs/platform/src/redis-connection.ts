import { Redis, type RedisOptions } from 'ioredis';

/**
 * A new ioredis connection. Worker and blocking connections need `maxRetriesPerRequest: null`
 * (BullMQ requires it); request-path connections fail fast instead so a dead Redis gives a 503, not a hang.
 */
export function createRedis(
  url: string,
  kind: 'command' | 'blocking' = 'command',
  extra: RedisOptions = {},
): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: kind === 'blocking' ? null : 2,
    // Commands issued in the same tick share one socket write: far fewer syscalls under load.
    enableAutoPipelining: kind === 'command',
    enableReadyCheck: true,
    connectionName: extra.connectionName,
    ...extra,
  });
  // ioredis reconnects by itself; an outage is reported by the readiness probe, `redis_up` and the queues'
  // error listeners. Without a listener every reconnect attempt would print an "Unhandled error event" stack.
  redis.on('error', () => undefined);
  return redis;
}
