import type { Redis } from 'ioredis';
import type { ExecutorKeys } from '../../redis/keys';
import type { Deployment } from '../deployment.types';
import type { DeployLeases } from './deploy-leases';

/**
 * Every local deployment's public view in Redis (one hash, name → Deployment JSON), so `GET /deployments`
 * answers the same from any executor replica, on any host. Only the owner of a deployment's lease writes its
 * view, after each state change and at each heartbeat (which also restores views after Redis lost them); a
 * reader adds who supervises each one now from the leases.
 */
export class DeploymentViews {
  constructor(
    private readonly redis: Redis,
    private readonly keys: ExecutorKeys,
    private readonly leases: DeployLeases,
  ) {}

  /** Writes the views of deployments this executor owns. */
  async publish(deployments: readonly Deployment[]): Promise<void> {
    if (deployments.length === 0) return;
    const fields: string[] = [];
    for (const d of deployments) fields.push(d.name, JSON.stringify(d));
    await this.redis.hset(this.keys.deploymentViews(), ...fields);
  }

  /** Every published deployment, sorted by name, each with its current supervisor. */
  async all(): Promise<Deployment[]> {
    const hash = await this.redis.hgetall(this.keys.deploymentViews());
    const names = Object.keys(hash).sort((a, b) => a.localeCompare(b));
    const owners = await this.leases.owners(names);
    return names.map((name, i) => ({ ...(JSON.parse(hash[name]) as Deployment), supervised_by: owners[i] }));
  }

  /** One published deployment with its current supervisor, or null. */
  async one(name: string): Promise<Deployment | null> {
    const text = await this.redis.hget(this.keys.deploymentViews(), name);
    if (text === null) return null;
    const [owner] = await this.leases.owners([name]);
    return { ...(JSON.parse(text) as Deployment), supervised_by: owner };
  }
}
