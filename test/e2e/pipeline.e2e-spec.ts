import { freePort } from '@sf/platform';
import {
  dropPrefix,
  intent,
  openStream,
  request,
  seedPaymentProcessor,
  tempDir,
  testRedisUrl,
  uniquePrefix,
  waitForStatus,
} from '../support/harness';
import { startService, type ServiceProcess } from '../support/processes';

const FACTORY = 'apps/sovereign-factory/src/main.js';
const EXECUTOR = 'apps/build-executor/src/main.js';

/** Environment of both services for one test: its own Redis prefix and data dir, short timings. */
function lineEnv(
  prefix: string,
  dataDir: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: prefix,
    DATA_DIR: dataDir,
    LLM_PROVIDER: 'offline',
    FACTORY_PORT: '0',
    EXECUTOR_PORT: '0',
    SPEC_RETRY_BACKOFF_MS: '50,50,50',
    HEALTH_RETRY_WAIT_MS: '500',
    SERVICE_HEARTBEAT_MS: '1000',
    ...extra,
  };
}

describe('intent → deployed through both services', () => {
  const running: ServiceProcess[] = [];
  const cleanups: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const proc of running.splice(0)) {
      if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGTERM');
      await proc.exited;
    }
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** A private prefix and data dir for this test (removed afterwards) and the services' environment. */
  async function environment(
    label: string,
    extra: Record<string, string> = {},
  ): Promise<Record<string, string>> {
    const prefix = uniquePrefix(label);
    const dir = await tempDir(label);
    cleanups.push(async () => {
      await dropPrefix(prefix);
      await dir.remove();
    });
    return lineEnv(prefix, dir.path, extra);
  }

  /** Starts a service process that the test's clean-up stops. */
  async function service(entry: string, env: Record<string, string>): Promise<ServiceProcess> {
    const proc = await startService(entry, env);
    running.push(proc);
    return proc;
  }

  /** Both services on one environment. */
  async function line(label: string, extra: Record<string, string> = {}) {
    const env = await environment(label, extra);
    const [factory, executor] = await Promise.all([service(FACTORY, env), service(EXECUTOR, env)]);
    return { factory, executor };
  }

  it('deploys, registers and health-checks the seed hello-world intent', async () => {
    const { factory, executor } = await line('e2e-hello');
    const port = await freePort();
    const res = await request(factory.url, 'POST', '/intents/submit', {
      service_name: 'hello-world',
      service_type: 'domain',
      priority: 'low',
      purpose: 'Simple hello world service for testing pipeline',
      key_features: ['GET /hello endpoint'],
      dependencies: ['registry'],
      port,
      auto_build: true,
    });
    expect(res.status).toBe(202);
    const stream = openStream(`${factory.url.replace('http', 'ws')}/intents/${res.body.intent_id}/stream`);
    const closed = await stream.closed;
    const statuses = closed.events
      .filter((e) => e.type === 'status_changed' && !e.build_id)
      .map((e) => e.data.to);
    expect(statuses).toEqual(
      expect.arrayContaining([
        'build_queued',
        'building',
        'deploying',
        'registering',
        'health_checking',
        'deployed',
      ]),
    );
    expect(statuses[statuses.length - 1]).toBe('deployed');
    // The intent stream carries the build's own events too.
    expect(closed.events.some((e) => e.build_id && e.type === 'test_result')).toBe(true);
    expect(closed.events.some((e) => e.build_id && e.type === 'udc_check')).toBe(true);

    const status = await request(factory.url, 'GET', `/intents/${res.body.intent_id}/status`);
    expect(status.body.status).toBe('deployed');
    expect(status.body.service.url).toBe(`http://127.0.0.1:${port}`);
    const health = await request(status.body.service.url, 'GET', '/health');
    expect(health.body.status).toBe('active');
    const hello = await request(status.body.service.url, 'GET', '/hello');
    expect(hello.status).toBe(200);
    const entry = await request(executor.url, 'GET', '/registry/services/hello-world');
    expect(entry.body).toMatchObject({ name: 'hello-world', status: 'active' });
    expect(entry.body.provenance.intent_id).toBe(res.body.intent_id);

    const build = await request(executor.url, 'GET', `/builds/${status.body.build.build_id}/status`);
    expect(build.body.tests.failed).toBe(0);
    expect(build.body.tests.passed).toBeGreaterThan(0);
    expect(build.body.udc.ok).toBe(true);
    await request(executor.url, 'POST', '/deployments/hello-world/stop');
  }, 120_000);

  it('builds the seed payment-processor green', async () => {
    const { factory, executor } = await line('e2e-payments');
    const port = await freePort();
    const res = await request(factory.url, 'POST', '/intents/submit', { ...seedPaymentProcessor(), port });
    const closed = await openStream(
      `${factory.url.replace('http', 'ws')}/intents/${res.body.intent_id}/stream`,
    ).closed;
    const last = closed.events.filter((e) => e.type === 'status_changed' && !e.build_id).pop();
    expect(last.data.to).toBe('deployed');
    await request(executor.url, 'POST', '/deployments/payment-processor/stop');
  }, 120_000);

  it('waits in build_queued while no executor runs, then builds once one starts', async () => {
    const env = await environment('e2e-later');
    const factory = await service(FACTORY, env);
    const port = await freePort();
    const res = await request(factory.url, 'POST', '/intents/submit', intent('later-svc', { port }));
    await waitForStatus(factory.url, res.body.intent_id, 'build_queued');
    const waiting = await request(factory.url, 'GET', `/intents/${res.body.intent_id}/status`);
    expect(waiting.body).toMatchObject({ status: 'build_queued', executor_available: false });

    const executor = await service(EXECUTOR, env);
    await waitForStatus(factory.url, res.body.intent_id, 'deployed', 60_000);
    await request(executor.url, 'POST', '/deployments/later-svc/stop');
  }, 120_000);

  it('finishes a build after the executor is killed with SIGKILL mid-build, without repeating an LLM call', async () => {
    const env = await environment('e2e-crash', { BUILD_JOB_LOCK_MS: '2000' });
    const factory = await service(FACTORY, env);
    const first = await service(EXECUTOR, env);
    const port = await freePort();
    const res = await request(factory.url, 'POST', '/intents/submit', intent('crash-svc', { port }));
    // Kill the executor as soon as the build has reached the test run (codegen and testgen are done).
    const stream = openStream(`${factory.url.replace('http', 'ws')}/intents/${res.body.intent_id}/stream`);
    await stream.until((e) => e.build_id && e.type === 'status_changed' && e.data.to === 'testing', 60_000);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await service(EXECUTOR, env);
    await stream.until((e) => e.type === 'status_changed' && !e.build_id && e.data.to === 'deployed', 60_000);
    stream.close();

    const status = await request(factory.url, 'GET', `/intents/${res.body.intent_id}/status`);
    const build = await request(second.url, 'GET', `/builds/${status.body.build.build_id}/status`);
    expect(build.body.status).toBe('deployed');
    expect(build.body.cost.by_phase.codegen.calls).toBe(1);
    expect(build.body.cost.by_phase.testgen.calls).toBe(1);
    const events = await openStream(
      `${second.url.replace('http', 'ws')}/builds/${status.body.build.build_id}/stream`,
    ).closed;
    const calls = events.events.filter((e) => e.type === 'llm_call').map((e) => e.data.role);
    expect(calls.sort()).toEqual(['codegen', 'testgen']);
    await request(second.url, 'POST', '/deployments/crash-svc/stop');
  }, 120_000);
});
