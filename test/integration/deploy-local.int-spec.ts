import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, readlink, realpath, writeFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { Module, type DynamicModule, type LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppError } from '@sf/contracts';
import { createHttpApp, freePort } from '@sf/platform';
import { ExecutorConfig } from '../../apps/build-executor/src/config/executor.config';
import { DeployModule } from '../../apps/build-executor/src/deploy/deploy.module';
import { PUBLIC_URL } from '../../apps/build-executor/src/executor.tokens';
import type { DeployResult } from '../../apps/build-executor/src/deploy/deployment.types';
import {
  LocalSupervisor,
  type LocalSupervisorOptions,
} from '../../apps/build-executor/src/deploy/local/local-supervisor';
import { request, tempDir } from '../support/harness';
import { nextEvent } from '../support/supervisor-events';

const silent: LoggerService = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** Options that keep the suite fast: short health wait, short grace, quick first restart. */
const FAST: Omit<LocalSupervisorOptions, 'dataDir'> = {
  healthTimeoutMs: 8_000,
  healthPollMs: 20,
  stopGraceMs: 1_000,
  watchIntervalMs: 50,
  adoptTimeoutMs: 2_000,
  backoff: { initialMs: 200, maxMs: 2_000 },
  logger: silent,
};

interface ReleaseSpec {
  version: string;
  /** Milliseconds before the server listens (a slow boot). */
  bootDelayMs?: number;
  /** Code run first thing (crash at start, exit later, ignore SIGTERM, fork a child…). */
  prelude?: string;
}

/**
 * A release directory like the pipeline produces: `main.js` on node:http only, answering UDC `/health`
 * `active` and `/` with its version and pid. `FAIL_ON_PORT` in its env makes it refuse that one port.
 */
async function writeRelease(root: string, id: string, spec: ReleaseSpec): Promise<string> {
  const dir = join(root, 'releases', id);
  await mkdir(dir, { recursive: true });
  const main = `'use strict';
const http = require('node:http');
const version = ${JSON.stringify(spec.version)};
console.log('boot ' + version + ' pid=' + process.pid + ' port=' + process.env.PORT + ' REGISTRY_URL=' + process.env.REGISTRY_URL);
if (process.env.FAIL_ON_PORT && process.env.FAIL_ON_PORT === process.env.PORT) {
  console.error('refusing port ' + process.env.PORT);
  process.exit(3);
}
process.on('SIGTERM', () => process.exit(0));
${spec.prelude ?? ''}
setTimeout(() => {
  http
    .createServer((req, res) => {
      const body = req.url === '/health'
        ? { status: 'active', service: 'svc', version, uptime_seconds: process.uptime(), timestamp: new Date().toISOString() }
        : { version, pid: process.pid };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    })
    .listen(Number(process.env.PORT), process.env.HOST, () => console.log('listening on ' + process.env.PORT));
}, ${spec.bootDelayMs ?? 0});
`;
  await writeFile(join(dir, 'main.js'), main);
  return dir;
}

/** `GET /` of a service: its version and pid, or null when nothing answers. */
function whoServes(port: number): Promise<{ version: string; pid: number } | null> {
  return new Promise((resolve) => {
    const req = httpGet({ host: '127.0.0.1', port, path: '/', agent: false, timeout: 1000 }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve(JSON.parse(text) as { version: string; pid: number }));
      res.on('error', () => resolve(null));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

/** Waits until something answers on `port` (bounded by the test's own timeout). */
async function waitForServe(port: number): Promise<void> {
  while ((await whoServes(port)) === null) await new Promise((resolve) => setTimeout(resolve, 25));
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pids of every process whose working directory lies under `root` (services, their children, stragglers). */
async function processesUnder(root: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
    if (cwd.startsWith(root)) pids.push(Number(entry));
  }
  return pids;
}

function expectOk(result: DeployResult): Extract<DeployResult, { ok: true }> {
  if (!result.ok) throw new Error(`deploy failed at ${result.stage}: ${result.error}`);
  return result;
}

async function rejectionOf(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

@Module({})
class TestRoot {
  static forRoot(dataDir: string): DynamicModule {
    const config = Object.assign(new ExecutorConfig(), { DATA_DIR: dataDir });
    return {
      module: TestRoot,
      global: true,
      imports: [DeployModule.forRoot(FAST)],
      providers: [
        { provide: ExecutorConfig, useValue: config },
        // Where deployed services would register; these tests deploy through the supervisor itself.
        { provide: PUBLIC_URL, useValue: 'http://127.0.0.1:9' },
      ],
      exports: [ExecutorConfig, PUBLIC_URL],
    };
  }
}

describe('local deploy supervisor', () => {
  let root: { path: string; remove(): Promise<void> };
  let dataDir: string;
  let supervisors: LocalSupervisor[];
  let port: number;

  const supervisor = (options: Partial<LocalSupervisorOptions> = {}) => {
    const created = new LocalSupervisor({ ...FAST, ...options, dataDir });
    supervisors.push(created);
    return created;
  };

  /**
   * What an executor killed between starting a new service and recording it leaves: release A serving on the
   * service's port, known only by its launch record.
   */
  const uncommittedFirstStart = async (recorded: Record<string, unknown> = {}) => {
    const aDir = await realpath(await writeRelease(root.path, 'a', { version: 'A' }));
    const orphan = spawn(process.execPath, ['main.js'], {
      cwd: aDir,
      detached: true,
      stdio: 'ignore',
      env: { PORT: String(port), HOST: '127.0.0.1' },
    });
    orphan.unref();
    const orphanPid = orphan.pid ?? 0;
    const spawnedBy = Date.now();
    await waitForServe(port);
    const launchFile = join(dataDir, 'deployments', 'svc', 'launch.json');
    await mkdir(join(dataDir, 'deployments', 'svc'), { recursive: true });
    await writeFile(
      launchFile,
      JSON.stringify({ pid: orphanPid, release_dir: aDir, jailed: false, ...recorded }),
    );
    return { aDir, orphanPid, launchFile, spawnedBy };
  };

  beforeEach(async () => {
    root = await tempDir('deploy');
    dataDir = join(root.path, 'data');
    supervisors = [];
    port = await freePort();
  });

  afterEach(async () => {
    for (const s of supervisors) await s.onApplicationShutdown();
    // Services outlive their supervisor by design; a test must not leave any behind.
    for (const pid of await processesUnder(root.path)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    const deadline = Date.now() + 5000;
    while ((await processesUnder(root.path)).length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(await processesUnder(root.path)).toEqual([]);
    await root.remove();
  });

  it('deploys a release reachable on its port, with its log and state on disk', async () => {
    const dir = await writeRelease(root.path, 'a', { version: 'A' });

    const s = supervisor();

    const result = expectOk(await s.deploy({ name: 'svc', release_id: 'r-a', release_dir: dir, port }));

    expect(result.swap).toMatchObject({ mode: 'fresh', gap_ms: null });
    expect(result.deployment).toMatchObject({
      name: 'svc',
      target: 'local',
      release_id: 'r-a',
      url: `http://127.0.0.1:${port}`,
      port,
      status: 'running',
      restarts: 0,
      previous_release: null,
      log_path: join(dataDir, 'deployments', 'svc', 'r-a', 'service.log'),
    });
    expect(await whoServes(port)).toEqual({ version: 'A', pid: result.deployment.pid });
    expect(await readFile(result.deployment.log_path, 'utf8')).toMatch(
      /start svc release r-a[\s\S]*listening on/,
    );
    const state = JSON.parse(await readFile(join(dataDir, 'deployments', 'svc', 'deployment.json'), 'utf8'));
    expect(state.deployment.pid).toBe(result.deployment.pid);
    await expect(s.healthOf('svc')).resolves.toMatchObject({
      ok: true,
      http_status: 200,
      reported: 'active',
    });
    expect((await rejectionOf(s.healthOf('nope'))).code).toBe('DEPLOYMENT_NOT_FOUND');
  });

  it('keeps a release that already serves healthy when it is deployed again (a repeated deploy phase)', async () => {
    const dir = await writeRelease(root.path, 'a', { version: 'A' });
    const s = supervisor();
    const first = expectOk(await s.deploy({ name: 'svc', release_id: 'r-a', release_dir: dir, port }));

    // The same release again, as a deploy phase repeated on another replica does (its own copy of the release).
    const copy = await writeRelease(join(root.path, 'copy'), 'a', { version: 'A' });
    const again = expectOk(await s.deploy({ name: 'svc', release_id: 'r-a', release_dir: copy, port }));

    expect(again.swap).toMatchObject({ mode: 'kept', from_release_id: 'r-a', gap_ms: 0 });
    expect(again.deployment).toMatchObject({
      release_id: 'r-a',
      pid: first.deployment.pid,
      previous_release: null,
    });
    expect(await whoServes(port)).toEqual({ version: 'A', pid: first.deployment.pid });

    // Another release on that port is still switched to.
    const b = await writeRelease(root.path, 'b', { version: 'B' });
    expect(expectOk(await s.deploy({ name: 'svc', release_id: 'r-b', release_dir: b, port })).swap.mode).toBe(
      'staged',
    );
  });

  it('keeps the old release serving until the new one is healthy, then serves the new one', async () => {
    const s = supervisor();
    const a = expectOk(
      await s.deploy({
        name: 'svc',
        release_id: 'r-a',
        release_dir: await writeRelease(root.path, 'a', { version: 'A' }),
        port,
      }),
    );
    const bDir = await writeRelease(root.path, 'b', { version: 'B', bootDelayMs: 400 });

    // Sample the port throughout the switch.
    const samples: { t: number; version: string | null }[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const who = await whoServes(port);
        samples.push({ t: Date.now(), version: who?.version ?? null });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const deployStarted = Date.now();
    const b = expectOk(
      await s.deploy({
        name: 'svc',
        release_id: 'r-b',
        release_dir: bDir,
        port,
        env: { REGISTRY_URL: 'http://127.0.0.1:1' },
      }),
    );
    sampling = false;
    await sampler;

    const stoppedAt = Date.parse(b.swap.old_stopped_at ?? '');
    expect(b.swap).toMatchObject({ mode: 'staged', from_release_id: 'r-a' });
    expect(b.swap.gap_ms).toBeGreaterThanOrEqual(0);
    expect(b.swap.gap_ms).toBeLessThan(3000);
    // A answered every request until it was stopped, including while B booted on the spare port.
    const beforeStop = samples.filter((x) => x.t < stoppedAt);
    expect(beforeStop.length).toBeGreaterThan(5);
    expect(beforeStop.every((x) => x.version === 'A')).toBe(true);
    expect(stoppedAt - deployStarted).toBeGreaterThanOrEqual(400);
    expect(await whoServes(port)).toEqual({ version: 'B', pid: b.deployment.pid });
    expect(b.deployment.previous_release).toEqual({
      release_id: 'r-a',
      release_dir: a.deployment.release_dir,
    });
    expect(groupAlive(a.deployment.pid ?? 0)).toBe(false);
    // The spare-port run did not see REGISTRY_URL (it must not register a URL about to die); the real one did.
    const log = await readFile(b.deployment.log_path, 'utf8');
    expect(log).toMatch(/staging svc release r-b[^\n]*\nboot B [^\n]*REGISTRY_URL=undefined/);
    expect(log).toMatch(
      new RegExp(`start svc release r-b[^\\n]*\\nboot B [^\\n]*port=${port} REGISTRY_URL=http://127.0.0.1:1`),
    );
  });

  it('reports a release that crashes at start as failed and leaves the running one untouched', async () => {
    const s = supervisor();
    const a = expectOk(
      await s.deploy({
        name: 'svc',
        release_id: 'r-a',
        release_dir: await writeRelease(root.path, 'a', { version: 'A' }),
        port,
      }),
    );
    const broken = await writeRelease(root.path, 'broken', {
      version: 'B-prime',
      prelude: "console.error('cannot load config'); process.exit(1);",
    });

    const result = await s.deploy({ name: 'svc', release_id: 'r-broken', release_dir: broken, port });

    expect(result).toMatchObject({ ok: false, stage: 'staging', rolled_back: false });
    if (result.ok) return;
    expect(result.error).toContain('exited (code 1)');
    expect(result.deployment).toMatchObject({ release_id: 'r-a', pid: a.deployment.pid, status: 'running' });
    expect(await whoServes(port)).toEqual({ version: 'A', pid: a.deployment.pid });
    expect(await readFile(result.log_path, 'utf8')).toContain('cannot load config');
  });

  it('restarts the previous release when the new one fails on the real port (rolled back)', async () => {
    const s = supervisor();
    expectOk(
      await s.deploy({
        name: 'svc',
        release_id: 'r-a',
        release_dir: await writeRelease(root.path, 'a', { version: 'A' }),
        port,
      }),
    );
    const picky = await writeRelease(root.path, 'picky', { version: 'C' });
    const aHealthyAgain = nextEvent(s, (e) => e.type === 'healthy' && e.release_id === 'r-a');

    const result = await s.deploy({
      name: 'svc',
      release_id: 'r-c',
      release_dir: picky,
      port,
      env: { FAIL_ON_PORT: String(port) },
    });

    expect(result).toMatchObject({ ok: false, stage: 'switch', rolled_back: true });
    expect(result.deployment).toMatchObject({ release_id: 'r-a' });
    await aHealthyAgain;
    expect((await whoServes(port))?.version).toBe('A');
    expect((await s.get('svc'))?.status).toBe('running');
  });

  it('swaps back to the previous release on a manual rollback', async () => {
    const s = supervisor();
    const aDir = await writeRelease(root.path, 'a', { version: 'A' });
    expectOk(await s.deploy({ name: 'svc', release_id: 'r-a', release_dir: aDir, port }));
    const bDir = await writeRelease(root.path, 'b', { version: 'B' });
    expectOk(await s.deploy({ name: 'svc', release_id: 'r-b', release_dir: bDir, port }));

    const back = expectOk(await s.rollback('svc'));

    expect(back.deployment).toMatchObject({ release_id: 'r-a', previous_release: { release_id: 'r-b' } });
    expect((await whoServes(port))?.version).toBe('A');
    expect((await rejectionOf(s.rollback('nope'))).code).toBe('DEPLOYMENT_NOT_FOUND');
  });

  it('restarts a crashing release with backoff and counts the restarts', async () => {
    const s = supervisor();
    const flaky = await writeRelease(root.path, 'flaky', {
      version: 'F',
      prelude: 'setTimeout(() => process.exit(1), 1000);',
    });
    const first = expectOk(await s.deploy({ name: 'svc', release_id: 'r-f', release_dir: flaky, port }));
    const crashed = nextEvent(s, (e) => e.type === 'crashed');
    const restarted = nextEvent(s, (e) => e.type === 'restarted');

    expect((await crashed).message).toMatch(/exited: code 1; restart in 200 ms/);
    const again = await restarted;
    await nextEvent(s, (e) => e.type === 'healthy' && e.pid === again.pid);

    const now = await s.get('svc');
    expect(now?.restarts).toBeGreaterThanOrEqual(1);
    expect(now?.last_exit).toMatchObject({ code: 1 });
    expect(now?.pid).not.toBe(first.deployment.pid);
    // The restarted process served: the supervisor's probe saw it healthy (its pid, above). Asking it here as
    // well would race its next crash, one second after it starts, on a loaded machine.
    // The streak grows: the second crash waits twice as long.
    expect((await nextEvent(s, (e) => e.type === 'crashed')).message).toMatch(/restart in 400 ms/);
  });

  it('refuses a port held by a foreign process with PORT_IN_USE', async () => {
    const foreign: Server = createServer();
    await new Promise<void>((resolve) => foreign.listen(port, '127.0.0.1', resolve));
    try {
      const dir = await writeRelease(root.path, 'a', { version: 'A' });
      const err = await rejectionOf(
        supervisor().deploy({ name: 'svc', release_id: 'r-a', release_dir: dir, port }),
      );
      expect(err.code).toBe('PORT_IN_USE');
      expect(err.httpStatus).toBe(409);
      expect(err.details).toEqual({ port: (foreign.address() as AddressInfo).port, held_by: null });
    } finally {
      await new Promise((resolve) => foreign.close(resolve));
    }
  });

  it('refuses a port held by another deployed service, naming it', async () => {
    const s = supervisor();
    const dir = await writeRelease(root.path, 'a', { version: 'A' });
    expectOk(await s.deploy({ name: 'first', release_id: 'r-a', release_dir: dir, port }));

    const err = await rejectionOf(s.deploy({ name: 'second', release_id: 'r-a', release_dir: dir, port }));

    expect([err.code, err.details]).toEqual(['PORT_IN_USE', { port, held_by: 'first' }]);
  });

  it('refuses a release directory without main.js', async () => {
    const err = await rejectionOf(
      supervisor().deploy({ name: 'svc', release_id: 'r-x', release_dir: root.path, port }),
    );
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.message).toContain('release_dir');
  });

  it('re-adopts a running release after an executor restart without restarting it', async () => {
    const before = supervisor();
    const dir = await writeRelease(root.path, 'a', { version: 'A' });
    const deployed = expectOk(
      await before.deploy({ name: 'svc', release_id: 'r-a', release_dir: dir, port }),
    );
    await before.onApplicationShutdown();

    const after = supervisor();
    const adopted = nextEvent(after, (e) => e.type === 'adopted');
    await after.adoptAtBoot();

    expect((await adopted).pid).toBe(deployed.deployment.pid);
    expect(await after.get('svc')).toMatchObject({
      pid: deployed.deployment.pid,
      status: 'running',
      restarts: 0,
    });
    expect((await whoServes(port))?.pid).toBe(deployed.deployment.pid);

    // Still supervised: a crash of the adopted process (not our child) is noticed and restarted.
    const restarted = nextEvent(after, (e) => e.type === 'restarted');
    process.kill(deployed.deployment.pid ?? 0, 'SIGKILL');
    expect((await restarted).pid).not.toBe(deployed.deployment.pid);
    expect((await after.get('svc'))?.restarts).toBe(1);
  });

  it('restarts at start-up a release that died while the executor was down', async () => {
    const before = supervisor();
    const dir = await writeRelease(root.path, 'a', { version: 'A' });
    const deployed = expectOk(
      await before.deploy({ name: 'svc', release_id: 'r-a', release_dir: dir, port }),
    );
    await before.onApplicationShutdown();
    process.kill(-(deployed.deployment.pid ?? 0), 'SIGKILL');
    while (groupAlive(deployed.deployment.pid ?? 0)) await new Promise((resolve) => setTimeout(resolve, 10));

    const after = supervisor();
    const healthy = nextEvent(after, (e) => e.type === 'healthy');
    await after.adoptAtBoot();
    await healthy;

    const now = await after.get('svc');
    expect(now).toMatchObject({ status: 'running', restarts: 1 });
    expect(now?.pid).not.toBe(deployed.deployment.pid);
    expect((await whoServes(port))?.version).toBe('A');
  });

  it('stops at start-up a process left behind by a switch the executor did not finish', async () => {
    const before = supervisor();
    const aDir = await writeRelease(root.path, 'a', { version: 'A' });
    const deployed = expectOk(
      await before.deploy({ name: 'svc', release_id: 'r-a', release_dir: aDir, port }),
    );
    await before.onApplicationShutdown();
    // What an executor killed mid-switch leaves behind: release B running on a spare port, recorded as pending.
    const bDir = await realpath(await writeRelease(root.path, 'b', { version: 'B' }));
    const orphan = spawn(process.execPath, ['main.js'], {
      cwd: bDir,
      detached: true,
      stdio: 'ignore',
      env: { PORT: String(await freePort()), HOST: '127.0.0.1' },
    });
    orphan.unref();
    const orphanPid = orphan.pid ?? 0;
    const stateFile = join(dataDir, 'deployments', 'svc', 'deployment.json');
    const state = JSON.parse(await readFile(stateFile, 'utf8'));
    await writeFile(stateFile, JSON.stringify({ ...state, staging: { pid: orphanPid, release_dir: bDir } }));

    const after = supervisor();
    await after.adoptAtBoot();

    expect(groupAlive(orphanPid)).toBe(false);
    expect(await after.get('svc')).toMatchObject({
      pid: deployed.deployment.pid,
      status: 'running',
      restarts: 0,
    });
    const saved = JSON.parse(await readFile(stateFile, 'utf8'));
    expect(saved.staging).toBeNull();
  });

  it('stops a first start never committed (its executor died) when another release is deployed, instead of PORT_IN_USE', async () => {
    const { aDir, orphanPid, launchFile } = await uncommittedFirstStart({ release_id: 'r-old', port });

    const again = supervisor();
    const result = expectOk(await again.deploy({ name: 'svc', release_id: 'r-a', release_dir: aDir, port }));

    expect(result.swap.mode).toBe('fresh');
    expect(groupAlive(orphanPid)).toBe(false);
    expect((await whoServes(port))?.pid).toBe(result.deployment.pid);
    await expect(readFile(launchFile, 'utf8')).rejects.toThrow();
  });

  it('keeps a first start never committed when the same release is deployed again on its port: no second start', async () => {
    // Another executor of the host, up already (start-up stops what it finds uncommitted), repeats the deploy
    // of one that died mid-start; its copy of the release lies elsewhere.
    const again = supervisor();
    await again.adoptAtBoot();
    const { aDir, orphanPid, launchFile, spawnedBy } = await uncommittedFirstStart({
      release_id: 'r-a',
      port,
    });

    const copy = await realpath(await writeRelease(root.path, 'a-copy', { version: 'A' }));
    const result = expectOk(await again.deploy({ name: 'svc', release_id: 'r-a', release_dir: copy, port }));

    expect(result.swap.mode).toBe('kept');
    expect(result.deployment.pid).toBe(orphanPid);
    // A record without its start time (written by an older executor): the process's own start, from /proc.
    expect(Date.parse(result.deployment.started_at)).toBeLessThanOrEqual(spawnedBy);
    expect(result.deployment.release_dir).toBe(aDir);
    expect(groupAlive(orphanPid)).toBe(true);
    await expect(readFile(launchFile, 'utf8')).rejects.toThrow();
    // Supervised from now on: a stop stops it.
    await again.stop('svc');
    expect(groupAlive(orphanPid)).toBe(false);
  });

  it('finds a first start recorded before its spawn (no pid: its executor died in between) by its directory', async () => {
    const again = supervisor();
    await again.adoptAtBoot();
    // Recorded with the time just before the spawn: the kept deployment started then, not at this deploy (a
    // resumed build's registering phase counts only registrations made since the start).
    const beforeSpawn = Date.now() - 60_000;
    const kept = await uncommittedFirstStart({
      pid: null,
      release_id: 'r-a',
      port,
      started_at_ms: beforeSpawn,
    });
    const result = expectOk(
      await again.deploy({ name: 'svc', release_id: 'r-a', release_dir: kept.aDir, port }),
    );
    expect(result.swap.mode).toBe('kept');
    expect(result.deployment.pid).toBe(kept.orphanPid);
    expect(result.deployment.started_at).toBe(new Date(beforeSpawn).toISOString());
    await again.stop('svc');
    expect(groupAlive(kept.orphanPid)).toBe(false);
  });

  it('stops a first start recorded before its spawn when another release is deployed', async () => {
    const again = supervisor();
    await again.adoptAtBoot();
    const { aDir, orphanPid, launchFile } = await uncommittedFirstStart({
      pid: null,
      release_id: 'r-old',
      port,
    });
    const result = expectOk(await again.deploy({ name: 'svc', release_id: 'r-a', release_dir: aDir, port }));
    expect(result.swap.mode).toBe('fresh');
    expect(groupAlive(orphanPid)).toBe(false);
    expect((await whoServes(port))?.pid).toBe(result.deployment.pid);
    await expect(readFile(launchFile, 'utf8')).rejects.toThrow();
  });

  it('stops a first start never committed at start-up, too', async () => {
    const { orphanPid, launchFile } = await uncommittedFirstStart();

    await supervisor().adoptAtBoot();

    expect(groupAlive(orphanPid)).toBe(false);
    await expect(readFile(launchFile, 'utf8')).rejects.toThrow();
  });

  it('stops the whole process group, even a service that ignores SIGTERM and forked a child', async () => {
    const s = supervisor({ stopGraceMs: 300 });
    const stubborn = await writeRelease(root.path, 'stubborn', {
      version: 'S',
      prelude: `process.removeAllListeners('SIGTERM'); process.on('SIGTERM', () => console.log('ignoring SIGTERM'));
require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });`,
    });
    const deployed = expectOk(
      await s.deploy({ name: 'svc', release_id: 'r-s', release_dir: stubborn, port }),
    );
    const pgid = deployed.deployment.pid ?? 0;
    expect((await processesUnder(root.path)).length).toBe(2);

    const stopped = await s.stop('svc');

    expect(stopped).toMatchObject({ status: 'stopped', pid: null });
    expect(groupAlive(pgid)).toBe(false);
    expect(await processesUnder(root.path)).toEqual([]);
    expect(await whoServes(port)).toBeNull();
    await expect(s.healthOf('svc')).resolves.toMatchObject({ ok: false, error: 'ECONNREFUSED' });
    expect((await rejectionOf(s.stop('nope'))).code).toBe('DEPLOYMENT_NOT_FOUND');
  });

  describe('HTTP (DeployModule in a Nest app)', () => {
    let app: NestFastifyApplication | undefined;
    afterEach(async () => {
      await app?.close();
      app = undefined;
    });

    it('re-adopts on start, lists deployments and stops one; 404 for an unknown name', async () => {
      const dir = await writeRelease(root.path, 'a', { version: 'A' });
      const first = supervisor();
      const deployed = expectOk(
        await first.deploy({ name: 'svc', release_id: 'r-a', release_dir: dir, port }),
      );
      await first.onApplicationShutdown();

      app = await createHttpApp(TestRoot.forRoot(dataDir), {
        title: 'deploy-test',
        description: 'deployments under test',
        version: '0.0.0',
        bodyLimitBytes: 1024 * 1024,
        logLevels: ['error'],
      });
      await app.listen(0, '127.0.0.1');
      const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

      const list = await request(base, 'GET', '/deployments');
      expect(list.status).toBe(200);
      expect(list.body.deployments).toEqual([
        expect.objectContaining({ name: 'svc', pid: deployed.deployment.pid, status: 'running' }),
      ]);
      expect((await request(base, 'GET', '/deployments/svc')).body.release_id).toBe('r-a');

      const unknown = await request(base, 'POST', '/deployments/ghost/stop');
      expect([unknown.status, unknown.body.error.code]).toEqual([404, 'DEPLOYMENT_NOT_FOUND']);

      const stopped = await request(base, 'POST', '/deployments/svc/stop');
      expect([stopped.status, stopped.body.status]).toEqual([200, 'stopped']);
      expect(groupAlive(deployed.deployment.pid ?? 0)).toBe(false);
    });
  });
});
