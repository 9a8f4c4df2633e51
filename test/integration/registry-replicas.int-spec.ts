import { Redis } from 'ioredis';
import { RegistryReplicas } from '../../apps/build-executor/src/deploy/local/registry-replicas';
import { ExecutorKeys } from '../../apps/build-executor/src/redis/keys';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../support/harness';

describe('registry replicas (the fail-over REGISTRY_URL of local services)', () => {
  let redis: Redis;
  let prefix: string;
  let keys: ExecutorKeys;
  const started: RegistryReplicas[] = [];
  const start = async (url: string, freshMs = 15_000) => {
    const replicas = new RegistryReplicas(redis, keys, url, freshMs);
    await replicas.onApplicationBootstrap();
    started.push(replicas);
    return replicas;
  };

  beforeAll(() => {
    redis = new Redis(testRedisUrl());
  });

  beforeEach(() => {
    prefix = uniquePrefix('replicas');
    keys = new ExecutorKeys(prefix);
  });

  afterEach(async () => {
    await Promise.all(started.splice(0).map((r) => r.onApplicationShutdown()));
    await dropPrefix(prefix);
  });

  afterAll(async () => {
    await redis.quit();
  });

  it('gives a service its deployer first, then every other live executor', async () => {
    const a = await start('http://127.0.0.1:9001');
    await start('http://127.0.0.1:9002');
    await start('http://127.0.0.1:9003');

    const urls = (await a.registryUrl()).split(',');
    expect(urls[0]).toBe('http://127.0.0.1:9001');
    expect([...urls.slice(1)].sort()).toEqual(['http://127.0.0.1:9002', 'http://127.0.0.1:9003']);
  });

  it('leaves out an executor that closed, and one that stopped announcing itself (killed)', async () => {
    const a = await start('http://127.0.0.1:9001');
    const closed = await start('http://127.0.0.1:9002');
    await closed.onApplicationShutdown();
    // An executor killed long ago: its last announcement is older than the freshness window.
    await redis.zadd(keys.registryReplicas(), Date.now() - 60_000, 'http://127.0.0.1:9009');

    expect(await a.registryUrl()).toBe('http://127.0.0.1:9001');
  });
});
