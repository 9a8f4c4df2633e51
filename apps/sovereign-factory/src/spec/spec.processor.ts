import { Injectable } from '@nestjs/common';
import { AppError, isTransientError, parseSpecJobData, SPEC_JOBS } from '@sf/contracts';
import { UnrecoverableError, type Job } from 'bullmq';
import { SpecPipelineService } from './spec-pipeline.service';

/**
 * Thin processor for the `spec` queue: validates the job data, calls the use case, and decides
 * whether a failure is worth a retry. Permanent failures (and the last attempt) mark the intent failed.
 */
@Injectable()
export class SpecProcessor {
  constructor(private readonly pipeline: SpecPipelineService) {}

  async process(job: Job): Promise<void> {
    const data = parseSpecJobData(job.data);
    try {
      switch (job.name) {
        case SPEC_JOBS.build:
          return await this.pipeline.build(data.intent_id);
        case SPEC_JOBS.verify:
          return await this.pipeline.verify(data.intent_id, data.revision);
        case SPEC_JOBS.optimize:
          return await this.pipeline.optimize(data.intent_id, data.revision);
        default:
          throw new AppError('VALIDATION_FAILED', `unknown spec job ${job.name}`);
      }
    } catch (err) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (!isTransientError(err) || lastAttempt) {
        await this.pipeline.fail(data.intent_id, err);
        throw new UnrecoverableError(err instanceof Error ? err.message : String(err));
      }
      throw err;
    }
  }
}
