import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Module, type DynamicModule, type LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, freePort } from '@sf/platform';
import { ExecutorConfig } from '../../apps/build-executor/src/config/executor.config';
import { DeployModule } from '../../apps/build-executor/src/deploy/deploy.module';
import { LocalSupervisor } from '../../apps/build-executor/src/deploy/local/local-supervisor';
import { releaseDigest } from '../../apps/build-executor/src/deploy/release-digest';
import { PUBLIC_URL, SANDBOX } from '../../apps/build-executor/src/executor.tokens';
import { createSandbox, type Sandbox } from '../../apps/build-executor/src/sandbox';
import { listProcesses } from '../../apps/build-executor/src/sandbox/process-table';
import { processesWith, until } from '../../apps/build-executor/src/sandbox/testing';
import { tempDir } from '../support/harness';
import { nextEvent } from '../support/supervisor-events';

/** How long a jailed service's supervisor event may take (a jail starts slower than a plain process). */
const EVENT_WAIT_MS = 15_000;

/**
 * Issue 14, items 7-8, on the local target under bwrap: a release changed after its tests refuses to start
 * (at deploy and at a crash restart), and a jailed service is re-adopted by a new executor, restarted under
 * the jail after a crash and stopped completely. What hostile code can reach in each phase is
 * hostile-code.int-spec.ts. Every wait is bounded.
 */

const silent: LoggerService = { log: () => undefined, warn: () => undefined, error: () => undefined };

@Module({})
class IsolatedRoot {
  static forRoot(dataDir: string, sandbox: Sandbox): DynamicModule {
    const config = Object.assign(new ExecutorConfig(), { DATA_DIR: dataDir });
    return {
      module: IsolatedRoot,
      global: true,
      imports: [
        DeployModule.forRoot({
          healthTimeoutMs: 15_000,
          healthPollMs: 50,
          stopGraceMs: 1_000,
          watchIntervalMs: 50,
          backoff: { initialMs: 100, maxMs: 1_000 },
          logger: silent,
        }),
      ],
      providers: [
        { provide: ExecutorConfig, useValue: config },
        { provide: PUBLIC_URL, useValue: 'http://127.0.0.1:9' },
        { provide: SANDBOX, useValue: sandbox },
      ],
      exports: [ExecutorConfig, PUBLIC_URL, SANDBOX],
    };
  }
}

describe('isolation of deployed releases (issue 14: the tested release runs, jailed across restarts)', () => {
  let root: { path: string; remove(): Promise<void> };
  let dataDir: string;
  let sandbox: Sandbox;
  let app: NestFastifyApplication;
  let supervisor: LocalSupervisor;
  const marker = `hostile-${randomUUID()}`;

  beforeAll(async () => {
    root = await tempDir('isolation');
    dataDir = join(root.path, 'data');
    sandbox = await createSandbox('bwrap');
    app = await createHttpApp(IsolatedRoot.forRoot(dataDir, sandbox), {
      title: 'isolation-test',
      description: 'deployments under attack',
      version: '0.0.0',
      bodyLimitBytes: 1024 * 1024,
      logLevels: ['error'],
    });
    await app.listen(0, '127.0.0.1');
    supervisor = app.get(LocalSupervisor);
  }, 60_000);

  afterAll(async () => {
    // Services outlive the supervisor by design: stop each one this suite deployed.
    for (const deployment of (await supervisor?.list()) ?? []) await supervisor.stop(deployment.name);
    await app?.close();
    for (const pid of processesWith(marker)) process.kill(pid, 'SIGKILL');
    await root?.remove();
  });

  async function writeRelease(id: string, main: string): Promise<{ dir: string; sha256: string }> {
    const dir = join(root.path, 'releases', id);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'main.js'), main);
    return { dir, sha256: (await releaseDigest(dir)).sha256 };
  }

  it('refuses to start a release changed after its tests passed, at deploy and at a restart', async () => {
    const healthy = `require('node:http').createServer((q, s) => s.end(JSON.stringify({ status: 'active' }))).listen(Number(process.env.PORT), process.env.HOST);`;
    const tampered = await writeRelease('tampered', healthy);
    await writeFile(join(tampered.dir, 'main.js'), `${healthy}\n// changed after the tests\n`);

    const refusedEvent = nextEvent(
      supervisor,
      (event) => event.type === 'refused' && event.name === 'tamper',
      EVENT_WAIT_MS,
    );
    const refused = await supervisor.deploy({
      name: 'tamper',
      release_id: 'tampered',
      release_dir: tampered.dir,
      port: await freePort(),
      release_sha256: tampered.sha256,
    });

    expect(refused).toMatchObject({ ok: false, code: 'RELEASE_HASH_MISMATCH' });
    expect((await refusedEvent).message).toMatch(/^RELEASE_HASH_MISMATCH/);

    // A release that passed deploys; changed on disk later, its crash restart is refused and reported.
    const good = await writeRelease('good', healthy);
    const deployed = await supervisor.deploy({
      name: 'tamper',
      release_id: 'good',
      release_dir: good.dir,
      port: await freePort(),
      release_sha256: good.sha256,
    });
    if (!deployed.ok) throw new Error(`deploy failed: ${deployed.error}`);
    await writeFile(join(good.dir, 'main.js'), `${healthy}\n// changed while it ran\n`);
    const restartRefused = nextEvent(
      supervisor,
      (event) => event.type === 'refused' && event.name === 'tamper',
      EVENT_WAIT_MS,
    );
    const pid1 = listProcesses().find((entry) => entry.ppid === deployed.deployment.pid)?.pid ?? 0;
    process.kill(pid1, 'SIGKILL');

    expect((await restartRefused).message).toMatch(/^RELEASE_HASH_MISMATCH/);
    const after = await supervisor.get('tamper');
    expect(after).toMatchObject({
      status: 'crashed',
      pid: null,
      last_refusal: { code: 'RELEASE_HASH_MISMATCH' },
    });
  }, 60_000);

  it('re-adopts a jailed service after an executor restart, restarts it after a crash, and stops it completely', async () => {
    const main = `
      const http = require('node:http');
      require('node:child_process').spawn('/bin/sh', ['-c', 'sleep 1000; :', ${JSON.stringify(marker)}], { detached: true, stdio: 'ignore' }).unref();
      http.createServer((q, s) => s.end(JSON.stringify({ status: 'active', pid: process.pid }))).listen(Number(process.env.PORT), process.env.HOST);
    `;
    const release = await writeRelease('adoptable', main);
    const first = new LocalSupervisor({
      dataDir,
      jail: sandbox.serviceJail,
      healthPollMs: 50,
      stopGraceMs: 1_000,
      watchIntervalMs: 50,
      adoptTimeoutMs: 5_000,
      backoff: { initialMs: 100, maxMs: 1_000 },
      logger: silent,
    });
    const deployed = await first.deploy({
      name: 'adoptable',
      release_id: 'adoptable',
      release_dir: release.dir,
      port: await freePort(),
      release_sha256: release.sha256,
    });
    if (!deployed.ok) throw new Error(`deploy failed: ${deployed.error}`);
    await first.onApplicationShutdown();

    // A new executor: the running jailed service is taken back as it is, not restarted.
    const second = new LocalSupervisor({
      dataDir,
      jail: sandbox.serviceJail,
      healthPollMs: 50,
      stopGraceMs: 1_000,
      watchIntervalMs: 50,
      adoptTimeoutMs: 5_000,
      backoff: { initialMs: 100, maxMs: 1_000 },
      logger: silent,
    });
    try {
      const adopted = nextEvent(
        second,
        (event) => event.type === 'adopted' && event.name === 'adoptable',
        EVENT_WAIT_MS,
      );
      await second.adoptAtBoot();
      expect((await adopted).pid).toBe(deployed.deployment.pid);

      // A crash (its pid 1 killed from outside) is restarted, under the jail again.
      const healthyAgain = nextEvent(
        second,
        (event) => event.type === 'healthy' && event.name === 'adoptable',
        EVENT_WAIT_MS,
      );
      const pid1 = listProcesses().find((entry) => entry.ppid === deployed.deployment.pid)?.pid ?? 0;
      process.kill(pid1, 'SIGKILL');
      await healthyAgain;
      const restarted = await second.get('adoptable');
      expect(restarted).toMatchObject({ status: 'running', restarts: 1, isolation: { label: 'isolated' } });
      expect(restarted?.pid).not.toBe(deployed.deployment.pid);
      await until(() => processesWith(marker).length > 0);

      await second.stop('adoptable');

      expect(processesWith(marker)).toEqual([]);
      expect(listProcesses().filter((entry) => entry.pid === restarted?.pid)).toEqual([]);
    } finally {
      await second.onApplicationShutdown();
    }
  }, 60_000);
});
