import { INTENT_TRANSITIONS, type IntentStatus, type NewPipelineEvent } from '@sf/contracts';
import type { IntentRecord } from '../intents/intent.record';
import { transition } from '../intents/intent-changes';
import type { Change } from '../intents/intents.repository';

// The statuses an intent passes through while its build runs: the only ones a catch-up may step through.
const BUILD_STEPS: readonly IntentStatus[] = [
  'build_queued',
  'building',
  'awaiting_deploy_approval',
  'deploying',
  'registering',
  'health_checking',
  'paused_budget',
];

/**
 * The statuses after `from` on the shortest way to `to` through the build's steps (`to` last), or null when
 * there is none. Several factory replicas apply build events side by side, so an intent may see a build's
 * `deployed` before its `registering` (the older event is then skipped as stale): the intent must still reach
 * where its build is, one allowed transition at a time.
 */
export function buildStepsTo(from: IntentStatus, to: IntentStatus): IntentStatus[] | null {
  const previous = new Map<IntentStatus, IntentStatus>();
  const queue: IntentStatus[] = [from];
  while (queue.length > 0) {
    const at = queue.shift() as IntentStatus;
    for (const next of INTENT_TRANSITIONS[at] ?? []) {
      if (next === from || previous.has(next)) continue;
      previous.set(next, at);
      if (next === to) {
        const path: IntentStatus[] = [to];
        for (let step = at; step !== from; step = previous.get(step) as IntentStatus) path.unshift(step);
        return path;
      }
      if (BUILD_STEPS.includes(next)) queue.push(next);
    }
  }
  return null;
}

/**
 * Moves `record` to `to` through the build steps it missed, each an allowed, recorded transition (`patch` and
 * `extra` go with the last one); null when `to` cannot be reached from where the intent is.
 */
export function catchUpTo(
  record: IntentRecord,
  to: IntentStatus,
  message: string,
  patch: Partial<IntentRecord>,
  extra: NewPipelineEvent[],
): Change | null {
  const steps = buildStepsTo(record.status, to);
  if (!steps) return null;
  let change: Change = { record, events: [] };
  steps.forEach((step, i) => {
    const last = i === steps.length - 1;
    const next = last
      ? transition(change.record, step, message, patch, extra)
      : transition(change.record, step, `${message} (passed ${step}: its event came after a later one)`);
    change = { record: next.record, events: [...change.events, ...next.events] };
  });
  return change;
}
