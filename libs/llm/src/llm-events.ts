import type { NewPipelineEvent } from '@sf/contracts';
import type { LlmError } from './llm-error';
import type { LlmResult, LlmRole } from './llm-types';

/** The `llm_call` event of a call (with its fallback hops), plus a warning when the input looked like an injection. */
export function llmCallEvents(phase: string, role: LlmRole, result: LlmResult<unknown>): NewPipelineEvent[] {
  const { usage, hops, injection_flags } = result;
  const events: NewPipelineEvent[] = [
    {
      phase,
      type: 'llm_call',
      message:
        `${role} via ${usage.provider}/${usage.model}` +
        (usage.fallback_level > 0 ? ` (fallback level ${usage.fallback_level})` : '') +
        (usage.cached ? ' (cached)' : ''),
      data: { role, ...usage, hops },
    },
  ];
  for (const hop of hops.filter((h) => h.breaker && h.breaker !== 'closed')) {
    events.push({
      phase,
      type: 'log',
      message: `circuit breaker ${hop.breaker} for ${hop.provider}/${hop.model}`,
      data: { provider: hop.provider, model: hop.model, breaker: hop.breaker, reason: hop.reason ?? null },
    });
  }
  if (injection_flags.length > 0) {
    events.push({
      phase,
      type: 'log',
      message: `untrusted input contains instruction-like text (kept as data): ${injection_flags.join(', ')}`,
      data: { injection_flags },
    });
  }
  return events;
}

/** The `error` event of work parked as `paused_budget`: the refusal's message, code and details (which limit, how much). */
export function budgetPauseEvent(phase: string, err: LlmError): NewPipelineEvent {
  return {
    phase,
    type: 'error',
    message: err.message,
    data: { code: err.code, details: err.details ?? null },
  };
}
