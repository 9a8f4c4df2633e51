import { existsSync } from 'node:fs';
import { OfflineProvider } from '@sf/generator';
import { createLlmClient, type LlmProvider, type ProviderRequest, type ProviderResponse } from '@sf/llm';
import { freePort } from '@sf/platform';
import type { StartedExecutor } from '../../apps/build-executor/src/executor-app';
import { dropPrefix, goodSpec, openStream, request, startTestExecutor, tempDir } from '../support/harness';

/**
 * Offline code, except that once switched on, the generated service reports `degraded` whenever it runs
 * as a deployed release (REGISTRY_URL set): it passes its tests and the sandboxed UDC check, then fails
 * health on the real port.
 */
class DegradedWhenDeployed implements LlmProvider {
  readonly name = 'degraded-when-deployed';
  enabled = false;
  readonly offline = true;
  private readonly base = new OfflineProvider();

  async generate(req: ProviderRequest): Promise<ProviderResponse> {
    const { role } = req;
    const result = await this.base.generate(req);
    if (role !== 'codegen' || !this.enabled) return result;
    const output = result.output as { files: { path: string; content: string }[] };
    const files = output.files.map((f) =>
      f.path === 'src/service.ts'
        ? {
            ...f,
            content: f.content.replace(
              "health: () => (stopping ? 'inactive' : 'active')",
              "health: () => (process.env.REGISTRY_URL ? 'degraded' : 'active')",
            ),
          }
        : f,
    );
    if (files.every((f, i) => f.content === output.files[i].content))
      throw new Error('codegen text changed: update the test');
    return { ...result, output: { files } };
  }
}

describe('rollback', () => {
  let executor: StartedExecutor;
  let dir: { path: string; remove(): Promise<void> };
  const provider = new DegradedWhenDeployed();

  beforeAll(async () => {
    dir = await tempDir('rollback');
    executor = await startTestExecutor(
      'rollback',
      dir.path,
      { HEALTH_TIMEOUT_MS: '1500' },
      { llm: createLlmClient({ provider: 'offline' }, { offline: provider }) },
    );
  });

  afterAll(async () => {
    await request(executor.url, 'POST', '/deployments/rolling-svc/stop');
    await executor.close();
    await dropPrefix(executor.config.REDIS_PREFIX);
    await dir.remove();
  });

  async function build(spec: string): Promise<any> {
    const res = await request(executor.url, 'POST', '/builds/submit', { spec });
    expect(res.status).toBe(202);
    await openStream(`${executor.url.replace('http', 'ws')}/builds/${res.body.build_id}/stream`).closed;
    return (await request(executor.url, 'GET', `/builds/${res.body.build_id}/status`)).body;
  }

  it('keeps the previous release serving when a new one fails health, marks rolled_back and archives it', async () => {
    const port = await freePort();
    const spec = await goodSpec('rolling-svc', port);
    const first = await build(spec);
    expect(first.status).toBe('deployed');
    const url = `http://127.0.0.1:${port}`;
    expect((await request(url, 'GET', '/health')).body.status).toBe('active');

    provider.enabled = true;
    const second = await build(spec);
    expect(second.status).toBe('rolled_back');
    expect(second.error.code).toMatch(/DEPLOY_FAILED|HEALTH_CHECK_FAILED/);
    expect(second.artifacts.archived).toBeTruthy();
    expect(existsSync(second.artifacts.archived)).toBe(true);

    // The first release is the one serving again, and healthy.
    const deployment = await until(async () => {
      const d = await request(executor.url, 'GET', '/deployments/rolling-svc');
      return d.body.status === 'running' ? d : null;
    });
    expect(deployment.body.release_id).toBe(first.build_id);
    const health = await request(executor.url, 'GET', '/builds/' + first.build_id + '/status');
    expect(health.body.status).toBe('deployed');
    expect((await request(url, 'GET', '/health')).body.status).toBe('active');
  }, 60_000);
});

/** Polls `probe` (the supervisor restores the previous release in the background) for up to 10 s. */
async function until<T>(probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met within 10 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}
