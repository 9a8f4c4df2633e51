import { Injectable } from '@nestjs/common';
import { isTerminalBuildStatus } from '@sf/contracts';
import { BuildEventsForwarder } from './build-events.forwarder';
import { BuildQueue } from './build-queue';
import { BuildsRepository } from './builds.repository';

/** Start-up repair of the build line. */
@Injectable()
export class BuildReconciler {
  constructor(
    private readonly repo: BuildsRepository,
    private readonly forwarder: BuildEventsForwarder,
    private readonly queue: BuildQueue,
  ) {}

  /**
   * Forwards what builds logged but did not forward yet, and queues a run of every build that is mid-line
   * (a crash between a decision and its job, or a job that gave up during a restart). Resolves with how
   * many builds were queued.
   */
  async reconcile(): Promise<number> {
    const builds = await this.repo.getMany(await this.repo.allIds());
    let resumed = 0;
    for (const build of builds) {
      await this.forwarder.flush(build.build_id);
      if (build.status === 'paused_budget') {
        // Its parked job normally still waits in Redis; the fixed-id one covers a lost job, once.
        await this.queue.resumeParked(build.build_id);
        resumed++;
      } else if (!isTerminalBuildStatus(build.status) && build.status !== 'awaiting_deploy_approval') {
        await this.queue.resume(build.build_id);
        resumed++;
      }
    }
    return resumed;
  }
}
