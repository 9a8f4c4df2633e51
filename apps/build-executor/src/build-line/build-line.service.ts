import { Injectable, Logger } from '@nestjs/common';
import { AppError, isTerminalBuildStatus, type BuildStatus } from '@sf/contracts';
import { budgetPauseEvent, budgetShortfall, LlmError } from '@sf/llm';
import { ServiceMetrics, withLogContext, withSpan } from '@sf/platform';
import type { BuildRecord } from '../builds/build.record';
import { moveBuild } from '../builds/build-changes';
import { BuildEventsForwarder } from '../builds/build-events.forwarder';
import { BuildsRepository } from '../builds/builds.repository';
import { BuildMoves } from './build-moves';
import { CheckpointStore } from './checkpoint-store';
import { ModelCalls } from './model-calls';
import type { BuildPhase } from './phases/build-phase';
import { CheckHealthPhase } from './phases/check-health.phase';
import { DeployPhase } from './phases/deploy.phase';
import { FixPhase } from './phases/fix.phase';
import { GeneratePhase } from './phases/generate.phase';
import { RegisterPhase } from './phases/register.phase';
import { TestPhase } from './phases/test.phase';
import { VerifyUdcPhase } from './phases/verify-udc.phase';
import { sleep } from './wait';

/** Pause between checks while shutdown waits for running builds to let go. */
const POLL_MS = 100;

/**
 * Runs a build through its phases (PRODUCT §6). Each step reads the build, does its work only when the
 * build is still at that step, saves a checkpoint in the build's directory, and then moves the build on
 * with compare-and-set; a restarted build resumes at the last completed step, and a step whose LLM output
 * is checkpointed never calls the model again.
 */
@Injectable()
export class BuildLineService {
  private readonly logger = new Logger('build-line');
  private readonly inFlight = new Map<string, AbortController>();
  /** The step of each status a build works in; every other status is parked or final. */
  private readonly steps: Partial<Record<BuildStatus, BuildPhase>>;

  constructor(
    private readonly repo: BuildsRepository,
    private readonly forwarder: BuildEventsForwarder,
    private readonly metrics: ServiceMetrics,
    private readonly moves: BuildMoves,
    private readonly models: ModelCalls,
    private readonly checkpoints: CheckpointStore,
    generate: GeneratePhase,
    test: TestPhase,
    fix: FixPhase,
    verifyUdc: VerifyUdcPhase,
    deploy: DeployPhase,
    register: RegisterPhase,
    checkHealth: CheckHealthPhase,
  ) {
    const start: BuildPhase = { run: (r) => this.moves.move(r, 'codegen', 'code generation started') };
    this.steps = {
      queued: start,
      codegen: generate,
      testgen: generate,
      testing: test,
      fixing: fix,
      udc_verifying: verifyUdc,
      deploying: deploy,
      registering: register,
      health_checking: checkHealth,
    };
  }

  /**
   * Runs the build from where it is until it finishes or parks (approval, budget). Resolves true when it is parked
   * as `paused_budget`, i.e. its job should wait and try again later.
   */
  async run(buildId: string): Promise<boolean> {
    // A redelivered job and a start-up resume may meet in one process: one run of a build at a time.
    if (this.inFlight.has(buildId)) return false;
    let parkedForBudget = false;
    const controller = new AbortController();
    this.inFlight.set(buildId, controller);
    try {
      for (;;) {
        const record = await this.repo.get(buildId);
        if (!record) throw new AppError('BUILD_NOT_FOUND', `build ${buildId} does not exist`);
        if (isTerminalBuildStatus(record.status) || record.status === 'awaiting_deploy_approval') break;
        if (controller.signal.aborted) break;
        if (record.status === 'paused_budget') {
          // Stays parked (the worker re-checks later) until the budget can cover a call again.
          if (!(await this.models.budgetAvailable(record, record.paused_need_usd ?? 0))) {
            parkedForBudget = true;
            break;
          }
          await this.moves.move(record, record.paused_from ?? 'codegen', 'budget available again; resuming', {
            paused_from: null,
            paused_need_usd: null,
          });
          continue;
        }
        const ids = { build_id: buildId, intent_id: record.intent_id ?? undefined };
        // Which replica runs which step, for whoever follows a build across executors.
        this.logger.log(`build ${buildId} runs ${record.status} here (pid ${process.pid})`);
        // A live build keeps its checkpoints in Redis however long it takes.
        await this.checkpoints.refresh(buildId);
        try {
          await withLogContext(ids, () =>
            this.metrics.timePhase(record.status, () =>
              // One span per phase step: build.codegen, build.testing, build.fixing, build.deploying, …
              withSpan(`build.${record.status}`, { 'build.id': buildId, 'intent.id': record.intent_id }, () =>
                this.step(record).run(record, controller.signal),
              ),
            ),
          );
        } catch (err) {
          if (!(err instanceof LlmError && err.code === 'LLM_BUDGET_EXCEEDED')) throw err;
          await this.moves.move(
            record,
            'paused_budget',
            `paused: ${err.message}`,
            { paused_from: record.status, paused_need_usd: budgetShortfall(err) },
            [budgetPauseEvent(record.status, err)],
          );
          // Parked: the worker re-checks after BUDGET_RECHECK_MS, not in a tight loop here.
          parkedForBudget = true;
          break;
        }
        await this.forwarder.flush(buildId);
      }
    } catch (err) {
      if (!controller.signal.aborted) throw err;
    } finally {
      this.inFlight.delete(buildId);
      await this.forwarder.flush(buildId);
      await this.retainIfFinished(buildId);
    }
    return parkedForBudget;
  }

  /** Stops the work of a running build at once (its sandboxed processes are killed). */
  abort(buildId: string): void {
    this.inFlight.get(buildId)?.abort();
  }

  /**
   * Shutdown: stops every running build where it stands (sandboxed processes killed, no state change) and
   * waits up to `waitMs` for them to let go. Each resumes from its last checkpoint on the next start.
   */
  async abortAll(waitMs: number): Promise<void> {
    for (const controller of this.inFlight.values()) controller.abort();
    const deadline = Date.now() + waitMs;
    while (this.inFlight.size > 0 && Date.now() < deadline) await sleep(POLL_MS);
  }

  /** Marks a build failed with the error that stopped it. */
  async fail(buildId: string, err: unknown): Promise<void> {
    const code = err instanceof AppError ? err.code : ((err as { code?: string }).code ?? 'BUILD_FAILED');
    const message = err instanceof Error ? err.message : String(err);
    await this.moves.change(buildId, (r) =>
      isTerminalBuildStatus(r.status)
        ? null
        : moveBuild(
            r,
            'failed',
            `build failed in ${r.status}: ${message}`,
            {
              error: { code: String(code), message, phase: r.status },
            },
            [{ phase: r.status, type: 'failed', message, data: { code } }],
          ),
    );
    await this.forwarder.flush(buildId);
    await this.retainIfFinished(buildId);
  }

  /** A finished build's checkpoints (its release among them, for rollbacks) are kept for the retention period. */
  private async retainIfFinished(buildId: string): Promise<void> {
    try {
      const record = await this.repo.get(buildId);
      if (record && isTerminalBuildStatus(record.status)) await this.checkpoints.retain(buildId);
    } catch (err) {
      // Not worth failing the build over: the live TTL still holds them, and the next run retains them.
      this.logger.warn(`could not set the retention of ${buildId}'s checkpoints: ${(err as Error).message}`);
    }
  }

  private step(record: BuildRecord): BuildPhase {
    const phase = this.steps[record.status];
    if (!phase) throw new AppError('INVALID_STATE_TRANSITION', `no step for a build in ${record.status}`);
    return phase;
  }
}
