import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pingRedis } from '@sf/platform';

/**
 * A redis-server with AOF on a fixed loopback port, which the chaos run kills with SIGKILL and starts again on
 * the same port and data directory (the embedded one of libs/platform picks a new port at every start, and the
 * services must find Redis where it was).
 */
export class AofRedis {
  readonly url: string;
  private child: ChildProcess | null = null;
  private readonly password = randomBytes(16).toString('hex');

  constructor(
    private readonly dir: string,
    readonly port: number,
    private readonly appendfsync: 'everysec' | 'always',
  ) {
    this.url = `redis://:${this.password}@127.0.0.1:${port}`;
  }

  /** Starts the server (replaying the AOF when there is one) and resolves once it answers PING. */
  async start(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const config = join(this.dir, 'redis.conf');
    const lines = [
      `port ${this.port}`,
      'bind 127.0.0.1',
      `dir "${this.dir}"`,
      'appendonly yes',
      `appendfsync ${this.appendfsync}`,
      'maxmemory-policy noeviction',
      'save ""',
      'daemonize no',
      'logfile ""',
      `requirepass "${this.password}"`,
    ];
    await writeFile(config, `${lines.join('\n')}\n`, { mode: 0o600 });
    await chmod(config, 0o600);
    const child = spawn('redis-server', [config], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    this.child = child;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`redis-server exited ${child.exitCode}: ${stderr}`);
      // PING answers LOADING until the AOF is replayed, so success means ready.
      if (await pingRedis(this.url)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server on ${this.port} did not answer in 30 s: ${stderr}`);
  }

  /** kill -9, then waits until the process is gone. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGKILL');
    await gone;
  }

  /** SIGTERM (the AOF is flushed), then waits until the process is gone. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
  }
}
