import type { JSONSchemaType } from 'ajv';
import {
  LlmClient,
  LlmError,
  OfflineProvider,
  SPEC_DRAFT_OUTPUT_SCHEMA,
  createLlmClient,
  type LlmProvider,
  type LlmRole,
  type LlmUsage,
} from '@sf/llm';
import type { IntentInput } from '@sf/contracts';

const usage: Omit<LlmUsage, 'latency_ms'> = {
  provider: 'fake',
  model: 'fake-1',
  input_tokens: 1,
  output_tokens: 1,
  cache_read_tokens: 0,
  cache_write_tokens: 0,
  cost_usd: 0.001,
  offline: false,
};

function providerAnswering(output: unknown): LlmProvider {
  return { name: 'fake', generate: () => Promise.resolve({ output, usage }) };
}

const intent: IntentInput = {
  service_name: 'hello-world',
  service_type: 'domain',
  priority: 'low',
  purpose: 'Say hello',
  key_features: ['GET /hello endpoint'],
  dependencies: ['registry'],
  port: 8999,
  auto_build: true,
  approval_mode: 'auto',
};

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof LlmError)) throw new Error(`expected an LlmError, got ${String(outcome)}`);
  return outcome;
}

describe('LlmClient', () => {
  it('returns validated output with the provider usage and measured latency', async () => {
    const client = new LlmClient(providerAnswering({ spec_markdown: '# SPEC' }));
    const result = await client.complete({
      role: 'spec_builder',
      input: {},
      schema: SPEC_DRAFT_OUTPUT_SCHEMA,
    });
    expect(result.output).toEqual({ spec_markdown: '# SPEC' });
    expect(result.usage).toMatchObject(usage);
    expect(result.usage.latency_ms).toBeGreaterThanOrEqual(0);
  });

  it('rejects output that does not match the schema with LLM_OUTPUT_INVALID', async () => {
    const client = new LlmClient(providerAnswering({ spec_markdown: 42, extra: true }));
    const error = await failure(
      client.complete({ role: 'spec_builder', input: {}, schema: SPEC_DRAFT_OUTPUT_SCHEMA }),
    );
    expect(error.code).toBe('LLM_OUTPUT_INVALID');
    expect(error.transient).toBe(false);
    expect(error.details).toMatchObject({ provider: 'fake', model: 'fake-1' });
  });

  it('validates against whatever schema the role asks for', async () => {
    const schema: JSONSchemaType<{ n: number }> = {
      type: 'object',
      required: ['n'],
      properties: { n: { type: 'integer' } },
    };
    const client = new LlmClient(providerAnswering({ n: 1.5 }));
    expect((await failure(client.complete({ role: 'codegen', input: {}, schema }))).code).toBe(
      'LLM_OUTPUT_INVALID',
    );
  });

  it('wraps a provider crash as LLM_PROVIDER_FAILED and passes LlmErrors through', async () => {
    const crashing: LlmProvider = {
      name: 'boom',
      generate: () => Promise.reject(new Error('socket hang up')),
    };
    const crash = await failure(
      new LlmClient(crashing).complete({ role: 'fixer', input: {}, schema: SPEC_DRAFT_OUTPUT_SCHEMA }),
    );
    expect(crash).toMatchObject({
      code: 'LLM_PROVIDER_FAILED',
      message: 'boom failed on fixer: socket hang up',
    });
    const typed = new LlmError('LLM_INPUT_INVALID', 'bad input');
    const refusing: LlmProvider = { name: 'typed', generate: () => Promise.reject(typed) };
    expect(
      await failure(
        new LlmClient(refusing).complete({ role: 'fixer', input: {}, schema: SPEC_DRAFT_OUTPUT_SCHEMA }),
      ),
    ).toBe(typed);
  });
});

describe('OfflineProvider through createLlmClient', () => {
  it.each(['offline', 'auto'] as const)(
    '%s yields offline, $0 usage with estimated tokens',
    async (provider) => {
      const client = createLlmClient({ provider });
      const input = { intent };
      const result = await client.complete({ role: 'spec_builder', input, schema: SPEC_DRAFT_OUTPUT_SCHEMA });
      expect(result.usage).toMatchObject({
        provider: 'offline',
        model: 'offline-v1',
        cost_usd: 0,
        offline: true,
        cache_read_tokens: 0,
        cache_write_tokens: 0,
        input_tokens: Math.ceil(JSON.stringify(input).length / 4),
        output_tokens: Math.ceil(JSON.stringify(result.output).length / 4),
      });
      expect(result.usage.latency_ms).toBeGreaterThanOrEqual(0);
      expect(result.output.spec_markdown).toMatch(/^# SPEC: hello-world\n/);
    },
  );

  it('refuses input that is not the role input with LLM_INPUT_INVALID', async () => {
    const client = createLlmClient({ provider: 'offline' });
    const error = await failure(
      client.complete({
        role: 'spec_builder',
        input: { intent: { ...intent, port: 80 } },
        schema: SPEC_DRAFT_OUTPUT_SCHEMA,
      }),
    );
    expect(error.code).toBe('LLM_INPUT_INVALID');
  });

  it('refuses code-role input that is not the role input with LLM_INPUT_INVALID', async () => {
    const error = await failure(new OfflineProvider().generate('codegen', {}, {}));
    expect(error.code).toBe('LLM_INPUT_INVALID');
  });

  it('refuses a role it does not know with LLM_ROLE_UNSUPPORTED', async () => {
    const error = await failure(new OfflineProvider().generate('summarizer' as LlmRole, {}, {}));
    expect(error.code).toBe('LLM_ROLE_UNSUPPORTED');
  });
});
