import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import {
  AppError,
  BUILD_JOBS,
  isTransientError,
  parseBuildControlJobData,
  parseBuildJobData,
  parseBuildRunJobData,
  QUEUES,
} from '@sf/contracts';
import { parkJob, startQueueWorker, type QueueWorker } from '@sf/platform';
import { UnrecoverableError, type Job } from 'bullmq';
import { ExecutorConfig } from '../config/executor.config';
import { REDIS_URL } from '../executor.tokens';
import { BuildLineService } from '../build-line/build-line.service';
import { BuildCommandsService } from './build-commands.service';
import { ExecutorKeys } from '../redis/keys';
import { BuildEventsForwarder } from './build-events.forwarder';
import { BuildIntakeService } from './build-intake.service';
import { BuildReconciler } from './build-reconciler';

/** How long shutdown waits for stopped builds to let go (the whole shutdown has 10 s). */
const SHUTDOWN_ABORT_WAIT_MS = 3_000;

/**
 * The worker of the `build` queue: the factory's hand-offs, runs of API-submitted builds, and decisions
 * relayed from the factory. Thin: validates job data, calls the use case, marks the build failed when a
 * job gives up. Built by hand for the same reason as the factory's SPEC worker (config-driven options).
 */
@Injectable()
export class BuildWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('build-worker');
  private worker: QueueWorker | null = null;

  constructor(
    private readonly intake: BuildIntakeService,
    private readonly commands: BuildCommandsService,
    private readonly reconciler: BuildReconciler,
    private readonly pipeline: BuildLineService,
    private readonly forwarder: BuildEventsForwarder,
    private readonly config: ExecutorConfig,
    private readonly keys: ExecutorKeys,
    @Inject(REDIS_URL) private readonly redisUrl: string,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.BUILD_WORKER) return;
    this.worker = startQueueWorker(QUEUES.build, (job, token) => this.process(job, token), {
      redisUrl: this.redisUrl,
      connectionName: 'executor-build-worker',
      prefix: this.keys.bullPrefix,
      concurrency: this.config.BUILD_WORKER_CONCURRENCY,
      lockDuration: this.config.BUILD_JOB_LOCK_MS,
      stalledInterval: this.config.BUILD_JOB_LOCK_MS,
      maxStalledCount: 5,
      onStalledOut: (job, err) => this.stalledOut(job, err),
      onError: (err) => this.logger.error(`worker error: ${err.message}`),
    });
    void this.reconciler.reconcile().then(
      (resumed) => resumed > 0 && this.logger.log(`resumed ${resumed} unfinished build(s)`),
      (err: Error) => this.logger.error(`reconcile failed: ${err.message}`),
    );
  }

  /**
   * BullMQ gave a build job up without running it (its workers stopped while running it more than five times):
   * the build is marked failed (`JOB_STALLED`) rather than left unfinished. Control jobs only lose their decision.
   */
  async stalledOut(job: Job, err: Error): Promise<void> {
    if (job.name === BUILD_JOBS.control) return;
    const buildId =
      job.name === BUILD_JOBS.build
        ? await this.intake.fromHandoff(parseBuildJobData(job.data))
        : parseBuildRunJobData(job.data).build_id;
    const cause = Object.assign(
      new Error(`its job was given up after its workers stopped while running it (${err.message})`),
      { code: 'JOB_STALLED' },
    );
    this.logger.warn(`build ${buildId} failed: ${cause.message}`);
    await this.pipeline.fail(buildId, cause);
  }

  /** True while the worker runs (or when this process is configured without one). */
  isRunning(): boolean {
    if (!this.config.BUILD_WORKER) return true;
    return this.worker?.isRunning() ?? false;
  }

  async process(job: Job, token?: string): Promise<void> {
    if (job.name === BUILD_JOBS.control) {
      const data = parseBuildControlJobData(job.data);
      const { build_id: id, by, note } = data;
      await this.ignoreStateConflicts(id, () =>
        data.action === 'approve'
          ? this.commands.approve(id, by, note)
          : data.action === 'reject'
            ? this.commands.reject(id, by, note)
            : this.commands.cancel(id, by, note),
      );
      return;
    }
    const buildId =
      job.name === BUILD_JOBS.build
        ? await this.intake.fromHandoff(parseBuildJobData(job.data))
        : parseBuildRunJobData(job.data).build_id;
    let parkedForBudget: boolean;
    try {
      parkedForBudget = await this.pipeline.run(buildId);
    } catch (err) {
      if (!isTransientError(err) || job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        this.logger.warn(`build ${buildId} failed: ${(err as Error).message}`);
        await this.pipeline.fail(buildId, err);
        throw new UnrecoverableError((err as Error).message);
      }
      throw err;
    }
    if (parkedForBudget) return parkJob(job, token, this.config.BUDGET_RECHECK_MS);
  }

  /** A decision that arrives after the build moved on (e.g. cancel after deploy) is a no-op, not a failure. */
  private async ignoreStateConflicts(buildId: string, action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'INVALID_STATE_TRANSITION')) throw err;
      // Redelivered after a crash that came after the state change: make sure the factory heard of it.
      await this.forwarder.flush(buildId);
    }
  }

  /**
   * A build can run for minutes, longer than a shutdown may take: the worker is closed without waiting,
   * then running builds are stopped where they stand (sandboxes killed, no state change) so nothing keeps
   * working on a closing connection. The job's lock lapses and the build resumes from its last checkpoint
   * on the next start (also queued again by `reconcile`).
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close(true);
    await this.pipeline.abortAll(SHUTDOWN_ABORT_WAIT_MS);
  }
}
