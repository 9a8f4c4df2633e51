import {
  dropPrefix,
  goodSpec,
  openStream,
  request,
  tempDir,
  testRedisUrl,
  uniquePrefix,
} from '../support/harness';
import { startService, type ServiceProcess } from '../support/processes';

const EXECUTOR = 'apps/build-executor/src/main.js';

describe('build-executor shutdown', () => {
  const prefix = uniquePrefix('e2e-sigterm');
  const running: ServiceProcess[] = [];
  let dir: Awaited<ReturnType<typeof tempDir>>;

  async function executor(): Promise<ServiceProcess> {
    const proc = await startService(EXECUTOR, {
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: prefix,
      EXECUTOR_PORT: '0',
      LLM_PROVIDER: 'offline',
      DATA_DIR: dir.path,
      HEALTH_RETRY_WAIT_MS: '200',
      HEALTH_TIMEOUT_MS: '5000',
      SERVICE_HEARTBEAT_MS: '1000',
      BUILD_JOB_LOCK_MS: '5000',
    });
    running.push(proc);
    return proc;
  }

  beforeAll(async () => {
    dir = await tempDir('sigterm');
  });

  afterAll(async () => {
    for (const proc of running) {
      if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGTERM');
      await proc.exited;
    }
    await dropPrefix(prefix);
    await dir.remove();
  });

  it('exits 0 within 10 s on SIGTERM mid-build, and the build finishes deployed after a restart', async () => {
    const first = await executor();
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const submitted = await request(first.url, 'POST', '/builds/submit', {
      spec: await goodSpec('sigterm-notes', port),
    });
    expect(submitted.status).toBe(202);
    const buildId = submitted.body.build_id as string;
    const stream = openStream(`${first.url.replace(/^http/, 'ws')}/builds/${buildId}/stream`);
    // Mid-build: the sandboxed test run has started.
    await stream.until((e) => e.type === 'status_changed' && e.data.to === 'testing', 60_000);
    stream.close();

    const signalled = Date.now();
    first.child.kill('SIGTERM');
    const { code } = await first.exited;
    expect({ code, withinMs: Date.now() - signalled < 10_000 }).toEqual({ code: 0, withinMs: true });
    const before = await fetch(`${first.url}/health/live`).catch(() => null);
    expect(before).toBeNull();

    const second = await executor();
    const deadline = Date.now() + 90_000;
    let status = '';
    while (Date.now() < deadline) {
      status = (await request(second.url, 'GET', `/builds/${buildId}/status`)).body.status as string;
      if (['deployed', 'failed', 'needs_human_review', 'rolled_back', 'cancelled'].includes(status)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe('deployed');
    await request(second.url, 'POST', '/deployments/sigterm-notes/stop');
  });
});
