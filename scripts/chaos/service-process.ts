import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';

/**
 * One factory or executor as a child process on a fixed port, which the chaos run kills with SIGKILL and
 * starts again with the same environment. Its output (every life of it) is appended to `logPath`.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private readonly log: WriteStream;
  /** Starts after the first (restarts). */
  restarts = 0;
  /** Every process this service has run as: pid, and when it exited (epoch ms; null while it runs). */
  readonly lives: { pid: number; exited_ms: number | null }[] = [];

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: Record<string, string>,
    readonly url: string,
    readonly logPath: string,
    /** More environment for one life (0: the first start, then one per restart or start attempt). */
    private readonly lifeEnv: (life: number) => Record<string, string> = () => ({}),
  ) {
    this.log = createWriteStream(logPath, { flags: 'a' });
  }

  /** The pid of the current process (null before the first start). */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /** When the life `life` of this service exited (epoch ms), null while it runs or when it never started. */
  exitedAt(life: number): number | null {
    return this.lives[life]?.exited_ms ?? null;
  }

  /** True while the process runs. */
  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process and resolves on its "listening on" line; a start that fails is tried again. */
  async start(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError: Error | undefined;
    while (Date.now() < deadline) {
      try {
        await this.startOnce(deadline - Date.now());
        return;
      } catch (err) {
        lastError = err as Error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    throw new Error(`${this.name} did not start: ${lastError?.message ?? 'timeout'}`);
  }

  private startOnce(timeoutMs: number): Promise<void> {
    const env = { ...this.env, ...this.lifeEnv(this.lives.length) };
    const child = spawn(process.execPath, [this.entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const life = { pid: child.pid ?? -1, exited_ms: null as number | null };
    this.lives.push(life);
    child.once('exit', () => {
      life.exited_ms = Date.now();
    });
    this.log.write(`\n===== ${new Date().toISOString()} start (pid ${child.pid}) =====\n`);
    child.stderr?.on('data', (d: Buffer) => this.log.write(d));
    let seen = '';
    let listening = false;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${this.name} did not listen within ${timeoutMs} ms`));
      }, timeoutMs);
      const onData = (d: Buffer) => {
        this.log.write(d);
        if (listening) return;
        // Only the tail of what came before: the line may be split across chunks, and one chunk may be long.
        seen = seen.slice(-200) + d.toString();
        if (/listening on http:\/\//.test(seen)) {
          listening = true;
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.once('exit', (code, signal) => {
        this.log.write(`\n===== ${new Date().toISOString()} exit ${code ?? signal} =====\n`);
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (${code ?? signal}) before listening`));
      });
    });
  }

  /** SIGKILL, then waits until the process is gone. */
  async kill9(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** SIGTERM (graceful shutdown), SIGKILL after 15 s, then waits until the process is gone. */
  async stop(): Promise<void> {
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
    await this.signal('SIGTERM');
    clearTimeout(timer);
  }

  /** Closes the log file. */
  async close(): Promise<void> {
    await new Promise<void>((r) => this.log.end(() => r()));
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    await gone;
  }
}
