/** Intent vocabulary shared by both services: field values, priorities and lifecycle states (PRODUCT §3–4). */

/** Service tiers an intent may ask for. */
export const SERVICE_TYPES = ['infrastructure', 'domain', 'integration', 'experimental'] as const;
/** One of {@link SERVICE_TYPES}. */
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Priorities, highest first. */
export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
/** One of {@link PRIORITIES}. */
export type Priority = (typeof PRIORITIES)[number];

const TIER: Readonly<Record<Priority, number>> = { critical: 1, high: 2, medium: 3, low: 4 };

/**
 * The explicit BullMQ priority of a job (lower runs first; BullMQ's 0 means "none" and is never used).
 * A higher tier always runs first; within a tier, work on an intent already started (`continue`) goes ahead
 * of starting a new one, and new intents start in FIFO order.
 */
export function jobPriority(priority: Priority, stage: 'start' | 'continue'): number {
  return TIER[priority] * 2 - (stage === 'continue' ? 1 : 0);
}

/** The priority tier a BullMQ job priority from {@link jobPriority} belongs to (inverse of it). */
export function priorityOfJobPriority(jobPriorityValue: number): Priority {
  const tier = Math.min(Math.max(Math.ceil(jobPriorityValue / 2), 1), PRIORITIES.length);
  return PRIORITIES[tier - 1];
}

/** Start SLA per priority in milliseconds (seed: 5 min / 15 min / 1 h / best effort). */
export const START_SLA_MS: Readonly<Record<Priority, number | null>> = {
  critical: 5 * 60_000,
  high: 15 * 60_000,
  medium: 60 * 60_000,
  low: null,
};

/** Human approval modes (PRODUCT §3). */
export const APPROVAL_MODES = ['auto', 'checkpoints', 'final'] as const;
/** One of {@link APPROVAL_MODES}. */
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

/** Every state an intent can be in, in pipeline order, then the terminal / parked ones. */
export const INTENT_STATUSES = [
  'queued',
  'spec_building',
  'spec_verifying',
  'spec_optimizing',
  'awaiting_spec_approval',
  'spec_ready',
  'build_queued',
  'building',
  'awaiting_deploy_approval',
  'deploying',
  'registering',
  'health_checking',
  'deployed',
  'failed',
  'needs_human_review',
  'rejected',
  'cancelled',
  'rolled_back',
  'paused_budget',
] as const;
/** One of {@link INTENT_STATUSES}. */
export type IntentStatus = (typeof INTENT_STATUSES)[number];

/** States from which nothing moves on by itself; the intent's event stream closes after reaching one. */
export const TERMINAL_INTENT_STATUSES: readonly IntentStatus[] = [
  'deployed',
  'failed',
  'needs_human_review',
  'rejected',
  'cancelled',
  'rolled_back',
];

/** True when `status` is terminal (see {@link TERMINAL_INTENT_STATUSES}). */
export function isTerminalIntentStatus(status: IntentStatus): boolean {
  return TERMINAL_INTENT_STATUSES.includes(status);
}

/** The fields a client submits (PRODUCT §4), after validation and defaults. */
export interface IntentInput {
  service_name: string;
  service_type: ServiceType;
  priority: Priority;
  purpose: string;
  key_features: string[];
  dependencies: string[];
  port: number;
  auto_build: boolean;
  approval_mode: ApprovalMode;
}

/** Limits on intent fields, used by the HTTP validation and by anything that puts intent text into prompts. */
export const INTENT_LIMITS = {
  serviceNameMin: 3,
  serviceNameMax: 63,
  purposeMax: 2000,
  featuresMin: 1,
  featuresMax: 30,
  featureMax: 200,
  dependenciesMax: 30,
  dependencyMax: 63,
  portMin: 1024,
  portMax: 65535,
} as const;

/** kebab-case: lower-case letters and digits in groups joined by single hyphens, starting with a letter. */
export const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
