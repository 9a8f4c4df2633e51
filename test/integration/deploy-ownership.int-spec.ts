import { mkdir, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import type { LoggerService } from '@nestjs/common';
import { AppError } from '@sf/contracts';
import { freePort } from '@sf/platform';
import { Redis } from 'ioredis';
import type { DeployResult } from '../../apps/build-executor/src/deploy/deployment.types';
import { LocalSupervisor } from '../../apps/build-executor/src/deploy/local/local-supervisor';
import { ExecutorKeys } from '../../apps/build-executor/src/redis/keys';
import { dropPrefix, tempDir, testRedisUrl, uniquePrefix } from '../support/harness';
import { nextEvent } from '../support/supervisor-events';

const silent: LoggerService = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** Short lease so that adoption after an executor's death is quick; renewed every 500 ms. */
const LEASE_MS = 1_500;

/** A release that appends its pid to `START_LOG` at every start, so starts are counted, not guessed. */
async function writeRelease(root: string, id: string, version: string): Promise<string> {
  const dir = join(root, 'releases', id);
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'main.js'),
    `'use strict';
const http = require('node:http');
require('node:fs').appendFileSync(process.env.START_LOG, ${JSON.stringify(version)} + ' ' + process.pid + '\\n');
process.on('SIGTERM', () => process.exit(0));
http
  .createServer((req, res) => {
    const body = req.url === '/health'
      ? { status: 'active', service: 'svc', version: ${JSON.stringify(version)}, uptime_seconds: process.uptime(), timestamp: new Date().toISOString() }
      : { version: ${JSON.stringify(version)}, pid: process.pid };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  })
  .listen(Number(process.env.PORT), process.env.HOST);
`,
  );
  return dir;
}

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

describe('local deployments owned through leases (two executors, one host, one Redis)', () => {
  let root: { path: string; remove(): Promise<void> };
  let prefix: string;
  let port: number;
  let startLog: string;
  let supervisors: LocalSupervisor[];
  let connections: Redis[];

  /** An executor's supervisor: its own data dir and Redis connection, the host's shared deployments dir. */
  const executor = async (id: string, host = 'host-1', deploymentsDir = join(root.path, 'deployments')) => {
    // No offline queue: while "cut off", its commands fail at once, like an executor that lost Redis.
    const redis = new Redis(testRedisUrl(), { enableOfflineQueue: false, lazyConnect: true });
    redis.on('error', () => undefined);
    connections.push(redis);
    await redis.connect();
    const supervisor = new LocalSupervisor({
      dataDir: join(root.path, `data-${id}`),
      deploymentsDir,
      healthTimeoutMs: 8_000,
      healthPollMs: 20,
      stopGraceMs: 1_000,
      watchIntervalMs: 50,
      adoptTimeoutMs: 2_000,
      backoff: { initialMs: 100, maxMs: 1_000 },
      logger: silent,
      leases: {
        redis,
        keys: new ExecutorKeys(prefix),
        instanceId: `${host}/${id}/0`,
        ttlMs: LEASE_MS,
        handoverPollMs: 20,
      },
    });
    supervisors.push(supervisor);
    return { supervisor, redis, id: `${host}/${id}/0` };
  };

  const starts = async () =>
    (await readFile(startLog, 'utf8').catch(() => '')).split('\n').filter(Boolean).length;

  /** Release r1 (v1) of `svc` deployed through `supervisor`. */
  const deployR1 = async (supervisor: LocalSupervisor) => {
    const dir = await writeRelease(root.path, 'r1', 'v1');
    return expectOk(
      await supervisor.deploy({
        name: 'svc',
        release_id: 'r1',
        release_dir: dir,
        port,
        env: { START_LOG: startLog },
      }),
    );
  };

  /** Executors A and B booted on this host, and release r1 of `svc` deployed through A. */
  const deployedThroughA = async () => {
    const a = await executor('a');
    const b = await executor('b');
    await a.supervisor.adoptAtBoot();
    await b.supervisor.adoptAtBoot();
    return { a, b, deployed: await deployR1(a.supervisor) };
  };

  beforeEach(async () => {
    root = await tempDir('ownership');
    prefix = uniquePrefix('ownership');
    port = await freePort();
    startLog = join(root.path, 'starts.log');
    supervisors = [];
    connections = [];
  });

  afterEach(async () => {
    for (const s of supervisors) await s.onApplicationShutdown().catch(() => undefined);
    for (const c of connections) c.disconnect();
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
    await dropPrefix(prefix);
    await root.remove();
  });

  it('hands a dead executor’s service to the other one, which alone restarts it; the stale owner keeps off', async () => {
    const { a, b, deployed } = await deployedThroughA();
    // Listed from the other executor too, supervised by the one that deployed it.
    expect(await b.supervisor.get('svc')).toMatchObject({
      status: 'running',
      pid: deployed.deployment.pid,
      supervised_by: a.id,
      host_id: 'host-1',
    });

    // A is cut off from Redis (as good as dead to the others): its lease expires and B adopts the service.
    const adopted = nextEvent(b.supervisor, (e) => e.type === 'adopted' && e.name === 'svc', 15_000);
    a.redis.disconnect();
    expect((await adopted).pid).toBe(deployed.deployment.pid);
    expect(await starts()).toBe(1);
    expect(await b.supervisor.list()).toEqual([
      expect.objectContaining({ name: 'svc', status: 'running', supervised_by: b.id }),
    ]);

    // The service crashes: B restarts it; A, whose child it was, sees the exit but may not restart it.
    const restartedByB = nextEvent(b.supervisor, (e) => e.type === 'healthy' && e.name === 'svc', 15_000);
    const refusedByA = nextEvent(
      a.supervisor,
      (e) => e.type === 'crashed' && e.message.includes('lease of svc not confirmed'),
      15_000,
    );
    process.kill(deployed.deployment.pid ?? 0, 'SIGKILL');
    await Promise.all([restartedByB, refusedByA]);
    expect(await starts()).toBe(2);
    const second = await whoServes(port);
    expect(second?.version).toBe('v1');

    // A comes back: its heartbeat finds the lease taken and it lets go, touching nothing.
    const released = nextEvent(a.supervisor, (e) => e.type === 'released' && e.name === 'svc');
    await a.redis.connect();
    await a.supervisor.heartbeat();
    expect((await released).message).toContain(b.id);
    expect(await whoServes(port)).toEqual(second);
    expect(await a.supervisor.get('svc')).toMatchObject({ supervised_by: b.id, restarts: 1 });

    // Another crash: still restarted once, by B only.
    const restartedAgain = nextEvent(b.supervisor, (e) => e.type === 'healthy' && e.name === 'svc', 15_000);
    process.kill(second?.pid ?? 0, 'SIGKILL');
    await restartedAgain;
    expect(await starts()).toBe(3);
    expect(await processesUnder(root.path)).toHaveLength(1);
  }, 45_000);

  it('deploys and rolls back through either executor by taking the service over from the live owner', async () => {
    const a = await executor('a');
    const b = await executor('b');
    await a.supervisor.adoptAtBoot();
    await b.supervisor.adoptAtBoot();
    const env = { START_LOG: startLog };
    const v1 = await writeRelease(root.path, 'r1', 'v1');
    const v2 = await writeRelease(root.path, 'r2', 'v2');
    expectOk(await a.supervisor.deploy({ name: 'svc', release_id: 'r1', release_dir: v1, port, env }));

    const releasedByA = nextEvent(a.supervisor, (e) => e.type === 'released' && e.name === 'svc');
    const result = expectOk(
      await b.supervisor.deploy({ name: 'svc', release_id: 'r2', release_dir: v2, port, env }),
    );
    await releasedByA;

    expect(result.swap.mode).toBe('staged');
    expect((await whoServes(port))?.version).toBe('v2');
    expect(await a.supervisor.get('svc')).toMatchObject({ release_id: 'r2', supervised_by: b.id });

    // A rollback issued to the other executor works the same way.
    const back = expectOk(await a.supervisor.rollback('svc'));
    expect(back.deployment.release_id).toBe('r1');
    expect((await whoServes(port))?.version).toBe('v1');
    expect(await b.supervisor.get('svc')).toMatchObject({ release_id: 'r1', supervised_by: a.id });
    expect(await processesUnder(root.path)).toHaveLength(1);
  }, 20_000);

  it('stops through either executor; a service already stopped is answered as it is, not taken over', async () => {
    const { a, b, deployed } = await deployedThroughA();

    // Running and supervised by A: B takes it over and stops it.
    const releasedByA = nextEvent(a.supervisor, (e) => e.type === 'released' && e.name === 'svc');
    const stopped = await b.supervisor.stop('svc');
    await releasedByA;
    expect(stopped).toMatchObject({ name: 'svc', status: 'stopped', pid: null, release_id: 'r1' });
    expect(await whoServes(port)).toBeNull();
    expect(await processesUnder(root.path)).toHaveLength(0);
    await b.supervisor.heartbeat();
    expect(await a.supervisor.get('svc')).toMatchObject({ status: 'stopped', supervised_by: b.id });

    // Already stopped and supervised by B: a stop sent to A answers the stopped deployment and leaves B its owner.
    const again = await a.supervisor.stop('svc');
    expect(again).toMatchObject({ name: 'svc', status: 'stopped', pid: null, supervised_by: b.id });
    await a.supervisor.heartbeat();
    await b.supervisor.heartbeat();
    expect(await b.supervisor.get('svc')).toMatchObject({ status: 'stopped', supervised_by: b.id });
    expect(await starts()).toBe(1);
    expect(deployed.deployment.pid).not.toBeNull();
  }, 20_000);

  it('takes its own service back from the shared state when its lease lapsed and nobody took it', async () => {
    const a = await executor('a');
    await a.supervisor.adoptAtBoot();
    const deployed = await deployR1(a.supervisor);
    const leaseKey = new ExecutorKeys(prefix).deployLease('svc');
    const watcher = new Redis(testRedisUrl());
    connections.push(watcher);

    a.redis.disconnect();
    while ((await watcher.exists(leaseKey)) === 1) await new Promise((resolve) => setTimeout(resolve, 50));
    const readopted = nextEvent(a.supervisor, (e) => e.type === 'adopted' && e.name === 'svc');
    await a.redis.connect();
    await a.supervisor.heartbeat();

    expect((await readopted).pid).toBe(deployed.deployment.pid);
    expect(await starts()).toBe(1);
    expect(await a.supervisor.get('svc')).toMatchObject({ status: 'running', supervised_by: a.id });
  }, 20_000);

  it('refuses to operate on a service supervised from another host, naming its owner', async () => {
    const a = await executor('a');
    const far = await executor('far', 'host-2', join(root.path, 'deployments-host-2'));
    await a.supervisor.adoptAtBoot();
    await far.supervisor.adoptAtBoot();
    const v1 = await writeRelease(root.path, 'r1', 'v1');
    expectOk(
      await a.supervisor.deploy({
        name: 'svc',
        release_id: 'r1',
        release_dir: v1,
        port,
        env: { START_LOG: startLog },
      }),
    );

    const err = await far.supervisor.stop('svc').then(
      () => null,
      (e: unknown) => e,
    );

    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DEPLOYMENT_OWNED_ELSEWHERE');
    expect((err as AppError).httpStatus).toBe(409);
    expect((err as AppError).details).toMatchObject({ owner: a.id, host_id: 'host-1' });
    expect(await far.supervisor.get('svc')).toMatchObject({ status: 'running', supervised_by: a.id });
    expect((await whoServes(port))?.version).toBe('v1');
  }, 20_000);
});
