import { FIELD_TYPES } from './spec-contract';
import { CHECKED_FORMATS } from './value-formats';

/*
 * The JSON schema of a `FieldSpec` (resource fields, request bodies, query parameters), apart from the rest of
 * the contract's schema: an `object[]` field holds item fields of the same shape, one level deep.
 */
const SNAKE = '^[a-z][a-z0-9_]*$';
const text = { type: 'string', maxLength: 4000 } as const;

const fieldProperties = {
  name: { type: 'string', pattern: SNAKE, maxLength: 64 },
  type: { type: 'string', enum: [...FIELD_TYPES] },
  required: { type: 'boolean' },
  description: text,
  example: {},
  default: {},
  unique: { type: 'boolean' },
  unique_ignore_case: { type: 'boolean' },
  allow_empty: { type: 'boolean' },
  enum: {
    type: 'array',
    minItems: 1,
    maxItems: 100,
    uniqueItems: true,
    items: { anyOf: [{ type: 'string', maxLength: 200 }, { type: 'number' }] },
  },
  minimum: { type: 'number' },
  maximum: { type: 'number' },
  exclusive_minimum: { type: 'number' },
  exclusive_maximum: { type: 'number' },
  format: { enum: ['date-time', 'url', 'date', 'hex', 'email', ...CHECKED_FORMATS] },
  min_length: { type: 'integer', minimum: 0, maximum: 100000 },
  max_length: { type: 'integer', minimum: 1, maximum: 100000 },
  generate: { enum: ['code', 'now'] },
  not_future: { type: 'boolean' },
} as const;

const fieldRequired = ['name', 'type', 'required', 'description', 'example'];

/** An element field of an `object[]` field: one level deep, so it carries no items of its own. */
const itemFieldSchema = {
  type: 'object',
  additionalProperties: false,
  required: fieldRequired,
  properties: fieldProperties,
} as const;

/** The schema of one `FieldSpec`. */
export const fieldSchema = {
  type: 'object',
  additionalProperties: false,
  required: fieldRequired,
  properties: {
    ...fieldProperties,
    items: { type: 'array', minItems: 1, maxItems: 30, items: itemFieldSchema },
    min_items: { type: 'integer', minimum: 0, maximum: 1000 },
    max_items: { type: 'integer', minimum: 1, maximum: 1000 },
  },
} as const;
