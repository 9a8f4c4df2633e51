import Ajv, { type JSONSchemaType } from 'ajv';
import { LlmError } from '../llm-error';
import type { TokenUsage } from '../llm-types';
import bundledTable from './price-table.json';

/** USD per million tokens for each kind of token a call can bill. */
export interface ModelPrice {
  input: number;
  output: number;
  cache_read: number;
  cache_write: number;
}

/** A versioned price table: prices keyed by `provider/model` (e.g. `anthropic/claude-sonnet-4-5`). */
export interface PriceTable {
  version: string;
  /** ISO date (YYYY-MM-DD) from which the prices apply. */
  effective_date: string;
  /** Where the prices were taken from. */
  sources: string[];
  models: Record<string, ModelPrice>;
}

const price = { type: 'number', minimum: 0 } as const;

const TABLE_SCHEMA: JSONSchemaType<PriceTable> = {
  type: 'object',
  required: ['version', 'effective_date', 'sources', 'models'],
  properties: {
    version: { type: 'string', minLength: 1 },
    effective_date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    sources: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^https://' } },
    models: {
      type: 'object',
      required: [],
      propertyNames: { pattern: '^[a-z0-9][a-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._:-]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['input', 'output', 'cache_read', 'cache_write'],
        properties: { input: price, output: price, cache_read: price, cache_write: price },
      },
    },
  },
};

const validateTable = new Ajv({ allErrors: true }).compile(TABLE_SCHEMA);

// Prices are held as integer pico-dollars per token (USD per MTok × 10^6), so costs add up without float drift.
const PICO_PER_USD = 1e12;
const PICO_PER_TOKEN_PER_USD_PER_MTOK = 1e6;

function picoPerToken(usdPerMTok: number): number {
  return Math.round(usdPerMTok * PICO_PER_TOKEN_PER_USD_PER_MTOK);
}

function hasSubPicoDigits(usdPerMTok: number): boolean {
  return Math.abs(usdPerMTok * PICO_PER_TOKEN_PER_USD_PER_MTOK - picoPerToken(usdPerMTok)) > 1e-6;
}

/**
 * Validates a price table (the bundled `price-table.json` when `source` is omitted) and returns it. Prices must
 * be non-negative with at most six decimals (so costs are exact); otherwise `LLM_CONFIG_INVALID` listing every
 * problem.
 */
export function loadPriceTable(source: unknown = bundledTable): PriceTable {
  if (!validateTable(source)) {
    const problems = (validateTable.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
    throw new LlmError('LLM_CONFIG_INVALID', `price table is invalid: ${problems.join('; ')}`, false, {
      problems,
    });
  }
  const tooPrecise = Object.entries(source.models).flatMap(([key, p]) =>
    (Object.entries(p) as [string, number][])
      .filter(([, v]) => hasSubPicoDigits(v))
      .map(([kind, v]) => `${key} ${kind} ${v} has more than six decimals`),
  );
  if (tooPrecise.length > 0) {
    throw new LlmError('LLM_CONFIG_INVALID', `price table is invalid: ${tooPrecise.join('; ')}`, false, {
      problems: tooPrecise,
    });
  }
  return source;
}

// Vendors answer with dated variants (`claude-sonnet-4-5-20250929`, `gpt-4o-2024-08-06`) of a priced alias.
const DATE_SUFFIX = /-(?:\d{8}|\d{4}-\d{2}-\d{2})$/;

function lookup(table: PriceTable, provider: string, model: string): ModelPrice | undefined {
  return (
    table.models[`${provider}/${model}`] ?? table.models[`${provider}/${model.replace(DATE_SUFFIX, '')}`]
  );
}

/**
 * The price of `provider/model`, falling back from a dated model id to its undated alias. Throws
 * `LLM_CONFIG_INVALID` naming the model when the table has no price for it.
 */
export function priceFor(table: PriceTable, provider: string, model: string): ModelPrice {
  const found = lookup(table, provider, model);
  if (!found) {
    throw new LlmError(
      'LLM_CONFIG_INVALID',
      `no price for model ${provider}/${model} in price table ${table.version}`,
      false,
      { unpriced: [`${provider}/${model}`] },
    );
  }
  return found;
}

/**
 * Start-up check: every configured model must have a price. Throws one `LLM_CONFIG_INVALID` listing every
 * unpriced `provider/model` (also in `details.unpriced`).
 */
export function assertPriced(
  table: PriceTable,
  models: readonly { provider: string; model: string }[],
): void {
  const unpriced = [
    ...new Set(
      models.filter((m) => !lookup(table, m.provider, m.model)).map((m) => `${m.provider}/${m.model}`),
    ),
  ];
  if (unpriced.length > 0) {
    throw new LlmError(
      'LLM_CONFIG_INVALID',
      `no price in price table ${table.version} for: ${unpriced.join(', ')}`,
      false,
      { unpriced },
    );
  }
}

/**
 * What `usage` costs at `price`, in USD. Usage is normalized ({@link TokenUsage}: `input_tokens` excludes cache
 * reads and writes), so each kind of token is billed once at its own rate. Computed in integer pico-dollars and
 * divided once, so the result is the nearest double to the exact amount.
 */
export function costUsd(price: ModelPrice, usage: TokenUsage): number {
  const pico =
    usage.input_tokens * picoPerToken(price.input) +
    usage.output_tokens * picoPerToken(price.output) +
    usage.cache_read_tokens * picoPerToken(price.cache_read) +
    usage.cache_write_tokens * picoPerToken(price.cache_write);
  return pico / PICO_PER_USD;
}
