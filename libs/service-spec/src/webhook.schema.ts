/* JSON Schemas of the webhook behaviours' own parts (kept apart so spec-contract.schema.ts stays readable). */

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

/** JSON Schema of a `webhook_events` endpoint's `order`. */
export const EVENTS_ORDER = { const: 'newest_first' } as const;
