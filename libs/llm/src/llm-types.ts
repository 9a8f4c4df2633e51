import type { JSONSchemaType } from 'ajv';

/** The pipeline roles that call a model; each has its own prompt, output schema and routing. */
export type LlmRole = 'spec_builder' | 'spec_optimizer' | 'codegen' | 'testgen' | 'fixer';

/** Every role, in pipeline order. */
export const LLM_ROLES: readonly LlmRole[] = [
  'spec_builder',
  'spec_optimizer',
  'codegen',
  'testgen',
  'fixer',
];

/** Who a call is for, so usage can be attributed (ledger, events, budgets). */
export interface LlmCallContext {
  intent_id?: string;
  build_id?: string;
  /** Critical intents may continue on the offline provider when the budget is exhausted. */
  critical?: boolean;
}

/** One structured-output request: the role's input and the schema its output must satisfy. */
export interface LlmRequest<T> {
  role: LlmRole;
  input: unknown;
  schema: JSONSchemaType<T>;
  context?: LlmCallContext;
}

/** One hop of the fallback chain that was tried (or skipped) before the answer. */
export interface LlmHop {
  provider: string;
  model: string;
  /** 0 = primary, 1 = first fallback, … */
  level: number;
  outcome: 'ok' | 'failed' | 'skipped';
  /** Why the hop failed or was skipped (an `LlmErrorCode`, e.g. `LLM_CIRCUIT_OPEN`, `LLM_BUDGET_EXCEEDED`). */
  reason?: string;
  /** The provider+model circuit breaker after this hop (vendor hops only). */
  breaker?: 'closed' | 'half_open' | 'open';
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
  /** Served from the exact-response cache ($0). */
  cached: boolean;
  /** Level in the fallback chain of the hop that answered (0 = primary). */
  fallback_level: number;
}

/** A validated output, its usage, the hops tried, and injection phrases found in the untrusted input. */
export interface LlmResult<T> {
  output: T;
  usage: LlmUsage;
  hops: LlmHop[];
  injection_flags: string[];
}

/**
 * Token counts normalized across vendors. `input_tokens` are the prompt tokens billed at the plain input
 * rate, i.e. EXCLUDING cache reads and cache writes (Anthropic reports it this way; for OpenAI it is
 * `prompt_tokens - cached_tokens`).
 */
export interface TokenUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_tokens: number;
  cache_write_tokens: number;
}

/** One request to a provider for one model. */
export interface ProviderRequest {
  role: LlmRole;
  model: string;
  /** The role's input (untrusted intent text inside it is rendered as delimited data by the prompt). */
  input: unknown;
  /** JSON schema the output must satisfy (passed to the vendor as a structured-output / tool schema). */
  schema: object;
  temperature: number;
  max_output_tokens: number;
  timeout_ms: number;
  /** Set on the single repair round: the previous (invalid) output and what was wrong with it. */
  repair?: { previous_output: string; problems: string[] };
  context: LlmCallContext;
}

/** A provider's raw answer: parsed JSON output (not yet validated), the text it came from, and token usage. */
export interface ProviderResponse {
  output: unknown;
  raw_text: string;
  /** The model that actually answered (vendors may return a dated variant). */
  model: string;
  usage: TokenUsage;
}

/**
 * A model provider: one request for one model → raw output and token usage. It must not retry (SDK clients are
 * built with `maxRetries: 0`); failures are `LlmError`s with a vendor-neutral code and `transient` set when
 * trying again can help (429, 5xx, 529, timeouts, connection errors), carrying `retryAfterMs` when the vendor
 * said so. Unparseable output is `LLM_OUTPUT_INVALID` with the raw text in `details.raw_text`.
 */
export interface LlmProvider {
  readonly name: string;
  /** True only for the deterministic, $0 offline provider. */
  readonly offline: boolean;
  generate(req: ProviderRequest): Promise<ProviderResponse>;
}
