import { Redis } from 'ioredis';
import { createCostServices, RedisBudgetGuard, RedisCostLedger, utcDay, type LedgerEntry } from '@sf/llm';
import type { StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import { dropPrefix, request, startTestFactory, testRedisUrl } from '../support/harness';

const DAY_MS = 86_400_000;

function entry(overrides: Partial<LedgerEntry>): LedgerEntry {
  return {
    ts: new Date().toISOString(),
    intent_id: null,
    build_id: null,
    role: 'codegen',
    provider: 'anthropic',
    model: 'claude-sonnet-4-5',
    input_tokens: 100,
    output_tokens: 50,
    cache_read_tokens: 0,
    cache_write_tokens: 0,
    cost_usd: 0,
    latency_ms: 10,
    outcome: 'ok',
    fallback_level: 0,
    cached: false,
    ...overrides,
  };
}

describe('admin cost API (factory, real Redis)', () => {
  let factory: StartedFactory;
  let redis: Redis;
  let prefix: string;
  let today: string;
  let yesterday: string;

  beforeAll(async () => {
    factory = await startTestFactory('admin-costs', {
      DAILY_BUDGET_USD: '5',
      MAX_COST_PER_INTENT_USD: '2',
      FACTORY_WORKER: 'false',
    });
    prefix = factory.config.REDIS_PREFIX;
    redis = new Redis(testRedisUrl());
    today = utcDay(Date.now());
    yesterday = utcDay(Date.now() - DAY_MS);
    const ledger = new RedisCostLedger(redis, prefix);
    // Today: intent A spec_builder $0.25 + codegen $0.5; intent B fixer $0.125; no intent spec_optimizer $0.1.
    // Yesterday: intent B codegen $2.
    await ledger.record(entry({ intent_id: 'A', role: 'spec_builder', cost_usd: 0.25 }));
    await ledger.record(entry({ intent_id: 'A', build_id: 'b1', role: 'codegen', cost_usd: 0.5 }));
    await ledger.record(entry({ intent_id: 'B', role: 'fixer', cost_usd: 0.125, outcome: 'error' }));
    await ledger.record(
      entry({ role: 'spec_optimizer', cost_usd: 0.1, provider: 'openai', model: 'gpt-4o' }),
    );
    await ledger.record(entry({ ts: `${yesterday}T12:00:00.000Z`, intent_id: 'B', cost_usd: 2 }));
    const guard = new RedisBudgetGuard(redis, prefix, { limits: { daily_usd: 5, per_intent_usd: 2 } });
    const held = await guard.reserve({ intent_id: 'A', amount_usd: 1 });
    if (!held.ok) throw new Error('seed reservation refused');
    await guard.settle(held.reservation, 0.975);
  });

  afterAll(async () => {
    await factory?.close();
    await dropPrefix(prefix);
    redis?.disconnect();
  });

  const get = (path: string) => request(factory.url, 'GET', path);

  it("reports today's totals with the budget", async () => {
    const res = await get('/api/admin/costs/today');

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ day: today, cost_usd: 0.975, calls: 4, tokens: 600, errors: 1 });
    expect(res.body.budget).toEqual({
      day: today,
      spent_usd: 0.975,
      reserved_usd: 0,
      daily_limit_usd: 5,
      per_intent_limit_usd: 2,
      used_ratio: 0.195,
      remaining_usd: 4.025,
    });
  });

  it('breaks today down by role and a given day down by intent', async () => {
    const roles = await get('/api/admin/costs/by-role');
    expect(roles.status).toBe(200);
    expect(roles.body.day).toBe(today);
    expect(roles.body.roles.map((r: any) => [r.role, r.cost_usd, r.calls])).toEqual([
      ['codegen', 0.5, 1],
      ['spec_builder', 0.25, 1],
      ['fixer', 0.125, 1],
      ['spec_optimizer', 0.1, 1],
    ]);

    const models = await get('/api/admin/costs/by-model');
    expect(models.body.day).toBe(today);
    expect(models.body.models.map((m: any) => [m.provider, m.model, m.cost_usd, m.calls])).toEqual([
      ['anthropic', 'claude-sonnet-4-5', 0.875, 3],
      ['openai', 'gpt-4o', 0.1, 1],
    ]);
    expect((await get(`/api/admin/costs/by-model?day=${yesterday}`)).body.models).toMatchObject([
      { provider: 'anthropic', model: 'claude-sonnet-4-5', cost_usd: 2 },
    ]);

    const intents = await get('/api/admin/costs/by-intent');
    expect(intents.body.intents.map((r: any) => [r.intent_id, r.cost_usd])).toEqual([
      ['A', 0.75],
      ['B', 0.125],
    ]);
    const before = await get(`/api/admin/costs/by-intent?day=${yesterday}`);
    expect(before.body).toMatchObject({
      day: yesterday,
      intents: [{ intent_id: 'B', cost_usd: 2, calls: 1 }],
    });
  });

  it('gives the trend over the requested days and the top intents', async () => {
    const trend = await get('/api/admin/costs/trend?days=3');
    expect(trend.status).toBe(200);
    expect(trend.body.days).toBe(3);
    expect(trend.body.trend.map((d: any) => [d.day, d.cost_usd])).toEqual([
      [utcDay(Date.now() - 2 * DAY_MS), 0],
      [yesterday, 2],
      [today, 0.975],
    ]);
    expect((await get('/api/admin/costs/trend')).body.trend).toHaveLength(7);

    const top = await get('/api/admin/costs/top-intents?days=2&limit=1');
    expect(top.status).toBe(200);
    expect(top.body.intents).toEqual([
      expect.objectContaining({ intent_id: 'B', cost_usd: 2.125, calls: 2 }),
    ]);
    const todayOnly = await get('/api/admin/costs/top-intents?days=1');
    expect(todayOnly.body.intents.map((r: any) => r.intent_id)).toEqual(['A', 'B']);
  });

  it("projects today's spend to the end of the day and to 30 days against the budget", async () => {
    const res = await get('/api/admin/costs/projection');

    expect(res.status).toBe(200);
    const asOf = Date.parse(res.body.as_of);
    const fraction = Math.max(asOf - Date.parse(`${today}T00:00:00.000Z`), 60_000) / DAY_MS;
    expect(res.body).toMatchObject({ day: today, spent_usd: 0.975, daily_limit_usd: 5, budget_30d_usd: 150 });
    expect(res.body.projected_day_usd).toBeCloseTo(0.975 / fraction, 5);
    expect(res.body.projected_30d_usd).toBeCloseTo((0.975 / fraction) * 30, 4);
    expect(res.body.projected_day_ratio).toBeCloseTo(0.975 / fraction / 5, 5);
    expect(res.body.over_budget).toBe(0.975 / fraction > 5);
  });

  it('reads and raises the limits for every process', async () => {
    expect((await get('/api/admin/budget')).body).toMatchObject({
      daily_limit_usd: 5,
      per_intent_limit_usd: 2,
    });

    const res = await request(factory.url, 'PUT', '/api/admin/budget', { daily_usd: 20 });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ daily_limit_usd: 20, per_intent_limit_usd: 2, remaining_usd: 19.025 });
    const elsewhere = new RedisBudgetGuard(redis, prefix, { limits: { daily_usd: 5, per_intent_usd: 2 } });
    expect(await elsewhere.getLimits()).toEqual({ daily_usd: 20, per_intent_usd: 2 });
    expect(
      (await request(factory.url, 'PUT', '/api/admin/budget', { per_intent_usd: 3 })).body,
    ).toMatchObject({
      daily_limit_usd: 20,
      per_intent_limit_usd: 3,
    });
    const dashboard = await get('/dashboard');
    expect(dashboard.body.cost_today).toEqual({ usd: 0.975, calls: 4, tokens: 600 });
    expect(dashboard.body.budget).toMatchObject({ daily_usd: 20, per_intent_usd: 3, used_usd: 0.975 });
  });

  it.each([
    '/api/admin/costs/trend?days=0',
    '/api/admin/costs/trend?days=91',
    '/api/admin/costs/trend?days=abc',
    '/api/admin/costs/trend?days=1.5',
    '/api/admin/costs/top-intents?limit=0',
    '/api/admin/costs/top-intents?days=7&limit=101',
    '/api/admin/costs/by-role?day=yesterday',
    '/api/admin/costs/by-intent?day=2025-02-30',
    '/api/admin/costs/by-model?day=today',
    '/api/admin/costs/trend?days=7&verbose=1',
  ])('refuses GET %s with 400 VALIDATION_FAILED', async (path) => {
    const res = await get(path);

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(typeof res.body.request_id).toBe('string');
  });

  it.each([
    ['no limit at all', {}],
    ['a negative limit', { daily_usd: -1 }],
    ['a limit given as a string', { daily_usd: '5' }],
    ['an absurd limit', { per_intent_usd: 1e9 }],
    ['an unknown field', { daily_usd: 5, monthly_usd: 100 }],
    // Found by the API fuzz: a null limit passed validation as "absent" and ended in a 500.
    ['a null limit', { daily_usd: null }],
  ])(
    'refuses PUT /api/admin/budget with %s (400 VALIDATION_FAILED, limits unchanged)',
    async (_case, body) => {
      const before = (await get('/api/admin/budget')).body;

      const res = await request(factory.url, 'PUT', '/api/admin/budget', body);

      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      const after = (await get('/api/admin/budget')).body;
      expect([after.daily_limit_usd, after.per_intent_limit_usd]).toEqual([
        before.daily_limit_usd,
        before.per_intent_limit_usd,
      ]);
    },
  );

  it('refuses a PUT body that is not JSON with 400 MALFORMED_JSON', async () => {
    const res = await request(factory.url, 'PUT', '/api/admin/budget', '{"daily_usd":', {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MALFORMED_JSON');
  });

  // Last: it moves today's spend past 50 %.
  it('lists budget alerts raised by any service, each threshold once', async () => {
    const costs = createCostServices(redis, prefix, {
      DAILY_BUDGET_USD: 5,
      MAX_COST_PER_INTENT_USD: 5,
      LLM_CACHE_TTL_SECONDS: 60,
    });
    expect((await request(factory.url, 'PUT', '/api/admin/budget', { daily_usd: 5 })).status).toBe(200);
    expect((await get('/api/admin/costs/alerts')).body).toEqual({ alerts: [] });
    for (let i = 0; i < 2; i++) {
      const held = await costs.budget.reserve({ intent_id: `C${i}`, amount_usd: 1 });
      if (!held.ok) throw new Error('reservation refused');
      await costs.budget.settle(held.reservation, 1);
    }
    const res = await get('/api/admin/costs/alerts');
    expect(res.status).toBe(200);
    expect(res.body.alerts).toEqual([
      expect.objectContaining({ day: today, threshold_pct: 50, limit_usd: 5, spent_usd: 2.975 }),
    ]);
  });
});
