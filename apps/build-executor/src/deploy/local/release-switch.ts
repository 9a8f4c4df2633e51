import type { LoggerService } from '@nestjs/common';
import { AppError } from '@sf/contracts';
import { freePort } from '@sf/platform';
import type { DeploymentStore } from './deployment-store';
import type { DeployFailure, DeployResult, ReleaseRef, SwapReport } from '../deployment.types';
import { committedState } from './committed-state';
import {
  findUncommittedLaunch,
  launchToKeep,
  stopUncommittedLaunch,
  type UncommittedLaunch,
} from './first-launch';
import type { PortReservations } from './port-reservations';
import type { ProcessWatch } from './process-watch';
import type { ReleaseProcesses } from './release-processes';
import type { SupervisorEvents } from './supervisor-events';
import { newSupervised, type Instance, type Supervised, type SupervisorState } from './supervisor-state';

/** Settings of {@link ReleaseSwitch}; the defaults live in `LocalSupervisorOptions`. */
export interface ReleaseSwitchSettings {
  /** Address services bind (`HOST` in their environment), recorded in the deployment. */
  host: string;
  /** How long a new release may take to answer `/health` `active`. */
  healthTimeoutMs: number;
  /** SIGTERM → SIGKILL grace when stopping a process a first start left behind. */
  stopGraceMs: number;
  /** Poll period for a kept first start, which sends us no exit event (not our child). */
  watchIntervalMs: number;
}

/**
 * Replaces the release a deployment serves, only once the new one is healthy.
 *
 * A service's port can only be held by one process (Node 20 has no SO_REUSEPORT), so a new release is first
 * proven healthy on a spare port while the old one keeps serving; only then is the old one stopped and the
 * new one started on the real port. The measured gap (old stop → new healthy) is reported. If the new
 * release fails on the real port, the previous one is restarted there. A release moving to a different port
 * simply starts there and the old one stops after, with no gap.
 */
export class ReleaseSwitch {
  constructor(
    private readonly settings: ReleaseSwitchSettings,
    private readonly store: DeploymentStore,
    private readonly state: SupervisorState,
    private readonly events: SupervisorEvents,
    private readonly ports: PortReservations,
    private readonly processes: ReleaseProcesses,
    private readonly processWatch: ProcessWatch,
    private readonly logger: LoggerService,
  ) {}

  /**
   * Makes `release` the deployment `name` serves on `port` with `env`, or leaves (or puts back) the previous
   * release serving. `PORT_IN_USE` when the port is taken; a release that does not become healthy is a
   * `{ok: false}` result. Call it under the service's lock.
   */
  async switchTo(
    name: string,
    release: ReleaseRef,
    port: number,
    env: Record<string, string>,
  ): Promise<DeployResult> {
    const sup = this.state.supervised.get(name) ?? null;
    const launch = sup ? null : await findUncommittedLaunch(this.store, name);
    if (launch) {
      const kept = await this.keepFirstLaunch(launch, release, port, env);
      if (kept) return kept;
      await stopUncommittedLaunch(this.store, launch, this.settings.stopGraceMs, this.logger);
    }
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
    // A first start is recorded before its spawn too: an executor killed in between leaves a record (found by
    // the release's directory) instead of a process nobody knows holding the port.
    const launch = sup
      ? null
      : {
          release_dir: release.release_dir,
          jailed: this.processes.isolationOf(name).mode === 'bwrap',
          release_id: release.release_id,
          release_sha256: release.release_sha256 ?? null,
          port,
        };
    try {
      // The time before the spawn bounds the process's start from below: a deploy repeated after this executor
      // died before the next write keeps the process with it, and its registration counts (registering waits
      // for one made since the process started; the process registers once, then only heartbeats).
      if (launch) await this.store.saveLaunch(name, { ...launch, pid: null, started_at_ms: Date.now() });
      started = await this.processes.launch(name, release, port, env, logPath, 'start');
      if (sup) await this.markPending(sup, started);
      if (launch)
        await this.store.saveLaunch(name, {
          ...launch,
          pid: started.pid,
          started_at_ms: started.startedAtMs,
        });
    } catch (err) {
      if (!sup) await this.store.clearLaunch(name);
      const rolledBack = await this.resumeOld(sup);
      return this.failure(
        name,
        sup,
        release,
        'start',
        `could not start: ${(err as Error).message}`,
        rolledBack,
        logPath,
        err,
      );
    }
    const health = await this.processes.waitHealthy(started, this.settings.healthTimeoutMs);
    if (!health.ok) {
      await this.processes.kill(started);
      if (sup) await this.markPending(sup, null);
      else await this.store.clearLaunch(name);
      const rolledBack = await this.resumeOld(sup);
      return this.failure(name, sup, release, 'start', health.error, rolledBack, logPath);
    }
    let oldStoppedAt: string | null = null;
    if (old && sup) {
      sup.instance = null;
      oldStoppedAt = new Date().toISOString();
      await this.processes.kill(old);
    }
    const committed = await this.commit(name, sup, release, port, env, started, logPath, {
      mode: old ? 'direct' : 'fresh',
      from_release_id: sup ? sup.state.deployment.release_id : null,
      staging_port: null,
      old_stopped_at: oldStoppedAt,
      new_healthy_at: health.at,
      gap_ms: old ? 0 : null,
    });
    // Committed: the state file now holds the process (a first start's record is no longer needed).
    if (!sup) await this.store.clearLaunch(name);
    return committed;
  }

  /**
   * Commits the uncommitted first start of this very release on this port, when it still runs and answers
   * healthy (its executor died before recording it): the repeated deploy goes on without a second start.
   * Null when there is none to keep; an unhealthy one is left to {@link stopUncommittedLaunch}.
   */
  private async keepFirstLaunch(
    launch: UncommittedLaunch,
    release: ReleaseRef,
    port: number,
    env: Record<string, string>,
  ): Promise<DeployResult | null> {
    const { name } = launch;
    const instance = launchToKeep(launch, release, port, this.settings.watchIntervalMs);
    if (!instance) return null;
    const health = await this.processes.waitHealthy(instance, this.settings.healthTimeoutMs);
    if (!health.ok) {
      instance.stopWatching();
      return null;
    }
    this.logger.log(
      `${name}: kept pid ${instance.pid}, the uncommitted first start of ${release.release_id}`,
    );
    const committed = await this.commit(
      name,
      null,
      instance.release,
      port,
      env,
      instance,
      this.store.logPath(name, release.release_id),
      {
        mode: 'kept',
        from_release_id: null,
        staging_port: null,
        old_stopped_at: null,
        new_healthy_at: health.at,
        gap_ms: null,
      },
    );
    await this.store.clearLaunch(name);
    return committed;
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
        err,
      );
    }
    await this.markPending(sup, staged);
    const proof = await this.processes.waitHealthy(staged, this.settings.healthTimeoutMs);
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
        err,
      );
    }
    const health = await this.processes.waitHealthy(started, this.settings.healthTimeoutMs);
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
    const state = committedState(sup?.state ?? null, {
      name,
      release,
      env,
      host: this.settings.host,
      port,
      url: this.processes.urlOf(port),
      pid: instance.pid,
      startedAtMs: instance.startedAtMs,
      logPath,
      swap,
      isolation: this.processes.isolationOf(name),
    });
    const { deployment } = state;
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

  /** Reports a switch that did not go live: logged, emitted as `deploy_failed`, returned as the result. */
  private failure(
    name: string,
    sup: Supervised | null,
    release: ReleaseRef,
    stage: DeployFailure['stage'],
    error: string,
    rolledBack: boolean,
    logPath: string,
    cause?: unknown,
  ): DeployFailure {
    const code = cause instanceof AppError ? cause.code : undefined;
    const message = `release ${release.release_id} failed at ${stage}: ${code ? `${code}: ` : ''}${error}`;
    this.logger.warn(`${name}: ${message}`);
    if (code === 'RELEASE_HASH_MISMATCH') {
      this.events.emit('refused', { name, release_id: release.release_id }, null, `${code}: ${error}`);
    }
    this.events.emit('deploy_failed', { name, release_id: release.release_id }, null, message);
    return {
      ok: false,
      stage,
      error,
      ...(code ? { code } : {}),
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
}
