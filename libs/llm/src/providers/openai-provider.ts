import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { LlmProvider, ProviderRequest, ProviderResponse } from '../llm-types';
import { buildPrompt } from '../prompts/build-prompt';
import {
  llmErrorFrom,
  outputInvalid,
  parseJsonOutput,
  type SdkFailure,
  type VendorCall,
  withTimeoutRecognized,
} from './vendor-errors';
import { normalizeOpenAiUsage } from './vendor-usage';

/** Settings of an {@link OpenAiProvider}. */
export interface OpenAiProviderOptions {
  apiKey: string;
  /** An OpenAI-compatible server (vLLM, Ollama, a gateway, a test fake), including its `/v1`. */
  baseURL?: string;
  /** Client-wide timeout; each request uses its own `timeout_ms`. Default 120 s. */
  timeoutMs?: number;
  /** Name this provider reports (ledger, routing), e.g. `vllm` for a compatible server. Default `openai`. */
  name?: string;
  /**
   * Body field carrying the output token limit: `max_completion_tokens` (OpenAI, default) or the older
   * `max_tokens` that some compatible servers still expect.
   */
  maxTokensField?: 'max_completion_tokens' | 'max_tokens';
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
 * OpenAI, or any OpenAI-compatible server via `baseURL`, through Chat Completions with a `json_schema` response
 * format (`strict: false`: the role schemas use keywords strict mode refuses); the message content is parsed as
 * JSON. The stable system prompt comes first so OpenAI's automatic prompt caching can apply. The SDK never
 * retries (`maxRetries: 0`).
 */
export class OpenAiProvider implements LlmProvider {
  readonly name: string;
  readonly offline = false;
  private readonly client: OpenAI;

  constructor(private readonly opts: OpenAiProviderOptions) {
    this.name = opts.name ?? 'openai';
    this.client = new OpenAI({
      apiKey: opts.apiKey,
      // null, not undefined: the SDK would otherwise read OPENAI_BASE_URL / OPENAI_ORG_ID / OPENAI_PROJECT_ID.
      baseURL: opts.baseURL ?? null,
      organization: null,
      project: null,
      timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: 0,
    });
  }

  async generate(req: ProviderRequest): Promise<ProviderResponse> {
    const call: VendorCall = { provider: this.name, model: req.model, apiKey: this.opts.apiKey };
    const prompt = buildPrompt(req);
    let completion: OpenAI.ChatCompletion;
    const started = performance.now();
    try {
      completion = await this.client.chat.completions.create(
        {
          model: req.model,
          temperature: req.temperature,
          [this.opts.maxTokensField ?? 'max_completion_tokens']: req.max_output_tokens,
          messages: [
            { role: 'system', content: prompt.system },
            { role: 'user', content: prompt.user },
          ],
          response_format: {
            type: 'json_schema',
            json_schema: {
              name: `${req.role}_output`,
              schema: req.schema as Record<string, unknown>,
              strict: false,
            },
          },
        },
        { timeout: req.timeout_ms, maxRetries: 0 },
      );
    } catch (err) {
      const failure = withTimeoutRecognized(classify(err), performance.now() - started, req.timeout_ms);
      throw llmErrorFrom(call, failure, err);
    }

    const usage = normalizeOpenAiUsage(completion.usage);
    const model = completion.model || req.model;
    const choice = completion.choices?.[0];
    const content = choice?.message?.content ?? '';
    if (choice?.message?.refusal) {
      throw outputInvalid(call, {
        raw_text: choice.message.refusal,
        model,
        usage,
        problem: 'the model refused to answer',
      });
    }
    if (choice?.finish_reason === 'length') {
      throw outputInvalid(call, {
        raw_text: content,
        model,
        usage,
        problem: `the answer was cut off at the output token limit (${req.max_output_tokens})`,
      });
    }
    if (content.trim() === '') {
      throw outputInvalid(call, { raw_text: content, model, usage, problem: 'the answer is empty' });
    }
    const output = parseJsonOutput(call, content, model, usage);
    return { output, raw_text: content, model, usage };
  }
}
