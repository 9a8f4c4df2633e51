import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { Redis } from 'ioredis';

/** The name of the counting script as a command of the connection. */
const COMMAND = 'sfThrottlerIncrement';

type Counting = Redis & {
  [COMMAND](...args: (string | number)[]): Promise<[number, number, number, number]>;
};

/**
 * `@nest-lab/throttler-storage-redis` counting with the same script, sent by its SHA (EVALSHA; in full once
 * per connection, as ioredis does for defined commands) instead of in full (EVAL) on every request: the
 * limiter runs before every authenticated request, submits included.
 */
export class ScriptedThrottlerStorage extends ThrottlerStorageRedisService {
  constructor(redis: Redis) {
    super(redis);
    redis.defineCommand(COMMAND, { numberOfKeys: 2, lua: this.scriptSrc });
  }

  override async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): ReturnType<ThrottlerStorageRedisService['increment']> {
    const [totalHits, timeToExpire, isBlocked, timeToBlockExpire] = await (this.redis as Counting)[COMMAND](
      `{${key}:${throttlerName}}:hits`,
      `{${key}:${throttlerName}}:blocked`,
      throttlerName,
      ttl,
      limit,
      blockDuration,
    );
    return {
      totalHits,
      timeToExpire: Math.ceil(timeToExpire / 1000),
      isBlocked: isBlocked === 1,
      timeToBlockExpire: Math.ceil(timeToBlockExpire / 1000),
    };
  }
}
