import { join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { ExecutorConfig } from '../config/executor.config';
import type { DeployTarget } from '../deploy/deploy-target';
import type { ReleaseRef } from '../deploy/deployment.types';
import { CheckpointStore } from './checkpoint-store';
import { materialiseRelease, Workspace, type CheckpointMirror } from './workspace';

/**
 * Where builds keep their files: one {@link Workspace} per build under `BUILDS_DIR` (`DATA_DIR/builds`),
 * a cache of what the {@link CheckpointStore} keeps in Redis for every replica.
 */
@Injectable()
export class BuildWorkspaces {
  constructor(
    private readonly config: ExecutorConfig,
    private readonly store: CheckpointStore,
  ) {}

  /** The directory of a build. */
  of(buildId: string): Workspace {
    return new Workspace(join(this.root, buildId), this.mirrorOf(buildId));
  }

  get root(): string {
    return resolve(this.config.BUILDS_DIR ?? join(this.config.DATA_DIR, 'builds'));
  }

  /**
   * Makes sure a release a deployment refers to is on this disk at `releaseDir` before it is started again
   * (a rollback, a restart): when the directory is absent — the build ran on another replica, or this
   * disk lost it — the tested release of build `releaseId` is rebuilt there from Redis and checked against
   * `sha256` (when the deployment recorded one; else against the build's own tested release record).
   * Nothing happens when the directory is present. `CHECKPOINT_MISSING` when Redis no longer has it.
   */
  async ensureReleaseDir(releaseId: string, releaseDir: string, sha256?: string | null): Promise<void> {
    const mirror = this.mirrorOf(releaseId);
    const expected = sha256 ?? (await this.of(releaseId).checkpoint<{ sha256: string }>('release'))?.sha256;
    if (!expected) return;
    await materialiseRelease(releaseDir, expected, mirror);
  }

  /**
   * Before `target` switches the service `name` back to its previous release (a rollback, a revert): that
   * release's directory is made present here ({@link ensureReleaseDir}). A target whose deployments name no
   * release directory (Kubernetes keeps its own history) is left alone.
   */
  async ensurePreviousRelease(target: DeployTarget, name: string): Promise<void> {
    const previous = (await target.describe(name))?.previous_release as
      Partial<ReleaseRef> | null | undefined;
    if (typeof previous?.release_id !== 'string' || typeof previous.release_dir !== 'string') return;
    await this.ensureReleaseDir(previous.release_id, previous.release_dir, previous.release_sha256);
  }

  private mirrorOf(buildId: string): CheckpointMirror {
    const store = this.store;
    return {
      put: (name, bytes) => store.put(buildId, name, bytes),
      get: (name) => store.get(buildId, name),
      putTree: (name, files) => store.putTree(buildId, name, files),
      getTree: (name) => store.getTree(buildId, name),
    };
  }
}
