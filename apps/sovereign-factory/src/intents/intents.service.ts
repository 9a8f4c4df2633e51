import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  AppError,
  isTerminalIntentStatus,
  parseIntentInput,
  roundUsd,
  type IntentStatus,
} from '@sf/contracts';
import { FactoryConfig } from '../config/factory.config';
import { BuildHandoffService } from '../handoff/build-handoff.service';
import { SpecPipelineService } from '../spec-line/spec-pipeline.service';
import type { DecisionDto, ListIntentsQuery } from './dto/intent-queries.dto';
import type { IntentRecord } from './intent.record';
import type {
  IntentLinks,
  IntentListResponse,
  IntentStatusResponse,
  IntentSummary,
  SubmitResponse,
} from './intent.responses';
import { statusEvent, transition } from './intent-changes';
import { sla } from './sla';
import { IntentsRepository } from './intents.repository';

/** The 202 body of a submit (also what an idempotent replay returns). */
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,200}$/;
const LIST_SCAN_CHUNK = 200;

/** Use cases behind the intents API: submit, read, list, approve, reject, cancel. */
@Injectable()
export class IntentsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('intents');

  constructor(
    private readonly repo: IntentsRepository,
    private readonly pipeline: SpecPipelineService,
    private readonly handoff: BuildHandoffService,
    private readonly config: FactoryConfig,
  ) {}

  /**
   * Re-enqueues whatever each unfinished intent needs. A crash between accepting an intent (or finishing
   * a step) and enqueuing its next job leaves no job behind; deterministic job ids make this safe to repeat.
   */
  async onApplicationBootstrap(): Promise<void> {
    const ids = await this.repo.activeIds();
    for (const record of await this.repo.getMany(ids)) {
      await this.pipeline.advance(record).catch((err: Error) => {
        this.logger.warn(`reconcile ${record.intent_id}: ${err.message}`);
      });
    }
    if (ids.length > 0) this.logger.log(`reconciled ${ids.length} unfinished intent(s)`);
  }

  /** Accepts an intent: persisted with its first event and its first job, in one transaction, before the 202. */
  async submit(body: unknown, idempotencyKey: string | undefined): Promise<SubmitResponse> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 1-200 printable ASCII characters', {
        fields: [{ field: 'Idempotency-Key', problems: ['invalid header value'] }],
      });
    }
    // One JSON schema validates the body (fast, compiled) and documents it in OpenAPI.
    const input = parseIntentInput(body);
    // Only a request with an Idempotency-Key is compared with a later one.
    const bodyHash = idempotencyKey ? createHash('sha256').update(JSON.stringify(input)).digest('hex') : '';
    const id = `int_${randomUUID().replace(/-/g, '')}`;
    const now = new Date().toISOString();
    const record: IntentRecord = {
      intent_id: id,
      input,
      priority: input.priority,
      status: 'queued',
      previous_status: null,
      created_at: now,
      updated_at: now,
      started_at: null,
      finished_at: null,
      spec: {
        revision: 0,
        optimizations: 0,
        threshold: this.config.SPEC_SCORE_THRESHOLD,
        score: null,
        sha256: null,
        verification: null,
        history: [],
      },
      build: null,
      approvals: [],
      cost: { usd: 0, tokens: 0, by_phase: {} },
      error: null,
      idempotency_key: idempotencyKey ?? null,
    };
    const response: SubmitResponse = {
      intent_id: id,
      status: 'queued',
      priority: input.priority,
      queue_position: 0,
      links: links(id),
    };
    const outcome = await this.repo.create(
      record,
      [statusEvent(null, 'queued', `intent accepted (${input.priority})`)],
      idempotencyKey
        ? {
            key: idempotencyKey,
            value: { body_sha256: bodyHash, status: 202, response },
            ttlSeconds: this.config.IDEMPOTENCY_TTL_SECONDS,
          }
        : null,
      this.pipeline.firstJob(record),
    );
    switch (outcome.kind) {
      case 'created':
        // Its first job was added in the same transaction.
        return { ...response, queue_position: outcome.queuePosition };
      case 'idempotent': {
        if (outcome.stored.body_sha256 !== bodyHash) {
          throw new AppError('IDEMPOTENCY_CONFLICT', 'this Idempotency-Key was used with a different body', {
            idempotency_key: idempotencyKey,
          });
        }
        const first = {
          ...(outcome.stored.response as SubmitResponse),
          queue_position: outcome.queuePosition,
        };
        // The first request may have died before enqueuing; finishing its job here is a no-op otherwise.
        const existing = await this.repo.get(first.intent_id);
        if (existing?.status === 'queued') await this.pipeline.advance(existing);
        return first;
      }
      case 'in_flight': {
        // The holder is an intent id, or `build:<id>` while a build submitted by hand to the executor runs.
        const build = outcome.intentId.startsWith('build:') ? outcome.intentId.slice('build:'.length) : null;
        throw new AppError(
          'INTENT_IN_FLIGHT',
          build
            ? `a build submitted by hand (${build}) is in progress for ${input.service_name}`
            : `an intent for ${input.service_name} is already in progress (${outcome.intentId})`,
          build
            ? { build_id: build, service_name: input.service_name }
            : { intent_id: outcome.intentId, service_name: input.service_name },
        );
      }
    }
  }

  /** The intent or 404 `INTENT_NOT_FOUND`. */
  async get(id: string): Promise<IntentRecord> {
    const record = await this.repo.get(id);
    if (!record) throw new AppError('INTENT_NOT_FOUND', `intent ${id} does not exist`, { intent_id: id });
    return record;
  }

  /** The status document of `GET /intents/:id/status`. */
  async status(id: string): Promise<IntentStatusResponse> {
    const record = await this.get(id);
    const executorAvailable = record.build ? await this.handoff.executorAvailable() : null;
    return statusView(record, executorAvailable);
  }

  /** The current SPEC markdown, or 404 `SPEC_NOT_FOUND` before the first draft exists. */
  async spec(id: string): Promise<string> {
    const record = await this.get(id);
    const checkpoint = await this.repo.loadSpec(id, record.spec.revision);
    if (!checkpoint)
      throw new AppError('SPEC_NOT_FOUND', `intent ${id} has no SPEC yet (status ${record.status})`);
    return checkpoint.markdown;
  }

  /** A page of intents, newest first, optionally filtered by status and priority. */
  async list(query: ListIntentsQuery): Promise<IntentListResponse> {
    const limit = Math.min(Math.max(Number(query.limit ?? 20), 1), 100);
    const offset = Number(query.offset ?? 0);
    const matches = (r: IntentRecord) =>
      (!query.status || r.status === query.status) && (!query.priority || r.priority === query.priority);
    const items: IntentRecord[] = [];
    let matched = 0;
    const total = await this.repo.count();
    for (let start = 0; start < total; start += LIST_SCAN_CHUNK) {
      const page = await this.repo.getMany(await this.repo.idsNewestFirst(start, LIST_SCAN_CHUNK));
      for (const record of page.filter(matches)) {
        if (matched >= offset && items.length < limit) items.push(record);
        matched++;
      }
    }
    return {
      items: items.map(summaryView),
      total: matched,
      limit,
      offset,
      next_offset: offset + items.length < matched ? offset + items.length : null,
    };
  }

  /**
   * Approves the step the intent waits at: the SPEC (checkpoints mode), a parked `spec_ready` (auto_build
   * off), or the deploy (relayed to the executor, whose events then move the intent on).
   */
  async approve(id: string, decision: DecisionDto, by: string): Promise<IntentStatusResponse> {
    const record = await this.decide(id, 'approve', decision, by, (r) => {
      if (r.status === 'awaiting_spec_approval') return 'spec_ready';
      if (r.status === 'spec_ready' && !r.input.auto_build) return 'spec_ready';
      if (r.status === 'awaiting_deploy_approval') return 'awaiting_deploy_approval';
      return null;
    });
    if (record.status === 'awaiting_deploy_approval') {
      await this.handoff.control(record, 'approve', by, decision.note ?? null);
      return this.status(id);
    }
    // The same rule the reconciler follows: auto_build, or an approval of a parked `spec_ready`.
    await this.pipeline.advance(record);
    return this.status(id);
  }

  /** Rejects a SPEC or a deploy that waits for approval. */
  async reject(id: string, decision: DecisionDto, by: string): Promise<IntentStatusResponse> {
    const record = await this.decide(id, 'reject', decision, by, (r) =>
      r.status === 'awaiting_spec_approval' || r.status === 'awaiting_deploy_approval' ? 'rejected' : null,
    );
    if (record.previous_status === 'awaiting_deploy_approval') {
      await this.handoff.control(record, 'reject', by, decision.note ?? null);
    }
    return this.status(id);
  }

  /** Cancels an unfinished intent (`by`: the authenticated caller); a build not yet taken by an executor is withdrawn from the queue. */
  async cancel(id: string, decision: DecisionDto, by: string): Promise<IntentStatusResponse> {
    // From deploying on, the new release may already serve; the executor finishes, then a rollback undoes it.
    const record = await this.decide(id, 'cancel', decision, by, (r) =>
      isTerminalIntentStatus(r.status) || ['deploying', 'registering', 'health_checking'].includes(r.status)
        ? null
        : 'cancelled',
    );
    const withdrawn = await this.handoff.withdraw(id);
    // A build the executor already took is cancelled there too (its sandboxed processes are killed).
    if (record.build && !withdrawn) {
      await this.handoff.control(record, 'cancel', by, decision.note ?? null);
    }
    return this.status(id);
  }

  private async decide(
    id: string,
    action: 'approve' | 'reject' | 'cancel',
    decision: DecisionDto,
    by: string,
    target: (r: IntentRecord) => IntentStatus | null,
  ): Promise<IntentRecord> {
    await this.get(id);
    const updated = await this.repo.update(id, (r) => {
      const to = target(r);
      if (!to) {
        throw new AppError('INVALID_STATE_TRANSITION', `cannot ${action} an intent that is ${r.status}`, {
          status: r.status,
          action,
        });
      }
      const approval = {
        action,
        stage: r.status,
        by,
        note: decision.note ?? null,
        at: new Date().toISOString(),
      };
      const event = {
        phase: r.status,
        type: 'log' as const,
        message: `${action} by ${approval.by}${approval.note ? `: ${approval.note}` : ''}`,
        data: { approval },
      };
      const patch = { approvals: [...r.approvals, approval] };
      if (to === r.status) {
        return { record: { ...r, ...patch, updated_at: approval.at }, events: [event] };
      }
      return transition(r, to, `${action}d by ${approval.by}`, patch, [event]);
    });
    if (!updated) throw new AppError('INTENT_NOT_FOUND', `intent ${id} does not exist`, { intent_id: id });
    return updated;
  }
}

function links(id: string): IntentLinks {
  return {
    status: `/intents/${id}/status`,
    spec: `/intents/${id}/spec`,
    stream: `/intents/${id}/stream`,
    approve: `/intents/${id}/approve`,
    reject: `/intents/${id}/reject`,
    cancel: `/intents/${id}/cancel`,
  };
}

function phaseOf(record: IntentRecord): string {
  if (record.status === 'spec_optimizing') return `spec_optimizing(${record.spec.optimizations})`;
  if (record.build?.phase) return record.build.phase;
  return record.status;
}

function summaryView(record: IntentRecord): IntentSummary {
  return {
    intent_id: record.intent_id,
    service_name: record.input.service_name,
    status: record.status,
    phase: phaseOf(record),
    priority: record.priority,
    spec_score: record.spec.score,
    created_at: record.created_at,
    updated_at: record.updated_at,
    links: links(record.intent_id),
  };
}

function statusView(record: IntentRecord, executorAvailable: boolean | null): IntentStatusResponse {
  const { deadline, breached } = sla(record);
  const v = record.spec.verification;
  return {
    intent_id: record.intent_id,
    service_name: record.input.service_name,
    status: record.status,
    phase: phaseOf(record),
    priority: record.priority,
    approval_mode: record.input.approval_mode,
    auto_build: record.input.auto_build,
    created_at: record.created_at,
    updated_at: record.updated_at,
    started_at: record.started_at,
    finished_at: record.finished_at,
    sla_deadline: deadline,
    sla_breached: breached,
    intent: record.input,
    spec: {
      revision: record.spec.revision,
      score: record.spec.score,
      threshold: record.spec.threshold,
      optimizations: record.spec.optimizations,
      sha256: record.spec.sha256,
      rubric_version: v?.rubric_version ?? null,
      rubric: v?.rubric ?? [],
      findings: v?.findings ?? [],
      // Records scored before rubric 1.1 carry no fidelity: unknown, not claimed.
      fidelity: v?.fidelity ?? [],
      history: record.spec.history,
    },
    build: record.build ? { ...record.build, executor_available: executorAvailable } : null,
    executor_available: executorAvailable,
    cost: totalCost(record),
    approvals: record.approvals,
    error: record.error,
    service: record.build?.service_url
      ? { url: record.build.service_url, registry: record.build.registry }
      : null,
    links: links(record.intent_id),
  };
}

/** SPEC-line cost plus the build's, by phase. */
function totalCost(record: IntentRecord): IntentRecord['cost'] {
  const build = record.build?.cost;
  if (!build) return record.cost;
  return {
    usd: roundUsd(record.cost.usd + build.usd),
    tokens: record.cost.tokens + build.tokens,
    by_phase: { ...record.cost.by_phase, ...build.by_phase },
  };
}
