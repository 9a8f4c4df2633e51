import { Cluster, Redis, type RedisOptions } from 'ioredis';
import { parseRedisUrl } from './redis-url';

/**
 * A new ioredis connection to what `url` names (a server, a Redis Cluster or a Sentinel-watched master: see
 * {@link parseRedisUrl}). Worker and blocking connections need `maxRetriesPerRequest: null` (BullMQ requires
 * it); request-path connections fail fast instead so a dead Redis gives a 503, not a hang.
 *
 * A cluster connection is an ioredis `Cluster`, handed out under the `Redis` type: it speaks the same commands
 * (routing each by its keys' slot) and BullMQ takes it as it is. What differs is whole-keyspace commands (SCAN,
 * KEYS, FLUSHDB, INFO reach one node), which our code does not use, and that every script, MULTI and pipeline
 * must stay within one hash slot, which the key scheme guarantees (`keyPrefix` in `@sf/contracts`).
 */
export function createRedis(
  url: string,
  kind: 'command' | 'blocking' = 'command',
  extra: RedisOptions = {},
): Redis {
  const target = parseRedisUrl(url);
  const options: RedisOptions = {
    maxRetriesPerRequest: kind === 'blocking' ? null : 2,
    // Commands issued in the same tick share one socket write: far fewer syscalls under load.
    enableAutoPipelining: kind === 'command',
    enableReadyCheck: true,
    connectionName: extra.connectionName,
    ...extra,
  };
  let redis: Redis;
  if (target.kind === 'single') {
    redis = new Redis(url, options);
  } else if (target.kind === 'sentinel') {
    const { sentinels, name, username, password, sentinelPassword, tls } = target;
    redis = new Redis({
      ...options,
      sentinels,
      name,
      username,
      password,
      sentinelPassword,
      ...(tls ? { tls: {}, enableTLSForSentinelMode: true, sentinelTLS: {} } : {}),
    });
  } else {
    const { enableAutoPipelining, enableReadyCheck, ...nodeOptions } = options;
    const { username, password, tls } = target;
    const cluster = new Cluster(target.nodes, {
      enableAutoPipelining,
      enableReadyCheck,
      redisOptions: { ...nodeOptions, username, password, ...(tls ? { tls: {} } : {}) },
      // Managed clusters over TLS (ElastiCache and the like) announce names whose certificates must be checked
      // against the name, not a resolved address: ioredis's documented setting for them.
      ...(tls ? { dnsLookup: (address, done) => done(null, address) } : {}),
    });
    redis = cluster as unknown as Redis;
  }
  // ioredis reconnects by itself; an outage is reported by the readiness probe, `redis_up` and the queues'
  // error listeners. Without a listener every reconnect attempt would print an "Unhandled error event" stack.
  redis.on('error', () => undefined);
  return redis;
}

/** Whether `redis` (made by {@link createRedis}) is a Redis Cluster connection. */
export function isClusterConnection(redis: Redis): boolean {
  return (redis as unknown as { isCluster?: boolean }).isCluster === true;
}
