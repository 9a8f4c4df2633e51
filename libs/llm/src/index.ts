/**
 * @sf/llm — the LLM layer: roles, the client (fallback chain, retries, circuit breakers, exact cache, budget
 * reservation, one ledger entry per request), vendor providers (Anthropic, OpenAI-compatible), the price table,
 * and the Redis-backed ledger, budget and cache. The deterministic `offline` provider that ends every chain is
 * passed in by the caller (the apps use `@sf/generator`'s); this lib never imports it.
 */
export type {
  LlmRole,
  LlmCallContext,
  LlmRequest,
  LlmUsage,
  LlmResult,
  LlmHop,
  LlmProvider,
  ProviderRequest,
  ProviderResponse,
  TokenUsage,
} from './llm-types';
export { LLM_ROLES } from './llm-types';
export { LlmError, type LlmErrorCode } from './llm-error';
export { LlmClient, type LlmClientDeps } from './llm-client';
export { budgetShortfall } from './call-accounting';
export { breakerStateMetrics, type BreakerSnapshot, type HopPermit } from './resilience/breaker-registry';
export {
  RedisBreakerStore,
  type SharedBreakerStore,
  type SharedBreakerGrant,
  type SharedBreakerView,
  type SharedBreakerSettings,
} from './resilience/redis-breaker-store';
export {
  createLlmClient,
  llmSettingsFrom,
  type LlmSettings,
  type LlmClientExtras,
} from './create-llm-client';
export { budgetPauseEvent, llmCallEvents } from './llm-events';
export type {
  BreakerState,
  BudgetGuard,
  BudgetReservation,
  CachedAnswer,
  CacheLookup,
  CostLedger,
  LedgerEntry,
  LedgerOutcome,
  LlmObserver,
  ReserveResult,
  ResponseCache,
} from './cost-ports';
export { CircuitBreaker, type BreakerOptions, type BreakerPermit } from './resilience/circuit-breaker';
export { DEFAULT_RETRY, retryDelay, type RetryOptions } from './resilience/retry-policy';
export {
  DEFAULT_CHAIN,
  DEFAULT_ROUTING,
  DEFAULT_ROLE_SETTINGS,
  complexityOf,
  parseChain,
  resolveRouting,
  type Complexity,
  type LlmRouting,
  type RoleSettings,
  type RouteHop,
} from './routing';
export {
  SPEC_DRAFT_OUTPUT_SCHEMA,
  type SpecBuilderInput,
  type SpecOptimizerInput,
  type SpecDraftOutput,
} from './spec-roles';
export {
  CODEGEN_OUTPUT_SCHEMA,
  TESTGEN_OUTPUT_SCHEMA,
  FIXER_OUTPUT_SCHEMA,
  GENERATED_LAYOUT,
  GENERATED_PATH_PATTERN,
  type GeneratedFile,
  type CodegenInput,
  type CodegenOutput,
  type TestgenInput,
  type TestgenOutput,
  type FixerFailure,
  type FixerInput,
  type FixerOutput,
} from './code-roles';
export { applyFixerOutput, releasePathFor } from './generated-files';
export {
  RedisCostLedger,
  RedisBudgetGuard,
  RedisResponseCache,
  createCostServices,
  cacheKey,
  canonicalJson,
  utcDay,
  isUtcDay,
  lastUtcDays,
  BUDGET_ALERT_THRESHOLDS,
  type CostServices,
  type CostConfig,
  type CostServicesOptions,
  type CostTotals,
  type RoleCost,
  type ModelCost,
  type IntentCost,
  type BuildCost,
  type DayCost,
  type BudgetLimits,
  type BudgetStatus,
  type BudgetAlert,
  type BudgetAlertOptions,
  type BudgetLogger,
  type UtcDay,
} from './ledger';
export { AnthropicProvider, type AnthropicProviderOptions } from './providers/anthropic-provider';
export { OpenAiProvider, type OpenAiProviderOptions } from './providers/openai-provider';
export { parseRetryAfterMs, type OutputInvalidDetails } from './providers/vendor-errors';
export { normalizeAnthropicUsage, normalizeOpenAiUsage } from './providers/vendor-usage';
export { buildPrompt, type Prompt } from './prompts/build-prompt';
export { detectInjection, sanitizeUntrusted } from './prompts/untrusted';
export {
  assertPriced,
  costUsd,
  loadPriceTable,
  priceFor,
  type ModelPrice,
  type PriceTable,
} from './pricing/pricing';
export {
  createServiceLlm,
  type ServiceLlmConfig,
  type ServiceLlmLogger,
  type ServiceLlmOptions,
} from './service-llm';
