import { Injectable } from '@nestjs/common';
import {
  AppError,
  BUILD_JOB_OPTIONS,
  BUILD_JOBS,
  buildIdForIntent,
  jobIds,
  jobPriority,
  type BuildControlJobData,
  type BuildJobData,
  type TraceCarrier,
} from '@sf/contracts';
import type { IntentRecord } from '../intents/intent.record';
import { transition } from '../intents/intent-changes';
import { IntentsRepository } from '../intents/intents.repository';
import { FactoryQueues } from '../queues/queues';

/** Puts a validated SPEC on the `build` queue and tells whether any executor is there to take it. */
@Injectable()
export class BuildHandoffService {
  constructor(
    private readonly repo: IntentsRepository,
    private readonly queues: FactoryQueues,
  ) {}

  /**
   * Enqueues the build (deterministic job id, so a repeat is a no-op) and then marks the intent
   * `build_queued`. Safe to call again after a crash between the two steps.
   */
  async handOff(record: IntentRecord, trace?: TraceCarrier): Promise<IntentRecord> {
    const id = record.intent_id;
    const checkpoint = await this.repo.loadSpec(id, record.spec.revision);
    if (!checkpoint || record.spec.sha256 === null || record.spec.score === null) {
      throw new AppError('SPEC_NOT_FOUND', `intent ${id} has no verified SPEC to hand off`);
    }
    const data: BuildJobData = {
      intent_id: id,
      service_name: record.input.service_name,
      priority: record.priority,
      approval_mode: record.input.approval_mode,
      deploy_local: true,
      deploy_production: false,
      spec: {
        markdown: checkpoint.markdown,
        sha256: record.spec.sha256,
        score: record.spec.score,
        revision: record.spec.revision,
      },
      ...(trace ? { trace } : {}),
    };
    const jobId = jobIds.build(id);
    await this.queues.build.add(BUILD_JOBS.build, data, {
      ...BUILD_JOB_OPTIONS,
      jobId,
      priority: jobPriority(record.priority, 'start'),
    });
    const executorAvailable = await this.executorAvailable();
    const updated = await this.repo.update(id, (current) =>
      current.status === 'spec_ready'
        ? transition(
            current,
            'build_queued',
            executorAvailable
              ? 'SPEC handed to the build line'
              : 'SPEC queued; no build executor is connected yet',
            {
              build: {
                job_id: jobId,
                queued_at: new Date().toISOString(),
                build_id: buildIdForIntent(id),
                phase: 'queued',
                last_event_id: null,
                service_url: null,
                registry: null,
                cost: null,
                tests: null,
              },
            },
          )
        : null,
    );
    return updated ?? record;
  }

  /** True when at least one worker is connected to the `build` queue. */
  async executorAvailable(): Promise<boolean> {
    return (await this.queues.build.getWorkersCount()) > 0;
  }

  /** Removes a build job that no executor has started yet (used by cancel). Returns true when removed. */
  async withdraw(intentId: string): Promise<boolean> {
    const job = await this.queues.build.getJob(jobIds.build(intentId));
    if (!job) return false;
    const state = await job.getState();
    if (state !== 'waiting' && state !== 'prioritized' && state !== 'delayed') return false;
    await job.remove();
    return true;
  }

  /** Relays a decision on an intent's build to the executor (durably, on the build queue). */
  async control(
    record: IntentRecord,
    action: BuildControlJobData['action'],
    by: string,
    note: string | null,
  ): Promise<void> {
    const buildId = record.build?.build_id ?? buildIdForIntent(record.intent_id);
    const data: BuildControlJobData = { build_id: buildId, action, by, note };
    await this.queues.build.add(BUILD_JOBS.control, data, {
      jobId: jobIds.buildControl(buildId, action, Date.now()),
      priority: 1,
    });
  }
}
