/* JSON schemas of a list's query options (`list-query.ts`), used by `SPEC_CONTRACT_SCHEMA`'s list behaviour. */

const snake = { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 } as const;

function variant(kind: string, properties: Record<string, object>, required: string[]): object {
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

/** One filter: equals, range or text. */
export const listFilterSchema = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { enum: ['equals', 'range', 'text'] } },
  allOf: [
    variant('equals', { field: snake, param: snake }, ['field', 'param']),
    variant('range', { field: snake, min_param: snake, max_param: snake }, ['field']),
    variant('text', { param: snake, fields: { type: 'array', minItems: 1, maxItems: 20, items: snake } }, [
      'param',
      'fields',
    ]),
  ],
} as const;
/** The sort of a list. */
export const listSortSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['param', 'fields', 'default_order'],
  properties: {
    param: snake,
    fields: { type: 'array', minItems: 1, maxItems: 50, items: snake },
    order_param: snake,
    default_field: snake,
    default_order: { enum: ['asc', 'desc'] },
  },
} as const;
/** The pages of a list. */
export const listPageSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['style', 'limit_param', 'offset_param', 'default_limit', 'max_limit', 'items', 'total'],
  properties: {
    style: { enum: ['offset', 'page'] },
    limit_param: snake,
    offset_param: snake,
    default_limit: { type: 'integer', minimum: 1, maximum: 1000 },
    max_limit: { type: 'integer', minimum: 1, maximum: 1000 },
    items: snake,
    total: snake,
  },
} as const;
/** The latest N of a list. */
export const listLimitSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['param'],
  properties: {
    param: snake,
    default_limit: { type: 'integer', minimum: 1, maximum: 1000 },
    max_limit: { type: 'integer', minimum: 1, maximum: 1000 },
    clamp: { type: 'boolean' },
    example: { type: 'integer', minimum: 1, maximum: 1000 },
  },
} as const;
