import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';

/** A Redis the process can use: either `REDIS_URL` or a private `redis-server` it started (or found running). */
export interface RedisHandle {
  url: string;
  /** True when this process started the server and will stop it. */
  owned: boolean;
  /** Stops the server if this process owns it (SIGTERM, so the AOF is flushed); otherwise does nothing. */
  stop(): Promise<void>;
}

/** Options for {@link startEmbeddedRedis}. */
export interface EmbeddedRedisOptions {
  /** Root data directory; the server keeps its AOF under `<dataDir>/redis`. */
  dataDir: string;
  /** `appendfsync` policy; `everysec` unless told otherwise. */
  appendfsync?: 'always' | 'everysec';
  /** Reuse a server already started for the same data dir (by another of our processes). Default true. */
  reuse?: boolean;
  /** The redis-server binary (default `redis-server`, looked up on PATH). */
  binary?: string;
}

/** Thrown when neither `REDIS_URL` nor a `redis-server` binary is available. */
export class RedisUnavailableError extends Error {
  constructor(detail: string) {
    super(
      `Cannot start the embedded Redis: ${detail}. Either install redis-server ` +
        `(Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis) ` +
        `or set REDIS_URL=redis://host:6379 to use an existing server.`,
    );
    this.name = 'RedisUnavailableError';
  }
}

interface RunningInfo {
  pid: number;
  port: number;
}

const READY_TIMEOUT_MS = 10_000;

/**
 * Returns `redisUrl` when given, else starts (or reuses) a private `redis-server` for `dataDir`
 * with AOF on and `noeviction`, so queued jobs are never silently evicted.
 */
export async function resolveRedis(
  redisUrl: string | undefined,
  opts: EmbeddedRedisOptions,
): Promise<RedisHandle> {
  if (redisUrl) return { url: redisUrl, owned: false, stop: () => Promise.resolve() };
  return startEmbeddedRedis(opts);
}

/** Starts a private `redis-server` on a free loopback port (see {@link resolveRedis}). */
export async function startEmbeddedRedis(opts: EmbeddedRedisOptions): Promise<RedisHandle> {
  const dir = resolve(opts.dataDir, 'redis');
  await mkdir(dir, { recursive: true });
  const infoFile = join(dir, 'running.json');

  if (opts.reuse !== false) {
    const running = await readRunning(infoFile);
    if (running && (await ping(`redis://127.0.0.1:${running.port}`))) {
      return { url: `redis://127.0.0.1:${running.port}`, owned: false, stop: () => Promise.resolve() };
    }
  }

  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    try {
      const child = await launch(opts.binary ?? 'redis-server', dir, port, opts.appendfsync ?? 'everysec');
      const url = `redis://127.0.0.1:${port}`;
      await writeFile(infoFile, JSON.stringify({ pid: child.pid ?? 0, port } satisfies RunningInfo));
      return { url, owned: true, stop: () => stopChild(child, infoFile) };
    } catch (err) {
      if (err instanceof RedisUnavailableError) throw err;
      lastError = err as Error;
    }
  }
  throw new RedisUnavailableError(`redis-server did not start (${lastError?.message ?? 'unknown error'})`);
}

async function launch(binary: string, dir: string, port: number, appendfsync: string): Promise<ChildProcess> {
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--appendonly',
    'yes',
    '--appendfsync',
    appendfsync,
    '--maxmemory-policy',
    'noeviction',
    '--save',
    '',
    '--daemonize',
    'no',
    '--logfile',
    '',
  ];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));

  const exited = new Promise<never>((_, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? new RedisUnavailableError(`${binary} was not found on PATH and REDIS_URL is not set`)
          : err,
      ),
    );
    child.once('exit', (code) =>
      reject(new Error(`redis-server exited with code ${code}: ${output.trim()}`)),
    );
  });
  exited.catch(() => undefined);

  const deadline = Date.now() + READY_TIMEOUT_MS;
  const url = `redis://127.0.0.1:${port}`;
  while (Date.now() < deadline) {
    // PING fails with LOADING until the AOF is replayed, so success means ready for work.
    const ready = await Promise.race([ping(url), exited]);
    if (ready) return child;
    await Promise.race([new Promise((r) => setTimeout(r, 25)), exited]);
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not answer within ${READY_TIMEOUT_MS} ms: ${output.trim()}`);
}

async function stopChild(child: ChildProcess, infoFile: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  await rm(infoFile, { force: true });
}

async function readRunning(file: string): Promise<RunningInfo | null> {
  try {
    const info = JSON.parse(await readFile(file, 'utf8')) as RunningInfo;
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}

async function ping(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** A free TCP port on loopback (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}
