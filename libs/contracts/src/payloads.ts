import Ajv, { type ValidateFunction } from 'ajv';
import { AppError } from './errors';
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

const ajv = new Ajv({ allErrors: true });
const specJobValidator = ajv.compile<SpecJobData>(specJobSchema);
const buildJobValidator = ajv.compile<BuildJobData>(buildJobSchema);

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
