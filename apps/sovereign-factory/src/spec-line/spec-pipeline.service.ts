import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AppError,
  isTerminalIntentStatus,
  jobIds,
  type IntentStatus,
  jobPriority,
  SPEC_JOBS,
  type NewPipelineEvent,
} from '@sf/contracts';
import {
  budgetPauseEvent,
  budgetShortfall,
  llmCallEvents,
  LlmError,
  SPEC_DRAFT_OUTPUT_SCHEMA,
  type LlmCallContext,
  type LlmClient,
  type LlmResult,
  type LlmRole,
  type SpecDraftOutput,
} from '@sf/llm';
import { ServiceMetrics } from '@sf/platform';
import {
  passesGate,
  specSha256,
  unrealisedFeatures,
  verifySpec,
  type SpecVerification,
} from '@sf/service-spec';
import { FactoryConfig } from '../config/factory.config';
import { BuildHandoffService } from '../handoff/build-handoff.service';
import type { IntentRecord } from '../intents/intent.record';
import { addCost, transition } from '../intents/intent-changes';
import { IntentsRepository, type SpecCheckpoint } from '../intents/intents.repository';
import { LLM_CLIENT } from '../llm/llm.tokens';
import { FactoryQueues } from '../queues/queues';
import type { TransactionalJob } from '../queues/transactional-add';

/** Spec jobs retry on the configured schedule (see SpecProcessor / the worker's backoff strategy). */
const SCHEDULED_BACKOFF = { type: 'schedule' } as const;

/**
 * The SPEC line's use cases: draft → verify → optimize → gate → hand-off. Each step reads the intent,
 * does its work only if the intent is still at that step (so a redelivered job is a no-op), saves its
 * output as a checkpoint before moving the intent on, and then enqueues whatever the new state needs.
 */
@Injectable()
export class SpecPipelineService {
  private readonly logger = new Logger('spec-line');

  constructor(
    private readonly repo: IntentsRepository,
    private readonly queues: FactoryQueues,
    private readonly handoff: BuildHandoffService,
    private readonly config: FactoryConfig,
    @Inject(LLM_CLIENT) private readonly llm: LlmClient,
    private readonly metrics: ServiceMetrics,
  ) {}

  /** spec-build: write the first draft (revision 0). */
  async build(intentId: string): Promise<void> {
    const found = await this.repo.get(intentId);
    if (!found) {
      // The first job is added in the submit's transaction even when the intent is not created (a replay, a
      // name in use) and withdrawn right after; one a worker took first names no intent: nothing to do.
      this.logger.debug(`spec-build for ${intentId}: no such intent (a refused submit); skipped`);
      return;
    }
    let record = found;
    if (record.status === 'queued') {
      record = await this.change(intentId, (r) =>
        r.status === 'queued' ? transition(r, 'spec_building', 'SPEC build started') : null,
      );
    }
    record = await this.resumeIfBudget(record, 'spec_building');
    if (record.status !== 'spec_building') return this.advance(record);

    const { checkpoint, events } = await this.checkpointed(
      record,
      0,
      'spec_building',
      'spec_builder',
      () => ({
        intent: record.input,
      }),
    );
    record = await this.change(intentId, (r) =>
      r.status === 'spec_building'
        ? transition(
            r,
            'spec_verifying',
            'SPEC draft written',
            { spec: { ...r.spec, revision: 0 }, cost: costAfter(r, 'spec_building', checkpoint) },
            events,
          )
        : null,
    );
    await this.advance(record);
  }

  /** spec-verify: score a revision with the rule-based verifier and apply the quality gate. */
  async verify(intentId: string, revision: number): Promise<void> {
    let record = await this.require(intentId);
    if (record.status !== 'spec_verifying' || record.spec.revision !== revision) return this.advance(record);

    const checkpoint = await this.repo.loadSpec(intentId, revision);
    if (!checkpoint)
      throw new AppError('SPEC_NOT_FOUND', `SPEC revision ${revision} of ${intentId} is missing`);
    const verification = verifySpec(checkpoint.markdown, record.input);
    this.metrics.observe('spec_score', {}, verification.score);
    const sha256 = specSha256(checkpoint.markdown);
    const threshold = this.config.SPEC_SCORE_THRESHOLD;
    const scored: NewPipelineEvent = {
      phase: 'spec_verifying',
      type: 'phase_completed',
      message: `SPEC revision ${revision} scored ${verification.score} (threshold ${threshold})`,
      data: { revision, score: verification.score, threshold, sha256, findings: verification.findings },
    };

    record = await this.change(intentId, (r) => {
      if (r.status !== 'spec_verifying' || r.spec.revision !== revision) return null;
      const spec = {
        ...r.spec,
        score: verification.score,
        sha256,
        threshold,
        verification,
        history: [...r.spec.history, { revision, score: verification.score, sha256 }],
      };
      if (passesGate(verification, threshold)) {
        if (r.input.approval_mode === 'checkpoints') {
          return transition(
            r,
            'awaiting_spec_approval',
            'SPEC passed the gate; waiting for approval',
            { spec },
            [
              scored,
              {
                phase: 'awaiting_spec_approval',
                type: 'approval_required',
                message: 'approve or reject the SPEC: POST /intents/:id/approve | /reject',
                data: { stage: 'spec', score: verification.score },
              },
            ],
          );
        }
        return transition(r, 'spec_ready', 'SPEC passed the quality gate', { spec }, [scored]);
      }
      if (r.spec.optimizations < this.config.MAX_SPEC_OPTIMIZATIONS) {
        const round = r.spec.optimizations + 1;
        return transition(
          r,
          'spec_optimizing',
          `${gateShortfall(verification, threshold)}; optimization ${round}`,
          { spec: { ...spec, optimizations: round } },
          [scored],
        );
      }
      return transition(
        r,
        'needs_human_review',
        `${gateShortfall(verification, threshold)} after ${r.spec.optimizations} optimizations`,
        { spec, error: gateRefusal(verification, threshold, spec.history) },
        [scored],
      );
    });
    await this.advance(record);
  }

  /** spec-optimize: improve the current revision using the verifier's findings. */
  async optimize(intentId: string, round: number): Promise<void> {
    let record = await this.resumeIfBudget(await this.require(intentId), 'spec_optimizing');
    if (record.status !== 'spec_optimizing' || record.spec.optimizations !== round)
      return this.advance(record);

    const previous = await this.repo.loadSpec(intentId, record.spec.revision);
    if (!previous) throw new AppError('SPEC_NOT_FOUND', `SPEC revision ${record.spec.revision} is missing`);
    const verification = record.spec.verification;
    const { checkpoint, events } = await this.checkpointed(
      record,
      round,
      'spec_optimizing',
      'spec_optimizer',
      () => ({
        intent: record.input,
        spec_markdown: previous.markdown,
        verification,
      }),
    );
    record = await this.change(intentId, (r) =>
      r.status === 'spec_optimizing' && r.spec.optimizations === round
        ? transition(
            r,
            'spec_verifying',
            `SPEC optimization ${round} written`,
            { spec: { ...r.spec, revision: round }, cost: costAfter(r, 'spec_optimizing', checkpoint) },
            events,
          )
        : null,
    );
    await this.advance(record);
  }

  /**
   * Parks the intent as `paused_budget` because the budget cannot cover its next model call; its job waits
   * (delayed, see SpecProcessor) and resumes the same step once {@link resumeIfBudget} finds budget again.
   */
  async pauseForBudget(intentId: string, err: LlmError): Promise<void> {
    await this.repo.update(intentId, (r) =>
      r.status === 'spec_building' || r.status === 'spec_optimizing'
        ? transition(
            r,
            'paused_budget',
            `paused: ${err.message}`,
            { paused_need_usd: budgetShortfall(err) },
            [budgetPauseEvent(r.status, err)],
          )
        : null,
    );
  }

  /** Moves a paused intent back to `step` when the budget has room again; otherwise leaves it paused. */
  private async resumeIfBudget(record: IntentRecord, step: IntentStatus): Promise<IntentRecord> {
    if (record.status !== 'paused_budget' || record.previous_status !== step) return record;
    if (!(await this.llm.budgetAvailable(llmContext(record), record.paused_need_usd ?? 0))) {
      throw new LlmError('LLM_BUDGET_EXCEEDED', `budget still exhausted for ${record.intent_id}`);
    }
    return this.change(record.intent_id, (r) =>
      r.status === 'paused_budget' && r.previous_status === step
        ? transition(r, step, 'budget available again; resuming', { paused_need_usd: null })
        : null,
    );
  }

  /** Marks the intent failed with the error's code (used when a job gives up). */
  async fail(intentId: string, err: unknown): Promise<void> {
    const code = err instanceof AppError ? err.code : ((err as { code?: string }).code ?? 'SPEC_JOB_FAILED');
    const message = err instanceof Error ? err.message : String(err);
    await this.repo.update(intentId, (r) =>
      isTerminalIntentStatus(r.status)
        ? null
        : transition(
            r,
            'failed',
            `SPEC line failed: ${message}`,
            { error: { code: String(code), message } },
            [{ phase: r.status, type: 'failed', message, data: { code } }],
          ),
    );
  }

  /**
   * Enqueues the job the intent's current state calls for. Job ids are deterministic, so calling this
   * again (after a crash, from the reconciler) never duplicates work.
   */
  async advance(record: IntentRecord): Promise<void> {
    const id = record.intent_id;
    const add = async (name: string, jobId: string, revision: number, stage: 'start' | 'continue') => {
      const job = this.specJob(record, name, jobId, revision, stage);
      await this.queues.spec.add(job.name, job.data, job.opts);
    };
    switch (record.status) {
      case 'queued':
      case 'spec_building':
        await add(
          SPEC_JOBS.build,
          jobIds.specBuild(id),
          0,
          record.status === 'queued' ? 'start' : 'continue',
        );
        return;
      case 'spec_verifying':
        await add(
          SPEC_JOBS.verify,
          jobIds.specVerify(id, record.spec.revision),
          record.spec.revision,
          'continue',
        );
        return;
      case 'spec_optimizing':
        await add(
          SPEC_JOBS.optimize,
          jobIds.specOptimize(id, record.spec.optimizations),
          record.spec.optimizations,
          'continue',
        );
        return;
      case 'paused_budget':
        // The parked job normally still waits (delayed); re-adding it under its id is a no-op then, and
        // brings it back if it was lost.
        if (record.previous_status === 'spec_building') {
          await add(SPEC_JOBS.build, jobIds.specBuild(id), 0, 'continue');
        } else if (record.previous_status === 'spec_optimizing') {
          await add(
            SPEC_JOBS.optimize,
            jobIds.specOptimize(id, record.spec.optimizations),
            record.spec.optimizations,
            'continue',
          );
        }
        return;
      case 'spec_ready': {
        // Without auto_build a SPEC waits here for an approval; once approved it is handed off (again, after a crash).
        const last = record.approvals.at(-1);
        const approved = last?.action === 'approve' && last.stage === 'spec_ready';
        if (record.input.auto_build || approved) await this.handoff.handOff(record);
        return;
      }
      default:
        return;
    }
  }

  /**
   * The job a new (`queued`) intent starts with, for the submit to add in the same transaction as the intent
   * (what {@link advance} would add for it).
   */
  firstJob(record: IntentRecord): TransactionalJob {
    return this.specJob(record, SPEC_JOBS.build, jobIds.specBuild(record.intent_id), 0, 'start');
  }

  private specJob(
    record: IntentRecord,
    name: string,
    jobId: string,
    revision: number,
    stage: 'start' | 'continue',
  ): TransactionalJob {
    return {
      queue: this.queues.spec,
      name,
      data: { intent_id: record.intent_id, priority: record.priority, revision },
      opts: {
        jobId,
        priority: jobPriority(record.priority, stage),
        attempts: this.config.SPEC_RETRY_BACKOFF_MS.length + 1,
        backoff: SCHEDULED_BACKOFF,
      },
    };
  }

  private async require(intentId: string): Promise<IntentRecord> {
    const record = await this.repo.get(intentId);
    if (!record) throw new AppError('INTENT_NOT_FOUND', `intent ${intentId} does not exist`);
    return record;
  }

  private async change(
    intentId: string,
    fn: Parameters<IntentsRepository['update']>[1],
  ): Promise<IntentRecord> {
    const updated = await this.repo.update(intentId, fn);
    if (!updated) throw new AppError('INTENT_NOT_FOUND', `intent ${intentId} does not exist`);
    return updated;
  }

  /** Loads the revision's checkpoint, or calls the model once and saves the result before anything uses it. */
  private async checkpointed(
    record: IntentRecord,
    revision: number,
    phase: string,
    role: LlmRole,
    input: () => unknown,
  ): Promise<{ checkpoint: SpecCheckpoint; events: NewPipelineEvent[] }> {
    const saved = await this.repo.loadSpec(record.intent_id, revision);
    if (saved) return { checkpoint: saved, events: [] };
    const result: LlmResult<SpecDraftOutput> = await this.llm.complete({
      role,
      input: input(),
      schema: SPEC_DRAFT_OUTPUT_SCHEMA,
      context: llmContext(record),
    });
    const { usage } = result;
    const checkpoint: SpecCheckpoint = {
      markdown: result.output.spec_markdown,
      usage: {
        provider: usage.provider,
        model: usage.model,
        usd: usage.cost_usd,
        tokens: usage.input_tokens + usage.output_tokens,
        offline: usage.offline,
      },
    };
    await this.repo.saveSpec(record.intent_id, revision, checkpoint);
    this.logger.log(
      `${role} for ${record.intent_id} via ${usage.provider}/${usage.model} in ${usage.latency_ms} ms`,
    );
    return { checkpoint, events: llmCallEvents(phase, role, result) };
  }
}

/** Attribution and criticality of an intent's model calls. */
function llmContext(record: IntentRecord): LlmCallContext {
  return { intent_id: record.intent_id, critical: record.priority === 'critical' };
}

function costAfter(record: IntentRecord, phase: string, checkpoint: SpecCheckpoint): IntentRecord['cost'] {
  const usage = checkpoint.usage;
  return usage ? addCost(record, phase, usage.usd, usage.tokens) : record.cost;
}

/** Why a SPEC is not through the gate, in a few words. */
function gateShortfall(verification: SpecVerification, threshold: number): string {
  const n = unrealisedFeatures(verification).length;
  return n > 0 ? `${n} key feature(s) not realised as written` : `SPEC below ${threshold}`;
}

/**
 * The error of an intent the SPEC line gives up on. Unrealised features come first and are named, with what
 * the user can do: a refusal is an honest answer, a green build that does something else is not.
 */
function gateRefusal(
  verification: SpecVerification,
  threshold: number,
  history: { score: number }[],
): IntentRecord['error'] {
  const missing = unrealisedFeatures(verification);
  if (missing.length > 0) {
    return {
      code: 'FEATURES_UNREALISED',
      message:
        `the SPEC does not realise ${missing.map((f) => `"${f.feature}" (${f.problems.join('; ')})`).join(', ')}. ` +
        'Configure an LLM provider (ANTHROPIC_API_KEY or OPENAI_API_KEY), or restate the feature with its ' +
        'METHOD /path and the request and response shapes the rule-based generator can realise.',
      details: { unrealised: missing, findings: verification.findings },
    };
  }
  return {
    code: 'SPEC_BELOW_THRESHOLD',
    message: `best score ${Math.max(...history.map((h) => h.score))} < ${threshold}`,
    details: { findings: verification.findings },
  };
}
