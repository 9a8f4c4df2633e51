/** The one place queue and job names live (CONVENTIONS habit 2). */
import { keyPrefix } from './redis-keyspace';

/** Queue names. BullMQ keys are namespaced further by the configured prefix. */
export const QUEUES = {
  /** SPEC line: spec-build, spec-verify, spec-optimize jobs (sovereign-factory). */
  spec: 'spec',
  /** Hand-off of a validated SPEC to the build line, and control of builds (consumed by build-executor). */
  build: 'build',
  /** Build progress back to the factory: status changes and events of builds that belong to an intent. */
  buildEvents: 'build-events',
} as const;
/** One of the values of {@link QUEUES}. */
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * BullMQ's key prefix for services running under `REDIS_PREFIX`: queue keys sit beside the services' own
 * keys and never collide with them. Both services must derive it the same way to share the queues. It
 * carries the core hash tag ({@link keyPrefix}): BullMQ's scripts touch several keys of a queue at once, so
 * on a Redis Cluster all of them must share a slot.
 */
export function queuePrefix(redisPrefix: string): string {
  return `${keyPrefix(redisPrefix)}:q`;
}

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
  /** A validated SPEC from the factory: create the build (idempotently) and run it. */
  build: 'build',
  /** Run (or resume) an existing build from its last checkpoint. */
  run: 'run',
  /** A decision taken on the factory side (approve / reject / cancel) for a build. */
  control: 'control',
} as const;

/** Job names on the `build-events` queue. */
export const BUILD_EVENT_JOBS = {
  progress: 'progress',
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
  buildRun: (buildId: string, attempt: number): string => `run.${buildId}.${attempt}`,
  /** The one start-up resume of a build parked as paused_budget (a fixed id: restarts never pile them up). */
  buildRunPaused: (buildId: string): string => `run.${buildId}.paused`,
  buildControl: (buildId: string, action: string, at: number): string => `control.${buildId}.${action}.${at}`,
  buildEvent: (buildId: string, eventId: string): string => `event.${buildId}.${eventId}`,
};

/**
 * How long finished jobs stay in Redis: completed ones a day, so a late duplicate `add` with the same
 * deterministic id (see {@link jobIds}) stays a no-op; failed ones a week, to be looked at.
 */
export const JOB_RETENTION = {
  removeOnComplete: { age: 86_400 },
  removeOnFail: { age: 7 * 86_400 },
} as const;

/**
 * Attempts of a `build` queue job that runs a build (a hand-off or a run): a transient failure on the
 * executor (a model's 429, a lost connection) is retried there.
 */
export const BUILD_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
} as const;

/**
 * Options of a `build-events` job: a failed apply (a Redis blip) is retried; an event applied already is
 * skipped by its id.
 */
export const BUILD_EVENT_JOB_OPTIONS = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 500 },
  ...JOB_RETENTION,
} as const;
