import { START_SLA_MS, type Priority } from '@sf/contracts';
import type { IntentRecord } from './intent.record';

/** Start SLA: deadline from the priority; breached when the SPEC build started (or still has not) after it. */
export function sla(record: IntentRecord, now = Date.now()): { deadline: string | null; breached: boolean } {
  const window = START_SLA_MS[record.priority];
  if (window === null) return { deadline: null, breached: false };
  const deadline = Date.parse(record.created_at) + window;
  const started = record.started_at ? Date.parse(record.started_at) : now;
  return { deadline: new Date(deadline).toISOString(), breached: started > deadline };
}

/** Creation time (epoch ms) before which an intent of `priority` that has not started is past its SLA; null when best effort. */
export function slaCutoff(priority: Priority, now = Date.now()): number | null {
  const window = START_SLA_MS[priority];
  return window === null ? null : now - window;
}
