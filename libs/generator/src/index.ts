/**
 * @sf/generator — the rule-based generator: designs a SPEC from an intent and improves it from the rubric's
 * findings (`spec-design/`), and writes a service, its `node:test` suites and repairs from the SPEC contract
 * (`codegen/`), deterministically and at $0. It serves the five LLM roles through one provider that the apps
 * give the LLM client as the final fallback of every chain. Depends on `@sf/llm` for the role types and
 * schemas; `@sf/llm` never depends on it.
 */

/** The `offline` provider: answers every LLM role from rules (same input, byte-identical output, $0). */
export { OfflineProvider } from './offline-provider';
