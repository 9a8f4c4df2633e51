import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
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

/**
 * Starts a private `redis-server` on a free loopback port (see {@link resolveRedis}). It requires a password: a
 * random one kept in `<dataDir>/redis/password` (mode 0600, the directory 0700) and reused by every later start,
 * handed to the server in a config file of the same mode (never on its command line, which `ps` shows) and carried
 * in the URL this returns (print it with {@link redactRedisUrl}).
 */
export async function startEmbeddedRedis(opts: EmbeddedRedisOptions): Promise<RedisHandle> {
  const dir = resolve(opts.dataDir, 'redis');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const infoFile = join(dir, 'running.json');
  const password = await passwordOf(dir);
  const urlOf = (port: number) => `redis://:${encodeURIComponent(password)}@127.0.0.1:${port}`;

  if (opts.reuse !== false) {
    const running = await readRunning(infoFile);
    if (running && (await pingRedis(urlOf(running.port)))) {
      return { url: urlOf(running.port), owned: false, stop: () => Promise.resolve() };
    }
  }

  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    try {
      const server = { binary: opts.binary ?? 'redis-server', dir, port, password };
      const child = await launch(server, opts.appendfsync ?? 'everysec');
      const url = urlOf(port);
      await writeFile(infoFile, JSON.stringify({ pid: child.pid ?? 0, port } satisfies RunningInfo));
      return { url, owned: true, stop: () => stopChild(child, infoFile) };
    } catch (err) {
      if (err instanceof RedisUnavailableError) throw err;
      lastError = err as Error;
    }
  }
  throw new RedisUnavailableError(`redis-server did not start (${lastError?.message ?? 'unknown error'})`);
}

/** The embedded server's password: read from `<dir>/password`, or made and kept there (0600) on the first start. */
async function passwordOf(dir: string): Promise<string> {
  const file = join(dir, 'password');
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept !== '') return kept;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const made = randomBytes(24).toString('hex');
  await writeFile(file, `${made}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return made;
}

/** `url` with its password replaced by `***`, for logs and terminals. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password === '') return url;
    parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

interface ServerSettings {
  binary: string;
  dir: string;
  port: number;
  password: string;
}

async function launch(server: ServerSettings, appendfsync: string): Promise<ChildProcess> {
  const { binary, dir, port, password } = server;
  // Settings go in a config file only the owner reads, so the password is not in the process table.
  const config = join(dir, 'redis.conf');
  const lines = [
    `port ${port}`,
    'bind 127.0.0.1',
    'protected-mode yes',
    `dir "${dir}"`,
    'appendonly yes',
    `appendfsync ${appendfsync}`,
    'maxmemory-policy noeviction',
    'save ""',
    'daemonize no',
    'logfile ""',
    `requirepass "${password}"`,
  ];
  await writeFile(config, `${lines.join('\n')}\n`, { mode: 0o600 });
  await chmod(config, 0o600);
  const child = spawn(binary, [config], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  const url = `redis://:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  while (Date.now() < deadline) {
    // PING fails with LOADING until the AOF is replayed, so success means ready for work.
    const ready = await Promise.race([pingRedis(url), exited]);
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

/** Whether the Redis at `url` answers PING now (one attempt, no retries, errors swallowed). */
export async function pingRedis(url: string): Promise<boolean> {
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
