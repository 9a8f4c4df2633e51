/* JSON Schemas of the webhook behaviours' own parts (kept apart so spec-contract.schema.ts stays readable). */
import { WEBHOOK_ENCODINGS, WEBHOOK_SCHEMES } from './webhook-contract';

/** A name a feature writes for an answer field. */
const ANSWER_NAME = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$' } as const;

/**
 * JSON Schema of a webhook receiver's `answer` (`WebhookAnswer`): literal values under the names a feature
 * writes, and optionally the name the event's id is answered under.
 */
export const WEBHOOK_ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['values'],
  properties: {
    values: {
      type: 'object',
      maxProperties: 10,
      propertyNames: { pattern: ANSWER_NAME.pattern },
      additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    },
    id_as: ANSWER_NAME,
  },
} as const;

/**
 * The properties of a `webhook_events` behaviour besides its receiver and path parameter: the list's `order`,
 * the key a feature writes for it (`envelope`), the events' bodies as received (`items`), and the query
 * parameter it filters the events' type by (`type_filter`).
 */
export const WEBHOOK_EVENTS_PROPERTIES = {
  order: { const: 'newest_first' },
  envelope: ANSWER_NAME,
  items: { const: 'bodies' },
  type_filter: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$' },
} as const;

const snake = { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 } as const;

/** The properties of a `webhook_receive` behaviour (`WebhookReceiveBehavior`). */
export const WEBHOOK_RECEIVE_PROPERTIES = {
  signature_header: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
  signature_prefix: { type: 'string', maxLength: 20 },
  algorithm: { const: 'hmac-sha256' },
  scheme: { type: 'string', enum: [...WEBHOOK_SCHEMES] },
  encoding: { type: 'string', enum: [...WEBHOOK_ENCODINGS] },
  tolerance_seconds: { type: 'integer', minimum: 1, maximum: 86400 },
  secret_config: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
  id_field: snake,
  type_field: snake,
  type_required: { type: 'boolean' },
  status: { type: 'integer', minimum: 200, maximum: 299 },
  answer: WEBHOOK_ANSWER_SCHEMA,
  duplicates: { const: 'conflict' },
  signature_status: { type: 'integer', enum: [400, 401, 403] },
} as const;
