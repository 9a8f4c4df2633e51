import { Injectable } from '@nestjs/common';
import type { BuildRecord } from '../../builds/build.record';
import { ExecutorConfig } from '../../config/executor.config';
import { DeployTargets } from '../../deploy/deploy-targets';
import { ReleaseGit } from '../../release-git/release-git.service';
import { BuildMoves } from '../build-moves';
import { sleep, waitFor } from '../wait';
import type { BuildPhase } from './build-phase';
import { RevertRelease } from './revert-release';

/** health_checking: the target must say the release is active within the timeout; one retry after a wait; else revert. */
@Injectable()
export class CheckHealthPhase implements BuildPhase {
  constructor(
    private readonly moves: BuildMoves,
    private readonly revert: RevertRelease,
    private readonly targets: DeployTargets,
    private readonly config: ExecutorConfig,
    private readonly git: ReleaseGit,
  ) {}

  async run(record: BuildRecord): Promise<void> {
    const deployedUrl = record.deployment?.url;
    const url = typeof deployedUrl === 'string' ? deployedUrl : '';
    const target = this.targets.for(record);
    const active = () => target.isActive(record.service_name, url);
    let attempts = 1;
    let ok = await this.within(active);
    if (!ok) {
      attempts = 2;
      await sleep(this.config.HEALTH_RETRY_WAIT_MS);
      ok = await this.within(active);
    }
    const health = { status: ok ? 'active' : 'unhealthy', checked_at: new Date().toISOString(), attempts };
    if (!ok) {
      return this.revert.revert(
        { ...record, health },
        'HEALTH_CHECK_FAILED',
        `${url}/health did not say active`,
      );
    }
    // The release is proven: into git before the move, so a repeated step (crash) finds its commit and
    // makes no second one. A git failure is reported on the build and does not undo the deploy.
    const git = await this.git.publish(record);
    await this.moves.move(
      record,
      'deployed',
      `deployed and healthy at ${url}`,
      { health, git: git?.link ?? null },
      [
        ...(git ? [git.event] : []),
        {
          phase: 'deployed',
          type: 'completed',
          message: `${record.service_name} is live at ${url}`,
          data: { url },
        },
      ],
    );
  }

  /** True once `active` resolves true within HEALTH_TIMEOUT_MS. */
  private within(active: () => Promise<boolean>): Promise<boolean> {
    return waitFor(active, this.config.HEALTH_TIMEOUT_MS).then(
      () => true,
      () => false,
    );
  }
}
