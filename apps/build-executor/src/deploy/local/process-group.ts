import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { readdir, readFile, readlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** How a process ended; both null when it was not our child and we only saw it disappear. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A process the supervisor started, leading its own process group. */
export interface StartedProcess {
  pid: number;
  child: ChildProcess;
  exited: Promise<ProcessExit>;
}

/** What {@link startDetached} runs. */
export interface StartOptions {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** stdout and stderr are appended here; the file is the child's own, so it outlives the executor. */
  logPath: string;
  /** Line written to the log before the process starts, so a reader sees where each run begins. */
  banner: string;
}

/**
 * Starts `command` detached: its own process group (so a stop reaches every process it forks), output
 * appended straight to a log file (no pipes back to the executor, which may die first), and unref'd so the
 * executor can exit while it keeps running.
 */
export async function startDetached(opts: StartOptions): Promise<StartedProcess> {
  mkdirSync(dirname(opts.logPath), { recursive: true });
  const fd = openSync(opts.logPath, 'a', 0o600);
  let child: ChildProcess;
  try {
    writeSync(fd, `${opts.banner}\n`);
    child = spawn(opts.command, opts.args, {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: ['ignore', fd, fd],
    });
  } finally {
    // The child holds its own copy of the descriptor.
    closeSync(fd);
  }
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  child.unref();
  // A spawned child always has a pid; the fallback only satisfies the type.
  return { pid: child.pid ?? -1, child, exited };
}

/** True while a process with this pid exists (a pid of another user counts: it exists). */
export function isProcessAlive(pid: number): boolean {
  return probe(pid);
}

/** True while any process of the group led by `pgid` exists. */
export function isGroupAlive(pgid: number): boolean {
  return probe(-pgid);
}

function probe(target: number): boolean {
  try {
    process.kill(target, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sends `signal` to the whole group; false when the group is already gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw err;
  }
}

/**
 * Stops a process group: SIGTERM, then SIGKILL after `graceMs`; resolves once no process of the group is
 * left. Says how it ended.
 */
export async function stopGroup(pgid: number, graceMs: number): Promise<'gone' | 'terminated' | 'killed'> {
  if (!signalGroup(pgid, 'SIGTERM')) return 'gone';
  if (await waitUntil(() => !isGroupAlive(pgid), graceMs)) return 'terminated';
  signalGroup(pgid, 'SIGKILL');
  await waitUntil(() => !isGroupAlive(pgid), 5_000);
  return 'killed';
}

/**
 * Watches a process that is not our child (re-adopted after an executor restart): no `exit` event exists
 * for it, so its pid is polled. `stop` ends the watch without resolving.
 */
export function watchForeignProcess(
  pid: number,
  intervalMs: number,
): { exited: Promise<ProcessExit>; stop: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const exited = new Promise<ProcessExit>((resolve) => {
    timer = setInterval(() => {
      if (isProcessAlive(pid)) return;
      clearInterval(timer);
      resolve({ code: null, signal: null });
    }, intervalMs);
    timer.unref();
  });
  return { exited, stop: () => clearInterval(timer) };
}

/**
 * The process leading its own group (as every process we start detached does) whose working directory is `dir`,
 * or null when there is none (or no /proc to read). Finds a start recorded before its pid was known.
 */
export async function groupLeaderIn(dir: string): Promise<number | null> {
  const entries = await readdir('/proc').catch(() => [] as string[]);
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if ((await readlink(`/proc/${entry}/cwd`)) !== dir) continue;
      // /proc/<pid>/stat: "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses.
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp === Number(entry)) return pgrp;
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return null;
}

/**
 * When a process started (epoch ms, to the kernel's 10 ms tick), from /proc: its start in ticks since boot
 * (`/proc/<pid>/stat`, field 22; USER_HZ is 100 on Linux) plus the boot time (`btime` in `/proc/stat`).
 * Null when it is gone or there is no /proc.
 */
export function processStartedAtMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "pid (comm) ": state is field 3, so starttime (field 22) is the 20th of the rest.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(btime)) return null;
    return btime * 1000 + ticks * 10;
  } catch {
    return null;
  }
}

/**
 * Working directory of a process, to tell our service from an unrelated process that reused its pid:
 * `undefined` when the platform has no `/proc` (cannot tell), null when the process is gone or not readable.
 */
export async function processCwd(pid: number): Promise<string | null | undefined> {
  try {
    return await readlink(`/proc/${pid}/cwd`);
  } catch {
    try {
      await readlink('/proc/self/cwd');
      return null;
    } catch {
      return undefined;
    }
  }
}

/** Polls `condition` every 25 ms until it holds (true) or `timeoutMs` passes (false). */
export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() >= deadline) return false;
    await delay(25);
  }
  return true;
}
