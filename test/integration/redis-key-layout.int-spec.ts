import { Redis } from 'ioredis';
import { queuePrefix } from '@sf/contracts';
import { auditStreamKey, migrateKeyLayout } from '@sf/platform';
import { ExecutorKeys } from '../../apps/build-executor/src/redis/keys';
import { FactoryKeys } from '../../apps/sovereign-factory/src/redis/keys';
import { CostKeys } from '../../libs/llm/src/ledger/cost-keys';
import { AuthKeys } from '../../libs/platform/src/auth/api-key-store';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../support/harness';

/*
 * An upgrade on a single Redis: keys written before the hash-tagged layout move to the names today's key
 * builders use, once, whichever service boots first (or both at once).
 */

/** Old name → the name today's key builders give the same data. */
function layout(p: string): [string, string][] {
  const factory = new FactoryKeys(p);
  const executor = new ExecutorKeys(p);
  const costs = new CostKeys(p);
  const auth = new AuthKeys(p);
  return [
    [`${p}:intent:int_1`, factory.intent('int_1')],
    [`${p}:intents:created`, factory.intentsByCreated()],
    [`${p}:intents:service:notes`, factory.serviceLock('notes')],
    [`${p}:idem:k1`, factory.idempotency('k1')],
    [`${p}:events:intent:int_1`, factory.intentEvents('int_1')],
    [`${p}:executor:url`, factory.executorUrl()],
    [`${p}:build:bld_1`, executor.build('bld_1')],
    [`${p}:builds:created`, executor.buildsByCreated()],
    [`${p}:git:service:notes`, executor.gitLink('notes')],
    [`${p}:registry:services`, executor.registeredServices()],
    [`${p}:registry:service:notes`, executor.registeredService('notes')],
    [`${p}:q:build:meta`, `${queuePrefix(p)}:build:meta`],
    [`${p}:llm:ledger:2026-01-02:totals`, costs.ledgerTotals('2026-01-02')],
    [`${p}:llm:budget:limits`, costs.budgetLimits()],
    [`${p}:llm:budget:day:2026-01-02`, costs.budgetDay('2026-01-02')],
    [`${p}:auth:api-keys`, auth.apiKeys()],
    [`${p}:auth:secret`, auth.secret()],
    [`${p}:audit`, auditStreamKey(p)],
  ];
}

describe('moving keys to the hash-tagged layout', () => {
  const redis = new Redis(testRedisUrl());
  const prefixes: string[] = [];
  const fresh = () => {
    const p = uniquePrefix('layout');
    prefixes.push(p);
    return p;
  };
  const seed = async (p: string) => {
    for (const [old] of layout(p)) await redis.set(old, `value of ${old}`);
    await redis.set(new CostKeys(p).responseCache('abc'), 'cached');
  };

  afterAll(async () => {
    for (const p of prefixes) await dropPrefix(p);
    redis.disconnect();
  });

  it('moves every old key to the name its builder gives today, values intact, and leaves spread keys be', async () => {
    const p = fresh();
    await seed(p);

    const result = await migrateKeyLayout(testRedisUrl(), p);

    expect(result).toEqual({ moved: layout(p).length, conflicts: [] });
    for (const [old, now] of layout(p)) {
      expect(await redis.get(now)).toBe(`value of ${old}`);
      expect(await redis.exists(old)).toBe(0);
    }
    expect(await redis.get(new CostKeys(p).responseCache('abc'))).toBe('cached');
  });

  it('does nothing on a later boot, even when old-looking keys appear', async () => {
    const p = fresh();
    await migrateKeyLayout(testRedisUrl(), p);
    await redis.set(`${p}:intent:late`, 'x');

    expect(await migrateKeyLayout(testRedisUrl(), p)).toEqual({ moved: 0, conflicts: [] });
    expect(await redis.get(`${p}:intent:late`)).toBe('x');
  });

  it('moves each key once when both services boot at the same time', async () => {
    const p = fresh();
    await seed(p);

    const results = await Promise.all([
      migrateKeyLayout(testRedisUrl(), p),
      migrateKeyLayout(testRedisUrl(), p),
    ]);

    expect(results[0].moved + results[1].moved).toBe(layout(p).length);
    for (const [old, now] of layout(p)) expect(await redis.get(now)).toBe(`value of ${old}`);
  });

  it('keeps both keys and reports the conflict when the new name is taken', async () => {
    const p = fresh();
    const [old, now] = layout(p)[0];
    await redis.set(old, 'old');
    await redis.set(now, 'new');

    expect((await migrateKeyLayout(testRedisUrl(), p)).conflicts).toEqual([old]);
    expect([await redis.get(old), await redis.get(now)]).toEqual(['old', 'new']);
  });
});
