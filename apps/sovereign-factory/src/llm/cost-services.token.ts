/**
 * Injection token of the factory's `CostServices` (ledger, budget guard, response cache) from `@sf/llm`, built
 * with the LLM client in `factory-app.ts` so both meter through the same objects.
 */
export const COST_SERVICES = Symbol('COST_SERVICES');
