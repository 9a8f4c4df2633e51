import { Injectable } from '@nestjs/common';
import { AppError, isTransientError, parseSpecJobData, SPEC_JOBS, type SpecJobData } from '@sf/contracts';
import { LlmError } from '@sf/llm';
import { parkJob, withSpan } from '@sf/platform';
import { UnrecoverableError, type Job } from 'bullmq';
import { FactoryConfig } from '../config/factory.config';
import { SpecPipelineService } from './spec-pipeline.service';

/**
 * Thin processor for the `spec` queue: validates the job data, calls the use case, and decides
 * whether a failure is worth a retry. Permanent failures (and the last attempt) mark the intent failed.
 * A call the budget cannot cover parks the intent (`paused_budget`) and the job waits, delayed, to try again.
 */
@Injectable()
export class SpecProcessor {
  constructor(
    private readonly pipeline: SpecPipelineService,
    private readonly config: FactoryConfig,
  ) {}

  /**
   * BullMQ gave the job up without running it: its workers stopped (died or were blocked past the lock) while
   * running it more often than allowed. Marks the intent failed (`JOB_STALLED`) instead of leaving it unfinished.
   */
  async stalledOut(job: Job, err: Error): Promise<void> {
    const data = parseSpecJobData(job.data);
    const cause = Object.assign(
      new Error(
        `its ${job.name} job was given up after its workers stopped while running it (${err.message})`,
      ),
      { code: 'JOB_STALLED' },
    );
    await this.pipeline.fail(data.intent_id, cause);
  }

  async process(job: Job, token?: string): Promise<void> {
    const data = parseSpecJobData(job.data);
    try {
      switch (job.name) {
        case SPEC_JOBS.build:
          return await traced('spec.build', data, () => this.pipeline.build(data.intent_id));
        case SPEC_JOBS.verify:
          return await traced('spec.verify', data, () => this.pipeline.verify(data.intent_id, data.revision));
        case SPEC_JOBS.optimize:
          return await traced('spec.optimize', data, () =>
            this.pipeline.optimize(data.intent_id, data.revision),
          );
        default:
          throw new AppError('VALIDATION_FAILED', `unknown spec job ${job.name}`);
      }
    } catch (err) {
      if (err instanceof LlmError && err.code === 'LLM_BUDGET_EXCEEDED') {
        await this.pipeline.pauseForBudget(data.intent_id, err);
        return parkJob(job, token, this.config.BUDGET_RECHECK_MS);
      }
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (!isTransientError(err) || lastAttempt) {
        await this.pipeline.fail(data.intent_id, err);
        throw new UnrecoverableError(err instanceof Error ? err.message : String(err));
      }
      throw err;
    }
  }
}

/** One span per SPEC step (`spec.build`, `spec.verify`, `spec.optimize`), inside the job's consumer span. */
function traced(name: string, data: SpecJobData, step: () => Promise<void>): Promise<void> {
  return withSpan(name, { 'intent.id': data.intent_id, 'spec.revision': data.revision }, step);
}
