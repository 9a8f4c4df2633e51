import type { IntentStatus } from './intent';

/** Event types of the intent and build event logs (PRODUCT §4 Events). */
export const EVENT_TYPES = [
  'status_changed',
  'phase_started',
  'phase_completed',
  'log',
  'test_result',
  'udc_check',
  'llm_call',
  'approval_required',
  'error',
  'completed',
  'failed',
] as const;
/** One of {@link EVENT_TYPES}. */
export type EventType = (typeof EVENT_TYPES)[number];

/** One entry of an intent's or build's ordered, durable event log. `id` is the Redis Stream entry id. */
export interface PipelineEvent {
  id: string;
  ts: string;
  intent_id: string;
  build_id?: string;
  phase: string;
  type: EventType;
  message: string;
  data: Record<string, unknown>;
}

/** An event before the log has given it an id and timestamp. */
export type NewPipelineEvent = Omit<PipelineEvent, 'id' | 'ts' | 'intent_id'> & { intent_id?: string };

/** Status-change event payload (`data` of a `status_changed` event). */
export interface StatusChangedData {
  from: IntentStatus | null;
  to: IntentStatus;
}

/** Orders two Redis Stream ids (`<ms>-<seq>`): negative when `a` is older. */
export function compareEventIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(BigInt);
  const [bm, bs] = b.split('-').map(BigInt);
  if (am !== bm) return am < bm ? -1 : 1;
  return as === bs ? 0 : as < bs ? -1 : 1;
}
