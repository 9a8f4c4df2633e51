import { setTimeout as delay } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { ExecutorKeys } from '../../apps/build-executor/src/redis/keys';
import {
  DeployLeases,
  hostOfInstance,
  newInstanceId,
} from '../../apps/build-executor/src/deploy/local/deploy-leases';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../support/harness';

describe('deployment leases (Redis)', () => {
  let redis: Redis;
  let prefix: string;
  let keys: ExecutorKeys;
  const lease = (id: string, ttlMs = 10_000) => new DeployLeases(redis, keys, id, ttlMs);

  beforeAll(() => {
    redis = new Redis(testRedisUrl());
  });

  beforeEach(() => {
    prefix = uniquePrefix('lease');
    keys = new ExecutorKeys(prefix);
  });

  afterEach(async () => {
    await dropPrefix(prefix);
  });

  afterAll(async () => {
    await redis.quit();
  });

  it('names an executor by host, pid and a random part, new at every start', () => {
    const id = newInstanceId('box-1');
    expect(id).toMatch(new RegExp(`^box-1/${process.pid}/[0-9a-f]{8}$`));
    expect(hostOfInstance(id)).toBe('box-1');
    expect(newInstanceId('box-1')).not.toBe(id);
  });

  it('is acquired by the first executor only; the second is told who holds it', async () => {
    const a = lease('h/1/a');
    const b = lease('h/2/b');

    await expect(a.hold('svc')).resolves.toEqual({ status: 'held' });
    await expect(b.hold('svc')).resolves.toEqual({ status: 'taken', owner: 'h/1/a' });

    expect(a.holds('svc')).toBe(true);
    expect(b.holds('svc')).toBe(false);
    expect(await redis.get(keys.deployLease('svc'))).toBe('h/1/a');
  });

  it('is renewed by its owner with the full TTL', async () => {
    const a = lease('h/1/a', 10_000);
    await a.hold('svc');
    await redis.pexpire(keys.deployLease('svc'), 1_000);

    await expect(a.hold('svc')).resolves.toEqual({ status: 'held' });

    expect(await redis.pttl(keys.deployLease('svc'))).toBeGreaterThan(5_000);
  });

  it('expires when its owner stops renewing, and then goes to another executor', async () => {
    const a = lease('h/1/a', 300);
    const b = lease('h/2/b', 10_000);
    await a.hold('svc');

    let answer = await b.hold('svc');
    while (answer.status === 'taken') {
      await delay(20);
      answer = await b.hold('svc');
    }

    expect(answer).toEqual({ status: 'held' });
    // The old owner's own clock says it lapsed too (no round trip needed to know it).
    expect(a.holds('svc')).toBe(false);
    await expect(a.hold('svc')).resolves.toEqual({ status: 'taken', owner: 'h/2/b' });
  });

  it('is renewed, released or transferred only by its owner (fencing)', async () => {
    const a = lease('h/1/a');
    const stale = lease('h/9/stale');
    await a.hold('svc');

    await stale.release('svc');
    await expect(stale.transfer('svc', 'h/9/stale')).resolves.toBe(false);

    expect(await redis.get(keys.deployLease('svc'))).toBe('h/1/a');
    await expect(stale.hold('svc')).resolves.toEqual({ status: 'taken', owner: 'h/1/a' });
  });

  it('carries a hand-over request to the owner, which transfers it', async () => {
    const a = lease('h/1/a');
    const b = lease('h/2/b');
    await a.hold('svc');

    await expect(b.request('svc')).resolves.toEqual({ status: 'taken', owner: 'h/1/a' });
    await expect(a.hold('svc')).resolves.toEqual({ status: 'handover', to: 'h/2/b' });
    await expect(a.transfer('svc', 'h/2/b')).resolves.toBe(true);

    expect(a.holds('svc')).toBe(false);
    await expect(b.request('svc')).resolves.toEqual({ status: 'held' });
    expect(b.holds('svc')).toBe(true);
    await expect(b.owners(['svc', 'other'])).resolves.toEqual(['h/2/b', null]);
  });

  it('carries no hand-over request from another host', async () => {
    const a = lease('h/1/a');
    const far = lease('elsewhere/2/b');
    await a.hold('svc');

    await expect(far.request('svc')).resolves.toEqual({ status: 'taken', owner: 'h/1/a' });

    await expect(a.hold('svc')).resolves.toEqual({ status: 'held' });
  });

  it('is free again once released by its owner', async () => {
    const a = lease('h/1/a');
    const b = lease('h/2/b');
    await a.hold('svc');

    await a.release('svc');

    expect(a.holds('svc')).toBe(false);
    expect(a.held()).toEqual([]);
    await expect(b.hold('svc')).resolves.toEqual({ status: 'held' });
  });
});
