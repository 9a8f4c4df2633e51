import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { ProviderRequest, ProviderResponse } from './llm-types';
import { costUsd, priceFor, type PriceTable } from './pricing/pricing';
import type { RouteHop } from './routing';

const tracer = trace.getTracer('@sf/llm');

/**
 * Runs one provider request in an `llm <role>` span: provider, model, role, fallback level and repair flag, plus
 * the tokens and cost of a successful answer; a failure marks the span as an error.
 */
export function tracedRequest(
  req: ProviderRequest,
  hop: RouteHop,
  level: number,
  prices: PriceTable,
  call: () => Promise<ProviderResponse>,
): Promise<ProviderResponse> {
  return tracer.startActiveSpan(
    `llm ${req.role}`,
    {
      attributes: {
        'llm.provider': hop.provider,
        'llm.model': hop.model,
        'llm.role': req.role,
        'llm.fallback_level': level,
        'llm.repair': req.repair !== undefined,
      },
    },
    async (span: Span) => {
      try {
        const response = await call();
        const price = priceFor(prices, hop.provider, hop.model);
        span.setAttributes({
          'llm.tokens.input': response.usage.input_tokens,
          'llm.tokens.output': response.usage.output_tokens,
          'llm.tokens.cache_read': response.usage.cache_read_tokens,
          'llm.tokens.cache_write': response.usage.cache_write_tokens,
          'llm.cost_usd': costUsd(price, response.usage),
        });
        return response;
      } catch (error) {
        span.setStatus({
          code: SpanStatusCode.ERROR,
          message: error instanceof Error ? error.message : String(error),
        });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
