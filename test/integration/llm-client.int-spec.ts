import 'reflect-metadata';
import { createServer, type AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { OfflineProvider } from '@sf/generator';
import {
  AnthropicProvider,
  LlmClient,
  loadPriceTable,
  OpenAiProvider,
  RedisCostLedger,
  resolveRouting,
  SPEC_DRAFT_OUTPUT_SCHEMA,
  type LedgerEntry,
  type LlmProvider,
} from '@sf/llm';
import { freePort } from '@sf/platform';
import type { StartedExecutor } from '../../apps/build-executor/src/executor-app';
import type { StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import { startFakeLlmVendor, type FakeLlmVendor } from '../../scripts/support/fake-llm-vendor';
import { answerLikeAModel } from '../support/model-answers';
import {
  intent,
  request,
  startTestPipeline,
  testRedisUrl,
  waitForStatus,
  type TestPipeline,
} from '../support/harness';

/*
 * LlmClient over the wire: the real Anthropic and OpenAI SDKs against the local fake vendor, with the
 * client's retries, breaker, repair round and fallback chain; then the whole pipeline (both services) with the
 * primary provider down, ending `deployed` through the fallback with every hop in the Redis ledger.
 */

const SPEC_INPUT = { intent: intent('wire-notes', { port: 9999 }) };
const offline = new OfflineProvider();

async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('LlmClient against the vendor wire formats', () => {
  let fake: FakeLlmVendor;
  const ledger: LedgerEntry[] = [];

  beforeAll(async () => {
    fake = await startFakeLlmVendor({ answer: () => ({ spec_markdown: '# SPEC\n\nfrom the fake\n' }) });
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.requests.splice(0);
    ledger.splice(0);
  });

  function client(opts: { openMs?: number; timeoutMs?: number } = {}): LlmClient {
    const providers = new Map<string, LlmProvider>([
      ['offline', offline],
      ['anthropic', new AnthropicProvider({ apiKey: 'sk-ant-test', baseURL: fake.anthropicURL })],
      ['openai', new OpenAiProvider({ apiKey: 'sk-openai-test', baseURL: fake.openaiURL })],
    ]);
    return new LlmClient({
      providers,
      routing: resolveRouting({ chain: 'anthropic/claude-sonnet-4-6,openai/gpt-4o' }),
      prices: loadPriceTable(),
      ledger: { record: (e) => Promise.resolve(void ledger.push(e)) },
      retry: { baseDelayMs: 10 },
      breaker: { openMs: opts.openMs ?? 60_000 },
      roleSettings: opts.timeoutMs ? { spec_builder: { timeout_ms: opts.timeoutMs } } : undefined,
    });
  }
  // A call and the accounting it writes behind (ledger entries follow the answer).
  const call = async (c: LlmClient) => {
    const result = await c.complete({
      role: 'spec_builder',
      input: SPEC_INPUT,
      schema: SPEC_DRAFT_OUTPUT_SCHEMA,
    });
    await c.flush();
    return result;
  };

  it('waits out a 429 retry-after and succeeds on the same provider', async () => {
    fake.script({ vendor: 'anthropic', status: 429, retryAfterMs: '150' });
    const started = Date.now();
    const result = await call(client());
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(result.usage.provider).toBe('anthropic');
    expect(fake.requests.filter((r) => r.vendor === 'anthropic')).toHaveLength(2);
    expect(ledger.map((e) => [e.outcome, e.error_code])).toEqual([
      ['error', 'LLM_RATE_LIMITED'],
      ['ok', undefined],
    ]);
  });

  it('after three 529s the breaker opens and the call falls back to GPT-4o, hops recorded', async () => {
    fake.script(
      { vendor: 'anthropic', status: 529 },
      { vendor: 'anthropic', status: 500 },
      { vendor: 'anthropic', status: 529 },
    );
    const c = client();
    const result = await call(c);
    expect(result.usage).toMatchObject({ provider: 'openai', model: 'gpt-4o', fallback_level: 1 });
    expect(result.hops).toEqual([
      expect.objectContaining({
        provider: 'anthropic',
        outcome: 'failed',
        reason: 'LLM_PROVIDER_UNAVAILABLE',
        breaker: 'open',
      }),
      expect.objectContaining({ provider: 'openai', outcome: 'ok', level: 1 }),
    ]);
    expect(c.breakerStates()).toEqual([
      expect.objectContaining({ provider: 'anthropic', state: 'open' }),
      expect.objectContaining({ provider: 'openai', state: 'closed' }),
    ]);
    // While open, Anthropic is not asked at all.
    const before = fake.requests.filter((r) => r.vendor === 'anthropic').length;
    await call(c);
    expect(fake.requests.filter((r) => r.vendor === 'anthropic')).toHaveLength(before);
  });

  it('lets exactly one of 10 concurrent calls reach the provider while half-open', async () => {
    fake.script(...Array.from({ length: 3 }, () => ({ vendor: 'anthropic' as const, status: 503 })));
    const c = client({ openMs: 300 });
    await call(c);
    expect(c.breakerStates()[0].state).toBe('open');
    await new Promise((resolve) => setTimeout(resolve, 350));
    fake.requests.splice(0);
    const results = await Promise.all(Array.from({ length: 10 }, () => call(c)));
    expect(fake.requests.filter((r) => r.vendor === 'anthropic')).toHaveLength(1);
    expect(results.filter((r) => r.usage.provider === 'anthropic')).toHaveLength(1);
    expect(results.filter((r) => r.usage.provider === 'openai')).toHaveLength(9);
    expect(c.breakerStates().find((b) => b.provider === 'anthropic')?.state).toBe('closed');
  });

  it('retries a request that hangs past its timeout, then answers', async () => {
    fake.script({ vendor: 'anthropic', hang: true });
    const result = await call(client({ timeoutMs: 300 }));
    expect(result.usage.provider).toBe('anthropic');
    expect(ledger[0]).toMatchObject({ outcome: 'error', error_code: 'LLM_TIMEOUT' });
  });

  it('runs one repair round on output that fails the schema, sending back the problems', async () => {
    fake.script({ vendor: 'anthropic', badOutput: { spec_markdown: '' } });
    const result = await call(client());
    expect(result.usage.provider).toBe('anthropic');
    const [, repair] = fake.requests.filter((r) => r.vendor === 'anthropic');
    expect(JSON.stringify(repair.body.messages)).toContain('previous_output');
    expect(ledger.map((e) => e.outcome)).toEqual(['invalid_output', 'ok']);
    expect(ledger[0].cost_usd).toBeGreaterThan(0); // the rejected answer was still paid for
  });

  it('does not retry a 401 and falls back at once', async () => {
    fake.script({ vendor: 'anthropic', status: 401 });
    const result = await call(client());
    expect(fake.requests.filter((r) => r.vendor === 'anthropic')).toHaveLength(1);
    expect(result.hops[0]).toMatchObject({ outcome: 'failed', reason: 'LLM_REQUEST_REJECTED' });
    expect(result.usage.provider).toBe('openai');
  });
});

describe('the whole pipeline with the primary provider down', () => {
  let fake: FakeLlmVendor;
  let pipeline: TestPipeline;
  let factory: StartedFactory;
  let executor: StartedExecutor;
  let prefix: string;

  beforeAll(async () => {
    fake = await startFakeLlmVendor({ answer: answerLikeAModel });
    pipeline = await startTestPipeline('llm-fallback', {
      LLM_PROVIDER: 'auto',
      ANTHROPIC_API_KEY: 'sk-ant-test',
      ANTHROPIC_BASE_URL: await closedPort(),
      OPENAI_API_KEY: 'sk-openai-test',
      OPENAI_BASE_URL: fake.openaiURL,
      LLM_FALLBACK_CHAIN: 'anthropic/claude-sonnet-4-6,openai/gpt-4o',
    });
    ({ factory, executor, prefix } = pipeline);
  });

  afterAll(async () => {
    await pipeline?.close();
    await fake?.close();
  });

  it('ends deployed through GPT-4o, with the failed Anthropic hops and the costs in the ledger', async () => {
    const port = await freePort();
    const res = await request(factory.url, 'POST', '/intents/submit', intent('fallback-notes', { port }));
    expect(res.status).toBe(202);
    const id: string = res.body.intent_id;
    await waitForStatus(factory.url, id, 'deployed', 90_000);
    const status = (await request(factory.url, 'GET', `/intents/${id}/status`)).body;
    await request(executor.url, 'POST', `/deployments/fallback-notes/stop`);

    const redis = new Redis(testRedisUrl());
    try {
      const entries = await new RedisCostLedger(redis, prefix).intentEntries(id);
      const roles = new Set(entries.filter((e) => e.outcome === 'ok').map((e) => e.role));
      expect([...roles]).toEqual(expect.arrayContaining(['spec_builder', 'codegen', 'testgen']));
      for (const e of entries.filter((x) => x.outcome === 'ok')) {
        expect(e).toMatchObject({ provider: 'openai', model: 'gpt-4o', fallback_level: 1 });
        expect(e.cost_usd).toBeGreaterThan(0);
      }
      const failed = entries.filter((e) => e.provider === 'anthropic');
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.every((e) => e.outcome === 'error' && e.error_code === 'LLM_CONNECTION_FAILED')).toBe(
        true,
      );
      // The intent's cost is what the ledger says it is.
      const ledgerUsd = entries.reduce((sum, e) => sum + e.cost_usd, 0);
      expect(status.cost.usd).toBeCloseTo(ledgerUsd, 4);
      expect(status.build.cost.usd).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
    // The breaker is visible in /state.
    const state = await request(factory.url, 'GET', '/state');
    expect(state.body.metrics['llm_breaker_state:anthropic/claude-sonnet-4-6']).toBe(2);
  });
});
