import { setTimeout as pause } from 'node:timers/promises';
import {
  AnthropicProvider,
  LlmClient,
  loadPriceTable,
  RedisResponseCache,
  resolveRouting,
  SPEC_DRAFT_OUTPUT_SCHEMA,
  type CacheLookup,
  type CachedAnswer,
  type LlmProvider,
  type ResponseCache,
} from '@sf/llm';
import { OfflineProvider } from '@sf/generator';
import { createRedis } from '@sf/platform';
import type { Redis } from 'ioredis';
import { startFakeLlmVendor, type FakeLlmVendor } from '../../scripts/support/fake-llm-vendor';
import { dropPrefix, intent, testRedisUrl, uniquePrefix } from '../support/harness';

/*
 * A temperature-0 request is paid once across replicas: two LlmClients (own Redis connections, one prefix) share
 * the exact-response cache and its claim, driven through the real Anthropic SDK against the fake vendor. Each
 * replica's cache is wrapped in a spy that records what its looks found, so the tests wait for states
 * ("b saw a's claim"), never for time.
 */

/** Waits (bounded, as a safety net only) until `condition` holds. */
async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(5);
  }
}

class SpyCache implements ResponseCache {
  readonly found: CacheLookup['kind'][] = [];
  readonly keys: string[] = [];
  storeAttempts = 0;
  failStores = 0;
  beforeLookup: ((key: string) => Promise<void>) | null = null;

  constructor(private readonly inner: RedisResponseCache) {}

  get(key: string): Promise<CachedAnswer | null> {
    return this.inner.get(key);
  }
  set(key: string, value: CachedAnswer): Promise<void> {
    return this.inner.set(key, value);
  }
  async lookupOrClaim(key: string, owner: string, claimMs: number): Promise<CacheLookup> {
    this.keys.push(key);
    if (this.beforeLookup) {
      const hook = this.beforeLookup;
      this.beforeLookup = null;
      await hook(key);
    }
    const found = await this.inner.lookupOrClaim(key, owner, claimMs);
    this.found.push(found.kind);
    return found;
  }
  async storeAnswer(key: string, value: CachedAnswer, owner: string): Promise<void> {
    this.storeAttempts += 1;
    if (this.failStores > 0) {
      this.failStores -= 1;
      throw new Error('connect ECONNREFUSED (simulated)');
    }
    await this.inner.storeAnswer(key, value, owner);
  }
  releaseClaim(key: string, owner: string): Promise<void> {
    return this.inner.releaseClaim(key, owner);
  }
}

describe('a temperature-0 model call is made once across replicas', () => {
  const offline = new OfflineProvider();
  let fake: FakeLlmVendor;
  let connections: Redis[] = [];
  let prefix: string;
  let calls = 0;

  beforeAll(async () => {
    fake = await startFakeLlmVendor({ answer: () => ({ spec_markdown: '# SPEC\n\nfrom the vendor\n' }) });
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.requests.splice(0);
    fake.answer = () => ({ spec_markdown: '# SPEC\n\nfrom the vendor\n' });
    prefix = uniquePrefix('single-flight');
  });
  afterEach(async () => {
    for (const redis of connections) redis.disconnect();
    connections = [];
    await dropPrefix(prefix);
  });

  function replica(): { client: LlmClient; cache: SpyCache; redis: Redis } {
    const redis = createRedis(testRedisUrl(), 'command', { connectionName: 'single-flight-test' });
    connections.push(redis);
    const cache = new SpyCache(new RedisResponseCache(redis, prefix));
    const providers = new Map<string, LlmProvider>([
      ['offline', offline],
      ['anthropic', new AnthropicProvider({ apiKey: 'sk-ant-test', baseURL: fake.anthropicURL })],
    ]);
    const client = new LlmClient({
      providers,
      routing: resolveRouting({ chain: 'anthropic/claude-sonnet-4-6' }),
      prices: loadPriceTable(),
      retry: { maxRetries: 0 },
      cache,
    });
    return { client, cache, redis };
  }

  /** The same request for every client of one test (spec_builder runs at temperature 0). */
  function request() {
    const input = { intent: intent(`flight-svc-${calls}`, { port: 9999 }) };
    return (client: LlmClient) =>
      client.complete({ role: 'spec_builder', input, schema: SPEC_DRAFT_OUTPUT_SCHEMA });
  }
  const vendorRequests = () => fake.requests.filter((r) => r.vendor === 'anthropic').length;
  beforeEach(() => (calls += 1));

  it('two replicas asked the same request at once: the vendor sees one request and both get the answer', async () => {
    const a = replica();
    const b = replica();
    const ask = request();
    // The vendor answers a only once b has found a's claim (so b really waits for it).
    fake.answer = async () => {
      await until(() => b.cache.found.includes('busy'), 'b to find the claim');
      return { spec_markdown: '# SPEC\n\nonce\n' };
    };

    const first = ask(a.client);
    await until(() => vendorRequests() === 1, 'a to call the vendor');
    const second = ask(b.client);
    const [ra, rb] = await Promise.all([first, second]);

    expect(vendorRequests()).toBe(1);
    expect(ra.output).toEqual(rb.output);
    expect(ra.usage.provider).toBe('anthropic');
    expect(rb.usage.cost_usd).toBe(0);
    expect(a.cache.found).toEqual(['claimed']);
    expect(b.cache.found[0]).toBe('busy');
    expect(b.cache.found.at(-1)).toBe('hit');
  });

  it('a waiter whose claimer died (claim held with no answer, then gone) claims and calls once itself', async () => {
    const a = replica();
    const ask = request();
    let claim = '';
    // A dead replica's claim: held, no answer will come.
    a.cache.beforeLookup = async (key) => {
      const dead = new RedisResponseCache(a.redis, prefix);
      expect((await dead.lookupOrClaim(key, 'dead-replica', 60_000)).kind).toBe('claimed');
      claim = `${prefix}:llm:cache:{${key}}:claim`;
    };

    const pending = ask(a.client);
    await until(() => a.cache.found.includes('busy'), 'the waiter to find the dead claim');
    expect(vendorRequests()).toBe(0);
    expect(await a.redis.exists(claim)).toBe(1);
    await a.redis.del(claim); // the claim expires
    const result = await pending;

    expect(vendorRequests()).toBe(1);
    expect(result.usage.provider).toBe('anthropic');
    expect(a.cache.found.at(-1)).toBe('claimed');
    expect(await a.redis.exists(claim)).toBe(0); // stored and dropped in one step
  });

  it('a failed call drops its claim, so the next caller calls instead of waiting', async () => {
    const a = replica();
    const b = replica();
    const ask = request();
    fake.script({ vendor: 'anthropic', status: 503 });

    const failed = await ask(a.client); // falls back to the offline provider
    expect(failed.usage.provider).toBe('offline');
    await until(
      async () => (await a.redis.keys(`${prefix}:llm:cache:*:claim`)).length === 0,
      'the claim to go',
    );

    const result = await ask(b.client);
    expect(result.usage.provider).toBe('anthropic');
    expect(b.cache.found).toEqual(['claimed']);
    expect(vendorRequests()).toBe(2);
  });

  it('a paid answer is stored before it is returned, the store retried after a transient failure; the other replica gets a hit', async () => {
    const a = replica();
    const b = replica();
    const ask = request();
    a.cache.failStores = 1;

    const paid = await ask(a.client);
    expect(a.cache.storeAttempts).toBe(2);
    expect(paid.usage.provider).toBe('anthropic');

    const again = await ask(b.client);
    expect(vendorRequests()).toBe(1);
    expect(b.cache.found).toEqual(['hit']);
    expect(again.output).toEqual(paid.output);
    expect(again.usage.cost_usd).toBe(0);
  });
});
