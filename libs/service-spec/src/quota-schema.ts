/** JSON-schema properties of a `quota` behaviour (`QuotaBehavior` in `record-behaviors.ts`). */
export const QUOTA_PROPERTIES = {
  key_field: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  limit: { type: 'integer', minimum: 1, maximum: 1_000_000 },
  window_seconds: { type: 'integer', minimum: 1, maximum: 31_536_000 },
  algorithm: { enum: ['fixed_window', 'token_bucket'] },
  refill_tokens: { type: 'integer', minimum: 1, maximum: 1_000_000 },
  key_header: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 },
  key_param: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  remaining_as: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  reset_at_as: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  count_as: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  aligned: { enum: ['utc', 'utc_month'] },
} as const;

/** JSON schema of a resource's `ttl` (`TtlRule` in `record-rule-contract.ts`). */
export const TTL_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    seconds: { type: 'integer', minimum: 1, maximum: 31_536_000 },
    field: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
    answer_field: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  },
} as const;

/** JSON schema of a resource's `reads` (`ReadLimitRule` in `record-rule-contract.ts`). */
export const READS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    count: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    field: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
    gone_status: { enum: [404, 410] },
  },
} as const;

/** JSON-schema properties of a `low_stock` behaviour (`LowStockBehavior` in `record-behaviors.ts`). */
export const LOW_STOCK_PROPERTIES = {
  resource: { type: 'string', pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$', maxLength: 80 },
  field: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  threshold: { type: 'number' },
  threshold_field: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  inclusive: { type: 'boolean' },
  wrap: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  order_by: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  shortfall_field: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
} as const;

const SNAKE_NAME = { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 } as const;
const RECORD_REF = {
  resource: { type: 'string', pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$', maxLength: 80 },
  param: SNAKE_NAME,
} as const;

/** JSON-schema properties of a `vote` behaviour (`VoteBehavior` in `record-behaviors.ts`). */
export const VOTE_PROPERTIES = {
  ...RECORD_REF,
  options_field: SNAKE_NAME,
  choice_field: SNAKE_NAME,
  by: { enum: ['text', 'index'] },
  voter_field: SNAKE_NAME,
  closed_field: SNAKE_NAME,
  status: { enum: [200, 201] },
  unknown_status: { enum: [400, 404, 422] },
} as const;

/** JSON-schema properties of a `tally` behaviour (`TallyBehavior` in `record-behaviors.ts`). */
export const TALLY_PROPERTIES = {
  ...RECORD_REF,
  options_field: SNAKE_NAME,
  field: SNAKE_NAME,
  shape: { enum: ['object', 'list'] },
  option_key: SNAKE_NAME,
  count_key: SNAKE_NAME,
  total_field: SNAKE_NAME,
  order: { const: 'desc' },
} as const;

/** JSON-schema properties of an `owner_aggregate` behaviour (`OwnerAggregateBehavior`), every one required. */
export const OWNER_AGGREGATE_PROPERTIES = {
  resource: { type: 'string', pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$', maxLength: 80 },
  param: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  owner_field: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  value_field: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  operation: { enum: ['average', 'sum', 'min', 'max'] },
  decimals: { type: 'integer', minimum: 0, maximum: 10 },
  output: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
} as const;
