import Anthropic, { APIConnectionError, APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk';
import type { LlmProvider, ProviderRequest, ProviderResponse } from '../llm-types';
import { buildPrompt } from '../prompts/build-prompt';
import {
  llmErrorFrom,
  outputInvalid,
  type SdkFailure,
  type VendorCall,
  withTimeoutRecognized,
} from './vendor-errors';
import { normalizeAnthropicUsage } from './vendor-usage';

/** Settings of an {@link AnthropicProvider}. */
export interface AnthropicProviderOptions {
  apiKey: string;
  /** Another endpoint speaking the Messages API (a proxy, a gateway, a test fake). */
  baseURL?: string;
  /** Client-wide timeout; each request uses its own `timeout_ms`. Default 120 s. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;

function classify(err: unknown): SdkFailure {
  if (err instanceof APIConnectionTimeoutError) return { kind: 'timeout' };
  if (err instanceof APIConnectionError) return { kind: 'connection', message: err.message };
  if (err instanceof APIError && typeof err.status === 'number') {
    return {
      kind: 'status',
      status: err.status,
      message: err.message,
      headers: err.headers as Headers | undefined,
    };
  }
  return { kind: 'other', message: err instanceof Error ? err.message : String(err) };
}

/**
 * Claude through the Messages API. Structured output comes from forcing one tool whose `input_schema` is the
 * role's schema; the role's stable system prompt is one `cache_control: ephemeral` block, so repeated calls read
 * it (with the tool definition before it) from the prompt cache. The SDK never retries (`maxRetries: 0`).
 */
export class AnthropicProvider implements LlmProvider {
  readonly name = 'anthropic';
  readonly offline = false;
  private readonly client: Anthropic;

  constructor(private readonly opts: AnthropicProviderOptions) {
    this.client = new Anthropic({
      apiKey: opts.apiKey,
      // null, not undefined: the SDK would otherwise read ANTHROPIC_BASE_URL (config comes only from our typed config).
      baseURL: opts.baseURL ?? null,
      timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: 0,
    });
  }

  async generate(req: ProviderRequest): Promise<ProviderResponse> {
    const call: VendorCall = { provider: this.name, model: req.model, apiKey: this.opts.apiKey };
    const prompt = buildPrompt(req);
    const tool = `emit_${req.role}_output`;
    // `temperature` is no longer declared by the 1.x SDK typings, but the Messages API still honours it on the
    // models we route to, and the exact-response cache relies on temperature-0 calls being deterministic.
    const params: Anthropic.MessageCreateParamsNonStreaming & { temperature: number } = {
      model: req.model,
      max_tokens: req.max_output_tokens,
      temperature: req.temperature,
      system: [{ type: 'text', text: prompt.system, cache_control: { type: 'ephemeral' } }],
      tools: [
        {
          name: tool,
          description: `Submit the ${req.role} output. Its input must satisfy the schema exactly.`,
          input_schema: req.schema as Anthropic.Tool.InputSchema,
        },
      ],
      tool_choice: { type: 'tool', name: tool, disable_parallel_tool_use: true },
      messages: [{ role: 'user', content: prompt.user }],
    };
    let message: Anthropic.Message;
    const started = performance.now();
    try {
      message = await this.client.messages.create(params, { timeout: req.timeout_ms, maxRetries: 0 });
    } catch (err) {
      const failure = withTimeoutRecognized(classify(err), performance.now() - started, req.timeout_ms);
      throw llmErrorFrom(call, failure, err);
    }

    const usage = normalizeAnthropicUsage(message.usage);
    const use = message.content.find(
      (b): b is Anthropic.ToolUseBlock => b.type === 'tool_use' && b.name === tool,
    );
    const text = message.content
      .filter((b): b is Anthropic.TextBlock => b.type === 'text')
      .map((b) => b.text)
      .join('\n');
    if (!use) {
      throw outputInvalid(call, {
        raw_text: text,
        model: message.model,
        usage,
        problem: `the answer has no ${tool} tool call (stop_reason ${message.stop_reason ?? 'none'})`,
      });
    }
    const raw_text = JSON.stringify(use.input) ?? '';
    if (message.stop_reason === 'max_tokens') {
      throw outputInvalid(call, {
        raw_text,
        model: message.model,
        usage,
        problem: `the tool call was cut off at max_tokens (${req.max_output_tokens})`,
      });
    }
    return { output: use.input, raw_text, model: message.model, usage };
  }
}
