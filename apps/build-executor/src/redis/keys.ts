import { queuePrefix } from '@sf/contracts';

/** Every Redis key the executor writes, in one place, under the configured prefix. */
export class ExecutorKeys {
  constructor(readonly prefix: string) {}

  /** BullMQ's own prefix (shared with the factory), so queue keys sit beside ours and never collide. */
  get bullPrefix(): string {
    return queuePrefix(this.prefix);
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
  /** Names of the services in the built-in registry. */
  registeredServices(): string {
    return `${this.prefix}:registry:services`;
  }
  /** One registry entry (hash: entry JSON, registration and heartbeat times, interval). */
  registeredService(name: string): string {
    return `${this.prefix}:registry:service:${name}`;
  }
  /** Where a service's releases are in git (`ServiceGitLink` JSON), shown with its deployment and registry entry. */
  gitLink(serviceName: string): string {
    return `${this.prefix}:git:service:${serviceName}`;
  }
  /**
   * A Kubernetes service's release history (JSON: the live and the previous release's objects), so a rollback
   * issued to any executor replica can re-apply what another one deployed.
   */
  k8sReleaseHistory(namespace: string, name: string): string {
    return `${this.prefix}:k8s:releases:${namespace}:${name}`;
  }
}
