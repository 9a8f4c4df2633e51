/* JSON Schema of the `compute` behaviour (kept apart so spec-contract.schema.ts stays readable). */

const snake = { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 } as const;

/**
 * The `compute` variant of a behaviour: a currency conversion (`ConvertBehavior`) by its rates, else an aggregate
 * (`AggregateBehavior`) of a list of values.
 */
export const COMPUTE_VARIANT = {
  if: { type: 'object', properties: { kind: { const: 'compute' } }, required: ['kind'] },
  then: {
    if: { type: 'object', properties: { operation: { const: 'convert' } }, required: ['operation'] },
    then: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'operation', 'inputs', 'rates', 'decimals', 'output'],
      properties: {
        kind: {},
        operation: {},
        inputs: {
          type: 'object',
          additionalProperties: false,
          required: ['amount', 'from', 'to'],
          properties: { amount: snake, from: snake, to: snake },
        },
        rates: {
          type: 'object',
          minProperties: 2,
          additionalProperties: { type: 'number', exclusiveMinimum: 0 },
        },
        decimals: { type: 'integer', minimum: 0, maximum: 10 },
        output: snake,
      },
    },
    else: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'operation', 'inputs', 'decimals', 'output'],
      properties: {
        kind: {},
        operation: { type: 'string', enum: ['sum', 'average', 'min', 'max'] },
        inputs: {
          type: 'object',
          additionalProperties: false,
          required: ['values'],
          properties: { values: snake },
        },
        decimals: { type: 'integer', minimum: 0, maximum: 10 },
        output: snake,
      },
    },
  },
} as const;
