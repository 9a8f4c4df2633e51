import type { LoggerService } from '@nestjs/common';
import { AppError } from '@sf/contracts';
import { restartDelayMs, type BackoffPolicy } from './backoff';
import { signalGroup, type ProcessExit } from './process-group';
import type { KeyedLock } from '../keyed-lock';
import { describeExit, type ReleaseProcesses } from './release-processes';
import type { SupervisorEvents } from './supervisor-events';
import type { Instance, Supervised, SupervisorState } from './supervisor-state';

/** Timings of {@link ProcessWatch}; the defaults live in `LocalSupervisorOptions`. */
export interface ProcessWatchSettings {
  /** Restart backoff after crashes. */
  backoff: BackoffPolicy;
  /** How long a restarted release may take to answer `/health` `active`. */
  healthTimeoutMs: number;
  /**
   * Whether this executor supervises the deployment now (holds its lease); checked before and after every
   * start. Unset: always (one executor, no leases).
   */
  owns?: (name: string) => boolean;
}

/**
 * Keeps a deployment's release running: notices its process exit, restarts it on its port with exponential
 * backoff (under the service's lock, unless a deploy, stop or shutdown took over meanwhile) and marks it
 * `running` again once healthy.
 */
export class ProcessWatch {
  constructor(
    private readonly settings: ProcessWatchSettings,
    private readonly state: SupervisorState,
    private readonly events: SupervisorEvents,
    private readonly processes: ReleaseProcesses,
    private readonly locks: KeyedLock,
    private readonly logger: LoggerService,
  ) {}

  /** Takes an exit of `instance` not asked for (see `Instance.stopping`) as a crash of `sup`. */
  watch(sup: Supervised, instance: Instance): void {
    void instance.exited.then((exit) => this.onExit(sup, instance, exit));
  }

  /** Starts the deployment's current release again on its port and supervises it. */
  async relaunch(sup: Supervised, purpose: 'restart' | 'rollback', countRestart: boolean): Promise<void> {
    const d = sup.state.deployment;
    if (!this.owns(sup)) {
      this.notOwned(sup, 'not started');
      return;
    }
    let instance: Instance;
    try {
      instance = await this.processes.launch(
        d.name,
        { release_id: d.release_id, release_dir: d.release_dir, release_sha256: d.release_sha256 },
        d.port,
        sup.state.env,
        d.log_path,
        purpose,
      );
    } catch (err) {
      if (err instanceof AppError && err.code === 'RELEASE_HASH_MISMATCH') {
        // Not the tested release any more: never started, not retried; reported instead.
        this.refuse(sup, err);
        return;
      }
      // Not even spawnable (release directory gone?): retried with the same backoff as a crash.
      this.scheduleRestart(sup, `could not start release ${d.release_id}: ${(err as Error).message}`);
      return;
    }
    if (!this.owns(sup)) {
      // The lease went while we started it: another executor may start it too, so ours must not stay.
      await this.processes.kill(instance);
      this.notOwned(sup, `pid ${instance.pid} stopped again`);
      return;
    }
    sup.instance = instance;
    if (countRestart) d.restarts += 1;
    d.pid = instance.pid;
    d.status = 'starting';
    d.started_at = new Date(instance.startedAtMs).toISOString();
    this.watch(sup, instance);
    await this.state.persist(sup);
    this.events.emit(
      'restarted',
      d,
      instance.pid,
      `${purpose}: release ${d.release_id} started as pid ${instance.pid}`,
    );
    void this.markRunningWhenHealthy(sup, instance);
  }

  /** Records and reports a start refused for `err` (the deployment stays down until a deploy or rollback). */
  refuse(sup: Supervised, err: AppError): void {
    const d = sup.state.deployment;
    this.cancelRestart(sup);
    sup.instance = null;
    d.status = 'crashed';
    d.pid = null;
    d.last_refusal = { code: err.code, message: err.message, at: new Date().toISOString() };
    void this.state.persist(sup);
    this.events.emit('refused', d, null, `${err.code}: ${err.message}; not restarted`);
    this.logger.error(`${d.name}: start refused: ${err.code}: ${err.message}`);
  }

  /** Whether `sup` is still ours to start: supervised here and (with leases) its lease held. */
  private owns(sup: Supervised): boolean {
    const name = sup.state.deployment.name;
    if (this.state.supervised.get(name) !== sup) return false;
    return this.settings.owns?.(name) ?? true;
  }

  /**
   * A start skipped because the lease is not surely ours: if the deployment is still supervised here (the lease
   * merely could not be renewed, e.g. Redis unreachable), the start is retried with the crash backoff.
   */
  private notOwned(sup: Supervised, what: string): void {
    const d = sup.state.deployment;
    this.logger.warn(`${d.name}: lease not held, ${what}`);
    if (!this.state.closed && this.state.supervised.get(d.name) === sup) {
      this.scheduleRestart(sup, `lease of ${d.name} not confirmed`);
    }
  }

  /** Drops a pending restart of `sup`, if any. */
  cancelRestart(sup: Supervised): void {
    if (sup.restartTimer) clearTimeout(sup.restartTimer);
    sup.restartTimer = null;
  }

  private onExit(sup: Supervised, instance: Instance, exit: ProcessExit): void {
    if (this.state.closed || instance.stopping || sup.instance !== instance) return;
    sup.instance = null;
    // The leader is gone; whatever it forked must not keep the port from the restart.
    try {
      signalGroup(instance.pid, 'SIGKILL');
    } catch (err) {
      this.logger.warn(`cannot kill the rest of group ${instance.pid}: ${(err as Error).message}`);
    }
    if (Date.now() - instance.startedAtMs >= this.settings.backoff.resetAfterMs) sup.crashStreak = 0;
    const d = sup.state.deployment;
    d.last_exit = { code: exit.code, signal: exit.signal, at: new Date().toISOString() };
    this.scheduleRestart(sup, `release ${d.release_id} (pid ${instance.pid}) exited: ${describeExit(exit)}`);
  }

  private scheduleRestart(sup: Supervised, why: string): void {
    const d = sup.state.deployment;
    this.cancelRestart(sup);
    const delayMs = restartDelayMs(sup.crashStreak, this.settings.backoff);
    sup.crashStreak += 1;
    d.status = 'crashed';
    d.pid = null;
    void this.state.persist(sup);
    this.events.emit('crashed', d, null, `${why}; restart in ${delayMs} ms`);
    this.logger.warn(`${d.name}: ${why}; restart in ${delayMs} ms`);
    sup.restartTimer = setTimeout(() => {
      sup.restartTimer = null;
      void this.locks.run(d.name, async () => {
        // A deploy, stop or shutdown may have taken over while the timer ran.
        if (this.state.closed || sup.instance || sup.state.deployment.status !== 'crashed') return;
        if (this.state.supervised.get(d.name) !== sup) return;
        await this.relaunch(sup, 'restart', true);
      });
    }, delayMs);
    sup.restartTimer.unref();
  }

  private async markRunningWhenHealthy(sup: Supervised, instance: Instance): Promise<void> {
    const health = await this.processes.waitHealthy(instance, this.settings.healthTimeoutMs);
    const d = sup.state.deployment;
    if (sup.instance !== instance || d.status !== 'starting') return;
    if (!health.ok) {
      this.logger.warn(`${d.name}: pid ${instance.pid} is up but not healthy: ${health.error}`);
      return;
    }
    d.status = 'running';
    await this.state.persist(sup);
    this.events.emit('healthy', d, instance.pid, `release ${d.release_id} healthy again`);
  }
}
