import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, pingRedis } from '@sf/platform';

/** A Redis Cluster of real `redis-server` processes on loopback, made by {@link startRedisCluster}. */
export interface TestRedisCluster {
  /** `redis-cluster://:<password>@127.0.0.1:P1,…` for `REDIS_URL`. */
  url: string;
  /** The masters' client ports. */
  ports: number[];
  /** Kills every server and removes their directory (idempotent). */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 20_000;

/**
 * Starts `masters` cluster-enabled `redis-server`s (no replicas, password protected) on free loopback ports in a
 * temporary directory, joins them with `redis-cli --cluster create` and resolves once every node reports
 * `cluster_state:ok`. Whatever fails on the way, the servers started so far are killed and the directory removed
 * before the error is thrown; after success the caller owns {@link TestRedisCluster.stop}.
 */
export async function startRedisCluster(masters = 3): Promise<TestRedisCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'sf-redis-cluster-'));
  const password = randomBytes(12).toString('hex');
  const servers: ChildProcess[] = [];
  const ports: number[] = [];
  const taken: number[] = [];
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      await Promise.all(servers.map(kill));
      await rm(dir, { recursive: true, force: true });
    })());
  try {
    for (let i = 0; i < masters; i++) {
      // A free port can be taken by someone else before the server binds it: try fresh ports a few times.
      for (let attempt = 1; ; attempt++) {
        const [port, busPort] = await distinctFreePorts(taken);
        try {
          servers.push(await startNode(dir, port, busPort, password));
          ports.push(port);
          taken.push(port, busPort);
          break;
        } catch (err) {
          if (attempt === 5) throw err;
        }
      }
    }
    await run(
      'redis-cli',
      [
        '--cluster',
        'create',
        ...ports.map((p) => `127.0.0.1:${p}`),
        '--cluster-replicas',
        '0',
        '--cluster-yes',
      ],
      { REDISCLI_AUTH: password },
    );
    await Promise.all(ports.map((port) => untilClusterOk(port, password)));
    const url = `redis-cluster://:${password}@${ports.map((p) => `127.0.0.1:${p}`).join(',')}`;
    return { url, ports, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** A Redis master watched by one Sentinel, made by {@link startRedisSentinel}. */
export interface TestRedisSentinel {
  /** `redis-sentinel://:<password>@127.0.0.1:<sentinel port>/sfmaster` for `REDIS_URL`. */
  url: string;
  /** Kills both servers and removes their directory (idempotent). */
  stop(): Promise<void>;
}

/**
 * Starts a password-protected `redis-server` and a `redis-server --sentinel` monitoring it as `sfmaster`, on free
 * loopback ports in a temporary directory, and resolves once the sentinel names the master. Cleans up after
 * itself when anything fails on the way.
 */
export async function startRedisSentinel(): Promise<TestRedisSentinel> {
  const dir = await mkdtemp(join(tmpdir(), 'sf-redis-sentinel-'));
  const password = randomBytes(12).toString('hex');
  const servers: ChildProcess[] = [];
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      await Promise.all(servers.map(kill));
      await rm(dir, { recursive: true, force: true });
    })());
  try {
    const [masterPort, sentinelPort] = await distinctFreePorts([]);
    const master = join(dir, 'master.conf');
    const masterLines = [
      `port ${masterPort}`,
      'bind 127.0.0.1',
      `dir "${dir}"`,
      'save ""',
      `requirepass "${password}"`,
    ];
    await writeFile(master, `${masterLines.join('\n')}\n`, { mode: 0o600 });
    servers.push(await launch(master, masterPort, password));
    const sentinel = join(dir, 'sentinel.conf');
    const sentinelLines = [
      `port ${sentinelPort}`,
      'bind 127.0.0.1',
      `dir "${dir}"`,
      `sentinel monitor sfmaster 127.0.0.1 ${masterPort} 1`,
      `sentinel auth-pass sfmaster ${password}`,
    ];
    await writeFile(sentinel, `${sentinelLines.join('\n')}\n`, { mode: 0o600 });
    servers.push(await launch(sentinel, sentinelPort, undefined, ['--sentinel']));
    return { url: `redis-sentinel://:${password}@127.0.0.1:${sentinelPort}/sfmaster`, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Writes one node's config (in a directory of its own) and starts it. */
async function startNode(
  dir: string,
  port: number,
  busPort: number,
  password: string,
): Promise<ChildProcess> {
  const nodeDir = join(dir, String(port));
  await mkdir(nodeDir, { recursive: true, mode: 0o700 });
  const config = join(nodeDir, 'redis.conf');
  const lines = [
    `port ${port}`,
    `cluster-port ${busPort}`,
    'bind 127.0.0.1',
    'cluster-enabled yes',
    `cluster-config-file "${join(nodeDir, 'nodes.conf')}"`,
    'cluster-node-timeout 5000',
    `dir "${nodeDir}"`,
    'appendonly no',
    'save ""',
    'maxmemory-policy noeviction',
    `requirepass "${password}"`,
    `masterauth "${password}"`,
  ];
  await writeFile(config, `${lines.join('\n')}\n`, { mode: 0o600 });
  return launch(config, port, password);
}

/** A client port and a cluster-bus port, both free and not among `taken`. */
async function distinctFreePorts(taken: number[]): Promise<[number, number]> {
  for (;;) {
    const port = await freePort();
    const bus = await freePort();
    if (port !== bus && !taken.includes(port) && !taken.includes(bus)) return [port, bus];
  }
}

/** Starts one server and resolves once it answers PING (rejects with its output if it exits first). */
async function launch(
  config: string,
  port: number,
  password: string | undefined,
  extraArgs: string[] = [],
): Promise<ChildProcess> {
  const child = spawn('redis-server', [config, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (d: Buffer) => (output = (output + d.toString()).slice(-4000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server :${port} exited (${code}): ${output}`)));
  });
  exited.catch(() => undefined);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    // Until the server listens a connection is refused; the server's exit ends the wait instead.
    while (!(await Promise.race([answers(port, password), exited]))) {
      if (Date.now() > deadline) throw new Error(`redis-server :${port} did not answer: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return child;
}

/** Whether a server answers PING on `port` now (one attempt, no retries). */
function answers(port: number, password: string | undefined): Promise<boolean> {
  const auth = password ? `:${encodeURIComponent(password)}@` : '';
  return pingRedis(`redis://${auth}127.0.0.1:${port}`);
}

/** Waits until the node on `port` reports `cluster_state:ok` (slots assigned and agreed by every node). */
async function untilClusterOk(port: number, password: string): Promise<void> {
  const client = new Redis({ port, host: '127.0.0.1', password });
  client.on('error', () => undefined);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      const info = (await client.call('CLUSTER', 'INFO')) as string;
      if (/^cluster_state:ok\r?$/m.test(info)) return;
      if (Date.now() > deadline)
        throw new Error(`node :${port} not ok within ${READY_TIMEOUT_MS} ms:\n${info}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    client.disconnect();
  }
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

/** SIGKILL (a test cluster keeps nothing worth flushing) and wait for the exit. */
async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
}
