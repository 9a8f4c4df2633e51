import { Module, type DynamicModule } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Authenticator } from '@sf/platform';
import { ExecutorConfig } from '../config/executor.config';
import { hostname } from 'node:os';
import { PUBLIC_URL, REDIS, SANDBOX } from '../executor.tokens';
import { ExecutorKeys } from '../redis/keys';
import { newInstanceId } from './local/deploy-leases';
import type { Sandbox } from '../sandbox';
import { DeployTargets } from './deploy-targets';
import { DeploymentsController } from './deployments.controller';
import { KubernetesDeployTarget } from './kubernetes/kubernetes-deploy-target';
import { K8sReleaseStore } from './kubernetes/k8s-release-store';
import { KubernetesTarget, kubernetesDataDir } from './kubernetes/kubernetes-target';
import { RedisK8sReleaseHistory } from './kubernetes/redis-k8s-release-history';
import { LocalDeployTarget } from './local/local-deploy-target';
import { LocalSupervisor, type LocalSupervisorOptions } from './local/local-supervisor';
import { RegistryReplicas } from './local/registry-replicas';

/** Settings of {@link DeployModule.forRoot} beyond what `ExecutorConfig` gives (`DATA_DIR`, `HOST`). */
export type DeployModuleOptions = Omit<LocalSupervisorOptions, 'dataDir'>;

/**
 * The deploy targets behind {@link DeployTargets}, the one place that picks a build's target: local (the
 * {@link LocalSupervisor}, which re-adopts running services when the app starts and leaves them running when
 * it stops) and Kubernetes ({@link KubernetesTarget}, `deploy_production`); and `GET /deployments`,
 * `GET /deployments/:name`, `POST /deployments/:name/stop` for local services.
 *
 * Deployed services run under the sandbox's service jail when a `SANDBOX` provider in bwrap mode is present
 * (see docs/isolation.md), as plain `unisolated` processes otherwise.
 *
 * Local deployments are owned through Redis leases when `REDIS` is there (see {@link LocalSupervisor}).
 *
 * Needs `ExecutorConfig` and `PUBLIC_URL` (and optionally `SANDBOX`, and `REDIS` for the leases and the Kubernetes release history) from a global module: the importing module must be declared with `global: true`
 * and export it.
 */
@Module({})
export class DeployModule {
  static forRoot(options: DeployModuleOptions = {}): DynamicModule {
    return {
      module: DeployModule,
      controllers: [DeploymentsController],
      providers: [
        {
          provide: LocalSupervisor,
          inject: [ExecutorConfig, { token: SANDBOX, optional: true }, { token: REDIS, optional: true }],
          useFactory: (config: ExecutorConfig, sandbox: Sandbox | undefined, redis: Redis | undefined) =>
            new LocalSupervisor({
              host: config.HOST,
              healthTimeoutMs: config.HEALTH_TIMEOUT_MS,
              // Services run isolated whenever generated code is sandboxed with bwrap (SANDBOX=auto|bwrap).
              jail: sandbox?.serviceJail,
              deploymentsDir: config.DEPLOYMENTS_DIR,
              // With Redis (always, in the app), each service has one owner among the executors.
              ...(redis
                ? {
                    leases: {
                      redis,
                      keys: new ExecutorKeys(config.REDIS_PREFIX),
                      instanceId: newInstanceId(config.DEPLOY_HOST_ID ?? hostname()),
                      ttlMs: config.DEPLOY_LEASE_MS,
                    },
                  }
                : {}),
              ...options,
              dataDir: config.DATA_DIR,
            }),
        },
        {
          provide: KubernetesTarget,
          inject: [ExecutorConfig, { token: REDIS, optional: true }],
          useFactory: (config: ExecutorConfig, redis: Redis | undefined) =>
            new KubernetesTarget({
              kubeconfig: config.KUBECONFIG,
              namespace: config.K8S_NAMESPACE,
              image: config.K8S_IMAGE,
              replicas: config.K8S_REPLICAS,
              registryUrl: config.K8S_REGISTRY_URL ?? config.REGISTRY_URL,
              clusterDomain: config.K8S_CLUSTER_DOMAIN,
              requests: { cpu: config.K8S_CPU_REQUEST, memory: config.K8S_MEMORY_REQUEST },
              limits: { cpu: config.K8S_CPU_LIMIT, memory: config.K8S_MEMORY_LIMIT },
              rolloutTimeoutMs: config.K8S_ROLLOUT_TIMEOUT_MS,
              dataDir: config.DATA_DIR,
              // In Redis, so a rollback issued to any executor replica works (on disk without one: tests).
              history: redis
                ? new RedisK8sReleaseHistory(
                    redis,
                    new ExecutorKeys(config.REDIS_PREFIX),
                    new K8sReleaseStore(kubernetesDataDir(config.DATA_DIR)),
                  )
                : undefined,
            }),
        },
        {
          // With Redis, every executor of a host serves the one built-in registry: services get them all.
          provide: RegistryReplicas,
          inject: [ExecutorConfig, PUBLIC_URL, { token: REDIS, optional: true }],
          useFactory: (config: ExecutorConfig, publicUrl: string, redis: Redis | undefined) =>
            redis
              ? new RegistryReplicas(
                  redis,
                  new ExecutorKeys(config.REDIS_PREFIX),
                  publicUrl,
                  config.DEPLOY_LEASE_MS,
                )
              : null,
        },
        {
          provide: DeployTargets,
          inject: [
            LocalSupervisor,
            KubernetesTarget,
            ExecutorConfig,
            PUBLIC_URL,
            RegistryReplicas,
            { token: Authenticator, optional: true },
          ],
          useFactory: (
            supervisor: LocalSupervisor,
            kubernetes: KubernetesTarget,
            config: ExecutorConfig,
            publicUrl: string,
            replicas: RegistryReplicas | null,
            auth: Authenticator | undefined,
          ) => {
            // Each deployed service gets a registry token for its own name only (none where auth is absent:
            // tests that build the module bare, whose registry is open too).
            const registryToken = auth ? (name: string) => auth.secrets.registryToken(name) : null;
            return new DeployTargets([
              new LocalDeployTarget(
                supervisor,
                config.REGISTRY_URL ?? (replicas ? () => replicas.registryUrl() : publicUrl),
                registryToken,
              ),
              new KubernetesDeployTarget(kubernetes, registryToken),
            ]);
          },
        },
      ],
      exports: [LocalSupervisor, KubernetesTarget, DeployTargets],
    };
  }
}
