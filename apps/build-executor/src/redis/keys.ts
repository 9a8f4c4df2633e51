import { keyPrefix, queuePrefix } from '@sf/contracts';

/** Every Redis key the executor writes, in one place, under the configured prefix. */
export class ExecutorKeys {
  /**
   * The core namespace, `{<REDIS_PREFIX>}` ({@link keyPrefix}): a key built on it shares the hash slot of the
   * records, indexes and queues, so any script or transaction may use it with them on a Redis Cluster. Keys
   * that never meet those in one script may take a group of their own (`keyPrefix(prefix, group)`).
   */
  readonly prefix: string;

  constructor(readonly redisPrefix: string) {
    this.prefix = keyPrefix(redisPrefix);
  }

  /** BullMQ's own prefix (shared with the factory), so queue keys sit beside ours and never collide. */
  get bullPrefix(): string {
    return queuePrefix(this.redisPrefix);
  }
  build(id: string): string {
    return `${this.prefix}:build:${id}`;
  }
  buildsByCreated(): string {
    return `${this.prefix}:builds:created`;
  }
  buildEvents(id: string): string {
    return `${this.prefix}:events:build:${id}`;
  }
  /** Pub/sub channel carrying the id of a build whose event log just grew. */
  buildEventsChannel(): string {
    return `${this.prefix}:events:notify:build`;
  }
  /**
   * The lock on a service name, shared with the factory (`FactoryKeys.serviceLock`): the id of the intent in
   * flight for it, or `build:<id>` while a build submitted by hand runs. Each side refuses what the other holds.
   */
  intentServiceLock(serviceName: string): string {
    return `${this.prefix}:intents:service:${serviceName}`;
  }
  /**
   * The URL this executor answers on, written at every start, so clients that know only the factory (the CLI,
   * the dashboard) find the executor through the factory's `GET /dashboard` (`FactoryKeys.executorUrl`).
   */
  advertisedUrl(): string {
    return `${this.prefix}:executor:url`;
  }
  /**
   * The executors serving the built-in registry (sorted set: public URL → last announcement, epoch ms). A local
   * service is given the live ones as fail-over registry URLs, so its registration outlives its deployer.
   */
  registryReplicas(): string {
    return `${keyPrefix(this.redisPrefix, 'registry')}:replicas`;
  }
  /** Names of the services in the built-in registry. */
  registeredServices(): string {
    return `${keyPrefix(this.redisPrefix, 'registry')}:services`;
  }
  /** One registry entry (hash: entry JSON, registration and heartbeat times, interval). */
  registeredService(name: string): string {
    return `${keyPrefix(this.redisPrefix, 'registry')}:service:${name}`;
  }
  /** Where a service's releases are in git (`ServiceGitLink` JSON), shown with its deployment and registry entry. */
  gitLink(serviceName: string): string {
    return `${this.prefix}:git:service:${serviceName}`;
  }
  /*
   * Checkpoint keys are each used alone (no script or transaction names two), so they spread over a Cluster's
   * masters key by key instead of filling the core slot.
   */
  /**
   * A checkpoint blob, content-addressed: the bytes whose sha256 is `sha256` (shared by every build that
   * wrote the same bytes, so its TTL only ever grows).
   */
  checkpointBlob(sha256: string): string {
    return `${keyPrefix(this.redisPrefix, 'spread')}:ckpt:blob:${sha256}`;
  }
  /** A build's checkpoint index (hash: checkpoint name → sha256 of its blob). */
  checkpointIndex(buildId: string): string {
    return `${keyPrefix(this.redisPrefix, 'spread')}:ckpt:build:${buildId}`;
  }
  /** Bytes of checkpoints a build has written (what CHECKPOINT_BUILD_MAX_BYTES limits). */
  checkpointBytes(buildId: string): string {
    return `${keyPrefix(this.redisPrefix, 'spread')}:ckpt:bytes:${buildId}`;
  }
  /**
   * Who supervises a local deployment: the instance id of the executor holding the lease (string with a TTL,
   * `<owner>><requester>` while another executor asks for it), see `deploy/local/deploy-leases.ts`.
   */
  deployLease(serviceName: string): string {
    return `${this.prefix}:deploy:lease:${serviceName}`;
  }
  /** Every local deployment's public view (hash: name → Deployment JSON), written by its owner on each change. */
  deploymentViews(): string {
    return `${this.prefix}:deploy:views`;
  }
  /**
   * A Kubernetes service's release history (JSON: the live and the previous release's objects), so a rollback
   * issued to any executor replica can re-apply what another one deployed.
   */
  k8sReleaseHistory(namespace: string, name: string): string {
    return `${this.prefix}:k8s:releases:${namespace}:${name}`;
  }
}
