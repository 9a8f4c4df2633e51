import type { JSONSchemaType } from 'ajv';

/** The pipeline roles that call a model; each has its own input, output schema and (later) routing. */
export type LlmRole = 'spec_builder' | 'spec_optimizer' | 'codegen' | 'testgen' | 'fixer';

/** Who a call is for, so usage can be attributed (ledger, events, budgets). */
export interface LlmCallContext {
  intent_id?: string;
  build_id?: string;
}

/** One structured-output request: the role's input and the schema its output must satisfy. */
export interface LlmRequest<T> {
  role: LlmRole;
  input: unknown;
  schema: JSONSchemaType<T>;
  context?: LlmCallContext;
}

/** What a call cost and how long it took; `offline` marks the deterministic provider in every record. */
export interface LlmUsage {
  provider: string;
  model: string;
  input_tokens: number;
  output_tokens: number;
  cache_read_tokens: number;
  cache_write_tokens: number;
  cost_usd: number;
  latency_ms: number;
  offline: boolean;
}

/** A validated output and its usage. */
export interface LlmResult<T> {
  output: T;
  usage: LlmUsage;
}

/**
 * A model provider. It answers one role call with raw (unvalidated) output and its usage; the client measures
 * latency and validates. Real providers (Anthropic, OpenAI-compatible) implement this same seam, so retries,
 * breakers, fallback and the cost ledger can wrap any provider.
 */
export interface LlmProvider {
  readonly name: string;
  generate(
    role: LlmRole,
    input: unknown,
    context: LlmCallContext,
  ): Promise<{ output: unknown; usage: Omit<LlmUsage, 'latency_ms'> }>;
}
