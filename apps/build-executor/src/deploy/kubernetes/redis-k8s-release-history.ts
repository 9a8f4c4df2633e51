import type { Redis } from 'ioredis';
import type { ExecutorKeys } from '../../redis/keys';
import type { K8sReleaseHistory, K8sServiceState } from './k8s-release-store';

/** One service's history as stored in Redis. */
interface StoredHistory {
  format: 1;
  current: K8sServiceState['current'];
  previous: K8sServiceState['previous'];
}

/**
 * The Kubernetes release history in Redis, one JSON value per namespace and service, so a rollback issued to
 * any executor replica finds what another one applied (the history no longer dies with an executor's pod).
 * A service with no release left has no key. A history an executor kept on disk before (`legacy`) is moved into
 * Redis when first read, so upgrading loses no rollback.
 */
export class RedisK8sReleaseHistory implements K8sReleaseHistory {
  constructor(
    private readonly redis: Redis,
    private readonly keys: ExecutorKeys,
    private readonly legacy?: K8sReleaseHistory,
  ) {}

  async load(namespace: string, name: string): Promise<K8sServiceState> {
    const raw = await this.redis.get(this.keys.k8sReleaseHistory(namespace, name));
    if (raw === null) return this.adopt(namespace, name);
    const stored = JSON.parse(raw) as Partial<StoredHistory>;
    if (stored.format !== 1) throw new Error(`unknown release history format for ${namespace}/${name}`);
    return { name, namespace, current: stored.current ?? null, previous: stored.previous ?? null };
  }

  async save(state: K8sServiceState): Promise<void> {
    const key = this.keys.k8sReleaseHistory(state.namespace, state.name);
    if (!state.current && !state.previous) {
      await this.redis.del(key);
      return;
    }
    const stored: StoredHistory = { format: 1, current: state.current, previous: state.previous };
    await this.redis.set(key, JSON.stringify(stored));
  }

  /**
   * A history only this executor's disk has (kept before the history moved to Redis) is moved into Redis, once:
   * written unless another replica wrote one meanwhile, then emptied on disk so it never comes back.
   */
  private async adopt(namespace: string, name: string): Promise<K8sServiceState> {
    const empty = { name, namespace, current: null, previous: null };
    const local = this.legacy ? await this.legacy.load(namespace, name) : empty;
    if (!this.legacy || (!local.current && !local.previous)) return empty;
    const stored: StoredHistory = { format: 1, current: local.current, previous: local.previous };
    const key = this.keys.k8sReleaseHistory(namespace, name);
    const written = await this.redis.set(key, JSON.stringify(stored), 'NX');
    await this.legacy.save(empty);
    return written === 'OK' ? local : this.load(namespace, name);
  }
}
