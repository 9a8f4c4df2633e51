/** JSON-schema properties of a `quota` behaviour (`QuotaBehavior` in `record-behaviors.ts`). */
export const QUOTA_PROPERTIES = {
  key_field: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 },
  limit: { type: 'integer', minimum: 1, maximum: 1_000_000 },
  window_seconds: { type: 'integer', minimum: 1, maximum: 31_536_000 },
  algorithm: { enum: ['fixed_window', 'token_bucket'] },
  refill_tokens: { type: 'integer', minimum: 1, maximum: 1_000_000 },
} as const;
