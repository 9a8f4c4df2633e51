import { LlmError } from '../llm-error';
import { normalizeAnthropicUsage, normalizeOpenAiUsage } from '../providers/vendor-usage';
import { assertPriced, costUsd, loadPriceTable, priceFor, type PriceTable } from './pricing';

describe('pricing', () => {
  const table = loadPriceTable();

  it('loads the bundled table with its version, date and sources', () => {
    expect(table.version).toMatch(/\S/);
    expect(table.effective_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(table.sources.length).toBeGreaterThan(0);
    expect(priceFor(table, 'anthropic', 'claude-sonnet-4-5')).toEqual({
      input: 3,
      output: 15,
      cache_read: 0.3,
      cache_write: 3.75,
    });
    expect(priceFor(table, 'offline', 'offline-v1')).toEqual({
      input: 0,
      output: 0,
      cache_read: 0,
      cache_write: 0,
    });
  });

  it('prices an Anthropic call with cache reads and writes on Sonnet', () => {
    const usage = normalizeAnthropicUsage({
      input_tokens: 1_000,
      output_tokens: 300,
      cache_read_input_tokens: 2_000,
      cache_creation_input_tokens: 500,
    });
    // 1,000 × $3 + 2,000 × $0.30 + 500 × $3.75 + 300 × $15, per million tokens.
    // = 0.003 + 0.0006 + 0.001875 + 0.0045
    expect(costUsd(priceFor(table, 'anthropic', 'claude-sonnet-4-5'), usage)).toBe(0.009975);
  });

  it('prices an OpenAI call whose prompt tokens include the cached ones on gpt-4o', () => {
    const usage = normalizeOpenAiUsage({
      prompt_tokens: 3_000,
      completion_tokens: 300,
      prompt_tokens_details: { cached_tokens: 2_000 },
    });
    expect(usage).toEqual({
      input_tokens: 1_000,
      output_tokens: 300,
      cache_read_tokens: 2_000,
      cache_write_tokens: 0,
    });
    // 1,000 × $2.50 + 2,000 × $1.25 + 300 × $10, per million tokens = 0.0025 + 0.0025 + 0.003
    expect(costUsd(priceFor(table, 'openai', 'gpt-4o'), usage)).toBe(0.008);
  });

  it('adds sub-cent prices without float drift', () => {
    const mini = priceFor(table, 'openai', 'gpt-4o-mini');
    const one = { input_tokens: 1, output_tokens: 1, cache_read_tokens: 1, cache_write_tokens: 0 };
    // $0.15 + $0.60 + $0.075 per million tokens, one token each.
    expect(costUsd(mini, one)).toBe(8.25e-7);
    const haiku = priceFor(table, 'anthropic', 'claude-haiku-4-5');
    const mixed = { input_tokens: 7, output_tokens: 3, cache_read_tokens: 11, cache_write_tokens: 13 };
    // (7 × $1 + 3 × $5 + 11 × $0.10 + 13 × $1.25) per million tokens = $39.35 / 10^6
    expect(costUsd(haiku, mixed)).toBe(0.00003935);
  });

  it('prices a dated model id with its undated alias', () => {
    expect(priceFor(table, 'anthropic', 'claude-sonnet-4-5-20250929').input).toBe(3);
    expect(priceFor(table, 'openai', 'gpt-4o-2024-08-06').output).toBe(10);
  });

  it('refuses a model without a price, naming it', () => {
    expect(() => priceFor(table, 'openai', 'gpt-9')).toThrow(
      expect.objectContaining({
        code: 'LLM_CONFIG_INVALID',
        message: expect.stringContaining('openai/gpt-9'),
      }),
    );
  });

  it('lists every unpriced model in one start-up error', () => {
    let thrown: unknown;
    try {
      assertPriced(table, [
        { provider: 'anthropic', model: 'claude-sonnet-4-5' },
        { provider: 'openai', model: 'gpt-9' },
        { provider: 'vllm', model: 'llama-3' },
      ]);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(LlmError);
    expect((thrown as LlmError).code).toBe('LLM_CONFIG_INVALID');
    expect((thrown as LlmError).details).toEqual({ unpriced: ['openai/gpt-9', 'vllm/llama-3'] });
    expect(() => assertPriced(table, [{ provider: 'openai', model: 'gpt-4.1-mini' }])).not.toThrow();
  });

  it('refuses a table with a negative price or too many decimals', () => {
    const bad = (models: PriceTable['models']): unknown => ({ ...table, models });
    const p = { input: 1, output: 1, cache_read: 0, cache_write: 0 };
    expect(() => loadPriceTable(bad({ 'a/m': { ...p, input: -1 } }))).toThrow(
      expect.objectContaining({ code: 'LLM_CONFIG_INVALID' }),
    );
    expect(() => loadPriceTable(bad({ 'a/m': { ...p, output: 0.0000001 } }))).toThrow(
      expect.objectContaining({ code: 'LLM_CONFIG_INVALID', message: expect.stringContaining('a/m output') }),
    );
    expect(() => loadPriceTable({ version: '1' })).toThrow(
      expect.objectContaining({ code: 'LLM_CONFIG_INVALID' }),
    );
  });
});
