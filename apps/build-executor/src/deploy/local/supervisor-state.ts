import type { LoggerService } from '@nestjs/common';
import { AppError } from '@sf/contracts';
import type { DeploymentState, DeploymentStore } from './deployment-store';
import type { ReleaseRef } from '../deployment.types';
import { watchForeignProcess, type ProcessExit } from './process-group';

/** A process of one release. */
export interface Instance {
  pid: number;
  release: ReleaseRef;
  port: number;
  startedAtMs: number;
  exited: Promise<ProcessExit>;
  /** Ends the pid poll of a re-adopted process; nothing to do for our own children. */
  stopWatching(): void;
  /** Set before we stop it on purpose, so its exit is not taken for a crash. */
  stopping: boolean;
  /** Runs under the service jail (bwrap): stopped through its pid namespace. */
  jailed: boolean;
}

/**
 * An instance of a process this executor did not spawn (re-adopted after a restart, or a first start kept after
 * its executor died): no exit event reaches us, so its pid is polled every `watchIntervalMs`.
 */
export function foreignInstance(
  pid: number,
  release: ReleaseRef,
  port: number,
  startedAtMs: number,
  jailed: boolean,
  watchIntervalMs: number,
): Instance {
  const watcher = watchForeignProcess(pid, watchIntervalMs);
  return {
    pid,
    release,
    port,
    startedAtMs,
    exited: watcher.exited,
    stopWatching: watcher.stop,
    stopping: false,
    jailed,
  };
}

/** Runtime side of one deployment: its stored state, its live process and its restart bookkeeping. */
export interface Supervised {
  state: DeploymentState;
  instance: Instance | null;
  restartTimer: NodeJS.Timeout | null;
  crashStreak: number;
  /** State writes, chained so they land in order. */
  writes: Promise<void>;
}

/** A deployment just loaded or first deployed: no process yet, no crashes, nothing being written. */
export function newSupervised(state: DeploymentState): Supervised {
  return { state, instance: null, restartTimer: null, crashStreak: 0, writes: Promise.resolve() };
}

/** Where state writes are fenced and announced (deployment leases); without it every write goes through. */
export interface StateWrites {
  /** This machine's host id, recorded in every state written (`Deployment.host_id`). */
  hostId: string;
  /** Whether this executor may still write the deployment's state (it holds its lease). */
  mayWrite(name: string): boolean;
  /** Called after each saved state, in order (publishes the deployment's view). */
  saved(state: DeploymentState): Promise<void>;
}

/** What the parts of the local supervisor share: the supervised deployments, by name, and their state file. */
export class SupervisorState {
  readonly supervised = new Map<string, Supervised>();
  /** Set at application shutdown: from then on nothing is started, restarted or waited for. */
  closed = false;
  /** Set once, by the supervisor, when deployments are owned through leases. */
  writes: StateWrites | null = null;

  constructor(
    private readonly store: DeploymentStore,
    private readonly logger: LoggerService,
  ) {}

  /** The deployment's runtime side; `DEPLOYMENT_NOT_FOUND` for an unknown name. */
  mustGet(name: string): Supervised {
    const sup = this.supervised.get(name);
    if (!sup) throw new AppError('DEPLOYMENT_NOT_FOUND', `no deployment named '${name}'`, { name });
    return sup;
  }

  /** Saves the deployment's state after every earlier save of it; a failed save is logged, not thrown. */
  persist(sup: Supervised): Promise<void> {
    // Serialised at write time, so the last write in the chain always carries the latest state.
    sup.writes = sup.writes
      .then(async () => {
        // A stale owner (its lease lapsed or taken) must not overwrite what the new owner writes.
        if (this.writes && !this.writes.mayWrite(sup.state.deployment.name)) return;
        if (this.writes) sup.state.deployment.host_id = this.writes.hostId;
        await this.store.save(sup.state);
        await this.writes?.saved(sup.state);
      })
      .catch((err: unknown) => {
        this.logger.error(`${sup.state.deployment.name}: cannot save state: ${(err as Error).message}`);
      });
    return sup.writes;
  }
}
