import type { BudgetGuard, CostLedger, LlmObserver, ResponseCache } from './cost-ports';
import type { SharedBreakerStore } from './resilience/redis-breaker-store';
import { LlmClient, type LlmClientDeps } from './llm-client';
import { LlmError } from './llm-error';
import { LLM_ROLES, type LlmProvider } from './llm-types';
import { assertPriced, loadPriceTable } from './pricing/pricing';
import { AnthropicProvider } from './providers/anthropic-provider';
import { OpenAiProvider } from './providers/openai-provider';
import { resolveRouting } from './routing';

/** Provider choice and credentials, as read from the environment (see ServiceConfig). */
export interface LlmSettings {
  /** `auto`: every vendor with a key; `anthropic` / `openai`: that vendor only; `offline`: no vendor. */
  provider: 'auto' | 'offline' | 'anthropic' | 'openai';
  anthropicApiKey?: string;
  anthropicBaseUrl?: string;
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  /** LLM_FALLBACK_CHAIN */
  fallbackChain?: string;
  /** LLM_ROUTING */
  routing?: string;
}

/** The final fallback, Redis-backed (or test) collaborators and tuning passed through to the client. */
export type LlmClientExtras = Pick<
  LlmClientDeps,
  'retry' | 'breaker' | 'roleSettings' | 'now' | 'sleep' | 'random' | 'logger'
> & {
  /**
   * The last hop of every chain, registered as `offline`: deterministic, $0 and always available (its `offline`
   * flag must be set). The apps pass the rule-based generator's `OfflineProvider` (`@sf/generator`).
   */
  offline: LlmProvider;
  ledger?: CostLedger;
  budget?: BudgetGuard;
  cache?: ResponseCache;
  observer?: LlmObserver;
  /** The replicas' shared circuit breakers (see {@link LlmClientDeps.breakerStore}). */
  breakerStore?: SharedBreakerStore;
};

/**
 * Builds the client for the configured providers, with `extras.offline` as the final fallback of every chain.
 * Every model a configured route can reach must have a price in the bundled table, else this throws
 * `LLM_CONFIG_INVALID` naming each unpriced model (the service refuses to start). With no vendor configured the
 * offline provider answers everything.
 */
export function createLlmClient(settings: LlmSettings, extras: LlmClientExtras): LlmClient {
  const { offline, ...deps } = extras;
  const providers = new Map<string, LlmProvider>([['offline', offline]]);
  const wants = (vendor: 'anthropic' | 'openai') =>
    settings.provider === 'auto' || settings.provider === vendor;
  if (wants('anthropic') && settings.anthropicApiKey) {
    providers.set(
      'anthropic',
      new AnthropicProvider({ apiKey: settings.anthropicApiKey, baseURL: settings.anthropicBaseUrl }),
    );
  }
  // An OpenAI-compatible server (e.g. a local one) may need no key: a base URL is enough.
  if (wants('openai') && (settings.openaiApiKey || settings.openaiBaseUrl)) {
    providers.set(
      'openai',
      new OpenAiProvider({ apiKey: settings.openaiApiKey ?? 'not-needed', baseURL: settings.openaiBaseUrl }),
    );
  }
  if (
    (settings.provider === 'anthropic' || settings.provider === 'openai') &&
    !providers.has(settings.provider)
  ) {
    const env =
      settings.provider === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'OPENAI_API_KEY (or OPENAI_BASE_URL)';
    throw new LlmError('LLM_CONFIG_INVALID', `LLM_PROVIDER=${settings.provider} needs ${env}`);
  }
  const routing = resolveRouting({ chain: settings.fallbackChain, roles: settings.routing });
  const prices = loadPriceTable();
  const reachable = LLM_ROLES.flatMap((role) => [...routing[role].simple, ...routing[role].complex]).filter(
    (hop) => providers.has(hop.provider),
  );
  assertPriced(prices, reachable);
  return new LlmClient({ providers, routing, prices, ...deps });
}

/** The settings in a service config (the base ServiceConfig of both apps). */
export function llmSettingsFrom(config: {
  LLM_PROVIDER: LlmSettings['provider'];
  ANTHROPIC_API_KEY?: string;
  ANTHROPIC_BASE_URL?: string;
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  LLM_FALLBACK_CHAIN?: string;
  LLM_ROUTING?: string;
}): LlmSettings {
  return {
    provider: config.LLM_PROVIDER,
    anthropicApiKey: config.ANTHROPIC_API_KEY,
    anthropicBaseUrl: config.ANTHROPIC_BASE_URL,
    openaiApiKey: config.OPENAI_API_KEY,
    openaiBaseUrl: config.OPENAI_BASE_URL,
    fallbackChain: config.LLM_FALLBACK_CHAIN,
    routing: config.LLM_ROUTING,
  };
}
