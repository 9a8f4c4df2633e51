/** Injection token of the `LlmClient` from `@sf/llm` the SPEC line calls. */
export const LLM_CLIENT = Symbol('LLM_CLIENT');
