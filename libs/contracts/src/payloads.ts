import Ajv, { type ValidateFunction } from 'ajv';
import { AppError } from './errors';
import { BUILD_STATUSES, type BuildStatus } from './build';
import { EVENT_TYPES, type EventType } from './events';
import { APPROVAL_MODES, PRIORITIES, type ApprovalMode, type Priority } from './intent';

/** W3C trace-context carrier copied into job data so one trace spans HTTP → queue → phases. */
export type TraceCarrier = Record<string, string>;

/** Data of every job on the `spec` queue. */
export interface SpecJobData {
  intent_id: string;
  priority: Priority;
  /** SPEC revision the job works on (0 = first draft; n = after n optimizations). */
  revision: number;
  trace?: TraceCarrier;
}

/** Data of a `run` job: run or resume one build. */
export interface BuildRunJobData {
  build_id: string;
  trace?: TraceCarrier;
}

/** Data of a `control` job: a decision the factory relays to the build line. */
export interface BuildControlJobData {
  build_id: string;
  action: 'approve' | 'reject' | 'cancel';
  by: string;
  note: string | null;
}

/** Data of a `build-events` job: one event of a build that belongs to an intent. */
export interface BuildEventJobData {
  intent_id: string;
  build_id: string;
  /** The event's id in the build's own log (a Redis Stream id): orders events and makes applying idempotent. */
  event_id: string;
  /** Set when the event is a build status change. */
  status: BuildStatus | null;
  event: { phase: string; type: EventType; message: string; data: Record<string, unknown> };
  /** Summary the intent status shows (phase, service URL, registry entry, cost). */
  summary: Record<string, unknown>;
}

/** Data of a `build` job: the validated SPEC handed from the factory to the executor. */
export interface BuildJobData {
  intent_id: string;
  service_name: string;
  priority: Priority;
  approval_mode: ApprovalMode;
  deploy_local: boolean;
  deploy_production: boolean;
  spec: {
    markdown: string;
    sha256: string;
    score: number;
    revision: number;
  };
  trace?: TraceCarrier;
}

const traceSchema = { type: 'object', additionalProperties: { type: 'string' } } as const;

// Plain schemas (not JSONSchemaType): the optional string-map `trace` has no exact JSONSchemaType spelling.
const specJobSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['intent_id', 'priority', 'revision'],
  properties: {
    intent_id: { type: 'string', minLength: 1, maxLength: 100 },
    priority: { type: 'string', enum: [...PRIORITIES] },
    revision: { type: 'integer', minimum: 0 },
    trace: traceSchema,
  },
} as const;

const buildJobSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'intent_id',
    'service_name',
    'priority',
    'approval_mode',
    'deploy_local',
    'deploy_production',
    'spec',
  ],
  properties: {
    intent_id: { type: 'string', minLength: 1, maxLength: 100 },
    service_name: { type: 'string', minLength: 1, maxLength: 63 },
    priority: { type: 'string', enum: [...PRIORITIES] },
    approval_mode: { type: 'string', enum: [...APPROVAL_MODES] },
    deploy_local: { type: 'boolean' },
    deploy_production: { type: 'boolean' },
    spec: {
      type: 'object',
      additionalProperties: false,
      required: ['markdown', 'sha256', 'score', 'revision'],
      properties: {
        markdown: { type: 'string', minLength: 1 },
        sha256: { type: 'string', pattern: '^[a-f0-9]{64}$' },
        score: { type: 'number', minimum: 0, maximum: 100 },
        revision: { type: 'integer', minimum: 0 },
      },
    },
    trace: traceSchema,
  },
} as const;

const runJobSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['build_id'],
  properties: { build_id: { type: 'string', minLength: 1, maxLength: 100 }, trace: traceSchema },
} as const;

const controlJobSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['build_id', 'action', 'by', 'note'],
  properties: {
    build_id: { type: 'string', minLength: 1, maxLength: 100 },
    action: { type: 'string', enum: ['approve', 'reject', 'cancel'] },
    by: { type: 'string', maxLength: 100 },
    note: { type: ['string', 'null'], maxLength: 1000 },
  },
} as const;

const buildEventJobSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['intent_id', 'build_id', 'event_id', 'status', 'event', 'summary'],
  properties: {
    intent_id: { type: 'string', minLength: 1, maxLength: 100 },
    build_id: { type: 'string', minLength: 1, maxLength: 100 },
    event_id: { type: 'string', pattern: '^[0-9]+-[0-9]+$' },
    status: { type: ['string', 'null'], enum: [...BUILD_STATUSES, null] },
    event: {
      type: 'object',
      additionalProperties: false,
      required: ['phase', 'type', 'message', 'data'],
      properties: {
        phase: { type: 'string' },
        type: { type: 'string', enum: [...EVENT_TYPES] },
        message: { type: 'string' },
        data: { type: 'object' },
      },
    },
    summary: { type: 'object' },
  },
} as const;

const ajv = new Ajv({ allErrors: true });
const specJobValidator = ajv.compile<SpecJobData>(specJobSchema);
const buildJobValidator = ajv.compile<BuildJobData>(buildJobSchema);
const runJobValidator = ajv.compile<BuildRunJobData>(runJobSchema);
const controlJobValidator = ajv.compile<BuildControlJobData>(controlJobSchema);
const buildEventJobValidator = ajv.compile<BuildEventJobData>(buildEventJobSchema);

function validated<T>(validate: ValidateFunction<T>, what: string, data: unknown): T {
  if (validate(data)) return data;
  throw new AppError('VALIDATION_FAILED', `invalid ${what} job data`, validate.errors ?? []);
}

/** Checks a dequeued `spec` job's data; throws a permanent `AppError` when it does not match. */
export function parseSpecJobData(data: unknown): SpecJobData {
  return validated(specJobValidator, 'spec', data);
}

/** Checks a dequeued `build` job's data; throws a permanent `AppError` when it does not match. */
export function parseBuildJobData(data: unknown): BuildJobData {
  return validated(buildJobValidator, 'build', data);
}

/** Checks a dequeued `run` job's data. */
export function parseBuildRunJobData(data: unknown): BuildRunJobData {
  return validated(runJobValidator, 'run', data);
}

/** Checks a dequeued `control` job's data. */
export function parseBuildControlJobData(data: unknown): BuildControlJobData {
  return validated(controlJobValidator, 'control', data);
}

/** Checks a dequeued `build-events` job's data. */
export function parseBuildEventJobData(data: unknown): BuildEventJobData {
  return validated(buildEventJobValidator, 'build-events', data);
}
