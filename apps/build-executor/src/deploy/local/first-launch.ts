import type { LoggerService } from '@nestjs/common';
import { stopJailed } from '../../sandbox';
import type { ReleaseRef } from '../deployment.types';
import type { DeploymentStore, FirstLaunch } from './deployment-store';
import { groupLeaderIn, isProcessAlive, processCwd, stopGroup, watchForeignProcess } from './process-group';
import type { Instance } from './supervisor-state';

/**
 * Stops the process of a first start of `name` that was never committed (its executor died between starting it
 * and recording the deployment, so no state file holds it) and forgets the record. Called before a deploy of a
 * service this executor does not know, and at start-up; the process is stopped only while it is still the one
 * recorded (same pid, working directory the release's).
 */
export async function stopUncommittedLaunch(
  store: DeploymentStore,
  name: string,
  graceMs: number,
  logger: LoggerService,
): Promise<void> {
  const launch = await store.loadLaunch(name);
  if (!launch) return;
  const pid = await runningPid(launch);
  if (pid !== null) {
    logger.warn(`${name}: stopping pid ${pid}, left by a first start that was never committed`);
    if (launch.jailed) await stopJailed(pid, graceMs);
    else await stopGroup(pid, graceMs);
  }
  await store.clearLaunch(name);
}

/**
 * The uncommitted first start of `name` as an instance to supervise, when it is the start of `release` on `port`
 * and still runs: a deploy repeated after its executor died mid-start (here or on another executor of the host)
 * keeps that process instead of stopping it and starting the same release again. Null otherwise (nothing
 * recorded, another release or port, or gone); the caller then stops it with {@link stopUncommittedLaunch}.
 * The process is polled (it is not our child) every `watchIntervalMs`.
 */
export async function launchToKeep(
  store: DeploymentStore,
  name: string,
  release: ReleaseRef,
  port: number,
  watchIntervalMs: number,
): Promise<Instance | null> {
  const launch = await store.loadLaunch(name);
  if (!launch || launch.release_id !== release.release_id || launch.port !== port) return null;
  if ((release.release_sha256 ?? null) !== (launch.release_sha256 ?? null)) return null;
  const pid = await runningPid(launch);
  if (pid === null) return null;
  const watcher = watchForeignProcess(pid, watchIntervalMs);
  return {
    pid,
    // The process runs where it was started (the release is the same content: same id and digest).
    release: { ...release, release_dir: launch.release_dir },
    port,
    startedAtMs: launch.started_at_ms ?? Date.now(),
    exited: watcher.exited,
    stopWatching: watcher.stop,
    stopping: false,
    jailed: launch.jailed,
  };
}

/**
 * The recorded process while it still runs the recorded release (not another process that got its pid); for a
 * start recorded before its spawn, the group leader running in the release's directory. Null when gone.
 */
async function runningPid(launch: FirstLaunch): Promise<number | null> {
  if (launch.pid === null) return groupLeaderIn(launch.release_dir);
  const runs = isProcessAlive(launch.pid) && (await processCwd(launch.pid)) === launch.release_dir;
  return runs ? launch.pid : null;
}
