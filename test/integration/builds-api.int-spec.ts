import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderSpec, extractContract } from '@sf/service-spec';
import type { StartedExecutor } from '../../apps/build-executor/src/executor-app';
import { dropPrefix, goodSpec, openStream, request, startTestExecutor, tempDir } from '../support/harness';

describe('builds API: bad input', () => {
  let executor: StartedExecutor;
  let dir: { path: string; remove(): Promise<void> };
  let specsDir: string;
  let spec: string;

  beforeAll(async () => {
    dir = await tempDir('builds-api');
    specsDir = join(dir.path, 'specs');
    await mkdir(specsDir, { recursive: true });
    executor = await startTestExecutor('builds-api', dir.path, {
      SPECS_DIR: specsDir,
      BUILD_WORKER: 'false',
    });
    spec = await goodSpec('notes-svc', 9801);
    await writeFile(join(specsDir, 'good.md'), spec);
    await writeFile(join(dir.path, 'outside.md'), spec);
    await symlink(join(dir.path, 'outside.md'), join(specsDir, 'escape.md'));
  });

  afterAll(async () => {
    await executor.close();
    await dropPrefix(executor.config.REDIS_PREFIX);
    await dir.remove();
  });

  const submit = (body: unknown) => request(executor.url, 'POST', '/builds/submit', body);
  const expectError = (res: { status: number; body: any }, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(typeof res.body.request_id).toBe('string');
  };

  it('accepts a SPEC inside SPECS_DIR and queues it', async () => {
    const res = await submit({ spec_path: 'good.md' });
    expect(res.status).toBe(202);
    expect(res.body.build_id).toMatch(/^bld_/);
    const status = await request(executor.url, 'GET', `/builds/${res.body.build_id}/status`);
    expect(status.body).toMatchObject({ status: 'queued', service_name: 'notes-svc' });
    expect(status.body.sandbox.mode).toBe(executor.sandbox.mode);
  });

  it('refuses a spec_path with ../ with 400 SPEC_PATH_OUTSIDE_ROOT', async () => {
    expectError(await submit({ spec_path: '../outside.md' }), 400, 'SPEC_PATH_OUTSIDE_ROOT');
  });

  it('refuses an absolute path outside SPECS_DIR', async () => {
    expectError(await submit({ spec_path: join(dir.path, 'outside.md') }), 400, 'SPEC_PATH_OUTSIDE_ROOT');
    expectError(await submit({ spec_path: '/etc/passwd' }), 400, 'SPEC_PATH_OUTSIDE_ROOT');
  });

  it('refuses a symlink that points out of SPECS_DIR', async () => {
    expectError(await submit({ spec_path: 'escape.md' }), 400, 'SPEC_PATH_OUTSIDE_ROOT');
  });

  it('answers 404 SPEC_NOT_FOUND for a missing file', async () => {
    expectError(await submit({ spec_path: 'missing.md' }), 404, 'SPEC_NOT_FOUND');
    expectError(await submit({ spec_path: '.' }), 404, 'SPEC_NOT_FOUND');
  });

  it('refuses a SPEC without a contract block with 422', async () => {
    expectError(
      await submit({ spec: '# SPEC\n\n## Purpose\n\nNothing machine-readable here.\n' }),
      422,
      'SPEC_CONTRACT_MISSING',
    );
  });

  it('refuses a SPEC below the threshold with 422 SPEC_BELOW_THRESHOLD', async () => {
    const contract = extractContract(spec);
    // Every feature still realised (its worked examples stay), but no error-path checks and no targets.
    // Another service: the build queued above holds notes-svc (one build or intent per service at a time).
    const weak = renderSpec({
      ...contract,
      service: { ...contract.service, name: 'weak-svc' },
      acceptance: contract.acceptance.filter((c) => c.kind === 'happy'),
      non_functional: undefined,
    });
    const res = await submit({ spec: weak });
    expectError(res, 422, 'SPEC_BELOW_THRESHOLD');
    expect(res.body.error.details.score).toBeLessThan(90);
  });

  it('needs exactly one of spec_path and spec, and no unknown fields', async () => {
    expectError(await submit({}), 400, 'VALIDATION_FAILED');
    expectError(await submit({ spec, spec_path: 'good.md' }), 400, 'VALIDATION_FAILED');
    const unknown = await submit({ spec_path: 'good.md', colour: 'red' });
    expectError(unknown, 400, 'VALIDATION_FAILED');
    expect(unknown.body.error.details.unknown_fields).toEqual(['colour']);
  });

  it('refuses deploy_production without a cluster (no KUBECONFIG), and a build with no target, with 422', async () => {
    const production = await submit({ spec, deploy_production: true });
    expectError(production, 422, 'DEPLOY_TARGET_UNAVAILABLE');
    expect(production.body.error.message).toContain('KUBECONFIG');
    expectError(await submit({ spec, deploy_local: false }), 422, 'DEPLOY_TARGET_UNAVAILABLE');
  });

  it('answers 404 BUILD_NOT_FOUND for an unknown build and closes its stream with 4404', async () => {
    expectError(await request(executor.url, 'GET', '/builds/bld_missing/status'), 404, 'BUILD_NOT_FOUND');
    const closed = await openStream(`${executor.url.replace('http', 'ws')}/builds/bld_missing/stream`).closed;
    expect(closed.code).toBe(4404);
  });

  it('closes a stream whose id is not valid percent-encoding with 4400 and keeps serving', async () => {
    const closed = await openStream(`${executor.url.replace('http', 'ws')}/builds/%ZZ/stream`).closed;
    expect(closed.code).toBe(4400);
    expect((await request(executor.url, 'GET', '/health/live')).status).toBe(200);
  });

  it('refuses approve in the wrong state with 409', async () => {
    const res = await submit({ spec: await goodSpec('approve-svc', 9802) });
    expectError(
      await request(executor.url, 'POST', `/builds/${res.body.build_id}/approve`, {}),
      409,
      'INVALID_STATE_TRANSITION',
    );
  });

  it('serves stats in the seed shape, its UDC endpoints and the registry', async () => {
    const stats = await request(executor.url, 'GET', '/builds');
    expect(Object.keys(stats.body)).toEqual(
      expect.arrayContaining([
        'total',
        'queued',
        'running',
        'completed',
        'failed',
        'success_rate',
        'avg_build_time_minutes',
        'recent',
      ]),
    );
    expect((await request(executor.url, 'GET', '/health')).body.status).toBe('active');
    expect((await request(executor.url, 'GET', '/registry/services')).status).toBe(200);
    expect((await request(executor.url, 'GET', '/deployments')).status).toBe(200);
  });
});
