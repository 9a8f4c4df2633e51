import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { ExecutorKeys } from '../../redis/keys';

/** How many fail-over registry URLs a service is given besides its deployer's. */
const MAX_FAILOVER_URLS = 3;

/**
 * The registry URLs a local service is given: this executor's own first, then the other executors that
 * announced themselves in Redis within the last `freshMs`. Every executor serves the same built-in registry
 * (its entries are in Redis), so a service whose deployer was killed registers and heartbeats through another
 * one (the service rotates to the next URL when one does not answer), and the replica that resumes its build
 * sees it register in time. Each executor announces itself at start and every `freshMs / 3`, and leaves the set
 * when it closes; a killed one ages out.
 */
export class RegistryReplicas implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly keys: ExecutorKeys,
    private readonly selfUrl: string,
    private readonly freshMs: number,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.announce();
    this.timer = setInterval(
      () => void this.announce().catch(() => undefined),
      Math.max(1000, this.freshMs / 3),
    );
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.redis.zrem(this.keys.registryReplicas(), this.selfUrl).catch(() => undefined);
  }

  /** `REGISTRY_URL` for a service deployed here: own URL first, then live peers (comma-separated). */
  async registryUrl(): Promise<string> {
    const now = Date.now();
    const peers = await this.redis
      .zrevrangebyscore(this.keys.registryReplicas(), '+inf', now - this.freshMs)
      .catch(() => [] as string[]);
    const others = peers.filter((url) => url !== this.selfUrl).slice(0, MAX_FAILOVER_URLS);
    return [this.selfUrl, ...others].join(',');
  }

  private async announce(): Promise<void> {
    const key = this.keys.registryReplicas();
    const now = Date.now();
    await this.redis
      .multi()
      .zadd(key, now, this.selfUrl)
      // Executors gone for long (killed, never closed) are pruned so the set stays small.
      .zremrangebyscore(key, '-inf', now - 10 * this.freshMs)
      .exec();
  }
}
