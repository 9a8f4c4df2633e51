import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { Logger, type LoggerService } from '@nestjs/common';
import { AppError } from '@sf/contracts';
import type { ReleaseToDeploy } from '../deploy-target';
import { KeyedLock } from '../keyed-lock';
import { kubernetesAvailability, type K8sAvailability } from './k8s-availability';
import { connectKubernetes, describe, type K8sApi } from './k8s-client';
import {
  clusterServiceUrl,
  releaseObjects,
  credentialsRef,
  renderCredentials,
  renderRelease,
  type K8sObject,
  type ResourceQuantities,
} from './k8s-manifests';
import {
  K8sReleaseStore,
  type AppliedRelease,
  type K8sReleaseHistory,
  type K8sServiceState,
} from './k8s-release-store';
import { rolloutState, type RolloutState } from './rollout';

/** Settings of {@link KubernetesTarget} (from `ExecutorConfig`; timings and `connect` exist for tests). */
export interface KubernetesTargetOptions {
  /** `KUBECONFIG`; unset means the target is unavailable. */
  kubeconfig?: string;
  namespace: string;
  image: string;
  replicas: number;
  /** Registry URL given to pods (`K8S_REGISTRY_URL`, else `REGISTRY_URL`); required to deploy. */
  registryUrl?: string;
  clusterDomain: string;
  requests: ResourceQuantities;
  limits: ResourceQuantities;
  /** How long a rollout may take before it counts as failed (default 180 s). */
  rolloutTimeoutMs?: number;
  /** Pause between Deployment status reads while waiting (default 1 s). */
  pollMs?: number;
  /** `DATA_DIR`; without `history`, applied releases are kept under `<dataDir>/kubernetes/`. */
  dataDir: string;
  /** Where the release history is kept (the executor passes Redis, shared by its replicas); default: `dataDir`. */
  history?: K8sReleaseHistory;
  /** Opens the API of the kubeconfig's current cluster (default: `@kubernetes/client-node`). */
  connect?: (kubeconfig: string) => Promise<K8sApi>;
  logger?: LoggerService;
}

/**
 * What {@link KubernetesTarget.deploy} rolls out: a tested release; `REGISTRY_URL`, `SERVICE_URL`, `PORT` and
 * `HOST` are set by the target.
 */
export type K8sDeployRequest = ReleaseToDeploy & {
  /** Credentials (the registry token) for the service's Secret, passed to the pods by reference. */
  secretEnv?: Record<string, string>;
};

/** A service deployed to Kubernetes, as the build status shows it. */
export interface K8sDeployment {
  target: 'kubernetes';
  name: string;
  namespace: string;
  context: string;
  server: string;
  release_id: string;
  /** In-cluster URL of the Service (what the service registers). */
  url: string;
  image: string;
  objects: { kind: string; name: string }[];
  rollout: RolloutState;
  previous_release: string | null;
  /** ISO-8601. */
  applied_at: string;
}

/** How a deploy that did not go live ended. */
export interface K8sDeployFailure {
  ok: false;
  /** `apply`: the API server refused or could not be reached; `rollout`: the pods never became ready. */
  stage: 'apply' | 'rollout';
  error: string;
  /** True when the previous release was re-applied and is serving again. */
  rolled_back: boolean;
  restored_release: string | null;
  /** True when a first deploy's objects were deleted again. */
  removed: boolean;
}

/** Result of a deploy: a failure is a result, not an exception, so the pipeline must look. */
export type K8sDeployResult = { ok: true; deployment: K8sDeployment } | K8sDeployFailure;

/** Result of {@link KubernetesTarget.rollback}. */
export interface K8sRollbackResult {
  /** Release serving again, or null when the service's objects were deleted (there was none before). */
  restored_release: string | null;
  /** Set when the re-applied release did not become ready either. */
  error: string | null;
}

const DEFAULT_ROLLOUT_TIMEOUT_MS = 180_000;

/** Where the release history was kept on disk under `DATA_DIR` (and still is without Redis). */
export function kubernetesDataDir(dataDir: string): string {
  return join(resolve(dataDir), 'kubernetes');
}

/**
 * The `kubernetes` deploy target (`deploy_production`, PRODUCT §6 step 6): renders a release's ConfigMap,
 * Deployment and Service (see `renderRelease`), applies them with server-side apply to the cluster of
 * `KUBECONFIG`'s current context in `K8S_NAMESPACE`, and waits for the Deployment's rollout. Pods become
 * ready only when `/health` says `active`, so a complete rollout is the health verdict: the executor
 * usually runs outside the cluster and cannot reach the Service itself.
 *
 * The objects of the serving and of the previous release are kept in the release history (Redis in the
 * executor, so any replica can roll back; a data directory otherwise); a failed rollout, or a failed
 * registration or health check later, re-applies the previous release (or deletes the objects of a first
 * deploy). Operations on one service are serialised.
 */
export class KubernetesTarget {
  private readonly store: K8sReleaseHistory;
  private readonly rolloutTimeoutMs: number;
  private readonly pollMs: number;
  private readonly connect: (kubeconfig: string) => Promise<K8sApi>;
  private readonly logger: LoggerService;
  /** Operations on one service are serialised. */
  private readonly locks = new KeyedLock();
  private api: Promise<K8sApi> | null = null;

  constructor(private readonly options: KubernetesTargetOptions) {
    this.store = options.history ?? new K8sReleaseStore(kubernetesDataDir(options.dataDir));
    this.rolloutTimeoutMs = options.rolloutTimeoutMs ?? DEFAULT_ROLLOUT_TIMEOUT_MS;
    this.pollMs = options.pollMs ?? 1000;
    this.connect = options.connect ?? connectKubernetes;
    this.logger = options.logger ?? new Logger('deploy-k8s');
  }

  /** Whether a deploy could work (cluster configured, registry reachable by pods); no network involved. */
  availability(): K8sAvailability {
    return kubernetesAvailability({
      kubeconfig: this.options.kubeconfig,
      registryUrl: this.options.registryUrl,
    });
  }

  /** In-cluster URL of a service. */
  urlOf(name: string, port: number): string {
    return clusterServiceUrl(name, this.options.namespace, port, this.options.clusterDomain);
  }

  /**
   * Applies the release and waits for its rollout. Throws `DEPLOY_TARGET_UNAVAILABLE` when no cluster is
   * configured and `VALIDATION_FAILED` for a release Kubernetes would refuse; a release that does not roll
   * out is a `{ok: false}` result with the previous release (if any) serving again.
   */
  async deploy(request: K8sDeployRequest): Promise<K8sDeployResult> {
    const where = this.requireAvailable();
    const url = this.urlOf(request.name, request.port);
    const rendered = renderRelease({
      name: request.name,
      namespace: this.options.namespace,
      releaseId: request.release_id,
      specSha256: request.spec_sha256,
      version: request.version,
      port: request.port,
      image: this.options.image,
      replicas: this.options.replicas,
      files: await readRelease(request.release_dir),
      env: { ...request.env, REGISTRY_URL: this.options.registryUrl ?? '', SERVICE_URL: url },
      secretEnv: Object.keys(request.secretEnv ?? {}),
      requests: this.options.requests,
      limits: this.options.limits,
      progressDeadlineSeconds: Math.max(10, Math.ceil(this.rolloutTimeoutMs / 1000)),
    });
    const objects = releaseObjects(rendered);
    const credentials =
      Object.keys(request.secretEnv ?? {}).length > 0
        ? renderCredentials(request.name, this.options.namespace, request.secretEnv ?? {})
        : null;
    const api = await this.apiFor(where.kubeconfig);
    return this.locks.run(request.name, async () => {
      const state = await this.store.load(this.options.namespace, request.name);
      const prior = state.current?.release_id === request.release_id ? state.previous : state.current;
      const failure = async (stage: K8sDeployFailure['stage'], error: string): Promise<K8sDeployFailure> => {
        const back = await this.restore(api, state, prior, objects);
        return {
          ok: false,
          stage,
          error: back.error ? `${error}; rollback: ${back.error}` : error,
          rolled_back: back.restored_release !== null,
          restored_release: back.restored_release,
          removed: prior === null && back.error === null,
        };
      };
      try {
        if (credentials) await api.apply(credentials);
        for (const object of objects) await api.apply(object);
      } catch (err) {
        return failure('apply', (err as Error).message);
      }
      const rollout = await this.waitForRollout(api, rendered.deployment);
      if (rollout.phase !== 'complete') return failure('rollout', rollout.message);
      const applied: AppliedRelease = {
        release_id: request.release_id,
        applied_at: new Date().toISOString(),
        objects,
      };
      await this.store.save({ ...state, current: applied, previous: prior });
      await this.collectConfigMaps(api, state, [applied, prior]);
      this.logger.log(
        `${request.name}: release ${request.release_id} rolled out in ${this.options.namespace}`,
      );
      return {
        ok: true,
        deployment: {
          target: 'kubernetes',
          name: request.name,
          namespace: this.options.namespace,
          context: where.context,
          server: where.server,
          release_id: request.release_id,
          url,
          image: this.options.image,
          objects: objects.map((o) => ({ kind: o.kind, name: o.metadata.name })),
          rollout,
          previous_release: prior?.release_id ?? null,
          applied_at: applied.applied_at,
        },
      };
    });
  }

  /**
   * Takes `releaseId` out of service after it failed later on (registration, health): re-applies the
   * previous release, or deletes the service's objects when there was none. Nothing happens when
   * `releaseId` is no longer the current release, unless `requireCurrent` (a manual rollback) asks for
   * `INVALID_STATE_TRANSITION` then; checked under the service's lock, so no deploy slips in between.
   */
  async rollback(
    name: string,
    releaseId: string,
    opts: { requireCurrent?: boolean; requirePrevious?: boolean } = {},
  ): Promise<K8sRollbackResult> {
    const where = this.requireAvailable();
    const api = await this.apiFor(where.kubeconfig);
    return this.locks.run(name, async () => {
      const state = await this.store.load(this.options.namespace, name);
      if (state.current?.release_id !== releaseId) {
        const live = state.current?.release_id ?? null;
        if (opts.requireCurrent) {
          throw new AppError(
            'INVALID_STATE_TRANSITION',
            `${releaseId} is not the live release of ${name} (live: ${live ?? 'none'}); only the live release can be rolled back`,
            { live_release: live },
          );
        }
        return { restored_release: live, error: null };
      }
      if (opts.requirePrevious && !state.previous) {
        throw new AppError(
          'INVALID_STATE_TRANSITION',
          `${releaseId} is the first release of ${name}: there is nothing to roll back to (stop it instead)`,
          { live_release: releaseId, previous_release: null },
        );
      }
      return this.restore(api, state, state.previous, state.current.objects);
    });
  }

  /**
   * Deletes the objects of the service's live release (the Service first) and of its previous release, and
   * forgets both.
   * `DEPLOYMENT_NOT_FOUND` when no release of `name` is live; `DEPLOY_FAILED` when the API refuses.
   */
  async stop(name: string): Promise<void> {
    const where = this.requireAvailable();
    const api = await this.apiFor(where.kubeconfig);
    await this.locks.run(name, async () => {
      const state = await this.store.load(this.options.namespace, name);
      if (!state.current) {
        throw new AppError(
          'DEPLOYMENT_NOT_FOUND',
          `no live release of '${name}' in ${this.options.namespace}`,
          {
            name,
          },
        );
      }
      // The previous release's ConfigMap stays for a rollback while the service runs; a stop takes it too.
      const live = new Set(state.current.objects.map(key));
      const kept = (state.previous?.objects ?? []).filter((o) => o.kind === 'ConfigMap' && !live.has(key(o)));
      const result = await this.restore(api, state, null, [...kept, ...state.current.objects]);
      if (result.error) throw new AppError('DEPLOY_FAILED', `stopping ${name} failed: ${result.error}`);
    });
  }

  /** Where the service's Deployment stands now (null when it does not exist). */
  async rolloutOf(name: string): Promise<RolloutState | null> {
    const where = this.requireAvailable();
    const api = await this.apiFor(where.kubeconfig);
    const live = await api.read(deploymentRef(this.options.namespace, name));
    return live ? rolloutState(live) : null;
  }

  /** Polls the Deployment until its rollout is complete, failed, or the timeout passes. */
  private async waitForRollout(api: K8sApi, deployment: K8sObject): Promise<RolloutState> {
    const deadline = Date.now() + this.rolloutTimeoutMs;
    let last: RolloutState | null = null;
    for (;;) {
      try {
        const live = await api.read(deployment);
        last = live
          ? rolloutState(live)
          : { ...emptyRollout(), message: `${describe(deployment)} does not exist` };
      } catch (err) {
        // A read failing now and then is no verdict; the deadline still bounds the wait.
        this.logger.warn(`${describe(deployment)}: ${(err as Error).message}`);
      }
      if (last && last.phase !== 'progressing') return last;
      if (Date.now() >= deadline) {
        const why = last?.message ?? 'no status read';
        return {
          ...(last ?? emptyRollout()),
          phase: 'failed',
          message: `not rolled out within ${this.rolloutTimeoutMs} ms (${why})`,
        };
      }
      await sleep(this.pollMs);
    }
  }

  /**
   * Puts `prior` back (re-applied verbatim and waited for), or, without one, deletes what `failed` applied.
   * ConfigMaps of the failed release that the restored one does not use are deleted too.
   */
  private async restore(
    api: K8sApi,
    state: K8sServiceState,
    prior: AppliedRelease | null,
    failed: K8sObject[],
  ): Promise<K8sRollbackResult> {
    try {
      if (!prior) {
        // Service first, so nothing routes to pods being deleted; the ConfigMap last, once nothing mounts it.
        for (const object of [...failed].reverse()) await api.remove(object);
        // The service is gone: its credentials go with it.
        await api.remove(credentialsRef(state.name, this.options.namespace));
        await this.store.save({ ...state, current: null, previous: null });
        return { restored_release: null, error: null };
      }
      for (const object of prior.objects) await api.apply(object);
      const deployment = prior.objects.find((o) => o.kind === 'Deployment');
      const rollout = deployment ? await this.waitForRollout(api, deployment) : null;
      await this.store.save({ ...state, current: prior, previous: null });
      const keep = new Set(prior.objects.map(key));
      for (const object of failed) {
        if (object.kind === 'ConfigMap' && !keep.has(key(object))) await api.remove(object);
      }
      const error = rollout && rollout.phase !== 'complete' ? `previous release: ${rollout.message}` : null;
      return { restored_release: prior.release_id, error };
    } catch (err) {
      this.logger.error(`${state.name}: rollback failed: ${(err as Error).message}`);
      return { restored_release: null, error: (err as Error).message };
    }
  }

  /** Deletes ConfigMaps of releases no longer current or previous (each release has its own). */
  private async collectConfigMaps(
    api: K8sApi,
    before: K8sServiceState,
    kept: (AppliedRelease | null)[],
  ): Promise<void> {
    const keep = new Set(kept.flatMap((r) => r?.objects ?? []).map(key));
    const candidates = [before.current, before.previous].flatMap((r) => r?.objects ?? []);
    for (const object of candidates) {
      if (object.kind !== 'ConfigMap' || keep.has(key(object))) continue;
      await api.remove(object).catch((err: unknown) => {
        this.logger.warn(`cannot delete ${describe(object)}: ${(err as Error).message}`);
      });
    }
  }

  private requireAvailable(): Extract<K8sAvailability, { ok: true }> {
    const availability = this.availability();
    if (!availability.ok) {
      throw new AppError(
        'DEPLOY_TARGET_UNAVAILABLE',
        `Kubernetes target unavailable: ${availability.reason}`,
      );
    }
    return availability;
  }

  private apiFor(kubeconfig: string): Promise<K8sApi> {
    this.api ??= this.connect(kubeconfig).catch((err: unknown) => {
      this.api = null;
      throw err;
    });
    return this.api;
  }
}

function deploymentRef(namespace: string, name: string): K8sObject {
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace } };
}

function key(object: K8sObject): string {
  return `${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}

function emptyRollout(): RolloutState {
  return {
    phase: 'progressing',
    message: 'no status yet',
    generation: null,
    observed_generation: null,
    desired: 0,
    updated: 0,
    ready: 0,
    available: 0,
  };
}

/** Every file under the release directory, paths relative with posix separators. */
async function readRelease(dir: string): Promise<{ path: string; content: Buffer }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile());
  return Promise.all(
    files.map(async (e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(dir, full).split(sep).join('/'), content: await readFile(full) };
    }),
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
