import { createLlmClient } from './create-llm-client';
import { LlmError } from './llm-error';

describe('createLlmClient', () => {
  it('uses only the offline provider without keys', () => {
    const client = createLlmClient({ provider: 'auto' });
    expect(client.chainFor('codegen', {})).toEqual([{ provider: 'offline', model: 'offline-v1' }]);
  });

  it('routes through every vendor with a key, offline last, small models for simple SPEC drafts', () => {
    const client = createLlmClient({ provider: 'auto', anthropicApiKey: 'a', openaiApiKey: 'o' });
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
    const client = createLlmClient({
      provider: 'openai',
      anthropicApiKey: 'a',
      openaiBaseUrl: 'http://127.0.0.1:1/v1',
    });
    expect(client.chainFor('fixer', {}).map((h) => h.provider)).toEqual(['openai', 'offline']);
  });

  it('refuses to start with a model that has no price, naming it', () => {
    const start = () =>
      createLlmClient({
        provider: 'auto',
        openaiApiKey: 'o',
        fallbackChain: 'openai/gpt-4o,openai/gpt-9-imaginary,anthropic/claude-unknown',
      });
    expect(start).toThrow(LlmError);
    expect(start).toThrow(/gpt-9-imaginary/);
  });

  it('refuses a forced vendor without its key, and a malformed routing override', () => {
    expect(() => createLlmClient({ provider: 'anthropic' })).toThrow(/ANTHROPIC_API_KEY/);
    expect(() => createLlmClient({ provider: 'auto', routing: '{"writer":"openai/gpt-4o"}' })).toThrow(
      /unknown role "writer"/,
    );
    expect(() => createLlmClient({ provider: 'auto', routing: 'not json' })).toThrow(
      /LLM_ROUTING is not JSON/,
    );
  });
});
