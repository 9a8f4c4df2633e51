import { OfflineProvider } from '@sf/generator';
import {
  AnthropicProvider,
  LlmClient,
  loadPriceTable,
  RedisBreakerStore,
  resolveRouting,
  SPEC_DRAFT_OUTPUT_SCHEMA,
  type LlmProvider,
  type LlmResult,
} from '@sf/llm';
import { createRedis } from '@sf/platform';
import type { Redis } from 'ioredis';
import { startFakeLlmVendor, type FakeLlmVendor } from '../../scripts/support/fake-llm-vendor';
import { intent, testRedisUrl, uniquePrefix } from '../support/harness';

/*
 * Two replicas' LlmClients (each with its own Redis connection) share one circuit breaker per provider + model
 * through Redis, driven through the real Anthropic SDK against the fake vendor. The clock is one manual clock
 * both clients read, so "the open time has passed" is a step of the test, not a sleep.
 */

const OPEN_MS = 60_000;
const offline = new OfflineProvider();

describe('circuit breakers shared by replicas through Redis', () => {
  let fake: FakeLlmVendor;
  let connections: Redis[] = [];
  let now: number;

  beforeAll(async () => {
    fake = await startFakeLlmVendor({ answer: () => ({ spec_markdown: '# SPEC\n\nfrom the vendor\n' }) });
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.requests.splice(0);
    fake.answer = () => ({ spec_markdown: '# SPEC\n\nfrom the vendor\n' });
    now = Date.parse('2026-03-01T12:00:00Z');
  });
  afterEach(() => {
    for (const redis of connections) redis.disconnect();
    connections = [];
  });

  /** Two replicas on one prefix: separate clients, separate connections, one Redis. */
  function replicas(): [LlmClient, LlmClient] {
    const prefix = uniquePrefix('breaker');
    const replica = () => {
      const redis = createRedis(testRedisUrl(), 'command', { connectionName: 'shared-breaker-test' });
      connections.push(redis);
      const providers = new Map<string, LlmProvider>([
        ['offline', offline],
        ['anthropic', new AnthropicProvider({ apiKey: 'sk-ant-test', baseURL: fake.anthropicURL })],
      ]);
      return new LlmClient({
        providers,
        routing: resolveRouting({ chain: 'anthropic/claude-sonnet-4-6' }),
        prices: loadPriceTable(),
        // One vendor request per call, so each call is one breaker verdict.
        retry: { maxRetries: 0 },
        breaker: { failureThreshold: 3, openMs: OPEN_MS },
        breakerStore: new RedisBreakerStore(redis, prefix),
        now: () => now,
      });
    };
    return [replica(), replica()];
  }

  let calls = 0;
  const call = (client: LlmClient) =>
    client.complete({
      role: 'spec_builder',
      // A distinct input each time: nothing here may be answered from a cache.
      input: { intent: intent(`breaker-svc-${(calls += 1)}`, { port: 9999 }) },
      schema: SPEC_DRAFT_OUTPUT_SCHEMA,
    });
  const vendorRequests = () => fake.requests.filter((r) => r.vendor === 'anthropic').length;
  const anthropicState = (client: LlmClient) =>
    client.breakerStates().find((b) => b.provider === 'anthropic')?.state;
  const servedBy = (results: LlmResult<unknown>[], provider: string) =>
    results.filter((r) => r.usage.provider === provider).length;

  async function openThroughA(a: LlmClient): Promise<void> {
    fake.script(...Array.from({ length: 3 }, () => ({ vendor: 'anthropic' as const, status: 503 })));
    for (let i = 0; i < 3; i++) expect((await call(a)).usage.provider).toBe('offline');
    expect(anthropicState(a)).toBe('open');
  }

  it('opens for every replica after the threshold of failures through one of them', async () => {
    const [a, b] = replicas();
    await openThroughA(a);
    const before = vendorRequests();

    const result = await call(b);

    expect(vendorRequests()).toBe(before);
    expect(result.usage.provider).toBe('offline');
    expect(result.hops[0]).toMatchObject({
      provider: 'anthropic',
      outcome: 'skipped',
      reason: 'LLM_CIRCUIT_OPEN',
    });
    expect(anthropicState(b)).toBe('open');
  });

  it('lets exactly one probe through across both replicas when the open time has passed, and its success closes the breaker for both', async () => {
    const [a, b] = replicas();
    await openThroughA(a);
    now += OPEN_MS;
    // The probe's answer waits until every other call has been decided, so none can slip in after it closes.
    let answerProbe: () => void = () => undefined;
    const probeHeld = new Promise<void>((resolve) => (answerProbe = resolve));
    fake.answer = async () => {
      await probeHeld;
      return { spec_markdown: '# SPEC\n\nthe probe\n' };
    };
    fake.requests.splice(0);

    const pending = Array.from({ length: 10 }, (_, i) => call(i % 2 === 0 ? a : b));
    const [probe, others] = await firstSettledAfterOthers(pending, () => answerProbe());

    expect(vendorRequests()).toBe(1);
    expect(servedBy([probe], 'anthropic')).toBe(1);
    expect(servedBy(others, 'offline')).toBe(9);
    expect(others.map((r) => r.hops[0].reason)).toEqual(Array(9).fill('LLM_CIRCUIT_OPEN'));
    // Closed for both: each replica's next call goes to the vendor.
    expect((await call(a)).usage.provider).toBe('anthropic');
    expect((await call(b)).usage.provider).toBe('anthropic');
    expect(anthropicState(a)).toBe('closed');
    expect(anthropicState(b)).toBe('closed');
  });

  it('re-opens for every replica when the probe fails', async () => {
    const [a, b] = replicas();
    await openThroughA(a);
    now += OPEN_MS;
    fake.script({ vendor: 'anthropic', status: 503 });

    expect((await call(b)).usage.provider).toBe('offline'); // b's probe failed
    const before = vendorRequests();
    const [fromA, fromB] = await Promise.all([call(a), call(b)]);

    expect(vendorRequests()).toBe(before);
    expect([fromA.hops[0].reason, fromB.hops[0].reason]).toEqual(['LLM_CIRCUIT_OPEN', 'LLM_CIRCUIT_OPEN']);
    expect(anthropicState(a)).toBe('open');
    expect(anthropicState(b)).toBe('open');
  });

  it('falls back to a per-process breaker when Redis cannot be reached, so calls to a healthy vendor go on', async () => {
    const [a] = replicas();
    connections[0].disconnect();

    const result = await call(a);

    expect(result.usage.provider).toBe('anthropic');
    expect(anthropicState(a)).toBe('closed');
  });
});

/**
 * Waits until all but one of `calls` have settled, then runs `release` (letting the last one finish) and returns
 * the last one's result beside the others'.
 */
async function firstSettledAfterOthers<T>(calls: Promise<T>[], release: () => void): Promise<[T, T[]]> {
  const done: T[] = [];
  const indexed = calls.map((p, i) => p.then((value) => (done.push(value), i)));
  const finished = new Set<number>();
  while (finished.size < calls.length - 1)
    finished.add(await Promise.race(indexed.filter((_, i) => !finished.has(i))));
  release();
  const last = await Promise.all(indexed).then(() => done[done.length - 1]);
  return [last, done.slice(0, -1)];
}
