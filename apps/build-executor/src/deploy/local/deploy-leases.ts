import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { loadRedisScript } from '@sf/platform';
import type { Redis } from 'ioredis';
import type { ExecutorKeys } from '../../redis/keys';

const LEASE = loadRedisScript(join(__dirname, 'commands', 'deploy-lease-1.lua'));

/** What the lease script answers to `hold` and `request`. */
export type LeaseAnswer =
  | { status: 'held' }
  /** Ours, and `to` asks for it: hand the service over between operations. */
  | { status: 'handover'; to: string }
  /** Another live executor holds it. */
  | { status: 'taken'; owner: string };

/**
 * Id of this executor process in deployment leases: `<host id>/<pid>/<random>`, new at every start, so a
 * restarted executor is a new owner and never mistakes the lease of its previous life for its own.
 */
export function newInstanceId(hostId: string = hostname()): string {
  return `${hostId}/${process.pid}/${randomBytes(4).toString('hex')}`;
}

/** The host id an instance id starts with. */
export function hostOfInstance(instanceId: string): string {
  return instanceId.slice(0, instanceId.indexOf('/'));
}

/**
 * The leases through which one executor supervises local deployments (one Redis key each, `SET NX PX`-like
 * acquisition, renewal and release by the owner only, in `deploy-lease-1.lua`).
 *
 * The owner also keeps each lease's validity locally: the time its last successful acquisition or renewal
 * was sent plus the TTL (less a tenth for clock-rate drift). {@link holds} answers from that alone, so the
 * fence before a restart or a state write costs no round trip and still fails for an executor that was
 * frozen (or cut off from Redis) longer than the TTL, when another executor may have taken over.
 */
export class DeployLeases {
  private readonly validUntil = new Map<string, number>();

  constructor(
    private readonly redis: Redis,
    private readonly keys: ExecutorKeys,
    /** This executor's {@link newInstanceId}. */
    readonly instanceId: string,
    readonly ttlMs: number,
  ) {}

  /** The host id of this executor. */
  get hostId(): string {
    return hostOfInstance(this.instanceId);
  }

  /** Acquires the lease when free, renews it when ours; says who holds it otherwise. */
  hold(name: string): Promise<LeaseAnswer> {
    return this.ask('hold', name);
  }

  /** Like {@link hold}, and when another executor holds it, asks that one to hand it over. */
  request(name: string): Promise<LeaseAnswer> {
    return this.ask('request', name);
  }

  /** Gives our lease to `to` (its holder from now on); false when it was not ours any more. */
  async transfer(name: string, to: string): Promise<boolean> {
    this.validUntil.delete(name);
    const moved = await LEASE.run(
      this.redis,
      [this.keys.deployLease(name)],
      ['transfer', this.instanceId, this.ttlMs, to],
    );
    return moved === 1;
  }

  /** Drops our lease (the next executor on this host may adopt the service at once). */
  async release(name: string): Promise<void> {
    this.validUntil.delete(name);
    await LEASE.run(this.redis, [this.keys.deployLease(name)], ['release', this.instanceId]);
  }

  /** Forgets a lease locally (lost to another executor): {@link holds} is false from now on. */
  forget(name: string): void {
    this.validUntil.delete(name);
  }

  /** Whether this executor surely holds the lease now (see the class comment); no round trip. */
  holds(name: string): boolean {
    return (this.validUntil.get(name) ?? 0) > Date.now();
  }

  /** Names whose lease this executor acquired and has not released, lost or given away. */
  held(): string[] {
    return [...this.validUntil.keys()];
  }

  /**
   * The current owner of each lease (null: none, the lease expired or was released). One GET per key, sent
   * together: an MGET would cross hash slots on a Redis Cluster.
   */
  owners(names: readonly string[]): Promise<(string | null)[]> {
    return Promise.all(
      names.map(async (n) => {
        const value = await this.redis.get(this.keys.deployLease(n));
        return value === null ? null : value.split('>')[0];
      }),
    );
  }

  private async ask(op: 'hold' | 'request', name: string): Promise<LeaseAnswer> {
    const sentAt = Date.now();
    const [status, other] = (await LEASE.run(
      this.redis,
      [this.keys.deployLease(name)],
      [op, this.instanceId, this.ttlMs],
    )) as [string, string | undefined];
    if (status === 'taken') {
      this.validUntil.delete(name);
      return { status: 'taken', owner: other ?? '' };
    }
    this.validUntil.set(name, sentAt + this.ttlMs - Math.ceil(this.ttlMs / 10));
    return status === 'handover' ? { status: 'handover', to: other ?? '' } : { status: 'held' };
  }
}
