import { join, resolve } from 'node:path';
import { Logger, type LoggerService, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AppError } from '@sf/contracts';
import { freePort } from '@sf/platform';
import { DEFAULT_BACKOFF, type BackoffPolicy } from '../backoff';
import { DeploymentStore, type DeploymentState } from '../deployment-store';
import type {
  DeployFailure,
  DeployRequest,
  DeployResult,
  Deployment,
  HealthReport,
  ReleaseRef,
  SupervisorEvent,
  SwapReport,
} from '../deployment.types';
import { probeHealth } from '../health-probe';
import { Adoption } from './adoption';
import { assertReleaseDir, validateDeployRequest } from './deploy-request.validation';
import { KeyedLock } from './keyed-lock';
import { PortReservations } from './port-reservations';
import { ProcessWatch } from './process-watch';
import { ReleaseProcesses } from './release-processes';
import { SupervisorEvents } from './supervisor-events';
import { newSupervised, SupervisorState, type Instance, type Supervised } from './supervisor-state';

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
 * Release switch: a service's port can only be held by one process (Node 20 has no SO_REUSEPORT), so a new
 * release is first proven healthy on a spare port while the old one keeps serving; only then is the old one
 * stopped and the new one started on the real port. The measured gap (old stop → new healthy) is reported.
 * If the new release fails on the real port, the previous one is restarted there. A release moving to a
 * different port simply starts there and the old one stops after, with no gap.
 */
export class LocalSupervisor implements OnModuleInit, OnApplicationShutdown {
  private readonly store: DeploymentStore;
  private readonly host: string;
  private readonly healthTimeoutMs: number;
  private readonly probeTimeoutMs: number;
  private readonly stopGraceMs: number;
  private readonly logger: LoggerService;

  private readonly state: SupervisorState;
  private readonly events: SupervisorEvents;
  private readonly locks = new KeyedLock();
  private readonly ports: PortReservations;
  private readonly processes: ReleaseProcesses;
  private readonly processWatch: ProcessWatch;
  private readonly adoption: Adoption;
  private loaded: Promise<void> | null = null;

  constructor(options: LocalSupervisorOptions) {
    this.store = new DeploymentStore(join(resolve(options.dataDir), 'deployments'));
    this.host = options.host ?? '127.0.0.1';
    this.healthTimeoutMs = options.healthTimeoutMs ?? 30_000;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 2_000;
    this.stopGraceMs = options.stopGraceMs ?? 5_000;
    this.logger = options.logger ?? new Logger('deploy');
    this.state = new SupervisorState(this.store, this.logger);
    this.events = new SupervisorEvents(this.logger);
    this.ports = new PortReservations(this.state.supervised, this.host);
    this.processes = new ReleaseProcesses(
      {
        nodePath: options.nodePath ?? process.execPath,
        host: this.host,
        stopGraceMs: this.stopGraceMs,
        probeTimeoutMs: this.probeTimeoutMs,
        healthPollMs: options.healthPollMs ?? 100,
      },
      this.state,
      this.logger,
    );
    this.processWatch = new ProcessWatch(
      { backoff: { ...DEFAULT_BACKOFF, ...options.backoff }, healthTimeoutMs: this.healthTimeoutMs },
      this.state,
      this.events,
      this.processes,
      this.locks,
      this.logger,
    );
    this.adoption = new Adoption(
      {
        adoptTimeoutMs: options.adoptTimeoutMs ?? 5_000,
        stopGraceMs: this.stopGraceMs,
        watchIntervalMs: options.watchIntervalMs ?? 500,
      },
      this.store,
      this.state,
      this.events,
      this.processes,
      this.processWatch,
      this.locks,
      this.logger,
    );
  }

  /** Loads the stored deployments and re-adopts or restarts their releases. Idempotent. */
  onModuleInit(): Promise<void> {
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
      this.switchTo(
        valid.name,
        { release_id: valid.release_id, release_dir: valid.release_dir },
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
      return this.switchTo(name, previous, sup.state.deployment.port, sup.state.previous_env ?? {});
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
      const d = sup.state.deployment;
      d.status = 'stopped';
      d.pid = null;
      await this.state.persist(sup);
      this.events.emit('stopped', d, null, `stopped release ${d.release_id}`);
      return structuredClone(d);
    });
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

  // ---- switching releases ----

  private async switchTo(
    name: string,
    release: ReleaseRef,
    port: number,
    env: Record<string, string>,
  ): Promise<DeployResult> {
    const sup = this.state.supervised.get(name) ?? null;
    await this.ports.reserve(name, port, sup);
    try {
      // This switch decides what runs now; a restart of the old release must not race it.
      if (sup) this.processWatch.cancelRestart(sup);
      const old = sup?.instance ?? null;
      if (sup && old && old.port === port) return await this.stagedSwitch(sup, release, port, env);
      return await this.directSwitch(name, sup, release, port, env);
    } finally {
      this.ports.release(name, port);
    }
  }

  /** The new release takes a port nobody of ours holds; the old one (if any, elsewhere) stops once it is up. */
  private async directSwitch(
    name: string,
    sup: Supervised | null,
    release: ReleaseRef,
    port: number,
    env: Record<string, string>,
  ): Promise<DeployResult> {
    const logPath = this.store.logPath(name, release.release_id);
    const old = sup?.instance ?? null;
    let started: Instance;
    try {
      started = await this.processes.launch(name, release, port, env, logPath, 'start');
      if (sup) await this.markPending(sup, started);
    } catch (err) {
      const rolledBack = await this.resumeOld(sup);
      return this.failure(
        name,
        sup,
        release,
        'start',
        `could not start: ${(err as Error).message}`,
        rolledBack,
        logPath,
      );
    }
    const health = await this.processes.waitHealthy(started, this.healthTimeoutMs);
    if (!health.ok) {
      await this.processes.kill(started);
      if (sup) await this.markPending(sup, null);
      const rolledBack = await this.resumeOld(sup);
      return this.failure(name, sup, release, 'start', health.error, rolledBack, logPath);
    }
    let oldStoppedAt: string | null = null;
    if (old && sup) {
      sup.instance = null;
      oldStoppedAt = new Date().toISOString();
      await this.processes.kill(old);
    }
    return this.commit(name, sup, release, port, env, started, logPath, {
      mode: old ? 'direct' : 'fresh',
      from_release_id: sup ? sup.state.deployment.release_id : null,
      staging_port: null,
      old_stopped_at: oldStoppedAt,
      new_healthy_at: health.at,
      gap_ms: old ? 0 : null,
    });
  }

  /** Same port: prove the release on a spare port, then stop the old one and start the new one in its place. */
  private async stagedSwitch(
    sup: Supervised,
    release: ReleaseRef,
    port: number,
    env: Record<string, string>,
  ): Promise<DeployResult> {
    const name = sup.state.deployment.name;
    const logPath = this.store.logPath(name, release.release_id);
    const stagingPort = await freePort();
    // A staged run must not register: its URL dies a moment later and would replace the serving entry.
    const { REGISTRY_URL: _registry, ...stagingEnv } = env;

    let staged: Instance;
    try {
      staged = await this.processes.launch(name, release, stagingPort, stagingEnv, logPath, 'staging');
    } catch (err) {
      const rolledBack = await this.resumeOld(sup);
      return this.failure(
        name,
        sup,
        release,
        'staging',
        `could not start: ${(err as Error).message}`,
        rolledBack,
        logPath,
      );
    }
    await this.markPending(sup, staged);
    const proof = await this.processes.waitHealthy(staged, this.healthTimeoutMs);
    await this.processes.kill(staged);
    await this.markPending(sup, null);
    if (!proof.ok) {
      const rolledBack = await this.resumeOld(sup);
      return this.failure(
        name,
        sup,
        release,
        'staging',
        `on spare port ${stagingPort}: ${proof.error}`,
        rolledBack,
        logPath,
      );
    }

    const old = sup.instance;
    sup.instance = null;
    const stopPerf = performance.now();
    const oldStoppedAt = new Date().toISOString();
    if (old) await this.processes.kill(old);

    let started: Instance;
    try {
      started = await this.processes.launch(name, release, port, env, logPath, 'start');
      await this.markPending(sup, started);
    } catch (err) {
      await this.resumeOld(sup);
      return this.failure(
        name,
        sup,
        release,
        'switch',
        `could not start: ${(err as Error).message}`,
        true,
        logPath,
      );
    }
    const health = await this.processes.waitHealthy(started, this.healthTimeoutMs);
    if (!health.ok) {
      await this.processes.kill(started);
      await this.markPending(sup, null);
      await this.resumeOld(sup);
      return this.failure(name, sup, release, 'switch', `on port ${port}: ${health.error}`, true, logPath);
    }
    return this.commit(name, sup, release, port, env, started, logPath, {
      mode: 'staged',
      from_release_id: sup.state.deployment.release_id,
      staging_port: stagingPort,
      old_stopped_at: oldStoppedAt,
      new_healthy_at: health.at,
      gap_ms: Math.round(health.atPerf - stopPerf),
    });
  }

  /** Makes the healthy new release the deployment's current one and supervises it. */
  private async commit(
    name: string,
    sup: Supervised | null,
    release: ReleaseRef,
    port: number,
    env: Record<string, string>,
    instance: Instance,
    logPath: string,
    swap: SwapReport,
  ): Promise<DeployResult> {
    const before = sup?.state ?? null;
    const current = before?.deployment ?? null;
    // Redeploying the same release must not make it its own rollback target.
    const sameRelease =
      current?.release_id === release.release_id && current.release_dir === release.release_dir;
    const deployment: Deployment = {
      name,
      target: 'local',
      release_id: release.release_id,
      release_dir: release.release_dir,
      url: this.processes.urlOf(port),
      host: this.host,
      port,
      pid: instance.pid,
      status: 'running',
      restarts: 0,
      started_at: new Date(instance.startedAtMs).toISOString(),
      previous_release:
        current && !sameRelease
          ? { release_id: current.release_id, release_dir: current.release_dir }
          : (current?.previous_release ?? null),
      log_path: logPath,
      last_exit: null,
      last_swap: swap,
    };
    const state: DeploymentState = {
      deployment,
      env,
      previous_env: before && !sameRelease ? before.env : (before?.previous_env ?? null),
      staging: null,
    };
    const target = sup ?? newSupervised(state);
    this.processWatch.cancelRestart(target);
    target.state = state;
    target.instance = instance;
    target.crashStreak = 0;
    this.state.supervised.set(name, target);
    this.processWatch.watch(target, instance);
    await this.state.persist(target);
    const gap = swap.gap_ms === null ? '' : `, gap ${swap.gap_ms} ms`;
    this.events.emit(
      'healthy',
      deployment,
      instance.pid,
      `release ${release.release_id} serves on ${deployment.url}${gap}`,
    );
    return { ok: true, deployment: structuredClone(deployment), swap };
  }

  private failure(
    name: string,
    sup: Supervised | null,
    release: ReleaseRef,
    stage: DeployFailure['stage'],
    error: string,
    rolledBack: boolean,
    logPath: string,
  ): DeployFailure {
    const message = `release ${release.release_id} failed at ${stage}: ${error}`;
    this.logger.warn(`${name}: ${message}`);
    this.events.emit('deploy_failed', { name, release_id: release.release_id }, null, message);
    return {
      ok: false,
      stage,
      error,
      rolled_back: rolledBack,
      deployment: sup ? structuredClone(sup.state.deployment) : null,
      log_path: logPath,
    };
  }

  /**
   * Records (or clears) the process started for a switch not yet committed, so that an executor dying
   * mid-switch does not leave it running unaccounted for: the next start-up stops it.
   */
  private markPending(sup: Supervised, instance: Instance | null): Promise<void> {
    sup.state.staging = instance ? { pid: instance.pid, release_dir: instance.release.release_dir } : null;
    return this.state.persist(sup);
  }

  /**
   * After a failed switch, starts the current release again if it should be running but is not (stopped for
   * the switch, or crashed meanwhile). True when it had to be restarted.
   */
  private async resumeOld(sup: Supervised | null): Promise<boolean> {
    if (!sup || sup.instance || sup.state.deployment.status === 'stopped') return false;
    await this.processWatch.relaunch(sup, 'rollback', false);
    return true;
  }

  // ---- start-up ----

  private ready(): Promise<void> {
    this.loaded ??= this.adoption.adoptAll();
    return this.loaded;
  }
}
