import { AppError, isTerminalIntentStatus, type IntentStatus } from '@sf/contracts';

/**
 * Which status may follow which (PRODUCT §3). Anything else is refused with `INVALID_STATE_TRANSITION`.
 * `cancelled` and `failed` may follow any non-terminal status and are handled in {@link canTransition}.
 */
const NEXT: Partial<Record<IntentStatus, readonly IntentStatus[]>> = {
  queued: ['spec_building'],
  spec_building: ['spec_verifying', 'paused_budget'],
  spec_verifying: ['spec_optimizing', 'awaiting_spec_approval', 'spec_ready', 'needs_human_review'],
  spec_optimizing: ['spec_verifying', 'paused_budget'],
  awaiting_spec_approval: ['spec_ready', 'rejected'],
  spec_ready: ['build_queued'],
  build_queued: ['building'],
  building: ['awaiting_deploy_approval', 'deploying', 'needs_human_review', 'paused_budget'],
  awaiting_deploy_approval: ['deploying', 'rejected'],
  deploying: ['registering', 'rolled_back'],
  registering: ['health_checking', 'rolled_back'],
  health_checking: ['deployed', 'rolled_back'],
  paused_budget: ['spec_building', 'spec_optimizing', 'building'],
};

/** True when an intent in `from` may move to `to`. */
export function canTransition(from: IntentStatus, to: IntentStatus): boolean {
  if (isTerminalIntentStatus(from)) return false;
  if (to === 'cancelled' || to === 'failed') return true;
  return NEXT[from]?.includes(to) ?? false;
}

/** Throws 409 `INVALID_STATE_TRANSITION` unless `from → to` is allowed. */
export function assertTransition(from: IntentStatus, to: IntentStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError('INVALID_STATE_TRANSITION', `cannot move an intent from ${from} to ${to}`, {
      from,
      to,
    });
  }
}
