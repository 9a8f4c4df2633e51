/** The one place queue and job names live (CONVENTIONS habit 2). */

/** Queue names. BullMQ keys are namespaced further by the configured prefix. */
export const QUEUES = {
  /** SPEC line: spec-build, spec-verify, spec-optimize jobs (sovereign-factory). */
  spec: 'spec',
  /** Hand-off of a validated SPEC to the build line (consumed by build-executor). */
  build: 'build',
} as const;
/** One of the values of {@link QUEUES}. */
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Job names on the `spec` queue. */
export const SPEC_JOBS = {
  build: 'spec-build',
  verify: 'spec-verify',
  optimize: 'spec-optimize',
} as const;
/** One of the values of {@link SPEC_JOBS}. */
export type SpecJobName = (typeof SPEC_JOBS)[keyof typeof SPEC_JOBS];

/** Job names on the `build` queue. */
export const BUILD_JOBS = {
  build: 'build',
} as const;

/**
 * Deterministic job ids, so that enqueuing the same step twice (a retry after a crash, a reconcile pass)
 * is a no-op in BullMQ. BullMQ refuses `:` in custom ids, hence the dots.
 */
export const jobIds = {
  specBuild: (intentId: string): string => `spec-build.${intentId}`,
  specVerify: (intentId: string, revision: number): string => `spec-verify.${intentId}.${revision}`,
  specOptimize: (intentId: string, round: number): string => `spec-optimize.${intentId}.${round}`,
  build: (intentId: string): string => `build.${intentId}`,
};
