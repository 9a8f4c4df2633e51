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
import { assertReleaseDir, validateDeployRequest } from './deploy-request.validation';
import { KeyedLock } from '../keyed-lock';
import { PortReservations } from './port-reservations';
import { ProcessWatch } from './process-watch';
import { ReleaseProcesses } from './release-processes';
import { ReleaseSwitch } from './release-switch';
import { SupervisorEvents } from './supervisor-events';
import { SupervisorState } from './supervisor-state';
import type { ServiceJail } from '../../sandbox';

/** Options of {@link LocalSupervisor}; every timing has a production default and exists for tests. */
export interface LocalSupervisorOptions {
  /** `DATA_DIR`; state and logs live under `<dataDir>/deployments/`. */
  dataDir: string;
  /** Address services bind (`HOST` in their environment). Default `127.0.0.1`. */
  host?: string;
  /** How long a new release may take to answer `/health` `active` (default 30 s, PRODUCT §6 step 8). */
  healthTimeoutMs?: number;
  /** Pause between health probes while waiting (default 100 ms). */
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

  constructor(options: LocalSupervisorOptions) {
    const store = new DeploymentStore(join(resolve(options.dataDir), 'deployments'));
    const host = options.host ?? '127.0.0.1';
    const healthTimeoutMs = options.healthTimeoutMs ?? 30_000;
    const stopGraceMs = options.stopGraceMs ?? 5_000;
    const logger = options.logger ?? new Logger('deploy');
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
        healthPollMs: options.healthPollMs ?? 100,
        jail: options.jail,
        dataDirOf: (name) => join(store.dir(name), 'data'),
      },
      this.state,
      logger,
    );
    this.processWatch = new ProcessWatch(
      { backoff: { ...DEFAULT_BACKOFF, ...options.backoff }, healthTimeoutMs },
      this.state,
      this.events,
      this.processes,
      this.locks,
      logger,
    );
    this.releaseSwitch = new ReleaseSwitch(
      { host, healthTimeoutMs },
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
        watchIntervalMs: options.watchIntervalMs ?? 500,
      },
      store,
      this.state,
      this.events,
      this.processes,
      this.processWatch,
      this.locks,
      logger,
    );
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
    return this.locks.run(valid.name, () =>
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
    );
  }

  /**
   * Switches back to `previous_release` (which then becomes the previous release of the one left), the same
   * way a deploy switches. `DEPLOYMENT_NOT_FOUND` for an unknown name, `INVALID_STATE_TRANSITION` when there
   * is no previous release.
   */
  async rollback(name: string): Promise<DeployResult> {
    await this.ready();
    return this.locks.run(name, async () => {
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
    });
  }

  /** Stops the service (its whole process group) and keeps it listed as `stopped`. */
  async stop(name: string): Promise<Deployment> {
    await this.ready();
    return this.locks.run(name, async () => {
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

  /** Every deployment, sorted by name. */
  async list(): Promise<Deployment[]> {
    await this.ready();
    return [...this.state.supervised.values()]
      .map((sup) => structuredClone(sup.state.deployment))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The deployment, or null when the name is unknown. */
  async get(name: string): Promise<Deployment | null> {
    await this.ready();
    const sup = this.state.supervised.get(name);
    return sup ? structuredClone(sup.state.deployment) : null;
  }

  /** Asks the service's `GET /health` now; `DEPLOYMENT_NOT_FOUND` for an unknown name. */
  async healthOf(name: string): Promise<HealthReport> {
    await this.ready();
    const { url } = this.state.mustGet(name).state.deployment;
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

  /** Adopts the stored deployments once; every public operation waits for it before touching them. */
  private ready(): Promise<void> {
    this.loaded ??= this.adoption.adoptAll();
    return this.loaded;
  }
}
