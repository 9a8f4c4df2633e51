import { LlmError } from './llm-error';
import { LLM_ROLES, type LlmRole } from './llm-types';

/** One hop of a route: a provider (`anthropic`, `openai`, `offline`) and one of its models. */
export interface RouteHop {
  provider: string;
  model: string;
}

/** How hard a call is; picks the route of a role. */
export type Complexity = 'simple' | 'complex';

/** Per role and complexity, the fallback chain to try in order (offline is appended as the last resort). */
export type LlmRouting = Record<LlmRole, Record<Complexity, RouteHop[]>>;

/** Per-role request settings. */
export interface RoleSettings {
  temperature: number;
  max_output_tokens: number;
  timeout_ms: number;
}

const SONNET: RouteHop = { provider: 'anthropic', model: 'claude-sonnet-4-6' };
const HAIKU: RouteHop = { provider: 'anthropic', model: 'claude-haiku-4-5' };
const GPT_4O: RouteHop = { provider: 'openai', model: 'gpt-4o' };
const GPT_4O_MINI: RouteHop = { provider: 'openai', model: 'gpt-4o-mini' };

/** The default chain (PRODUCT §8): Claude Sonnet → GPT-4o → Claude Haiku → offline. */
export const DEFAULT_CHAIN: readonly RouteHop[] = [SONNET, GPT_4O, HAIKU];

/**
 * Default routing: drafting a SPEC for a small intent is a small-model job; optimizing a SPEC and writing,
 * testing and fixing code use the large models. Complex inputs always take the default chain.
 */
export const DEFAULT_ROUTING: LlmRouting = {
  spec_builder: { simple: [HAIKU, GPT_4O_MINI, SONNET], complex: [...DEFAULT_CHAIN] },
  spec_optimizer: { simple: [...DEFAULT_CHAIN], complex: [...DEFAULT_CHAIN] },
  codegen: { simple: [...DEFAULT_CHAIN], complex: [...DEFAULT_CHAIN] },
  testgen: { simple: [...DEFAULT_CHAIN], complex: [...DEFAULT_CHAIN] },
  fixer: { simple: [...DEFAULT_CHAIN], complex: [...DEFAULT_CHAIN] },
};

/** Default request settings per role: deterministic (temperature 0) so the exact cache applies. */
export const DEFAULT_ROLE_SETTINGS: Record<LlmRole, RoleSettings> = {
  spec_builder: { temperature: 0, max_output_tokens: 8_000, timeout_ms: 90_000 },
  spec_optimizer: { temperature: 0, max_output_tokens: 8_000, timeout_ms: 90_000 },
  codegen: { temperature: 0, max_output_tokens: 16_000, timeout_ms: 180_000 },
  testgen: { temperature: 0, max_output_tokens: 16_000, timeout_ms: 180_000 },
  fixer: { temperature: 0, max_output_tokens: 16_000, timeout_ms: 180_000 },
};

/**
 * Complexity of a role input: many features or endpoints, or a large payload, is `complex`. Deterministic, so a
 * retried job takes the same route.
 */
export function complexityOf(input: unknown): Complexity {
  const value = input as {
    intent?: { key_features?: unknown[] };
    contract?: { endpoints?: unknown[] };
  } | null;
  const features = value?.intent?.key_features?.length ?? 0;
  const endpoints = value?.contract?.endpoints?.length ?? 0;
  const size = JSON.stringify(input ?? null).length;
  return features > 8 || endpoints > 8 || size > 60_000 ? 'complex' : 'simple';
}

/** Parses `provider/model` (e.g. `anthropic/claude-sonnet-4-6`). */
export function parseHop(text: string): RouteHop {
  const match = /^([a-z][a-z0-9_-]*)\/(\S+)$/.exec(text.trim());
  if (!match) {
    throw new LlmError(
      'LLM_CONFIG_INVALID',
      `"${text}" is not provider/model (e.g. anthropic/claude-sonnet-4-6)`,
    );
  }
  return { provider: match[1], model: match[2] };
}

/** Parses a comma-separated chain (`LLM_FALLBACK_CHAIN`). */
export function parseChain(text: string): RouteHop[] {
  return text
    .split(',')
    .filter((part) => part.trim() !== '')
    .map(parseHop);
}

/**
 * The routing after overrides: `chain` (LLM_FALLBACK_CHAIN) replaces the default chain everywhere; `roles`
 * (LLM_ROUTING, JSON `{"codegen": "openai/gpt-4.1,anthropic/claude-sonnet-4-6", "spec_builder": {"simple": "…"}}`)
 * replaces single roles.
 */
export function resolveRouting(overrides: { chain?: string; roles?: string }): LlmRouting {
  const routing: LlmRouting = structuredClone(DEFAULT_ROUTING);
  if (overrides.chain) {
    const chain = parseChain(overrides.chain);
    for (const role of LLM_ROLES) routing[role] = { simple: [...chain], complex: [...chain] };
  }
  if (overrides.roles) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(overrides.roles);
    } catch {
      throw new LlmError('LLM_CONFIG_INVALID', 'LLM_ROUTING is not JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new LlmError('LLM_CONFIG_INVALID', 'LLM_ROUTING must be a JSON object keyed by role');
    }
    for (const [role, value] of Object.entries(parsed)) {
      if (!LLM_ROLES.includes(role as LlmRole)) {
        throw new LlmError('LLM_CONFIG_INVALID', `LLM_ROUTING names an unknown role "${role}"`);
      }
      const entry = routing[role as LlmRole];
      if (typeof value === 'string') {
        entry.simple = parseChain(value);
        entry.complex = parseChain(value);
      } else if (typeof value === 'object' && value !== null) {
        const { simple, complex } = value as { simple?: unknown; complex?: unknown };
        if (typeof simple === 'string') entry.simple = parseChain(simple);
        if (typeof complex === 'string') entry.complex = parseChain(complex);
      } else {
        throw new LlmError(
          'LLM_CONFIG_INVALID',
          `LLM_ROUTING.${role} must be a chain string or {simple, complex}`,
        );
      }
    }
  }
  return routing;
}
