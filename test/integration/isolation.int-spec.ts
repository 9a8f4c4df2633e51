import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createConnection, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Module, type DynamicModule, type LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, freePort } from '@sf/platform';
import { startServiceUnderCheck } from '../../apps/build-executor/src/build-line/service-under-check';
import { ExecutorConfig } from '../../apps/build-executor/src/config/executor.config';
import { DeployModule } from '../../apps/build-executor/src/deploy/deploy.module';
import { LocalSupervisor } from '../../apps/build-executor/src/deploy/local/local-supervisor';
import { releaseDigest } from '../../apps/build-executor/src/deploy/release-digest';
import { PUBLIC_URL, SANDBOX } from '../../apps/build-executor/src/executor.tokens';
import { createSandbox, type Sandbox } from '../../apps/build-executor/src/sandbox';
import { listProcesses } from '../../apps/build-executor/src/sandbox/process-table';
import { processesWith, until } from '../../apps/build-executor/src/sandbox/testing';
import { HOSTILE_SERVICE } from '../fixtures/hostile-service';
import { request, tempDir } from '../support/harness';
import { nextEvent } from '../support/supervisor-events';

/** How long a jailed service's supervisor event may take (a jail starts slower than a plain process). */
const EVENT_WAIT_MS = 15_000;

/**
 * Issue 14, items 7-9: a hostile generated service (a hand-written fixture) deployed on the local target
 * under bwrap tries to escape; every attempt is blocked or contained, nothing of it survives a stop, a
 * release changed after its tests refuses to start, and under the UDC check the same code reaches nothing
 * on the host. Loopback only; every wait is bounded.
 */

const silent: LoggerService = { log: () => undefined, warn: () => undefined, error: () => undefined };

interface Probe {
  name: string;
  blocked: boolean;
  detail: string;
}

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

/** A password-protected redis-server on a free loopback port: what the executor's Redis should be. */
async function startLockedRedis(dir: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--requirepass',
      randomUUID(),
      '--save',
      '',
      '--dir',
      dir,
    ],
    { stdio: 'ignore' },
  );
  await until(() => listening(port), 10_000).catch(() => undefined);
  return { port, child };
}

let lastListening = false;
function listening(port: number): boolean {
  const socket = createConnection(port, '127.0.0.1');
  socket.on('connect', () => {
    lastListening = true;
    socket.destroy();
  });
  socket.on('error', () => socket.destroy());
  return lastListening;
}

async function probesOf(url: string): Promise<{ uid: number; results: Probe[] }> {
  let answer: { done: boolean; uid: number; results: Probe[] } | undefined;
  const deadline = Date.now() + 60_000;
  while (!answer?.done) {
    if (Date.now() > deadline) throw new Error(`probes not done: ${JSON.stringify(answer)}`);
    answer = await fetch(`${url}/probes`)
      .then((res) => res.json() as Promise<{ done: boolean; uid: number; results: Probe[] }>)
      .catch(() => undefined);
    if (!answer?.done) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return answer;
}

describe('isolation of generated code (issue 14: test, UDC and deploy phases)', () => {
  let root: { path: string; remove(): Promise<void> };
  let dataDir: string;
  let hostDir: string;
  let sandbox: Sandbox;
  let redis: { port: number; child: ChildProcess };
  let app: NestFastifyApplication;
  let apiUrl: string;
  let supervisor: LocalSupervisor;
  const secret = `sekrit-${randomUUID()}`;
  const marker = `hostile-${randomUUID()}`;

  beforeAll(async () => {
    root = await tempDir('isolation');
    dataDir = join(root.path, 'data');
    hostDir = join(root.path, 'host-only');
    await mkdir(hostDir, { recursive: true });
    await writeFile(join(hostDir, 'credentials'), secret);
    process.env.SF_ISOLATION_TEST_SECRET = secret;
    sandbox = await createSandbox('bwrap');
    redis = await startLockedRedis(root.path);
    app = await createHttpApp(IsolatedRoot.forRoot(dataDir, sandbox), {
      title: 'isolation-test',
      description: 'deployments under attack',
      version: '0.0.0',
      bodyLimitBytes: 1024 * 1024,
      logLevels: ['error'],
    });
    await app.listen(0, '127.0.0.1');
    apiUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    supervisor = app.get(LocalSupervisor);
  }, 60_000);

  afterAll(async () => {
    delete process.env.SF_ISOLATION_TEST_SECRET;
    // Services outlive the supervisor by design: stop each one this suite deployed.
    for (const deployment of (await supervisor?.list()) ?? []) await supervisor.stop(deployment.name);
    await app?.close();
    redis?.child.kill('SIGKILL');
    for (const pid of processesWith(marker)) process.kill(pid, 'SIGKILL');
    await root?.remove();
  });

  async function writeRelease(id: string, main: string): Promise<{ dir: string; sha256: string }> {
    const dir = join(root.path, 'releases', id);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'main.js'), main);
    return { dir, sha256: (await releaseDigest(dir)).sha256 };
  }

  const probeEnv = () => ({
    PROBE_MARKER: marker,
    PROBE_SECRET_NAME: 'SF_ISOLATION_TEST_SECRET',
    PROBE_HOST_DIR: hostDir,
    PROBE_EXECUTOR_PID: String(process.pid),
    PROBE_REDIS_PORT: String(redis.port),
    PROBE_API_PORT: new URL(apiUrl).port,
  });

  it('blocks or contains every escape of a deployed hostile service, and a stop leaves nothing running', async () => {
    const release = await writeRelease('hostile-1', HOSTILE_SERVICE);
    const port = await freePort();
    const anonymousApi = await request(apiUrl, 'GET', '/deployments');

    const result = await supervisor.deploy({
      name: 'hostile',
      release_id: 'hostile-1',
      release_dir: release.dir,
      port,
      env: probeEnv(),
      release_sha256: release.sha256,
    });
    if (!result.ok) throw new Error(`deploy failed: ${result.error}`);
    const { uid, results } = await probesOf(result.deployment.url);
    const byName = Object.fromEntries(results.map((probe) => [probe.name, probe]));

    // Contained, not blocked at the TCP level (the service shares the host's loopback): it may do what an
    // anonymous loopback client may, nothing more. Redis asks for a password; the API for what it asks.
    const apiOpenToAnyone = anonymousApi.status < 300;
    const expected = Object.fromEntries(
      results.map((probe) => [
        probe.name,
        // Allowed, or contained rather than refused: the stop (survivor) and the cgroup (CPU) are checked below.
        [
          'write its data dir (allowed)',
          'leave a process running (stop must end it)',
          'spin the CPU',
        ].includes(probe.name)
          ? false
          : !(probe.name === 'use the executor API' && apiOpenToAnyone),
      ]),
    );
    expect(Object.fromEntries(results.map((probe) => [probe.name, probe.blocked]))).toEqual(expected);
    expect(results.length).toBeGreaterThanOrEqual(18);
    expect(byName['use Redis'].detail).toMatch(/NOAUTH/);
    expect(byName['fork 300 processes'].detail).toMatch(/EAGAIN/);
    // Only what the service needs, and nothing of the executor's.
    expect(byName.environment.detail.split(',')).toEqual(
      expect.not.arrayContaining([
        'SF_ISOLATION_TEST_SECRET',
        'REDIS_URL',
        'OPENAI_API_KEY',
        'ANTHROPIC_API_KEY',
      ]),
    );
    // Its own unprivileged uid; the deployment says how it is confined.
    expect(uid).not.toBe(0);
    const status = (await request(apiUrl, 'GET', '/deployments/hostile')).body;
    expect(status.isolation).toMatchObject({ mode: 'bwrap', label: 'isolated', uid });
    expect(status.release_sha256).toBe(release.sha256);
    // CPU: capped by a cgroup where the host allows one (root and a writable cpu controller), and the status
    // says which.
    const cpuApplied = (status.isolation.applied as string[]).find((line) => line.startsWith('cpu:'));
    const cpuMissing = (status.isolation.not_applied as string[]).find((line) => line.startsWith('cpu:'));
    expect([cpuApplied, cpuMissing].filter(Boolean)).toHaveLength(1);
    if (cpuApplied?.includes('cgroup v1')) {
      // Its processes sit in their own cpu cgroup, which carries the quota (no timing-based throttle check).
      const pid1 = listProcesses().find((entry) => entry.ppid === result.deployment.pid)?.pid;
      const path = /^\d+:(?:[^:]*,)?cpu(?:,[^:]*)?:(.*)$/m.exec(
        await readFile(`/proc/${pid1}/cgroup`, 'utf8'),
      )?.[1];
      expect(path).toMatch(/\/sovereign-services\/hostile$/);
      expect(
        (await readFile(join('/sys/fs/cgroup/cpu', path ?? '', 'cpu.cfs_quota_us'), 'utf8')).trim(),
      ).toBe('100000');
    }
    // On the host: the release is unchanged, the data dir holds no root-owned setuid file.
    expect((await releaseDigest(release.dir)).sha256).toBe(release.sha256);
    const serviceData = join(dataDir, 'deployments', 'hostile', 'data');
    for (const name of await readdir(serviceData)) {
      const file = await stat(join(serviceData, name));
      expect({ name, rootSetuid: file.uid === 0 && (file.mode & 0o4000) !== 0 }).toEqual({
        name,
        rootSetuid: false,
      });
    }
    // The survivor it left is there until the stop...
    expect(processesWith(marker).length).toBeGreaterThan(0);
    const hostPid = result.deployment.pid ?? 0;

    const stopped = await request(apiUrl, 'POST', '/deployments/hostile/stop');

    expect([stopped.status, stopped.body.status]).toEqual([200, 'stopped']);
    // ...and after it nothing of the service runs: no process with its marker, its uid or its outer pid.
    expect(processesWith(marker)).toEqual([]);
    expect(listProcesses().filter((entry) => entry.uid === uid || entry.pid === hostPid)).toEqual([]);
  }, 120_000);

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

  it('contains the same hostile code as a test run (testing phase: network none, work dir writable)', async () => {
    const workDir = join(root.path, 'work-hostile');
    await mkdir(workDir, { recursive: true });
    await writeFile(join(workDir, 'main.js'), HOSTILE_SERVICE);
    const port = await freePort();

    const result = await sandbox.run({
      workDir,
      command: [process.execPath, join(workDir, 'main.js')],
      env: { ...probeEnv(), PORT: String(port), HOST: '127.0.0.1', PROBE_EXIT_WHEN_DONE: '1' },
      network: 'none',
      timeoutMs: 60_000,
    });
    const line = result.stdout.split('\n').find((text) => text.startsWith('PROBES '));
    const { results } = JSON.parse(line?.slice('PROBES '.length) ?? '{"results":[]}') as { results: Probe[] };
    const byName = Object.fromEntries(results.map((probe) => [probe.name, probe]));

    expect(result.outcome).toBe('ok');
    for (const name of [
      'read /etc/shadow',
      'read /root',
      'read a host directory',
      'read the executor environ',
      'find the secret in any /proc/*/environ',
      'signal the executor',
      'write to /',
      'write to /etc',
      'write into the host directory',
      'make a setuid-root binary',
      'setuid binary runs as root',
      'fork 300 processes',
      'allocate 4 GB',
    ]) {
      expect({ name, blocked: byName[name]?.blocked }).toEqual({ name, blocked: true });
    }
    expect(byName['use Redis']).toMatchObject({ blocked: true, detail: 'no connection, ECONNREFUSED' });
    expect(byName['use the executor API']).toMatchObject({
      blocked: true,
      detail: 'no connection, ECONNREFUSED',
    });
    // The run is over: nothing it started is left.
    expect(processesWith(marker)).toEqual([]);
  }, 90_000);

  it('runs the UDC check with no host network and a read-only release: the code under check reaches nothing', async () => {
    const release = await writeRelease('under-check', HOSTILE_SERVICE);

    const service = await startServiceUnderCheck(sandbox, {
      releaseDir: release.dir,
      entry: 'main.js',
      env: probeEnv(),
      timeoutMs: 60_000,
    });
    let probes;
    try {
      probes = await probesOf(service.url);
    } finally {
      await service.stop();
    }
    const byName = Object.fromEntries(probes.results.map((probe) => [probe.name, probe]));

    expect(byName['use Redis']).toMatchObject({ blocked: true, detail: 'no connection, ECONNREFUSED' });
    expect(byName['use the executor API']).toMatchObject({
      blocked: true,
      detail: 'no connection, ECONNREFUSED',
    });
    expect(byName['rewrite its own release'].blocked).toBe(true);
    expect(byName['add a file to its release'].blocked).toBe(true);
    expect(byName['read the executor environ'].blocked).toBe(true);
    expect(byName['fork 300 processes'].blocked).toBe(true);
    expect(byName['allocate 4 GB'].blocked).toBe(true);
    expect((await releaseDigest(release.dir)).sha256).toBe(release.sha256);
    expect(processesWith(marker)).toEqual([]);
  }, 90_000);
});
