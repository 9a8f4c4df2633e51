import type { LoggerService } from '@nestjs/common';
import { stopJailed } from '../../sandbox';
import type { ReleaseRef } from '../deployment.types';
import type { DeploymentStore, FirstLaunch } from './deployment-store';
import { groupLeaderIn, isProcessAlive, processCwd, processStartedAtMs, stopGroup } from './process-group';
import { foreignInstance, type Instance } from './supervisor-state';

/**
 * A first start of a service that was never committed (its executor died between starting it and recording the
 * deployment, so no state file holds it): the record, and its process while that still runs the recorded release.
 */
export interface UncommittedLaunch {
  name: string;
  record: FirstLaunch;
  /** The recorded process (not another that got its pid), or the group leader running in the release's
   * directory for a start recorded before its spawn; null when gone. */
  pid: number | null;
}

/** Reads the uncommitted first start of `name` and finds its process; null when none is recorded. */
export async function findUncommittedLaunch(
  store: DeploymentStore,
  name: string,
): Promise<UncommittedLaunch | null> {
  const record = await store.loadLaunch(name);
  if (!record) return null;
  if (record.pid === null) return { name, record, pid: await groupLeaderIn(record.release_dir) };
  const runs = isProcessAlive(record.pid) && (await processCwd(record.pid)) === record.release_dir;
  return { name, record, pid: runs ? record.pid : null };
}

/**
 * Stops the process of an uncommitted first start (when it still runs) and forgets the record. Called before a
 * deploy of a service this executor does not know (unless the start is kept, {@link launchToKeep}), and at
 * start-up.
 */
export async function stopUncommittedLaunch(
  store: DeploymentStore,
  launch: UncommittedLaunch,
  graceMs: number,
  logger: LoggerService,
): Promise<void> {
  const { name, record, pid } = launch;
  if (pid !== null) {
    logger.warn(`${name}: stopping pid ${pid}, left by a first start that was never committed`);
    if (record.jailed) await stopJailed(pid, graceMs);
    else await stopGroup(pid, graceMs);
  }
  await store.clearLaunch(name);
}

/**
 * The uncommitted first start as an instance to supervise, when it is the start of `release` on `port` and still
 * runs: a deploy repeated after its executor died mid-start (here or on another executor of the host) keeps that
 * process instead of stopping it and starting the same release again. Null otherwise (another release or port,
 * or gone); the caller then stops it with {@link stopUncommittedLaunch}.
 */
export function launchToKeep(
  launch: UncommittedLaunch,
  release: ReleaseRef,
  port: number,
  watchIntervalMs: number,
): Instance | null {
  const { record, pid } = launch;
  if (pid === null || record.release_id !== release.release_id || record.port !== port) return null;
  if ((release.release_sha256 ?? null) !== (record.release_sha256 ?? null)) return null;
  return foreignInstance(
    pid,
    // The process runs where it was started (the release is the same content: same id and digest).
    { ...release, release_dir: record.release_dir },
    port,
    // A record written before 2026-12-06's pre-spawn timestamp: the process's own start, as /proc tells it.
    record.started_at_ms ?? processStartedAtMs(pid) ?? Date.now(),
    record.jailed,
    watchIntervalMs,
  );
}
