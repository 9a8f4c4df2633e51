import { rm } from 'node:fs/promises';
import type { RedisHandle } from '../../libs/platform/src/embedded-redis';

/** Stops the run's private redis-server, if global-setup started one. */
export default async function globalTeardown(): Promise<void> {
  const redis = (globalThis as { __sfTestRedis?: RedisHandle }).__sfTestRedis;
  if (!redis) return;
  await redis.stop();
  const dir = process.env.SF_TEST_REDIS_DATA;
  if (dir) await rm(dir, { recursive: true, force: true });
}
