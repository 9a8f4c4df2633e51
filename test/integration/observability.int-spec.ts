import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { exportedMetricNames, freePort, METRIC_CATALOG, ShutdownGate } from '@sf/platform';
import type { StartedExecutor } from '../../apps/build-executor/src/executor-app';
import type { StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import {
  adminAuth,
  TEST_ADMIN_KEY,
  dropPrefix,
  intent,
  request,
  startTestExecutor,
  startTestFactory,
  tempDir,
  uniquePrefix,
} from '../support/harness';

/** A log destination keeping every JSON line. */
function logCapture(): { stream: Writable; lines: () => Record<string, any>[] } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return {
    stream,
    lines: () =>
      text
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, any>),
  };
}

/** A redis-server of this test's own on a fixed port, so it can be stopped and started again. */
async function privateRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
  child.stdout?.removeAllListeners('data');
  child.stdout?.resume();
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

/** GET with a deadline, so a probe that hangs fails the test with its path instead of timing it out. */
async function get(base: string, path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(base + path, { headers: adminAuth(), signal: AbortSignal.timeout(5_000) }).catch(
    (err: Error) => {
      throw new Error(`GET ${path}: ${err.message}`);
    },
  );
  const text = await res.text();
  return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text };
}

/** Polls `probe` until it returns true (readiness needs a ping to fail or succeed again). */
async function eventually(probe: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('logs, metrics and the shutdown gate', () => {
  const logs = logCapture();
  let factory: StartedFactory;
  let executor: StartedExecutor;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const prefix = uniquePrefix('obs');

  beforeAll(async () => {
    dir = await tempDir('obs');
    // Nest's logger is process-wide (the last app started owns it): both apps write to one capture.
    executor = await startTestExecutor('obs', dir.path, {}, { logDestination: logs.stream });
    factory = await startTestFactory('obs', { REDIS_PREFIX: prefix }, { logDestination: logs.stream });
  });

  afterAll(async () => {
    await Promise.allSettled([factory?.close(), executor?.close()]);
    await dropPrefix(prefix);
    await dir?.remove();
  });

  it('echoes the X-Request-Id and logs the request under the same request_id, secrets censored', async () => {
    const res = await request(factory.url, 'GET', '/intents?limit=1', undefined, {
      'x-request-id': 'req-obs-123',
      ...adminAuth(),
      cookie: 'session=hunter2',
    });
    expect(res.headers.get('x-request-id')).toBe('req-obs-123');
    await eventually(() => logs.lines().some((l) => l.request_id === 'req-obs-123'), 5_000);
    const line = logs.lines().find((l) => l.request_id === 'req-obs-123');
    expect(line).toMatchObject({ service: 'sovereign-factory', level: 'info', res: { statusCode: 200 } });
    expect(line?.req).toEqual({ method: 'GET', url: '/intents?limit=1' });
    expect(line?.duration_ms).toEqual(expect.any(Number));
    expect(JSON.stringify(logs.lines())).not.toContain(TEST_ADMIN_KEY);
    expect(JSON.stringify(logs.lines())).not.toContain('hunter2');
  });

  it('generates a request id when none is sent, the same in the header, the error body and the log', async () => {
    const res = await request(factory.url, 'GET', '/intents/int_nope/status');
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.request_id).toBe(id);
    await eventually(() => logs.lines().some((l) => l.request_id === id), 5_000);
  });

  it('stamps intent_id on the log lines of its SPEC work', async () => {
    const submitted = await request(
      factory.url,
      'POST',
      '/intents/submit',
      intent('obs-logged', { auto_build: false }),
    );
    expect(submitted.status).toBe(202);
    const id = submitted.body.intent_id as string;
    await eventually(
      () => logs.lines().some((l) => l.intent_id === id && /spec_builder/.test(l.msg)),
      20_000,
    );
  });

  it('serves /metrics that promtool accepts and that names every catalog metric', async () => {
    const promtool = spawnSync('promtool', ['--version']);
    if (promtool.error) {
      throw new Error(
        'promtool is required for this test: apt-get install -y prometheus (it provides promtool)',
      );
    }
    await request(executor.url, 'GET', '/builds');
    for (const [service, base] of [
      ['factory', factory.url],
      ['executor', executor.url],
    ] as const) {
      const res = await fetch(`${base}/metrics`, { headers: adminAuth() });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
      expect({ status: check.status, output: check.stdout + check.stderr }).toEqual({
        status: 0,
        output: '',
      });
      for (const spec of METRIC_CATALOG.filter((m) => m.services.includes(service))) {
        expect(text).toContain(`# TYPE ${service}_${spec.name} ${spec.type}`);
      }
      expect(exportedMetricNames(service).length).toBeGreaterThan(0);
      expect(text).toMatch(
        new RegExp(`${service}_queue_depth\\{queue="build",state="prioritized",priority="critical"\\} \\d+`),
      );
      expect(text).toContain(`${service}_redis_up 1`);
    }
    const factoryText = await (await fetch(`${factory.url}/metrics`, { headers: adminAuth() })).text();
    expect(factoryText).toMatch(
      /factory_http_requests_total\{method="GET",route="\/intents\/:id\/status",status="404"\} \d+/,
    );
    expect(factoryText).toMatch(/factory_intents_submitted_total\{priority="medium"\} [1-9]/);
    expect(factoryText).not.toMatch(/route="\/metrics"/);
  });

  it('refuses writes with 503 and Retry-After and reports not ready once shutdown has begun', async () => {
    const dataDir = await tempDir('drain');
    const draining = await startTestFactory('drain', { LOG_LEVEL: 'silent' });
    try {
      draining.app.get(ShutdownGate).begin();
      const ready = await request(draining.url, 'GET', '/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.error.shutdown).toEqual({ status: 'down', message: 'shutting down' });
      const submit = await request(draining.url, 'POST', '/intents/submit', intent('drain-refused'));
      expect(submit.status).toBe(503);
      expect(submit.headers.get('retry-after')).toBe('5');
      expect(submit.body.error.code).toBe('SERVICE_UNAVAILABLE');
      expect((await request(draining.url, 'GET', '/health/live')).status).toBe(200);
    } finally {
      await draining.close();
      await dataDir.remove();
    }
  });
});

afterAll(async () => {
  // Nothing shared is left behind: each describe closes what it started.
  await new Redis(process.env.REDIS_URL ?? '').quit().catch(() => undefined);
});

// Last: nestjs-pino keeps the first app's root logger process-wide, and these apps log at `silent`; started
// first, they would swallow the Nest-logger lines the log tests look for.
describe('probes follow Redis', () => {
  let redisPort: number;
  let redis: ChildProcess;
  let factory: StartedFactory;
  let executor: StartedExecutor;
  let dir: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await privateRedis(redisPort);
    dir = await tempDir('probes');
    const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}`, LOG_LEVEL: 'silent' };
    factory = await startTestFactory('probes', env);
    executor = await startTestExecutor('probes', dir.path, env);
  });

  afterAll(async () => {
    // The services close their queues cleanly only with their Redis there.
    if (redis.exitCode !== null || redis.signalCode !== null) redis = await privateRedis(redisPort);
    // Bounded: what this test checks is the probes, not how long closing takes after a Redis restart.
    await Promise.race([
      Promise.allSettled([factory?.close(), executor?.close()]),
      new Promise((r) => setTimeout(r, 15_000)),
    ]);
    await stopRedis(redis);
    await dir?.remove();
  });

  it('turns ready to 503 while Redis is down and back to 200 after it returns, live staying 200', async () => {
    for (const base of [factory.url, executor.url]) {
      expect((await get(base, '/health/ready')).status).toBe(200);
    }

    await stopRedis(redis);
    for (const base of [factory.url, executor.url]) {
      await eventually(async () => (await get(base, '/health/ready')).status === 503);
      const ready = await get(base, '/health/ready');
      expect(ready.body).toMatchObject({ status: 'error', error: { redis: { status: 'down' } } });
      expect((await get(base, '/health/live')).status).toBe(200);
      expect((await get(base, '/health')).body.status).toBe('degraded');
      expect((await get(base, '/metrics')).body).toMatch(/_redis_up 0/);
    }

    redis = await privateRedis(redisPort);
    for (const base of [factory.url, executor.url]) {
      await eventually(async () => (await get(base, '/health/ready')).status === 200);
      expect((await get(base, '/health')).body.status).toBe('active');
      expect((await get(base, '/health/live')).status).toBe(200);
    }
  });
});
