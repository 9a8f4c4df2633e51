import {
  addPhaseCost,
  AppError,
  canMoveBuild,
  isTerminalBuildStatus,
  type BuildStatus,
  type NewPipelineEvent,
} from '@sf/contracts';
import type { BuildRecord } from './build.record';
import type { BuildChange } from './builds.repository';

/**
 * Moves `record` to `to` (checked against `BUILD_TRANSITIONS`, else 409 `INVALID_STATE_TRANSITION`),
 * closing the current phase's timing and opening the next one's, emitting `extra` events and then the
 * `status_changed` event.
 */
export function moveBuild(
  record: BuildRecord,
  to: BuildStatus,
  message: string,
  patch: Partial<BuildRecord> = {},
  extra: NewPipelineEvent[] = [],
): BuildChange {
  if (!canMoveBuild(record.status, to)) {
    throw new AppError('INVALID_STATE_TRANSITION', `cannot move a build from ${record.status} to ${to}`, {
      from: record.status,
      to,
    });
  }
  const now = new Date();
  const phases = { ...record.phases };
  // While paused_budget the phase it paused in stays open; that is the one a move closes or resumes.
  const open = record.status === 'paused_budget' ? (record.paused_from ?? null) : record.status;
  const current = open ? phases[open] : undefined;
  const resuming = record.status === 'paused_budget' && to === open;
  if (open && current && current.status === 'running' && to !== 'paused_budget' && !resuming) {
    const failed = ['failed', 'needs_human_review', 'rolled_back', 'cancelled'].includes(to);
    phases[open] = {
      ...current,
      status: failed ? 'failed' : 'completed',
      ended_at: now.toISOString(),
      duration_ms: now.getTime() - Date.parse(current.started_at),
    };
  }
  if (
    !isTerminalBuildStatus(to) &&
    to !== 'awaiting_deploy_approval' &&
    to !== 'paused_budget' &&
    !resuming
  ) {
    const previous = phases[to];
    phases[to] = {
      status: 'running',
      started_at: now.toISOString(),
      ended_at: null,
      duration_ms: null,
      attempts: (previous?.attempts ?? 0) + 1,
    };
  }
  const next: BuildRecord = {
    ...record,
    ...patch,
    phases,
    status: to,
    updated_at: now.toISOString(),
    started_at: record.started_at ?? now.toISOString(),
    finished_at: isTerminalBuildStatus(to) ? now.toISOString() : null,
  };
  const event: NewPipelineEvent = {
    phase: to,
    type: 'status_changed',
    message,
    data: { from: record.status, to },
  };
  return { record: next, events: [...extra, event] };
}

/** Adds one LLM call's cost under `phase` and remembers the model. */
export function withCost(
  record: BuildRecord,
  phase: string,
  usage: { provider: string; model: string; usd: number; tokens: number },
): Pick<BuildRecord, 'cost' | 'models'> {
  const model = `${usage.provider}/${usage.model}`;
  return {
    cost: addPhaseCost(record.cost, phase, usage.usd, usage.tokens),
    models: record.models.includes(model) ? record.models : [...record.models, model],
  };
}
