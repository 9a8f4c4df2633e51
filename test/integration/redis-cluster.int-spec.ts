import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Redis } from 'ioredis';
import { RedisBreakerStore, RedisBudgetGuard, RedisCostLedger, RedisResponseCache } from '@sf/llm';
import type { UdcRegistryEntry } from '@sf/udc';
import { auditStreamKey, createRedis, freePort, RedisScript } from '@sf/platform';
import { RegistryService } from '../../apps/build-executor/src/registry/registry.service';
import { CostKeys } from '../../libs/llm/src/ledger/cost-keys';
import {
  intent,
  request,
  startTestPipeline,
  uniquePrefix,
  waitForStatus,
  type TestPipeline,
} from '../support/harness';
import { startRedisCluster, type TestRedisCluster } from '../support/redis-cluster';

/*
 * Both services on a real Redis Cluster: three masters (redis-server processes on loopback, joined by
 * `redis-cli --cluster create`). Every script, MULTI and pipeline of ours must keep to one hash slot there, or
 * Redis answers CROSSSLOT; the intents below go all the way to `deployed`, the budget stays exact under
 * concurrency, and every Lua script of the repository is seen running on the cluster.
 */

const ROOT = join(__dirname, '..', '..');

/** The names of the repository's Lua scripts (as `RedisScript.name`), includes left out. */
function repositoryScripts(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'includes') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.lua')) found.push(basename(entry.name).replace(/(?:-\d+)?\.lua$/, ''));
    }
  };
  for (const top of ['apps', 'libs']) walk(join(ROOT, top));
  return [...new Set(found)].sort();
}

describe('on a three-master Redis Cluster', () => {
  let cluster: TestRedisCluster;
  const connections: Redis[] = [];
  /** Every script run on the cluster, with how it ended. */
  const runs: { name: string; error: string | null }[] = [];
  const realRun = RedisScript.prototype.run;
  /**
   * Submits the factory accepted on the cluster. The intent's create script runs as a command defined on the
   * connection inside the submit's MULTI (one round trip), not through `RedisScript.run`, so this is its proof.
   */
  let acceptedSubmits = 0;
  /**
   * Audit entries written on the cluster: the audit's append script runs as a command defined on its connection
   * (one call per event-loop turn), not through `RedisScript.run`, so the entries in the stream are its proof.
   */
  let auditedEntries = 0;

  const connect = (): Redis => {
    const redis = createRedis(cluster.url);
    connections.push(redis);
    return redis;
  };

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
    jest.spyOn(RedisScript.prototype, 'run').mockImplementation(async function (this: RedisScript, ...args) {
      try {
        const result = await realRun.apply(this, args);
        runs.push({ name: this.name, error: null });
        return result;
      } catch (err) {
        runs.push({ name: this.name, error: err instanceof Error ? err.message : String(err) });
        throw err;
      }
    });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    for (const redis of connections.splice(0)) redis.disconnect();
    await cluster?.stop();
  });

  it('spreads the masters over all 16384 slots', async () => {
    const slots = (await connect().call('CLUSTER', 'SLOTS')) as [number, number, ...unknown[]][];
    expect(slots.reduce((sum, [from, to]) => sum + to - from + 1, 0)).toBe(16_384);
    expect(new Set(slots.map((s) => JSON.stringify(s[2]))).size).toBe(3);
  });

  describe('the pipeline', () => {
    let pipeline: TestPipeline;

    beforeAll(async () => {
      pipeline = await startTestPipeline('cluster', { REDIS_URL: cluster.url, LOG_LEVEL: 'warn' });
    });
    afterAll(() => pipeline?.close());

    it('takes intents submitted to the factory to deployed, built by an executor', async () => {
      const { factory, executor } = pipeline;
      const names = ['cluster-notes', 'cluster-tasks'];
      const ids = await Promise.all(
        names.map(async (name) => {
          const res = await request(
            factory.url,
            'POST',
            '/intents/submit',
            intent(name, { port: await freePort() }),
          );
          expect(res.status).toBe(202);
          acceptedSubmits++;
          return res.body.intent_id as string;
        }),
      );

      await Promise.all(ids.map((id) => waitForStatus(factory.url, id, 'deployed', 50_000)));

      for (const id of ids) {
        const status = (await request(factory.url, 'GET', `/intents/${id}/status`)).body;
        expect(status.status).toBe('deployed');
      }
      const { deployments } = (await request(executor.url, 'GET', '/deployments')).body as {
        deployments: { name: string; status: string }[];
      };
      expect(deployments.filter((d) => names.includes(d.name)).map((d) => d.status)).toEqual([
        'running',
        'running',
      ]);
      for (const base of [factory.url, executor.url])
        expect((await request(base, 'GET', '/health/ready')).status).toBe(200);
      expect((await request(factory.url, 'GET', '/dashboard')).status).toBe(200);
      const registered = (await request(executor.url, 'GET', '/registry/services')).body;
      expect(JSON.stringify(registered)).toContain('cluster-notes');
      // The submits' audit entries, written just after their answers, are in the stream on the cluster.
      const audit = auditStreamKey(pipeline.prefix);
      const redis = connect();
      for (let i = 0; i < 100 && (await redis.xlen(audit)) < acceptedSubmits; i++)
        await new Promise((r) => setTimeout(r, 20));
      auditedEntries = await redis.xlen(audit);
      expect(auditedEntries).toBeGreaterThanOrEqual(acceptedSubmits);
    });
  });

  it('keeps the budget exact under 50 concurrent callers on five connections', async () => {
    const prefix = uniquePrefix('cluster-budget');
    const guards = Array.from(
      { length: 5 },
      () => new RedisBudgetGuard(connect(), prefix, { limits: { daily_usd: 1, per_intent_usd: 100 } }),
    );

    // $0.03 each against $1: exactly 33 holds fit (0.99), whatever the interleaving.
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        guards[i % 5].reserve({ intent_id: `i-${i % 7}`, amount_usd: 0.03 }),
      ),
    );
    const held = outcomes.flatMap((r) => (r.ok ? [r.reservation] : []));
    expect(held).toHaveLength(33);
    for (const r of outcomes.filter((o) => !o.ok)) expect(r).toMatchObject({ reason: 'daily', limit_usd: 1 });
    expect((await guards[0].status()).reserved_usd).toBeCloseTo(0.99, 9);

    // Each settles at its actual cost ($0.01, $0.02 or $0.03), concurrently, some twice (a retried settle).
    const actual = (i: number) => 0.01 * (1 + (i % 3));
    await Promise.all(held.map((r, i) => guards[(i + 1) % 5].settle(r, actual(i))));
    await Promise.all(held.slice(0, 10).map((r, i) => guards[(i + 2) % 5].settle(r, actual(i))));

    const nano = (usd: number) => Math.round(usd * 1e9);
    const expected = held.reduce((sum, _r, i) => sum + nano(actual(i)), 0);
    const status = await guards[3].status();
    expect(nano(status.spent_usd)).toBe(expected);
    expect(status.reserved_usd).toBe(0);
    expect(status.spent_usd).toBeLessThanOrEqual(1);
    const keys = new CostKeys(prefix);
    expect(await connect().hlen(keys.budgetHolds())).toBe(0);
  });

  it('records the ledger, caches answers and keeps the registry within their slots', async () => {
    const prefix = uniquePrefix('cluster-ledger');
    const redis = connect();
    const ledger = new RedisCostLedger(redis, prefix);
    const entry = {
      ts: new Date().toISOString(),
      intent_id: 'intent-1',
      build_id: 'build-1',
      role: 'codegen' as const,
      provider: 'anthropic',
      model: 'claude-sonnet-4-6',
      cost_usd: 0.25,
      latency_ms: 10,
      outcome: 'ok' as const,
      fallback_level: 0,
      cached: false,
      input_tokens: 100,
      output_tokens: 50,
      cache_read_tokens: 0,
      cache_write_tokens: 0,
    };
    await Promise.all([ledger.record(entry), ledger.record({ ...entry, intent_id: 'intent-2' })]);
    expect((await ledger.totals()).cost_usd).toBeCloseTo(0.5, 9);
    expect((await ledger.trend(3)).at(-1)?.calls).toBe(2);
    expect((await ledger.topIntents(3, 5)).map((i) => i.intent_id).sort()).toEqual(['intent-1', 'intent-2']);

    const cache = new RedisResponseCache(redis, prefix, { ttlSeconds: 60 });
    await cache.set('k1', { output: { ok: true }, provider: 'anthropic', model: 'm' });
    expect(await cache.get('k1')).toMatchObject({ output: { ok: true } });
    // The single flight: the answer and its claim share the answer's hash tag (one slot per script).
    expect(await cache.lookupOrClaim('k2', 'a', 60_000)).toEqual({ kind: 'claimed' });
    expect(await cache.lookupOrClaim('k2', 'b', 60_000)).toMatchObject({ kind: 'busy' });
    await cache.storeAnswer('k2', { output: { two: true }, provider: 'anthropic', model: 'm' }, 'a');
    expect(await cache.lookupOrClaim('k2', 'b', 60_000)).toMatchObject({
      kind: 'hit',
      answer: { output: { two: true } },
    });
    expect(await cache.lookupOrClaim('k3', 'a', 60_000)).toEqual({ kind: 'claimed' });
    // A claim is a lease its holder renews while it calls; nobody else can.
    expect(await cache.renewClaim('k3', 'a', 60_000)).toBe(true);
    expect(await cache.renewClaim('k3', 'b', 60_000)).toBe(false);
    await cache.releaseClaim('k3', 'a');
    expect(await cache.lookupOrClaim('k3', 'b', 60_000)).toEqual({ kind: 'claimed' });

    // The shared circuit breaker's two scripts (one key each).
    const breakers = new RedisBreakerStore(redis, prefix);
    expect((await breakers.acquire('anthropic', 'm', Date.now(), 1000)).granted).toBe(true);
    const settled = await breakers.settle('anthropic', 'm', 'failure', null, Date.now(), {
      failureThreshold: 3,
      openMs: 1000,
    });
    expect(settled.consecutive_failures).toBe(1);

    const registry = new RegistryService(redis, { prefix });
    const registration: UdcRegistryEntry = {
      name: 'slot-svc',
      version: '1.0.0',
      url: 'http://127.0.0.1:9',
      udc_version: '1.0',
      capabilities: {
        service: 'slot-svc',
        version: '1.0.0',
        udc_version: '1.0',
        features: ['list orders'],
        endpoints: [{ method: 'GET', path: '/orders', description: 'list orders' }],
        dependencies: ['registry'],
      },
      provenance: {
        intent_id: 'int_1',
        spec_sha256: 'ab'.repeat(32),
        spec_score: 93.5,
        models: ['offline/spec-builder-v1'],
        cost_usd: 0,
        tests_passed: 1,
        approvals: [],
      },
    };
    expect((await registry.register(registration)).created).toBe(true);
    expect((await registry.heartbeat('slot-svc')).name).toBe('slot-svc');
    expect((await registry.list()).map((s) => s.name)).toEqual(['slot-svc']);
    expect(await registry.deregister('slot-svc')).toBe(true);
  });

  it('has run every Lua script of the repository, none refused for keys in different slots', () => {
    const failures = runs.filter((r) => r.error !== null);
    expect(failures).toEqual([]);
    expect(acceptedSubmits).toBeGreaterThan(0);
    const ran = new Set(runs.map((r) => r.name));
    if (acceptedSubmits > 0) ran.add('create-intent');
    if (auditedEntries > 0) ran.add('append-audit');
    expect([...ran].sort()).toEqual(repositoryScripts());
  });
});
