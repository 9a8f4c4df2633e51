import type { DeploymentState } from './deployment-store';
import type { IsolationReport } from '../../sandbox';
import type { ReleaseRef, SwapReport } from '../deployment.types';

/** A release that has just proven healthy on its port, and how it got there. */
export interface CommittedRelease {
  name: string;
  release: ReleaseRef;
  env: Record<string, string>;
  host: string;
  port: number;
  url: string;
  pid: number;
  startedAtMs: number;
  logPath: string;
  swap: SwapReport;
  isolation: IsolationReport;
}

/**
 * The deployment's state once `next` serves: running, no restarts yet, and the release it replaced (with
 * its environment) as the rollback target.
 */
export function committedState(before: DeploymentState | null, next: CommittedRelease): DeploymentState {
  const current = before?.deployment ?? null;
  // Redeploying the same release must not make it its own rollback target.
  const sameRelease =
    current?.release_id === next.release.release_id && current.release_dir === next.release.release_dir;
  return {
    deployment: {
      name: next.name,
      target: 'local',
      release_id: next.release.release_id,
      release_dir: next.release.release_dir,
      url: next.url,
      host: next.host,
      port: next.port,
      pid: next.pid,
      status: 'running',
      restarts: 0,
      started_at: new Date(next.startedAtMs).toISOString(),
      previous_release:
        current && !sameRelease
          ? {
              release_id: current.release_id,
              release_dir: current.release_dir,
              ...(current.release_sha256 ? { release_sha256: current.release_sha256 } : {}),
            }
          : (current?.previous_release ?? null),
      log_path: next.logPath,
      last_exit: null,
      last_swap: next.swap,
      release_sha256: next.release.release_sha256 ?? null,
      isolation: next.isolation,
      last_refusal: null,
    },
    env: next.env,
    previous_env: before && !sameRelease ? before.env : (before?.previous_env ?? null),
    staging: null,
  };
}
