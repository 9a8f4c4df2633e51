/** Shared pieces of the benchmark scripts: child services, percentiles, result files. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const BENCH_KEY = `sf-bench-${randomBytes(16).toString('hex')}`;

/** Seeds the benchmark's admin key into the services it starts (so no first-start key is written). */
export const BENCH_AUTH_ENV: Record<string, string> = { AUTH_API_KEYS: `bench:admin:${BENCH_KEY}` };
/**
 * The intake load test sends thousands of submits a second as one principal: limits it cannot reach, so the
 * limiter still runs (its cost is measured) but never answers 429.
 */
export const BENCH_UNREACHABLE_LIMITS: Record<string, string> = {
  RATE_LIMIT_SUBMIT: '10000000',
  RATE_LIMIT_READS: '10000000',
};

/** `Authorization` carrying the benchmark's key (authentication is part of what is measured). */
export const BENCH_AUTH: Record<string, string> = { authorization: `Bearer ${BENCH_KEY}` };

/** A server started as a child process. */
export interface Child {
  proc: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Runs `node <script>` and waits for its "listening on <url>" line. */
export function startChild(script: string, env: Record<string, string>): Promise<Child> {
  // BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops (where its time went).
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const proc = spawn(process.execPath, [...profile, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        proc.stdout?.off('data', onData);
        resolve({
          proc,
          url: m[1],
          stop: () =>
            new Promise<void>((done) => {
              if (proc.exitCode !== null) return done();
              proc.once('exit', () => done());
              proc.kill('SIGTERM');
            }),
        });
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    proc.once('exit', (code) => reject(new Error(`${script} exited ${code}:\n${out}`)));
  });
}

/** The median (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Writes a result file under `bench-results/` and returns its path. */
export async function saveResult(name: string, result: unknown): Promise<string> {
  const dir = join(process.cwd(), 'bench-results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify(result, null, 2));
  return file;
}

/** `fn` over `items`, at most `limit` at a time, results in input order. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux everywhere but exotic builds). */
const TICKS = 100;

/** CPU seconds (user + system) of a live process and of its children it has reaped, from /proc/<pid>/stat. */
export async function processCpu(pid: number): Promise<{ self: number; children: number }> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command (which may hold spaces) in ")": state is field 3, utime 14 … cstime 17.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime, cutime, cstime] = [f[11], f[12], f[13], f[14]].map(Number);
  return { self: (utime + stime) / TICKS, children: (cutime + cstime) / TICKS };
}

/** CPU seconds the whole machine has been busy (every core, every process), from /proc/stat. */
export async function machineBusyCpu(): Promise<number> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0];
  // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
  const [user, nice, system, , , irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS;
}
