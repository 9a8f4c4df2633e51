import { PRIORITIES, SERVICE_TYPES } from '@sf/contracts';
import { acceptanceStepSchema } from './acceptance.schema';
import { COMPUTE_VARIANT } from './compute.schema';
import {
  listFilterSchema as listFilter,
  listLimitSchema as listLimit,
  listPageSchema as listPage,
  listSortSchema as listSort,
} from './list-query.schema';
import { BEHAVIOR_KINDS, ERROR_BODY_SHAPES, HTTP_METHODS, UDC_ENDPOINTS } from './spec-contract';
import { WEBHOOK_EVENTS_PROPERTIES, WEBHOOK_RECEIVE_PROPERTIES } from './webhook.schema';
import { fieldSchema } from './field-schema';
import { GUARD_SCHEMA } from './header-guard';
import {
  LOW_STOCK_PROPERTIES,
  OWNER_AGGREGATE_PROPERTIES,
  QUOTA_PROPERTIES,
  TALLY_PROPERTIES,
  TTL_SCHEMA,
  READS_SCHEMA,
  VOTE_PROPERTIES,
} from './quota-schema';

/** The JSON schema of the `spec-contract` block; the types it validates are in `spec-contract.ts`. */
const KEBAB = '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$';
const SNAKE = '^[a-z][a-z0-9_]*$';
const ERROR_CODE = '^[A-Z][A-Z0-9_]*$';
const HEADER_NAME = '^[a-z0-9][a-z0-9-]*$';
const SEGMENT = '(?:[A-Za-z0-9._~-]+|\\{[a-z][a-z0-9_]*\\})';
const PATH_PATTERN = `^(?:/|(?:/${SEGMENT})+)$`;

const text = { type: 'string', maxLength: 4000 } as const;
const statusCode = { type: 'integer', minimum: 100, maximum: 599 } as const;
const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;

function behaviorVariant(kind: string, properties: Record<string, object>, required: string[]): object {
  return {
    if: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] },
    then: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', ...required],
      properties: { kind: {}, ...properties },
    },
  };
}

const name = { type: 'string', pattern: KEBAB, maxLength: 80 } as const;
const snake = { type: 'string', pattern: SNAKE, maxLength: 64 } as const;
const setting = { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' } as const;
const ms = { type: 'integer', minimum: 1, maximum: 60000 } as const;
const recordRef = { resource: name, param: snake };

const behaviorSchema = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { type: 'string', enum: [...BEHAVIOR_KINDS] } },
  allOf: [
    behaviorVariant(
      'create',
      {
        resource: name,
        parent: {
          type: 'object',
          additionalProperties: false,
          required: ['resource', 'param', 'field'],
          properties: {
            resource: name,
            param: snake,
            field: snake,
            limit: {
              type: 'object',
              additionalProperties: false,
              required: ['field', 'parent_field'],
              properties: { field: snake, parent_field: snake },
            },
            capacity: {
              type: 'object',
              additionalProperties: false,
              required: ['parent_field'],
              properties: { parent_field: snake },
            },
            unique: { type: 'array', minItems: 1, maxItems: 5, items: snake },
          },
        },
      },
      ['resource'],
    ),
    behaviorVariant(
      'list',
      {
        resource: name,
        filters: { type: 'array', maxItems: 20, items: listFilter },
        sort: listSort,
        page: listPage,
        newest_first: { type: 'boolean' },
        limit: listLimit,
        parent: {
          type: 'object',
          additionalProperties: false,
          required: ['resource', 'param', 'field'],
          properties: { resource: name, param: snake, field: snake },
        },
      },
      ['resource'],
    ),
    behaviorVariant('get', { ...recordRef, absent_as_default: { type: 'boolean' } }, ['resource', 'param']),
    behaviorVariant(
      'update',
      { ...recordRef, replace: { type: 'boolean' }, fields: { type: 'array', minItems: 1, items: snake } },
      ['resource', 'param'],
    ),
    behaviorVariant('delete', { ...recordRef, status: { const: 204 } }, ['resource', 'param']),
    behaviorVariant('toggle', { ...recordRef, field: snake, value: { type: 'boolean' } }, [
      'resource',
      'param',
      'field',
    ]),
    behaviorVariant(
      'search',
      { resource: name, query_param: snake, fields: { type: 'array', minItems: 1, items: snake } },
      ['resource', 'query_param', 'fields'],
    ),
    behaviorVariant('reserve', { ...recordRef, field: snake, holder: snake }, ['resource', 'param', 'field']),
    behaviorVariant('release', { ...recordRef, field: snake, holder: snake }, ['resource', 'param', 'field']),
    behaviorVariant(
      'transition',
      {
        ...recordRef,
        field: snake,
        moves: {
          type: 'object',
          minProperties: 2,
          maxProperties: 20,
          additionalProperties: { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1 } },
        },
        to: { type: 'string', minLength: 1, maxLength: 60 },
        input: snake,
      },
      ['resource', 'param', 'field', 'moves'],
    ),
    behaviorVariant(
      'adjust',
      {
        ...recordRef,
        field: snake,
        amount_field: snake,
        amount_default: { type: 'number' },
        create_missing: { type: 'boolean' },
        direction: { enum: ['in', 'out'] },
        voter_field: snake,
      },
      ['resource', 'field', 'amount_field'],
    ),
    behaviorVariant('reset', { ...recordRef, field: snake, create_missing: { type: 'boolean' } }, [
      'resource',
      'param',
      'field',
    ]),
    COMPUTE_VARIANT,
    behaviorVariant('webhook_receive', WEBHOOK_RECEIVE_PROPERTIES, [
      'signature_header',
      'signature_prefix',
      'algorithm',
      'secret_config',
      'id_field',
      'type_field',
    ]),
    behaviorVariant(
      'webhook_replay',
      { receiver: name, param: snake, target_config: setting, timeout_ms: ms },
      ['receiver', 'param'],
    ),
    behaviorVariant('webhook_events', { receiver: name, param: snake, ...WEBHOOK_EVENTS_PROPERTIES }, [
      'receiver',
    ]),
    behaviorVariant(
      'health_check',
      {
        resource: name,
        url_field: snake,
        name_field: snake,
        timeout_ms: { type: 'integer', minimum: 1, maximum: 60000 },
        timeout_config: setting,
      },
      ['resource', 'url_field', 'name_field', 'timeout_ms', 'timeout_config'],
    ),
    behaviorVariant(
      'redirect',
      {
        ...recordRef,
        key_field: snake,
        target_field: snake,
        status: { enum: [301, 302, 307, 308] },
        count_field: snake,
      },
      ['resource', 'param', 'key_field', 'target_field', 'status'],
    ),
    behaviorVariant('static', { status: statusCode, body: {} }, ['status', 'body']),
    behaviorVariant('quota', QUOTA_PROPERTIES, ['key_field', 'limit', 'window_seconds']),
    behaviorVariant('low_stock', LOW_STOCK_PROPERTIES, ['resource', 'field', 'inclusive', 'wrap']),
    behaviorVariant('quota_usage', { quota: name, param: snake }, ['quota', 'param']),
    behaviorVariant('owner_aggregate', OWNER_AGGREGATE_PROPERTIES, Object.keys(OWNER_AGGREGATE_PROPERTIES)),
    behaviorVariant(
      'overdue',
      { resource: name, due_field: snake, done_field: snake, date_param: snake, wrap: snake },
      ['resource', 'due_field', 'done_field', 'date_param', 'wrap'],
    ),
    behaviorVariant('vote', VOTE_PROPERTIES, [
      'resource',
      'param',
      'options_field',
      'choice_field',
      'by',
      'status',
    ]),
    behaviorVariant('tally', TALLY_PROPERTIES, [
      ...['resource', 'param', 'options_field', 'field', 'shape', 'option_key', 'count_key'],
    ]),
    behaviorVariant(
      'ranking',
      {
        resource: name,
        score_field: snake,
        order: { enum: ['desc', 'asc'] },
        best_per: snake,
        count_param: snake,
        default_count: { type: 'integer', minimum: 1, maximum: 1000 },
        max_count: { type: 'integer', minimum: 1, maximum: 1000 },
        wrap: snake,
        row: {
          type: 'object',
          additionalProperties: false,
          required: ['best'],
          properties: { best: snake, count: snake, rank: snake },
        },
        owner_param: snake,
      },
      ['resource', 'score_field', 'order', 'count_param', 'default_count', 'max_count'],
    ),
    behaviorVariant(
      'function',
      {
        function: { type: 'string', pattern: '^[a-z][a-z0-9_-]*(?:\\.[a-z][a-z0-9_-]*)*$', maxLength: 80 },
        inputs: { type: 'object', maxProperties: 20, additionalProperties: snake },
        outputs: { type: 'object', minProperties: 1, maxProperties: 20, additionalProperties: snake },
        options: {
          type: 'object',
          maxProperties: 20,
          additionalProperties: {
            anyOf: [{ type: 'string', maxLength: 200 }, { type: 'number' }, { type: 'boolean' }],
          },
        },
        echo: { type: 'object', maxProperties: 20, additionalProperties: snake },
        refusal_status: { enum: [400, 422] },
      },
      ['function', 'inputs', 'outputs'],
    ),
  ],
} as const;

/**
 * JSON Schema (draft-07, for ajv) of {@link SpecContract}. Structure only: cross-references (an acceptance
 * check naming an existing endpoint, a behaviour naming a declared resource) are the verifier's job.
 */
export const SPEC_CONTRACT_SCHEMA = {
  $id: 'https://sovereign-factory.local/schemas/spec-contract-v1.json',
  type: 'object',
  additionalProperties: false,
  required: [
    'contract_version',
    'service',
    'dependencies',
    'config',
    'resources',
    'endpoints',
    'acceptance',
    'udc',
  ],
  properties: {
    contract_version: { const: 1 },
    service: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'type', 'port', 'priority', 'version', 'purpose', 'features'],
      properties: {
        name: { type: 'string', pattern: KEBAB, minLength: 3, maxLength: 63 },
        type: { type: 'string', enum: [...SERVICE_TYPES] },
        port: { type: 'integer', minimum: 1024, maximum: 65535 },
        priority: { type: 'string', enum: [...PRIORITIES] },
        version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
        purpose: { type: 'string', maxLength: 2000 },
        features: { type: 'array', maxItems: 30, items: { type: 'string', maxLength: 200 } },
      },
    },
    dependencies: { type: 'array', maxItems: 30, items: { type: 'string', minLength: 1, maxLength: 63 } },
    config: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'default', 'description'],
        properties: {
          name: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
          default: { type: 'string' },
          description: text,
          secret: { type: 'boolean' },
        },
      },
    },
    resources: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'plural', 'description', 'fields'],
        properties: {
          name,
          plural: name,
          description: text,
          fields: { type: 'array', items: fieldSchema },
          key: snake,
          ttl: TTL_SCHEMA,
          reads: READS_SCHEMA,
          interval: {
            type: 'object',
            additionalProperties: false,
            required: ['start', 'end'],
            properties: {
              start: snake,
              end: snake,
              no_overlap: { type: 'array', maxItems: 10, items: snake },
              gap_minutes: { type: 'integer', minimum: 1, maximum: 720 },
            },
          },
        },
      },
    },
    endpoints: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'method',
          'path',
          'summary',
          'features',
          'behavior',
          'request',
          'responses',
          'errors',
        ],
        properties: {
          id: name,
          method: { type: 'string', enum: [...HTTP_METHODS] },
          path: { type: 'string', pattern: PATH_PATTERN, maxLength: 300 },
          summary: text,
          features: { type: 'array', items: { type: 'string', maxLength: 200 } },
          behavior: behaviorSchema,
          guard: GUARD_SCHEMA,
          request: {
            type: 'object',
            additionalProperties: false,
            properties: {
              params: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['name', 'description', 'example'],
                  properties: {
                    name: snake,
                    description: text,
                    example: { type: 'string' },
                    type: { enum: ['string', 'integer', 'number'] },
                  },
                },
              },
              query: { type: 'array', items: fieldSchema },
              headers: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['name', 'required', 'description', 'example'],
                  properties: {
                    name: { type: 'string', pattern: HEADER_NAME },
                    required: { type: 'boolean' },
                    description: text,
                    example: { type: 'string' },
                  },
                },
              },
              body: {
                type: 'object',
                additionalProperties: false,
                required: ['fields', 'allow_unknown', 'example'],
                properties: {
                  fields: { type: 'array', items: fieldSchema },
                  allow_unknown: { type: 'boolean' },
                  example: {},
                },
              },
            },
          },
          responses: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['status', 'description'],
              properties: {
                status: { type: 'integer', minimum: 200, maximum: 399 },
                description: text,
                example: {},
                headers: stringMap,
              },
            },
          },
          errors: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['status', 'code', 'when'],
              properties: {
                status: { type: 'integer', minimum: 400, maximum: 599 },
                code: { type: 'string', pattern: ERROR_CODE },
                when: text,
              },
            },
          },
        },
      },
    },
    acceptance: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'endpoint_id', 'description', 'kind', 'steps'],
        properties: {
          id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', maxLength: 40 },
          endpoint_id: { type: 'string' },
          description: text,
          kind: { type: 'string', enum: ['happy', 'error'] },
          steps: { type: 'array', minItems: 1, items: acceptanceStepSchema },
        },
      },
    },
    non_functional: {
      type: 'object',
      additionalProperties: false,
      required: ['latency_p95_ms', 'max_body_bytes', 'security'],
      properties: {
        latency_p95_ms: { type: 'number', exclusiveMinimum: 0 },
        max_body_bytes: { type: 'integer', minimum: 1 },
        security: { type: 'array', items: text },
      },
    },
    udc: {
      type: 'object',
      additionalProperties: false,
      required: ['version', 'endpoints'],
      properties: {
        version: { const: '1.0' },
        endpoints: { const: [...UDC_ENDPOINTS] },
      },
    },
    errors: {
      type: 'object',
      additionalProperties: false,
      required: ['body'],
      properties: { body: { type: 'string', enum: [...ERROR_BODY_SHAPES] } },
    },
  },
} as const;
