import { Injectable } from '@nestjs/common';
import { AppError, isTerminalBuildStatus, type NewPipelineEvent } from '@sf/contracts';
import { BuildLineService } from '../build-line/build-line.service';
import { DeployTargets } from '../deploy/deploy-targets';
import { ReleaseGit } from '../release-git/release-git.service';
import { BuildWorkspaces } from '../build-line/build-workspaces';
import type { BuildRecord } from './build.record';
import type { BuildStatusResponse } from './build.responses';
import { moveBuild } from './build-changes';
import { BuildEventsForwarder } from './build-events.forwarder';
import { BuildQueriesService } from './build-queries.service';
import { BuildQueue } from './build-queue';
import { BuildsRepository } from './builds.repository';

const DEPLOY_PHASES: readonly BuildRecord['status'][] = ['deploying', 'registering', 'health_checking'];

/** Decisions on a build: approve, reject, cancel, roll back (from the API, or relayed by the factory). */
@Injectable()
export class BuildCommandsService {
  constructor(
    private readonly repo: BuildsRepository,
    private readonly queries: BuildQueriesService,
    private readonly line: BuildLineService,
    private readonly forwarder: BuildEventsForwarder,
    private readonly queue: BuildQueue,
    private readonly targets: DeployTargets,
    private readonly git: ReleaseGit,
    private readonly workspaces: BuildWorkspaces,
  ) {}

  /** Approves the deploy of a build waiting for it and queues the rest of the run. */
  async approve(id: string, by: string, note: string | null): Promise<BuildStatusResponse> {
    await this.decide(id, 'approve', by, note, (r) =>
      r.status === 'awaiting_deploy_approval' ? 'deploying' : null,
    );
    await this.queue.resume(id);
    return this.queries.status(id);
  }

  /** Rejects the deploy of a build waiting for it. */
  async reject(id: string, by: string, note: string | null): Promise<BuildStatusResponse> {
    await this.decide(id, 'reject', by, note, (r) =>
      r.status === 'awaiting_deploy_approval' ? 'rejected' : null,
    );
    return this.queries.status(id);
  }

  /** Cancels an unfinished build; its sandboxed processes are killed. */
  async cancel(id: string, by: string, note: string | null): Promise<BuildStatusResponse> {
    // From deploying on, the new release may already serve: cancelling would leave it live under a
    // "cancelled" build, so the way back from there is a rollback once it finishes.
    await this.decide(id, 'cancel', by, note, (r) =>
      isTerminalBuildStatus(r.status) || DEPLOY_PHASES.includes(r.status) ? null : 'cancelled',
    );
    this.line.abort(id);
    return this.queries.status(id);
  }

  /**
   * Manual rollback of a deployed build's live release to the service's previous one, through the build's
   * deploy target: 409 when the build is not deployed, its release is not live or has no predecessor.
   */
  async rollback(id: string, by: string, note: string | null): Promise<BuildStatusResponse> {
    const b = await this.queries.get(id);
    if (b.status !== 'deployed') {
      throw new AppError('INVALID_STATE_TRANSITION', 'only a deployed build can be rolled back', {
        status: b.status,
      });
    }
    const target = this.targets.for(b);
    // The previous release may have been built on another replica: its directory must be here first.
    await this.workspaces.ensurePreviousRelease(target, b.service_name);
    const result = await target.rollback(b.service_name, b.build_id);
    // `deployed` in git follows to the restored release; a git failure is reported, the rollback stands.
    const git = await this.git.follow(b.service_name, result.restored_release, 'rollback');
    await this.decide(id, 'rollback', by, note, (r) => (r.status === 'deployed' ? 'rolled_back' : null), {
      restored_release: result.restored_release,
      ...(git ? { git: git.link, git_message: git.event.message } : {}),
    });
    return this.queries.status(id);
  }

  private async decide(
    id: string,
    action: string,
    by: string,
    note: string | null,
    target: (r: BuildRecord) => BuildRecord['status'] | null,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    await this.queries.get(id);
    await this.repo.update(id, (r) => {
      const to = target(r);
      if (!to) {
        throw new AppError('INVALID_STATE_TRANSITION', `cannot ${action} a build that is ${r.status}`, {
          status: r.status,
          action,
        });
      }
      const approval = { action, by, note, at: new Date().toISOString() };
      const event: NewPipelineEvent = {
        phase: r.status,
        type: 'log',
        message: `${action} by ${by}`,
        data: { ...approval, ...data },
      };
      return moveBuild(
        r,
        to,
        `${action}${action.endsWith('e') ? 'd' : 'ed'} by ${by}`,
        { approvals: [...r.approvals, approval] },
        [event],
      );
    });
    await this.forwarder.flush(id);
  }
}
