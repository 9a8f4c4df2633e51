import {
  addPhaseCost,
  isTerminalIntentStatus,
  type IntentStatus,
  type NewPipelineEvent,
} from '@sf/contracts';
import type { IntentRecord } from './intent.record';
import type { Change } from './intents.repository';
import { assertTransition } from './intent-state';

/** The event that accompanies every status change. */
export function statusEvent(from: IntentStatus | null, to: IntentStatus, message: string): NewPipelineEvent {
  return { phase: to, type: 'status_changed', message, data: { from, to } };
}

/**
 * Moves `record` to `to` (checked against the state machine), applying `patch` and emitting `extra`
 * events followed by a `status_changed` event. Timestamps are kept here so every path sets them alike.
 */
export function transition(
  record: IntentRecord,
  to: IntentStatus,
  message: string,
  patch: Partial<IntentRecord> = {},
  extra: NewPipelineEvent[] = [],
): Change {
  assertTransition(record.status, to);
  const now = new Date().toISOString();
  const next: IntentRecord = {
    ...record,
    ...patch,
    status: to,
    previous_status: record.status,
    updated_at: now,
  };
  if (to === 'spec_building' && !next.started_at) next.started_at = now;
  if (isTerminalIntentStatus(to)) next.finished_at = now;
  // The status change goes last: a stream closes right after a terminal one, and must not miss the rest.
  return { record: next, events: [...extra, statusEvent(record.status, to, message)] };
}

/** Adds an LLM call's cost to the record's totals under `phase`. */
export function addCost(
  record: IntentRecord,
  phase: string,
  usd: number,
  tokens: number,
): IntentRecord['cost'] {
  return addPhaseCost(record.cost, phase, usd, tokens);
}
