import type { JSONSchemaType } from 'ajv';
import { createLlmClient } from './create-llm-client';
import { LlmError } from './llm-error';
import type { LlmProvider } from './llm-types';

/** The final fallback the caller passes in; these tests only look at chains, so it never answers. */
const offline: LlmProvider = {
  name: 'offline',
  offline: true,
  generate: () => Promise.reject(new Error('not called')),
};

describe('createLlmClient', () => {
  it('uses only the offline provider without keys', () => {
    const client = createLlmClient({ provider: 'auto' }, { offline });
    expect(client.chainFor('codegen', {})).toEqual([{ provider: 'offline', model: 'offline-v1' }]);
  });

  it('routes through every vendor with a key, offline last, small models for simple SPEC drafts', () => {
    const client = createLlmClient(
      { provider: 'auto', anthropicApiKey: 'a', openaiApiKey: 'o' },
      { offline },
    );
    expect(client.chainFor('codegen', {}).map((h) => `${h.provider}/${h.model}`)).toEqual([
      'anthropic/claude-sonnet-4-6',
      'openai/gpt-4o',
      'anthropic/claude-haiku-4-5',
      'offline/offline-v1',
    ]);
    expect(client.chainFor('spec_builder', { intent: { key_features: ['a'] } })[0]).toEqual({
      provider: 'anthropic',
      model: 'claude-haiku-4-5',
    });
    const many = { intent: { key_features: Array.from({ length: 12 }, (_, i) => `f${i}`) } };
    expect(client.chainFor('spec_builder', many)[0].model).toBe('claude-sonnet-4-6');
  });

  it('keeps only the forced vendor', () => {
    const client = createLlmClient(
      {
        provider: 'openai',
        anthropicApiKey: 'a',
        openaiBaseUrl: 'http://127.0.0.1:1/v1',
      },
      { offline },
    );
    expect(client.chainFor('fixer', {}).map((h) => h.provider)).toEqual(['openai', 'offline']);
  });

  it('refuses to start with a model that has no price, naming it', () => {
    const start = () =>
      createLlmClient(
        {
          provider: 'auto',
          openaiApiKey: 'o',
          fallbackChain: 'openai/gpt-4o,openai/gpt-9-imaginary,anthropic/claude-unknown',
        },
        { offline },
      );
    expect(start).toThrow(LlmError);
    expect(start).toThrow(/gpt-9-imaginary/);
  });

  it('answers through the final fallback it is given, as provider offline', async () => {
    const given: LlmProvider = {
      name: 'offline',
      offline: true,
      generate: (req) =>
        Promise.resolve({
          output: { value: 'given' },
          raw_text: '',
          model: req.model,
          usage: { input_tokens: 1, output_tokens: 1, cache_read_tokens: 0, cache_write_tokens: 0 },
        }),
    };
    const client = createLlmClient({ provider: 'offline' }, { offline: given });
    const schema: JSONSchemaType<{ value: string }> = {
      type: 'object',
      required: ['value'],
      properties: { value: { type: 'string' } },
    };
    const result = await client.complete({ role: 'fixer', input: {}, schema });
    expect(result.output).toEqual({ value: 'given' });
    expect(result.usage).toMatchObject({
      provider: 'offline',
      model: 'offline-v1',
      offline: true,
      cost_usd: 0,
    });
  });

  it('refuses a final fallback that is not an offline provider', () => {
    expect(() => createLlmClient({ provider: 'auto' }, { offline: { ...offline, offline: false } })).toThrow(
      /offline provider must be registered/,
    );
  });

  it('refuses a forced vendor without its key, and a malformed routing override', () => {
    expect(() => createLlmClient({ provider: 'anthropic' }, { offline })).toThrow(/ANTHROPIC_API_KEY/);
    expect(() =>
      createLlmClient({ provider: 'auto', routing: '{"writer":"openai/gpt-4o"}' }, { offline }),
    ).toThrow(/unknown role "writer"/);
    expect(() => createLlmClient({ provider: 'auto', routing: 'not json' }, { offline })).toThrow(
      /LLM_ROUTING is not JSON/,
    );
  });
});
