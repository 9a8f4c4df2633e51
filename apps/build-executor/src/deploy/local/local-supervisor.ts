import { join, resolve } from 'node:path';
import { Logger, type LoggerService, type OnApplicationShutdown } from '@nestjs/common';
import { AppError } from '@sf/contracts';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { DeploymentStore } from './deployment-store';
import type {
  DeployRequest,
  DeployResult,
  Deployment,
  HealthReport,
  SupervisorEvent,
} from '../deployment.types';
import { probeHealth } from './health-probe';
import { Adoption } from './adoption';
import {
  assertReleaseDir,
  validateDeployRequest,
  type ValidDeployRequest,
} from './deploy-request.validation';
import { KeyedLock } from '../keyed-lock';
import { PortReservations } from './port-reservations';
import { ProcessWatch } from './process-watch';
import { ReleaseProcesses } from './release-processes';
import { ReleaseSwitch } from './release-switch';
import { SupervisorEvents } from './supervisor-events';
import { SupervisorState } from './supervisor-state';
import type { ServiceJail } from '../../sandbox';
import type { Redis } from 'ioredis';
import type { ExecutorKeys } from '../../redis/keys';
import { DeployLeases } from './deploy-leases';
import { DeploymentViews } from './deployment-views';
import { Ownership } from './ownership';

/** Where and as whom deployments are owned through Redis leases (docs/deploy-targets.md). */
export interface DeploymentLeaseOptions {
  redis: Redis;
  keys: ExecutorKeys;
  /** This executor's `newInstanceId()`: `<host id>/<pid>/<random>`. */
  instanceId: string;
  /** Lease TTL (`DEPLOY_LEASE_MS`); renewed every third of it. */
  ttlMs: number;
  /** How long an operation waits for the live owner on this host to hand a service over (default TTL × 2 + health timeout). */
  handoverTimeoutMs?: number;
  /** Pause between asks while waiting for a hand-over (default 100 ms). */
  handoverPollMs?: number;
}

/** Options of {@link LocalSupervisor}; every timing has a production default and exists for tests. */
export interface LocalSupervisorOptions {
  /** `DATA_DIR`; state and logs live under `<dataDir>/deployments/` unless `deploymentsDir` says otherwise. */
  dataDir: string;
  /** `DEPLOYMENTS_DIR`: state and logs of every deployment; executors on one host share it. */
  deploymentsDir?: string;
  /**
   * Owns each deployment through a lease in Redis, so several executors on one host (and replicas on others)
   * never supervise a service twice; without it this executor supervises every deployment in its directory.
   */
  leases?: DeploymentLeaseOptions;
  /** Address services bind (`HOST` in their environment). Default `127.0.0.1`. */
  host?: string;
  /** How long a new release may take to answer `/health` `active` (default 30 s, PRODUCT §6 step 8). */
  healthTimeoutMs?: number;
  /** Longest pause between health probes while waiting (default 50 ms; the first are 5, 10, 20, 40 ms). */
  healthPollMs?: number;
  /** Timeout of one health probe (default 2 s). */
  probeTimeoutMs?: number;
  /** How long a still-running release may take to answer when re-adopted at start-up (default 5 s). */
  adoptTimeoutMs?: number;
  /** SIGTERM → SIGKILL grace when stopping a release (default 5 s). */
  stopGraceMs?: number;
  /** Poll period for re-adopted processes, which send us no exit event (default 500 ms). */
  watchIntervalMs?: number;
  /** Restart backoff after crashes (default 0.5 s doubling to 30 s, reset after 60 s up). */
  backoff?: Partial<BackoffPolicy>;
  /** Node binary the releases run on (default: the executor's own). */
  nodePath?: string;
  /**
   * Runs each release isolated under bubblewrap (the sandbox's `serviceJail` in bwrap mode); without it
   * releases run as plain processes, labelled `unisolated` in the deployment's `isolation`.
   */
  jail?: ServiceJail;
  logger?: LoggerService;
}

/**
 * Runs generated services locally as supervised processes (PRODUCT §6 step 6).
 *
 * Each release runs as `node main.js` in its release directory, detached in its own process group, with
 * output appended to `<DATA_DIR>/deployments/<name>/<release>/service.log`. A crash is restarted with
 * exponential backoff. State is one JSON file per deployment (see {@link DeploymentStore}); on start-up a
 * release that is still running and healthy is re-adopted, anything else is restarted. Services outlive the
 * executor: shutting down only stops supervising.
 *
 * With `leases`, several executors share the host's deployments directory and each service is supervised
 * by the one holding its Redis lease ({@link Ownership}): a dead executor's services are adopted by another
 * on the same host, an operation reaching a non-owner takes the service over from the owner first, and
 * `list`/`get` answer from the views every owner publishes in Redis.
 *
 * Each job lives in its own class, wired here: {@link ReleaseSwitch} (deploy and rollback),
 * {@link ProcessWatch} (crash restarts with backoff), {@link Adoption} (start-up), {@link PortReservations}
 * and a per-service {@link KeyedLock} that keeps operations on one service from interleaving.
 */
export class LocalSupervisor implements OnApplicationShutdown {
  private readonly probeTimeoutMs: number;
  private readonly state: SupervisorState;
  private readonly events: SupervisorEvents;
  private readonly locks = new KeyedLock();
  private readonly processes: ReleaseProcesses;
  private readonly processWatch: ProcessWatch;
  private readonly releaseSwitch: ReleaseSwitch;
  private readonly adoption: Adoption;
  private loaded: Promise<void> | null = null;
  private readonly jailed: boolean;
  private readonly ownership: Ownership | null = null;
  private readonly views: DeploymentViews | null = null;
  private readonly logger: LoggerService;

  constructor(options: LocalSupervisorOptions) {
    const store = new DeploymentStore(
      resolve(options.deploymentsDir ?? join(resolve(options.dataDir), 'deployments')),
    );
    const host = options.host ?? '127.0.0.1';
    const healthTimeoutMs = options.healthTimeoutMs ?? 30_000;
    const stopGraceMs = options.stopGraceMs ?? 5_000;
    const logger = options.logger ?? new Logger('deploy');
    this.logger = logger;
    const leases = options.leases
      ? new DeployLeases(
          options.leases.redis,
          options.leases.keys,
          options.leases.instanceId,
          options.leases.ttlMs,
        )
      : null;
    this.jailed = options.jail !== undefined;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 2_000;
    this.state = new SupervisorState(store, logger);
    this.events = new SupervisorEvents(logger);
    this.processes = new ReleaseProcesses(
      {
        nodePath: options.nodePath ?? process.execPath,
        host,
        stopGraceMs,
        probeTimeoutMs: this.probeTimeoutMs,
        healthPollMs: options.healthPollMs ?? 50,
        jail: options.jail,
        dataDirOf: (name) => join(store.dir(name), 'data'),
      },
      this.state,
      logger,
    );
    this.processWatch = new ProcessWatch(
      {
        backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
        healthTimeoutMs,
        ...(leases ? { owns: (name: string) => leases.holds(name) } : {}),
      },
      this.state,
      this.events,
      this.processes,
      this.locks,
      logger,
    );
    const watchIntervalMs = options.watchIntervalMs ?? 500;
    this.releaseSwitch = new ReleaseSwitch(
      { host, healthTimeoutMs, stopGraceMs, watchIntervalMs },
      store,
      this.state,
      this.events,
      new PortReservations(this.state.supervised, host),
      this.processes,
      this.processWatch,
      logger,
    );
    this.adoption = new Adoption(
      {
        adoptTimeoutMs: options.adoptTimeoutMs ?? 5_000,
        stopGraceMs,
        watchIntervalMs,
      },
      store,
      this.state,
      this.events,
      this.processes,
      this.processWatch,
      this.locks,
      logger,
    );
    if (leases && options.leases) {
      const views = new DeploymentViews(options.leases.redis, options.leases.keys, leases);
      this.views = views;
      this.ownership = new Ownership(
        {
          handoverTimeoutMs: options.leases.handoverTimeoutMs ?? 2 * leases.ttlMs + healthTimeoutMs,
          handoverPollMs: options.leases.handoverPollMs ?? 100,
        },
        leases,
        views,
        store,
        this.state,
        this.locks,
        this.processWatch,
        this.adoption,
        this.events,
        logger,
      );
      this.state.writes = {
        hostId: leases.hostId,
        mayWrite: (name) => leases.holds(name),
        saved: (state) =>
          views.publish([state.deployment]).catch((err: unknown) => {
            logger.warn(`${state.deployment.name}: view not published: ${(err as Error).message}`);
          }),
      };
    }
  }

  /**
   * Loads the stored deployments and re-adopts or restarts their releases. Idempotent; every other method
   * waits for it. At boot the local deploy target calls it (DeployTargets adopts for every target).
   */
  adoptAtBoot(): Promise<void> {
    return this.ready();
  }

  /** Stops supervising (timers, watches); the services keep running and are re-adopted next start. */
  async onApplicationShutdown(): Promise<void> {
    this.state.closed = true;
    for (const sup of this.state.supervised.values()) {
      this.processWatch.cancelRestart(sup);
      sup.instance?.stopWatching();
    }
    await Promise.all([...this.state.supervised.values()].map((sup) => sup.writes));
    await this.ownership?.stop();
  }

  /** One lease heartbeat now (renew, hand over, publish, adopt what is free); tests use it not to wait. */
  heartbeat(): Promise<void> {
    return this.ownership?.beat() ?? Promise.resolve();
  }

  /** Listens to what the supervisor does; returns the unsubscribe function. */
  subscribe(listener: (event: SupervisorEvent) => void): () => void {
    return this.events.subscribe(listener);
  }

  /**
   * Runs `request.release_dir` as the service `request.name` on `request.port`, replacing the running release
   * only once the new one is healthy. Throws `VALIDATION_FAILED` for a bad request and `PORT_IN_USE` when the
   * port is held by another deployment or a foreign process; a release that does not become healthy is a
   * `{ok: false}` result (the previous release still, or again, serving).
   */
  async deploy(request: DeployRequest): Promise<DeployResult> {
    const valid = await validateDeployRequest(request);
    await this.ready();
    return this.locks.run(valid.name, async () =>
      this.owned(
        valid.name,
        async () =>
          (await this.alreadyServing(valid)) ??
          this.releaseSwitch.switchTo(
            valid.name,
            {
              release_id: valid.release_id,
              release_dir: valid.release_dir,
              release_sha256: valid.release_sha256,
            },
            valid.port,
            valid.env,
          ),
      ),
    );
  }

  /**
   * A deploy of the release the service already serves, on its port and healthy, changes nothing: a deploy
   * phase repeated after its executor died (on this replica or another) finds its own release live and goes
   * on, instead of restarting the service with itself (mode `kept`).
   */
  private async alreadyServing(request: ValidDeployRequest): Promise<DeployResult | null> {
    const sup = this.state.supervised.get(request.name);
    const d = sup?.state.deployment;
    if (!sup?.instance || !d || d.status !== 'running') return null;
    if (d.release_id !== request.release_id || d.port !== request.port) return null;
    if (request.release_sha256 && d.release_sha256 !== request.release_sha256) return null;
    const probe = await probeHealth(d.url, this.probeTimeoutMs);
    if (!probe.ok) return null;
    const now = new Date().toISOString();
    return {
      ok: true,
      deployment: structuredClone(d),
      swap: {
        mode: 'kept',
        from_release_id: d.release_id,
        staging_port: null,
        old_stopped_at: null,
        new_healthy_at: now,
        gap_ms: 0,
      },
    };
  }

  /**
   * Switches back to `previous_release` (which then becomes the previous release of the one left), the same
   * way a deploy switches. `DEPLOYMENT_NOT_FOUND` for an unknown name, `INVALID_STATE_TRANSITION` when there
   * is no previous release.
   */
  async rollback(name: string): Promise<DeployResult> {
    await this.ready();
    return this.locks.run(name, () =>
      this.owned(name, async () => {
        const sup = this.state.mustGet(name);
        const previous = sup.state.deployment.previous_release;
        if (!previous) {
          throw new AppError('INVALID_STATE_TRANSITION', `deployment '${name}' has no previous release`, {
            name,
          });
        }
        await assertReleaseDir(previous.release_dir);
        return this.releaseSwitch.switchTo(
          name,
          previous,
          sup.state.deployment.port,
          sup.state.previous_env ?? {},
        );
      }),
    );
  }

  /**
   * Stops the service (its whole process group) and keeps it listed as `stopped`. Stopping a service that is
   * already stopped changes nothing, so another executor's stopped service is answered from the shared view
   * without taking it over (a hand-over waits for the owner's next heartbeat, up to two lease lifetimes).
   */
  async stop(name: string): Promise<Deployment> {
    await this.ready();
    return this.locks.run(name, async () => {
      if (this.ownership && !this.state.supervised.has(name)) {
        const shared = await this.views?.one(name);
        if (shared?.status === 'stopped') return shared;
      }
      return this.stopOwned(name);
    });
  }

  private stopOwned(name: string): Promise<Deployment> {
    return this.owned(name, async () => {
      const sup = this.state.mustGet(name);
      this.processWatch.cancelRestart(sup);
      const instance = sup.instance;
      sup.instance = null;
      if (instance) await this.processes.kill(instance);
      this.processes.retire(name);
      const d = sup.state.deployment;
      d.status = 'stopped';
      d.pid = null;
      await this.state.persist(sup);
      this.events.emit('stopped', d, null, `stopped release ${d.release_id}`);
      return structuredClone(d);
    });
  }

  /** How releases run here: `isolated` under the service jail (bwrap), `unisolated` as plain processes. */
  isolationLabel(): 'isolated' | 'unisolated' {
    return this.jailed ? 'isolated' : 'unisolated';
  }

  /**
   * Every deployment, sorted by name: with leases, as published in Redis by every executor (the same answer
   * from any replica), else (or when Redis cannot be read) the ones supervised here.
   */
  async list(): Promise<Deployment[]> {
    await this.ready();
    if (this.views) {
      try {
        return await this.views.all();
      } catch (err) {
        this.logger.warn(`deployment views unreadable, listing this executor's: ${(err as Error).message}`);
      }
    }
    return [...this.state.supervised.values()]
      .map((sup) => structuredClone(sup.state.deployment))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The deployment, or null when the name is unknown. */
  async get(name: string): Promise<Deployment | null> {
    await this.ready();
    if (this.views) {
      try {
        return await this.views.one(name);
      } catch (err) {
        this.logger.warn(
          `deployment view unreadable, answering from this executor: ${(err as Error).message}`,
        );
      }
    }
    const sup = this.state.supervised.get(name);
    return sup ? structuredClone(sup.state.deployment) : null;
  }

  /** Asks the service's `GET /health` now; `DEPLOYMENT_NOT_FOUND` for an unknown name. */
  async healthOf(name: string): Promise<HealthReport> {
    await this.ready();
    const url = this.state.supervised.get(name)?.state.deployment.url ?? (await this.get(name))?.url;
    if (url === undefined) {
      throw new AppError('DEPLOYMENT_NOT_FOUND', `no deployment named '${name}'`, { name });
    }
    const checkedAt = new Date().toISOString();
    const probe = await probeHealth(url, this.probeTimeoutMs);
    return {
      name,
      url,
      ok: probe.ok,
      http_status: probe.http_status,
      reported: probe.reported,
      error: probe.error,
      latency_ms: probe.latency_ms,
      checked_at: checkedAt,
    };
  }

  /**
   * Adopts the stored deployments once (with leases: those no live executor supervises, then the heartbeat
   * starts); every public operation waits for it before touching them.
   */
  private ready(): Promise<void> {
    this.loaded ??= this.ownership ? this.ownership.start() : this.adoption.adoptAll();
    return this.loaded;
  }

  /**
   * Runs an operation on `name` (under its lock) as its owner: with leases, the service is taken over first
   * (see {@link Ownership.claim}) and a lease claimed for a deployment that did not come to exist is given back.
   */
  private async owned<T>(name: string, work: () => Promise<T>): Promise<T> {
    const ownership = this.ownership;
    if (!ownership) return work();
    await ownership.claim(name);
    try {
      return await work();
    } finally {
      await ownership.unclaimIfAbsent(name);
    }
  }
}
