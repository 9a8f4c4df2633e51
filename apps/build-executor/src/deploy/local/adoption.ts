import type { LoggerService } from '@nestjs/common';
import type { DeploymentState, DeploymentStore } from './deployment-store';
import { findUncommittedLaunch, stopUncommittedLaunch } from './first-launch';
import { stopJailed } from '../../sandbox';
import { isProcessAlive, processCwd, stopGroup } from './process-group';
import type { KeyedLock } from '../keyed-lock';
import type { ProcessWatch } from './process-watch';
import type { ReleaseProcesses } from './release-processes';
import type { SupervisorEvents } from './supervisor-events';
import { foreignInstance, newSupervised, type Supervised, type SupervisorState } from './supervisor-state';

/** Timings of {@link Adoption}; the defaults live in `LocalSupervisorOptions`. */
export interface AdoptionSettings {
  /** How long a still-running release may take to answer when re-adopted. */
  adoptTimeoutMs: number;
  /** SIGTERM → SIGKILL grace when stopping a process left behind by an unfinished switch. */
  stopGraceMs: number;
  /** Poll period for re-adopted processes, which send us no exit event. */
  watchIntervalMs: number;
}

/**
 * Takes the stored deployments back under supervision when the executor starts: services outlive the
 * executor, so a release that still runs and answers is re-adopted as it is, anything else is restarted.
 */
export class Adoption {
  constructor(
    private readonly settings: AdoptionSettings,
    private readonly store: DeploymentStore,
    private readonly state: SupervisorState,
    private readonly events: SupervisorEvents,
    private readonly processes: ReleaseProcesses,
    private readonly processWatch: ProcessWatch,
    private readonly locks: KeyedLock,
    private readonly logger: LoggerService,
  ) {}

  /** Loads every stored deployment and adopts each under its lock; unreadable state files are skipped. */
  async adoptAll(): Promise<void> {
    const states = await this.store.loadAll((path, reason) => {
      this.logger.warn(`ignoring ${path}: ${reason}`);
    });
    // First starts never recorded (the executor died before committing them) of services no state file holds.
    const known = new Set(states.map((state) => state.deployment.name));
    for (const name of await this.store.names()) {
      if (!known.has(name)) {
        await this.locks.run(name, async () => {
          const launch = await findUncommittedLaunch(this.store, name);
          if (launch) await stopUncommittedLaunch(this.store, launch, this.settings.stopGraceMs, this.logger);
        });
      }
    }
    await Promise.all(
      states.map((state) => {
        const sup = newSupervised(state);
        this.state.supervised.set(state.deployment.name, sup);
        return this.locks.run(state.deployment.name, () => this.adopt(sup));
      }),
    );
  }

  /**
   * Supervises one stored deployment from now on (another executor's, whose lease this one just acquired):
   * re-adopted or restarted like at start-up. Call it under the service's lock.
   */
  async adoptOne(state: DeploymentState): Promise<void> {
    const sup = newSupervised(state);
    this.state.supervised.set(state.deployment.name, sup);
    await this.adopt(sup);
  }

  /** Re-adopts the recorded process when it is still ours and healthy; otherwise starts the release again. */
  private async adopt(sup: Supervised): Promise<void> {
    const d = sup.state.deployment;
    if (sup.state.staging) {
      // The executor died mid-switch; that process (spare-port proof or uncommitted start) belongs to no one.
      const { pid, release_dir } = sup.state.staging;
      if (isProcessAlive(pid) && (await this.isOurs(pid, release_dir))) {
        if (d.isolation?.mode === 'bwrap') await stopJailed(pid, this.settings.stopGraceMs);
        else await stopGroup(pid, this.settings.stopGraceMs);
      }
      sup.state.staging = null;
    }
    if (d.status === 'stopped') {
      await this.state.persist(sup);
      return;
    }
    const pid = d.pid;
    if (pid !== null && isProcessAlive(pid) && (await this.isOurs(pid, d.release_dir))) {
      const instance = foreignInstance(
        pid,
        { release_id: d.release_id, release_dir: d.release_dir, release_sha256: d.release_sha256 },
        d.port,
        Date.parse(d.started_at),
        d.isolation?.mode === 'bwrap',
        this.settings.watchIntervalMs,
      );
      const health = await this.processes.waitHealthy(instance, this.settings.adoptTimeoutMs);
      if (health.ok) {
        sup.instance = instance;
        d.status = 'running';
        this.processWatch.watch(sup, instance);
        await this.state.persist(sup);
        this.events.emit('adopted', d, pid, `re-adopted release ${d.release_id} (pid ${pid})`);
        return;
      }
      // Alive but not answering: it would hold the port against the restart.
      this.logger.warn(`${d.name}: pid ${pid} is alive but unhealthy (${health.error}); restarting it`);
      await this.processes.kill(instance);
    }
    d.pid = null;
    await this.processWatch.relaunch(sup, 'restart', true);
  }

  /** Whether `pid` still runs in `releaseDir` (not an unrelated process that got the pid after ours died). */
  private async isOurs(pid: number, releaseDir: string): Promise<boolean> {
    const cwd = await processCwd(pid);
    // Without /proc the health answer on the service's port is the only evidence left.
    return cwd === undefined || cwd === releaseDir;
  }
}
