import type { IntentStatus } from './intent';

/** Every state a build can be in (PRODUCT §6), in pipeline order, then the terminal / parked ones. */
export const BUILD_STATUSES = [
  'queued',
  'codegen',
  'testgen',
  'testing',
  'fixing',
  'udc_verifying',
  'awaiting_deploy_approval',
  /** A model call the budget could not cover; resumes at `paused_from` when budget is back. */
  'paused_budget',
  'deploying',
  'registering',
  'health_checking',
  'deployed',
  'failed',
  'needs_human_review',
  'rolled_back',
  'cancelled',
  'rejected',
] as const;
/** One of {@link BUILD_STATUSES}. */
export type BuildStatus = (typeof BUILD_STATUSES)[number];

/** Build states nothing moves on from by itself; a build stream closes after reaching one. */
export const TERMINAL_BUILD_STATUSES: readonly BuildStatus[] = [
  'deployed',
  'failed',
  'needs_human_review',
  'rolled_back',
  'cancelled',
  'rejected',
];

/** True when `status` is terminal (see {@link TERMINAL_BUILD_STATUSES}). */
export function isTerminalBuildStatus(status: BuildStatus): boolean {
  return TERMINAL_BUILD_STATUSES.includes(status);
}

/** Build id of an intent's build: deterministic, so both services (and a redelivered job) agree on it. */
export function buildIdForIntent(intentId: string): string {
  return `bld_${intentId.replace(/^int_/, '')}`;
}

/** The build phases that run while the intent shows `building`. */
const BUILDING_PHASES: readonly BuildStatus[] = [
  'queued',
  'codegen',
  'testgen',
  'testing',
  'fixing',
  'udc_verifying',
];

/** The intent status that mirrors a build status (PRODUCT §3: `building (codegen → … → udc_verifying)`). */
export function intentStatusForBuild(status: BuildStatus): IntentStatus {
  return BUILDING_PHASES.includes(status) ? 'building' : (status as IntentStatus);
}
