import { Redis } from 'ioredis';
import { lastUtcDays, RedisCostLedger, utcDay, type LedgerEntry } from '@sf/llm';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../support/harness';

// Real recent days: the ledger expires per-day keys `retentionDays` after their day, so fixed past dates would
// already be gone.
const [D3, D2, D1, D0] = lastUtcDays(4, Date.now());

function entry(overrides: Partial<LedgerEntry>): LedgerEntry {
  return {
    ts: `${D0}T10:00:00.000Z`,
    intent_id: null,
    build_id: null,
    role: 'codegen',
    provider: 'anthropic',
    model: 'claude-sonnet-4-5',
    input_tokens: 0,
    output_tokens: 0,
    cache_read_tokens: 0,
    cache_write_tokens: 0,
    cost_usd: 0,
    latency_ms: 100,
    outcome: 'ok',
    fallback_level: 0,
    cached: false,
    ...overrides,
  };
}

const ZERO = {
  cost_usd: 0,
  calls: 0,
  tokens: 0,
  input_tokens: 0,
  output_tokens: 0,
  cache_read_tokens: 0,
  cache_write_tokens: 0,
  cache_hits: 0,
  errors: 0,
};

describe('RedisCostLedger (real Redis)', () => {
  const now = () => new Date(`${D0}T12:00:00.000Z`);
  let redis: Redis;
  let prefix: string;
  let ledger: RedisCostLedger;

  // Today (D0): intent A spec_builder ×2 + codegen (one build), intent B codegen (cache hit) and a
  // fixer error, plus a call without intent. Yesterday: intent B ×1. Three days ago: intent C ×1.
  const today: LedgerEntry[] = [
    entry({ intent_id: 'A', role: 'spec_builder', input_tokens: 1000, output_tokens: 500, cost_usd: 0.1 }),
    entry({ intent_id: 'A', role: 'spec_builder', input_tokens: 1000, output_tokens: 500, cost_usd: 0.1 }),
    entry({
      intent_id: 'A',
      build_id: 'b-1',
      role: 'codegen',
      provider: 'openai',
      model: 'gpt-4o',
      input_tokens: 2000,
      output_tokens: 1000,
      cache_read_tokens: 300,
      cache_write_tokens: 200,
      cost_usd: 0.1,
    }),
    entry({ intent_id: 'B', build_id: 'b-2', role: 'codegen', outcome: 'cache_hit', cached: true }),
    entry({
      intent_id: 'B',
      build_id: 'b-2',
      role: 'fixer',
      outcome: 'error',
      error_code: 'LLM_TIMEOUT',
      input_tokens: 50,
      cost_usd: 0.0000015,
    }),
    entry({ role: 'spec_optimizer', input_tokens: 10, output_tokens: 10, cost_usd: 0.3 }),
  ];

  beforeEach(async () => {
    redis = new Redis(testRedisUrl());
    prefix = uniquePrefix('ledger');
    ledger = new RedisCostLedger(redis, prefix, { now });
    for (const e of today) await ledger.record(e);
    await ledger.record(
      entry({ ts: `${D1}T23:59:59.999Z`, intent_id: 'B', cost_usd: 0.7, output_tokens: 7 }),
    );
    await ledger.record(entry({ ts: `${D3}T08:00:00.000Z`, intent_id: 'C', cost_usd: 2, output_tokens: 1 }));
  });

  afterEach(async () => {
    await dropPrefix(prefix);
    redis.disconnect();
  });

  it("sums today's entries exactly (integer nano-USD, not float drift)", async () => {
    expect(await ledger.totals()).toEqual({
      cost_usd: 0.6000015,
      calls: 6,
      tokens: 6570,
      input_tokens: 4060,
      output_tokens: 2010,
      cache_read_tokens: 300,
      cache_write_tokens: 200,
      cache_hits: 1,
      errors: 1,
    });
    expect(await ledger.totals(D1)).toMatchObject({ cost_usd: 0.7, calls: 1, tokens: 7 });
    expect(await ledger.totals(D2)).toEqual(ZERO);
  });

  it('breaks a day down by role, most expensive first', async () => {
    const rows = await ledger.byRole();
    expect(rows.map((r) => [r.role, r.cost_usd, r.calls])).toEqual([
      ['spec_optimizer', 0.3, 1],
      ['spec_builder', 0.2, 2],
      ['codegen', 0.1, 2],
      ['fixer', 0.0000015, 1],
    ]);
    expect(rows.find((r) => r.role === 'codegen')).toMatchObject({ cache_hits: 1, tokens: 3500 });
  });

  it('breaks a day down by provider and model', async () => {
    const rows = await ledger.byModel();
    expect(rows.map((r) => [r.provider, r.model, r.cost_usd, r.calls])).toEqual([
      ['anthropic', 'claude-sonnet-4-5', 0.5000015, 5],
      ['openai', 'gpt-4o', 0.1, 1],
    ]);
  });

  it('breaks a day down by intent and by build, and keeps each intent’s entries', async () => {
    expect((await ledger.byIntent()).map((r) => [r.intent_id, r.cost_usd, r.calls])).toEqual([
      ['A', 0.3, 3],
      ['B', 0.0000015, 2],
    ]);
    expect((await ledger.byBuild()).map((r) => [r.build_id, r.cost_usd, r.calls, r.errors])).toEqual([
      ['b-1', 0.1, 1, 0],
      ['b-2', 0.0000015, 2, 1],
    ]);
    const entries = await ledger.intentEntries('B');
    expect(entries.map((e) => [e.role, e.outcome, e.ts])).toEqual([
      ['codegen', 'cache_hit', `${D0}T10:00:00.000Z`],
      ['fixer', 'error', `${D0}T10:00:00.000Z`],
      ['codegen', 'ok', `${D1}T23:59:59.999Z`],
    ]);
    expect(entries[1].error_code).toBe('LLM_TIMEOUT');
    expect(await ledger.intentTotals('B')).toMatchObject({ cost_usd: 0.7000015, calls: 3, cache_hits: 1 });
    expect(await ledger.buildTotals('b-1')).toMatchObject({ cost_usd: 0.1, tokens: 3500 });
    expect(await ledger.dayEntries(D0, { offset: 5, limit: 10 })).toEqual([today[5]]);
  });

  it('gives a trend over N days with empty days as zero, oldest first', async () => {
    const trend = await ledger.trend(4);
    expect(trend.map((d) => [d.day, d.cost_usd, d.calls])).toEqual([
      [D3, 2, 1],
      [D2, 0, 0],
      [D1, 0.7, 1],
      [D0, 0.6000015, 6],
    ]);
  });

  it('ranks the top intents over N days', async () => {
    expect((await ledger.topIntents(2, 10)).map((r) => [r.intent_id, r.cost_usd, r.calls])).toEqual([
      ['B', 0.7000015, 3],
      ['A', 0.3, 3],
    ]);
    expect((await ledger.topIntents(4, 2)).map((r) => r.intent_id)).toEqual(['C', 'B']);
  });

  it('lets per-day keys expire after the retention', async () => {
    const short = new RedisCostLedger(redis, prefix, { now, retentionDays: 2 });
    const old = utcDay(Date.now() - 3 * 86_400_000);
    await short.record(entry({ ts: `${old}T00:00:00.000Z`, cost_usd: 1 }));
    expect(await short.totals(old)).toEqual(ZERO);
    expect(await redis.exists(`{${prefix}:ledger}:llm:ledger:${old}:entries`)).toBe(0);

    const ttl = await redis.ttl(`{${prefix}:ledger}:llm:ledger:${D0}:totals`);
    const expected = (Date.parse(D0) + 400 * 86_400_000 - Date.now()) / 1000;
    expect(Math.abs(ttl - expected)).toBeLessThan(5);
  });
});
