import { LlmError } from '../llm-error';
import type { TokenUsage } from '../llm-types';

/** Headers as both SDKs expose them on an API error. */
interface HeaderSource {
  get(name: string): string | null;
}

/**
 * Milliseconds a vendor asked us to wait: `retry-after-ms` (milliseconds), else `retry-after` as seconds or an
 * HTTP date (relative to `now`). Undefined when neither is present or parseable.
 */
export function parseRetryAfterMs(
  headers: HeaderSource | undefined,
  now: number = Date.now(),
): number | undefined {
  const ms = headers?.get('retry-after-ms');
  if (ms != null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return Math.ceil(value);
  }
  const after = headers?.get('retry-after')?.trim();
  if (!after) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(after)) return Math.ceil(Number(after) * 1000);
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Who was asked, for error messages (never the API key). */
export interface VendorCall {
  provider: string;
  model: string;
  /** Removed from every message, in case a vendor echoes it back. */
  apiKey: string;
}

const MAX_MESSAGE = 500;

/** The vendor's message, without the API key and bounded in length. */
export function safeMessage(call: VendorCall, message: string): string {
  const redacted = call.apiKey ? message.split(call.apiKey).join('[redacted]') : message;
  return redacted.length > MAX_MESSAGE ? `${redacted.slice(0, MAX_MESSAGE)}…` : redacted;
}

/**
 * Maps an HTTP error status to an {@link LlmError}: 429 → `LLM_RATE_LIMITED` (with `retryAfterMs`), 5xx and 529
 * → `LLM_PROVIDER_UNAVAILABLE`, 408 → `LLM_TIMEOUT` (all transient); any other 4xx → `LLM_REQUEST_REJECTED`.
 */
export function errorForStatus(
  call: VendorCall,
  status: number,
  message: string,
  headers: HeaderSource | undefined,
  cause: unknown,
): LlmError {
  const text = `${call.provider} ${call.model}: ${safeMessage(call, message)}`;
  const opts = { status, cause };
  if (status === 429) {
    return new LlmError('LLM_RATE_LIMITED', text, true, undefined, {
      ...opts,
      retryAfterMs: parseRetryAfterMs(headers),
    });
  }
  if (status >= 500) return new LlmError('LLM_PROVIDER_UNAVAILABLE', text, true, undefined, opts);
  if (status === 408) return new LlmError('LLM_TIMEOUT', text, true, undefined, opts);
  if (status >= 400) return new LlmError('LLM_REQUEST_REJECTED', text, false, undefined, opts);
  return new LlmError('LLM_PROVIDER_FAILED', text, false, undefined, opts);
}

/** The SDK-independent kinds of failure a provider classifies an SDK error into. */
export type SdkFailure =
  | { kind: 'status'; status: number; message: string; headers: HeaderSource | undefined }
  | { kind: 'timeout' }
  | { kind: 'connection'; message: string }
  | { kind: 'other'; message: string };

/**
 * A connection failure that came when the request timeout ran out is that timeout: some fetch implementations
 * (and a fetch from another realm, as under Jest) surface the abort without the `AbortError` name the SDKs look for.
 */
export function withTimeoutRecognized(failure: SdkFailure, elapsedMs: number, timeoutMs: number): SdkFailure {
  // Timers and performance.now() may disagree by a few milliseconds.
  return failure.kind === 'connection' && elapsedMs + 10 >= timeoutMs ? { kind: 'timeout' } : failure;
}

/** Turns a classified SDK failure into the {@link LlmError} the rest of the layer handles. */
export function llmErrorFrom(call: VendorCall, failure: SdkFailure, cause: unknown): LlmError {
  const who = `${call.provider} ${call.model}`;
  switch (failure.kind) {
    case 'status':
      return errorForStatus(call, failure.status, failure.message, failure.headers, cause);
    case 'timeout':
      return new LlmError('LLM_TIMEOUT', `${who}: no answer within the request timeout`, true, undefined, {
        cause,
      });
    case 'connection':
      return new LlmError(
        'LLM_CONNECTION_FAILED',
        `${who}: connection failed: ${safeMessage(call, failure.message)}`,
        true,
        undefined,
        { cause },
      );
    case 'other':
      return new LlmError(
        'LLM_PROVIDER_FAILED',
        `${who}: ${safeMessage(call, failure.message)}`,
        false,
        undefined,
        { cause },
      );
  }
}

/** `details` of the `LLM_OUTPUT_INVALID` a provider throws: the tokens were spent, so usage travels with it. */
export interface OutputInvalidDetails {
  raw_text: string;
  model: string;
  usage: TokenUsage;
  problem: string;
}

/** The error for an answer whose output is missing or not JSON. */
export function outputInvalid(call: VendorCall, details: OutputInvalidDetails): LlmError {
  return new LlmError(
    'LLM_OUTPUT_INVALID',
    `${call.provider} ${details.model}: ${details.problem}`,
    false,
    details,
  );
}

/**
 * Parses a model's JSON answer. Tolerates one surrounding Markdown code fence, which OpenAI-compatible servers that
 * ignore `response_format` sometimes add; anything else that is not JSON is `LLM_OUTPUT_INVALID`.
 */
export function parseJsonOutput(call: VendorCall, text: string, model: string, usage: TokenUsage): unknown {
  const fenced = /^\s*```(?:json)?[ \t]*\n([\s\S]*?)\n```\s*$/.exec(text);
  try {
    return JSON.parse(fenced ? fenced[1] : text);
  } catch {
    throw outputInvalid(call, { raw_text: text, model, usage, problem: 'the answer is not JSON' });
  }
}
