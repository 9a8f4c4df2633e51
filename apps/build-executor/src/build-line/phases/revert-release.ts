import { Injectable } from '@nestjs/common';
import type { BuildRecord } from '../../builds/build.record';
import { DeployTargets } from '../../deploy/deploy-targets';
import { ReleaseGit } from '../../release-git/release-git.service';
import { BuildMoves } from '../build-moves';
import { BuildWorkspaces } from '../build-workspaces';

/**
 * What registering and health checking do when the new release fails them: back to the previous release
 * (or stopped when there is none), the failed release archived, the build `rolled_back`.
 */
@Injectable()
export class RevertRelease {
  constructor(
    private readonly workspaces: BuildWorkspaces,
    private readonly moves: BuildMoves,
    private readonly targets: DeployTargets,
    private readonly git: ReleaseGit,
  ) {}

  /** `details`: what the phase saw, kept in the build's error beside the release restored. */
  async revert(
    record: BuildRecord,
    code: string,
    message: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    const ws = this.workspaces.of(record.build_id);
    const target = this.targets.for(record);
    // The release to go back to may have been built on another replica: its directory must be here first.
    await this.workspaces.ensurePreviousRelease(target, record.service_name);
    const restored = await target.revert(record.service_name, record.build_id);
    const archived = await ws.archiveRelease();
    // `deployed` in git names what serves again (or nothing).
    const git = await this.git.follow(record.service_name, restored, record.status);
    await this.moves.move(
      record,
      'rolled_back',
      `${message}; ${restored ? `restored ${restored}` : 'stopped'}`,
      {
        health: record.health,
        artifacts: { ...record.artifacts, archived },
        error: { code, message, phase: record.status, details: { ...details, restored_release: restored } },
      },
      [
        ...(git ? [git.event] : []),
        { phase: record.status, type: 'failed', message, data: { code, restored_release: restored } },
      ],
    );
  }
}
