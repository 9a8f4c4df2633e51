import { Redis } from 'ioredis';
import {
  dropPrefix,
  intent,
  openStream,
  request,
  seedPaymentProcessor,
  testRedisUrl,
  uniquePrefix,
  waitForStatus,
} from '../support/harness';
import { startService, type ServiceProcess } from '../support/processes';

const FACTORY = 'apps/sovereign-factory/src/main.js';
const EXECUTOR = 'apps/build-executor/src/main.js';

describe('sovereign-factory as a process', () => {
  const running: ServiceProcess[] = [];
  const prefixes: string[] = [];

  async function factory(prefix: string, extra: Record<string, string> = {}): Promise<ServiceProcess> {
    const proc = await startService(FACTORY, {
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: prefix,
      FACTORY_PORT: '0',
      LLM_PROVIDER: 'offline',
      SPEC_RETRY_BACKOFF_MS: '50,50,50',
      ...extra,
    });
    running.push(proc);
    return proc;
  }

  afterEach(async () => {
    for (const proc of running.splice(0)) {
      if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGKILL');
      await proc.exited;
    }
    for (const prefix of prefixes.splice(0)) await dropPrefix(prefix);
  });

  it('takes the seed example to build_queued with a SPEC scoring at least 90', async () => {
    const prefix = uniquePrefix('e2e-seed');
    prefixes.push(prefix);
    const proc = await factory(prefix);
    const res = await request(proc.url, 'POST', '/intents/submit', seedPaymentProcessor());
    expect(res.status).toBe(202);
    await waitForStatus(proc.url, res.body.intent_id, 'build_queued');
    const status = await request(proc.url, 'GET', `/intents/${res.body.intent_id}/status`);
    expect(status.body).toMatchObject({
      status: 'build_queued',
      priority: 'high',
      executor_available: false,
    });
    expect(status.body.spec.score).toBeGreaterThanOrEqual(90);
  });

  it('loses nothing when killed with SIGKILL mid-pipeline: every intent reaches build_queued exactly once', async () => {
    const prefix = uniquePrefix('e2e-kill');
    prefixes.push(prefix);
    const first = await factory(prefix, { SPEC_WORKER_CONCURRENCY: '1', SPEC_JOB_LOCK_MS: '2000' });
    const ids: string[] = [];
    for (let i = 0; i < 15; i++) {
      const res = await request(
        first.url,
        'POST',
        '/intents/submit',
        intent(`kill-${i}`, { port: 9600 + i }),
      );
      expect(res.status).toBe(202);
      ids.push(res.body.intent_id);
    }
    // Kill as soon as the first intent has moved on, so the rest are mid-pipeline or still queued.
    const stream = openStream(`${first.url.replace('http', 'ws')}/intents/${ids[0]}/stream`);
    await stream.until((e) => e.type === 'status_changed' && e.data.to === 'spec_verifying');
    first.child.kill('SIGKILL');
    await first.exited;

    const unfinished = await countStatuses(prefix, ids);
    expect(unfinished.build_queued ?? 0).toBeLessThan(ids.length);

    // A short lock so the job the dead process held is picked up again quickly.
    const second = await factory(prefix, { SPEC_WORKER_CONCURRENCY: '2', SPEC_JOB_LOCK_MS: '2000' });
    for (const id of ids) await waitForStatus(second.url, id, 'build_queued', 60_000);

    const redis = new Redis(testRedisUrl());
    try {
      for (const id of ids) {
        const events = await redis.xrange(`{${prefix}}:events:intent:${id}`, '-', '+');
        const queued = events
          .map(([, fields]) => JSON.parse(fields[1]))
          .filter((e) => e.type === 'status_changed' && e.data.to === 'build_queued');
        expect(queued).toHaveLength(1);
      }
      const buildJobs = await redis.keys(`{${prefix}}:q:build:build.int_*`);
      expect(buildJobs.sort()).toEqual(ids.map((id) => `{${prefix}}:q:build:build.${id}`).sort());
    } finally {
      redis.disconnect();
    }
  }, 120_000);

  it('exits 0 within 10 s on SIGTERM', async () => {
    const prefix = uniquePrefix('e2e-term');
    prefixes.push(prefix);
    const proc = await factory(prefix);
    await request(proc.url, 'POST', '/intents/submit', intent('term-me', { port: 9700 }));
    const started = Date.now();
    proc.child.kill('SIGTERM');
    const { code } = await proc.exited;
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses to start with a bad config and names every problem', async () => {
    await expect(
      startService(FACTORY, { REDIS_URL: 'nope', SPEC_SCORE_THRESHOLD: '120', FACTORY_PORT: 'x' }),
    ).rejects.toThrow(/REDIS_URL[\s\S]*SPEC_SCORE_THRESHOLD|SPEC_SCORE_THRESHOLD[\s\S]*REDIS_URL/);
  });

  it('says how to fix it when there is neither REDIS_URL nor redis-server', async () => {
    await expect(startService(FACTORY, { PATH: '/nonexistent', FACTORY_PORT: '0' })).rejects.toThrow(
      /redis-server was not found[\s\S]*apt-get install -y redis-server[\s\S]*REDIS_URL/,
    );
  });

  it('boots the build-executor shell with its UDC health', async () => {
    const prefix = uniquePrefix('e2e-exec');
    prefixes.push(prefix);
    const proc = await startService(EXECUTOR, {
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: prefix,
      EXECUTOR_PORT: '0',
    });
    running.push(proc);
    const health = await request(proc.url, 'GET', '/health');
    expect(health.body).toMatchObject({ status: 'active', service: 'build-executor' });
    expect((await request(proc.url, 'GET', '/health/ready')).status).toBe(200);
  });
});

async function countStatuses(prefix: string, ids: string[]): Promise<Record<string, number>> {
  const redis = new Redis(testRedisUrl());
  try {
    const counts: Record<string, number> = {};
    for (const id of ids) {
      const status = (await redis.hget(`{${prefix}}:intent:${id}`, 'status')) as string;
      counts[status] = (counts[status] ?? 0) + 1;
    }
    return counts;
  } finally {
    redis.disconnect();
  }
}
