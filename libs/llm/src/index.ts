/**
 * @sf/llm — the provider-neutral LLM seam: roles, requests, usage, the validating client and the deterministic
 * offline provider (SPEC and code roles). Vendor providers, retries, breakers, the cost ledger and budgets plug
 * in here.
 */
export type { LlmRole, LlmCallContext, LlmRequest, LlmUsage, LlmResult, LlmProvider } from './llm-types';
export { LlmError, type LlmErrorCode } from './llm-error';
export { LlmClient, createLlmClient, type LlmClientOptions } from './llm-client';
export { OfflineProvider } from './offline/offline-provider';
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
