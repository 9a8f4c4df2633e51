import type { TokenUsage } from '../llm-types';

/** The `usage` block of an Anthropic Messages response (fields this layer reads). */
export interface AnthropicWireUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
}

/** The `usage` block of an OpenAI Chat Completions response (fields this layer reads). */
export interface OpenAiWireUsage {
  prompt_tokens: number;
  completion_tokens: number;
  prompt_tokens_details?: { cached_tokens?: number | null } | null;
}

const count = (n: number | null | undefined): number => (typeof n === 'number' && n > 0 ? n : 0);

/**
 * Anthropic reports `input_tokens` already excluding cache reads and cache writes, so the fields map one to one.
 */
export function normalizeAnthropicUsage(u: AnthropicWireUsage): TokenUsage {
  return {
    input_tokens: count(u.input_tokens),
    output_tokens: count(u.output_tokens),
    cache_read_tokens: count(u.cache_read_input_tokens),
    cache_write_tokens: count(u.cache_creation_input_tokens),
  };
}

/**
 * OpenAI's `prompt_tokens` INCLUDES the cached prompt tokens, so plain input is `prompt_tokens - cached_tokens`;
 * OpenAI caches automatically and bills no cache writes. A server that sends no usage (some OpenAI-compatible
 * ones) counts as zero tokens.
 */
export function normalizeOpenAiUsage(u: OpenAiWireUsage | null | undefined): TokenUsage {
  const prompt = count(u?.prompt_tokens);
  const cached = Math.min(count(u?.prompt_tokens_details?.cached_tokens), prompt);
  return {
    input_tokens: prompt - cached,
    output_tokens: count(u?.completion_tokens),
    cache_read_tokens: cached,
    cache_write_tokens: 0,
  };
}
