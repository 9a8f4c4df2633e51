import { keyPrefix } from '@sf/contracts';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createRedis, isClusterConnection } from './redis-connection';

/**
 * The key families written before keys carried Redis Cluster hash tags (`<prefix>:<rest>`), and where each
 * moved (`keyPrefix(prefix, group)` + the new rest). A closed list on purpose: keys of later features are born
 * in the new layout, and spread keys (`<prefix>:llm:cache:{…}`) are new names (an old cache entry is a miss), so nothing else may move.
 */
const MOVES: { old: RegExp; to: (prefix: string, rest: string) => string }[] = [
  { old: /^llm:ledger:/, to: (p, rest) => `${keyPrefix(p, 'ledger')}:${rest}` },
  { old: /^llm:budget:/, to: (p, rest) => `${keyPrefix(p, 'budget')}:${rest}` },
  { old: /^auth:/, to: (p, rest) => `${keyPrefix(p, 'auth')}:${rest}` },
  { old: /^audit$/, to: (p, rest) => `${keyPrefix(p, 'audit')}:${rest}` },
  { old: /^registry:/, to: (p, rest) => `${keyPrefix(p, 'registry')}:${rest.slice('registry:'.length)}` },
  {
    old: /^(?:intent|intents|idem|events|build|builds|git|q):|^executor:url$/,
    to: (p, rest) => `${keyPrefix(p)}:${rest}`,
  },
];

/** Marks a namespace whose keys are in the hash-tagged layout (written once the move is done). */
const LAYOUT_MARKER = 'layout';
const LAYOUT_VERSION = '2';

/** What {@link migrateKeyLayout} did. */
export interface KeyLayoutMigration {
  /** Keys renamed into the hash-tagged layout. */
  moved: number;
  /** Old keys left where they were because their new name was taken (both are kept; see the log). */
  conflicts: string[];
}

/**
 * Moves the keys of namespace `prefix` written by a version before the hash-tagged layout (see
 * `keyPrefix` in `@sf/contracts`) to their new names, so an upgraded single Redis keeps its intents, builds,
 * queued jobs, ledger, budget, API keys, registry and audit log. Runs at boot before anything reads; a marker
 * key makes every later boot one GET. Both services may run it at once: each key moves with RENAMENX, once.
 * Never needed on a Redis Cluster (the old layout could not run there), so it does nothing on one.
 */
export async function migrateKeyLayout(
  redisUrl: string,
  prefix: string,
  logger?: Pick<Logger, 'info' | 'warn'>,
): Promise<KeyLayoutMigration> {
  const redis = createRedis(redisUrl, 'command', { connectionName: 'key-layout' });
  try {
    const result = await migrate(redis, prefix);
    if (result.moved > 0) logger?.info({ moved: result.moved }, 'Redis keys moved to the hash-tagged layout');
    if (result.conflicts.length > 0)
      logger?.warn(
        { keys: result.conflicts.slice(0, 20), count: result.conflicts.length },
        'old Redis keys not moved: their hash-tagged name exists already (both kept)',
      );
    return result;
  } finally {
    redis.disconnect();
  }
}

async function migrate(redis: Redis, prefix: string): Promise<KeyLayoutMigration> {
  const result: KeyLayoutMigration = { moved: 0, conflicts: [] };
  const marker = `${keyPrefix(prefix)}:${LAYOUT_MARKER}`;
  if (isClusterConnection(redis) || (await redis.get(marker)) === LAYOUT_VERSION) return result;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      const rest = key.slice(prefix.length + 1);
      const move = MOVES.find((m) => m.old.test(rest));
      if (!move) continue;
      const target = move.to(prefix, rest);
      try {
        if ((await redis.renamenx(key, target)) === 1) result.moved++;
        else result.conflicts.push(key);
      } catch (err) {
        // The other service moved it between our SCAN and RENAMENX.
        if (!(err instanceof Error) || !/no such key/i.test(err.message)) throw err;
      }
    }
  } while (cursor !== '0');
  await redis.set(marker, LAYOUT_VERSION);
  return result;
}
