import { readdir, readFile, readlink } from 'node:fs/promises';
import { basename } from 'node:path';

/** A generated service's process found on the host: its pid and the `PORT` it was started with. */
export interface ServiceProcessSeen {
  pid: number;
  port: number;
}

/**
 * The node processes started with `PORT=<p>` for one of `ports` (any port when `ports` is null), whose working
 * directory lies under `root` (a release or build directory of this run, so other work on the host is never
 * counted). Processes gone while being read are skipped.
 */
export async function scanServiceProcesses(
  ports: Set<number> | null,
  root: string,
): Promise<ServiceProcessSeen[]> {
  const found: ServiceProcessSeen[] = [];
  const entries = await readdir('/proc').catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((entry) => /^\d+$/.test(entry))
      .map(async (entry) => {
        try {
          const cmdline = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0');
          if (!basename(cmdline[0] ?? '').startsWith('node')) return;
          const cwd = await readlink(`/proc/${entry}/cwd`);
          if (!cwd.startsWith(root)) return;
          const environ = (await readFile(`/proc/${entry}/environ`, 'utf8')).split('\0');
          const portVar = environ.find((v) => v.startsWith('PORT='));
          const port = Number(portVar?.slice(5));
          if (ports === null || ports.has(port)) found.push({ pid: Number(entry), port });
        } catch {
          // exited meanwhile, or not ours to read
        }
      }),
  );
  return found;
}

/**
 * Samples {@link scanServiceProcesses} until stopped: every pid seen per port (one service started twice shows
 * two) and the most processes seen at once per port (two at once: supervised twice).
 */
export class ServiceSampler {
  readonly pidsByPort = new Map<number, Set<number>>();
  readonly maxAtOnce = new Map<number, number>();
  samples = 0;
  private running = true;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private readonly ports: Set<number>,
    private readonly root: string,
    private readonly periodMs = 1_000,
  ) {}

  start(): void {
    this.loop = (async () => {
      while (this.running) {
        await this.sample();
        await new Promise((r) => setTimeout(r, this.periodMs));
      }
    })();
  }

  /** One sample now (also the last one, taken by the report). */
  async sample(): Promise<ServiceProcessSeen[]> {
    const seen = await scanServiceProcesses(this.ports, this.root);
    const perPort = new Map<number, number>();
    for (const { pid, port } of seen) {
      const pids = this.pidsByPort.get(port) ?? new Set<number>();
      pids.add(pid);
      this.pidsByPort.set(port, pids);
      perPort.set(port, (perPort.get(port) ?? 0) + 1);
    }
    for (const [port, n] of perPort) this.maxAtOnce.set(port, Math.max(this.maxAtOnce.get(port) ?? 0, n));
    this.samples += 1;
    return seen;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}
