import { HTTP_METHODS } from './spec-contract';

/* The JSON schema of one acceptance step (request and expectation), used by `SPEC_CONTRACT_SCHEMA`. */

const HEADER_NAME = '^[a-z0-9][a-z0-9-]*$';
const statusCode = { type: 'integer', minimum: 100, maximum: 599 } as const;
const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;
/** A clock value of `AcceptanceRequest.today`: `{"years": n}` or `{"days": n}`. */
const years = {
  type: 'object',
  additionalProperties: false,
  required: ['years'],
  properties: { years: { type: 'integer', minimum: -1000, maximum: 1000 } },
} as const;
const days = {
  type: 'object',
  additionalProperties: false,
  required: ['days'],
  properties: { days: { type: 'integer', minimum: -366000, maximum: 366000 } },
} as const;

/** One acceptance step: the request it sends, what the response must show, what it saves. */
export const acceptanceStepSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['request', 'expect'],
  properties: {
    request: {
      type: 'object',
      additionalProperties: false,
      required: ['method', 'path'],
      properties: {
        method: { type: 'string', enum: [...HTTP_METHODS] },
        path: { type: 'string', pattern: '^/', maxLength: 2000 },
        query: stringMap,
        headers: stringMap,
        body: {},
        body_text: { type: 'string' },
        sign: {
          type: 'object',
          additionalProperties: false,
          required: ['scheme', 'header', 'secret_config'],
          properties: {
            scheme: { const: 'stripe' },
            header: { type: 'string', pattern: HEADER_NAME },
            secret_config: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
            offset_seconds: { type: 'integer', minimum: -86400, maximum: 86400 },
          },
        },
        today: {
          type: 'object',
          additionalProperties: {
            oneOf: [years, days],
          },
        },
      },
      // A step sends a JSON body or a raw one, never both.
      not: { type: 'object', properties: { body: {}, body_text: {} }, required: ['body', 'body_text'] },
    },
    expect: {
      type: 'object',
      additionalProperties: false,
      required: ['status'],
      properties: {
        status: statusCode,
        body_contains: {},
        body_is_array: { type: 'boolean' },
        in_order: { type: 'boolean' },
        header_contains: stringMap,
      },
    },
    save: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
  },
} as const;
