import { isTerminalBuildStatus, type BuildStatus } from './build';
import { isTerminalIntentStatus, type IntentStatus } from './intent';

/**
 * Which status may follow which. Besides what a table lists, `cancelled` and `failed` may follow any
 * status that is not terminal; nothing else leaves a terminal status.
 */
export type TransitionTable<S extends string> = Readonly<Partial<Record<S, readonly S[]>>>;

/** The intent lifecycle (PRODUCT §3); anything else is refused with `INVALID_STATE_TRANSITION`. */
export const INTENT_TRANSITIONS: TransitionTable<IntentStatus> = {
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

/**
 * The build lifecycle (PRODUCT §6). Budget pauses only happen in the phases that call a model, and resume
 * into one of them; a deployed build may still be rolled back (the one move out of a terminal status).
 */
export const BUILD_TRANSITIONS: TransitionTable<BuildStatus> = {
  queued: ['codegen'],
  codegen: ['testgen', 'paused_budget'],
  testgen: ['testing', 'paused_budget'],
  testing: ['fixing', 'udc_verifying', 'needs_human_review'],
  fixing: ['testing', 'needs_human_review', 'paused_budget'],
  paused_budget: ['codegen', 'testgen', 'fixing'],
  udc_verifying: ['awaiting_deploy_approval', 'deploying'],
  awaiting_deploy_approval: ['deploying', 'rejected'],
  deploying: ['registering', 'rolled_back'],
  registering: ['health_checking', 'rolled_back'],
  health_checking: ['deployed', 'rolled_back'],
  deployed: ['rolled_back'],
};

/** True when an intent in `from` may move to `to` (see {@link INTENT_TRANSITIONS}). */
export function canMoveIntent(from: IntentStatus, to: IntentStatus): boolean {
  return allowed(INTENT_TRANSITIONS, isTerminalIntentStatus(from), from, to);
}

/** True when a build in `from` may move to `to` (see {@link BUILD_TRANSITIONS}). */
export function canMoveBuild(from: BuildStatus, to: BuildStatus): boolean {
  return allowed(BUILD_TRANSITIONS, isTerminalBuildStatus(from), from, to);
}

function allowed<S extends string>(table: TransitionTable<S>, terminal: boolean, from: S, to: S): boolean {
  if (table[from]?.includes(to)) return true;
  return !terminal && (to === 'cancelled' || to === 'failed');
}
