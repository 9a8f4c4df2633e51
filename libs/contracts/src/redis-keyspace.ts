/**
 * Which Redis Cluster hash slot a family of keys lives in. Redis Cluster runs a Lua script or a MULTI only
 * when every key it names hashes to one slot; a key's slot is computed from the text between its first `{`
 * and the next `}` (the hash tag) when there is one, else from the whole key. So every key of ours starts
 * with {@link keyPrefix}, and keys that a script or a transaction uses together share a group:
 *
 * - `core` (`{sf}`): intents, builds, their event streams and indexes, service-name locks, idempotency
 *   entries and the BullMQ queues. The intent and build scripts update global indexes (created, active,
 *   waiting) together with one record, and the service lock is shared by both, so all of this is one slot:
 *   on a cluster the core gives availability (failover), not spread.
 * - `ledger`, `budget`, `registry`, `auth`, `audit`: each family has a slot of its own (its scripts and
 *   transactions stay within it), so they spread over the masters.
 * - `spread`: no hash tag; each key hashes by itself. Only for keys never used with another key in one
 *   script, MULTI or pipeline (the LLM response cache).
 *
 * On a single Redis the tags change nothing but the key names.
 */
export const KEY_GROUPS = ['core', 'ledger', 'budget', 'registry', 'auth', 'audit', 'spread'] as const;
/** One of {@link KEY_GROUPS}. */
export type KeyGroup = (typeof KEY_GROUPS)[number];

/**
 * The start of every key in `group` under `REDIS_PREFIX` `prefix` (no trailing `:`): `{sf}` for the core,
 * `{sf:ledger}` for a group of its own, `sf` for `spread`. Route every new key through this (or through a
 * keys class built on it), choosing the group by the keys a script or transaction must touch together.
 */
export function keyPrefix(prefix: string, group: KeyGroup = 'core'): string {
  if (/[{}]/.test(prefix)) throw new RangeError(`a Redis key prefix carries no braces, got '${prefix}'`);
  if (group === 'core') return `{${prefix}}`;
  if (group === 'spread') return prefix;
  return `{${prefix}:${group}}`;
}
