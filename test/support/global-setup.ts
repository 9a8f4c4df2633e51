import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedRedis } from '../../libs/platform/src/embedded-redis';

/**
 * One private redis-server per test run (or the caller's `REDIS_URL`). Test files isolate themselves
 * with a unique key prefix, so they can share it and run in parallel.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.REDIS_URL) return;
  const dataDir = await mkdtemp(join(tmpdir(), 'sf-test-redis-'));
  const redis = await startEmbeddedRedis({ dataDir, reuse: false });
  process.env.REDIS_URL = redis.url;
  process.env.SF_TEST_REDIS_DATA = dataDir;
  (globalThis as { __sfTestRedis?: typeof redis }).__sfTestRedis = redis;
}
