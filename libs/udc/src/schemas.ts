import type { JSONSchemaType } from 'ajv';
import {
  UDC_DEPENDENCY_STATUSES,
  UDC_HEALTH_STATUSES,
  UDC_MESSAGE_TYPES,
  UDC_VERSION,
  type UdcCapabilities,
  type UdcDependencies,
  type UdcEndpoint,
  type UdcFeatureVerdict,
  type UdcHealth,
  type UdcMessageAccepted,
  type UdcMessageEnvelope,
  type UdcProvenance,
  type UdcRegistryEntry,
  type UdcState,
} from './types';

/*
 * Response schemas allow properties beyond the contract so a service may add its own fields without failing
 * the check; the message envelope does not, because for a fixed `udc_version` an unknown field is almost
 * always a misspelt known one (`messageId`) that would otherwise be silently dropped.
 *
 * Formats (`date-time`) need ajv-formats registered on the Ajv instance that compiles these.
 */

const nonEmpty = { type: 'string', minLength: 1 } as const;
const count = { type: 'integer', minimum: 0 } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;

/*
 * ajv's JSONSchemaType only allows `nullable: true` on optional properties (ajv issue #1375), so a required
 * `T | null` is written as a `$ref` into the root's `$defs`, where nullable schemas are accepted.
 */
const nullableNumber = { type: 'number', minimum: 0, nullable: true } as const;

/** Schema of the `GET /health` body. */
export const udcHealthSchema: JSONSchemaType<UdcHealth> = {
  type: 'object',
  required: ['status', 'service', 'version', 'uptime_seconds', 'timestamp'],
  properties: {
    status: { type: 'string', enum: [...UDC_HEALTH_STATUSES] },
    service: nonEmpty,
    version: nonEmpty,
    uptime_seconds: { type: 'number', minimum: 0 },
    timestamp: dateTime,
  },
};

const endpointSchema: JSONSchemaType<UdcEndpoint> = {
  type: 'object',
  required: ['method', 'path', 'description'],
  properties: {
    method: { type: 'string', pattern: '^[A-Z]+$' },
    path: { type: 'string', pattern: '^/' },
    description: { type: 'string' },
  },
};

/** Schema of the `GET /capabilities` body. */
export const udcCapabilitiesSchema: JSONSchemaType<UdcCapabilities> = {
  type: 'object',
  required: ['service', 'version', 'udc_version', 'features', 'endpoints', 'dependencies'],
  properties: {
    service: nonEmpty,
    version: nonEmpty,
    udc_version: { type: 'string', const: UDC_VERSION },
    features: { type: 'array', items: nonEmpty },
    endpoints: { type: 'array', items: endpointSchema },
    dependencies: { type: 'array', items: nonEmpty },
  },
};

/** Schema of the `GET /state` body. */
export const udcStateSchema: JSONSchemaType<UdcState> = {
  type: 'object',
  required: ['uptime_seconds', 'requests_total', 'errors_total', 'memory_rss_bytes', 'started_at', 'metrics'],
  properties: {
    uptime_seconds: { type: 'number', minimum: 0 },
    requests_total: count,
    errors_total: count,
    memory_rss_bytes: count,
    started_at: dateTime,
    metrics: { type: 'object', required: [], additionalProperties: { type: 'number' } },
  },
};

/** Schema of the `GET /dependencies` body. */
export const udcDependenciesSchema: JSONSchemaType<UdcDependencies> = {
  $defs: { latency: nullableNumber },
  type: 'object',
  required: ['dependencies', 'all_required_up'],
  properties: {
    dependencies: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'status', 'required', 'latency_ms'],
        properties: {
          name: nonEmpty,
          status: { type: 'string', enum: [...UDC_DEPENDENCY_STATUSES] },
          required: { type: 'boolean' },
          latency_ms: { $ref: '#/$defs/latency' },
        },
      },
    },
    all_required_up: { type: 'boolean' },
  },
};

/**
 * Schema of the `POST /message` envelope. `validateEnvelope` in `server/udc-core.ts` hand-codes the same rules
 * for dependency-free services; a property test keeps the two in agreement, so change both together.
 */
export const udcMessageEnvelopeSchema: JSONSchemaType<UdcMessageEnvelope> = {
  type: 'object',
  additionalProperties: false,
  required: ['udc_version', 'message_id', 'source', 'target', 'type', 'payload', 'timestamp'],
  properties: {
    udc_version: { type: 'string', const: UDC_VERSION },
    message_id: { type: 'string', minLength: 1, maxLength: 200 },
    trace_id: { type: 'string', minLength: 1, maxLength: 200, nullable: true },
    source: nonEmpty,
    target: nonEmpty,
    type: { type: 'string', enum: [...UDC_MESSAGE_TYPES] },
    payload: { type: 'object', required: [] },
    timestamp: dateTime,
  },
};

/** Schema of the 202 body of `POST /message`. */
export const udcMessageAcceptedSchema: JSONSchemaType<UdcMessageAccepted> = {
  type: 'object',
  required: ['accepted', 'message_id'],
  properties: {
    accepted: { type: 'boolean', const: true },
    message_id: nonEmpty,
  },
};

/**
 * One feature verdict. Cast because ajv's JSONSchemaType cannot express a required `boolean | null`
 * property (it demands `nullable: false` there); the schema itself is what ajv documents for it.
 */
const featureVerdictSchema = {
  type: 'object',
  required: ['feature', 'checked', 'realised'],
  properties: {
    feature: nonEmpty,
    checked: { type: 'string', enum: ['literal', 'free-text', 'instruction', 'mapping', 'none'] },
    realised: { type: 'boolean', nullable: true },
  },
} as unknown as JSONSchemaType<UdcFeatureVerdict>;

/** Only valid inside {@link udcRegistryEntrySchema}, whose `$defs` it refers to. */
const provenanceSchema: JSONSchemaType<UdcProvenance> = {
  type: 'object',
  required: ['intent_id', 'spec_sha256', 'spec_score', 'models', 'cost_usd', 'tests_passed', 'approvals'],
  properties: {
    intent_id: { $ref: '#/$defs/intent_id' },
    spec_sha256: { type: 'string', pattern: '^[a-f0-9]{64}$' },
    spec_score: { type: 'number', minimum: 0, maximum: 100 },
    models: { type: 'array', items: nonEmpty },
    cost_usd: { type: 'number', minimum: 0 },
    tests_passed: count,
    approvals: {
      type: 'array',
      items: {
        type: 'object',
        required: ['stage', 'by', 'at'],
        properties: { stage: nonEmpty, by: nonEmpty, at: dateTime },
      },
    },
    features: { type: 'array', nullable: true, items: featureVerdictSchema },
    worked_examples: { type: 'array', nullable: true, items: nonEmpty },
    isolation: { type: 'string', nullable: true, enum: ['isolated', 'unisolated'] },
  },
};

/** Schema of the `POST /registry/register` body. */
export const udcRegistryEntrySchema: JSONSchemaType<UdcRegistryEntry> = {
  $defs: { intent_id: { type: 'string', minLength: 1, nullable: true } },
  type: 'object',
  required: ['name', 'version', 'url', 'udc_version', 'capabilities', 'provenance'],
  properties: {
    name: nonEmpty,
    version: nonEmpty,
    url: { type: 'string', pattern: '^https?://' },
    udc_version: { type: 'string', const: UDC_VERSION },
    capabilities: udcCapabilitiesSchema,
    provenance: provenanceSchema,
  },
};
