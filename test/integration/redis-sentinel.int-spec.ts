import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RedisBudgetGuard } from '@sf/llm';
import { createRedis } from '@sf/platform';
import { startRedisSentinel, type TestRedisSentinel } from '../support/redis-cluster';

/*
 * A `redis-sentinel://` REDIS_URL: the connection asks a real Sentinel for the master and works on it, commands
 * and Lua scripts alike, on the request path and on a blocking (worker) connection.
 */
describe('through Redis Sentinel', () => {
  let sentinel: TestRedisSentinel;
  const connections: Redis[] = [];

  beforeAll(async () => {
    sentinel = await startRedisSentinel();
  });
  afterAll(async () => {
    for (const redis of connections.splice(0)) redis.disconnect();
    await sentinel?.stop();
  });

  it('reaches the master the sentinel names, with its password, for commands and scripts', async () => {
    const command = createRedis(sentinel.url);
    const blocking = createRedis(sentinel.url, 'blocking');
    connections.push(command, blocking);
    const prefix = `t-sentinel-${randomBytes(4).toString('hex')}`;

    await command.set(`${prefix}:k`, 'v');
    expect(await blocking.get(`${prefix}:k`)).toBe('v');
    expect(await command.call('ROLE')).toEqual(expect.arrayContaining(['master']));
    const guard = new RedisBudgetGuard(command, prefix, { limits: { daily_usd: 1, per_intent_usd: 1 } });
    const held = await guard.reserve({ intent_id: 'i1', amount_usd: 0.4 });
    expect(held.ok).toBe(true);
    expect((await guard.status()).reserved_usd).toBeCloseTo(0.4, 9);
  });
});
