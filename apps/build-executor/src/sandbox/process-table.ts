import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** One live process as /proc shows it. */
export interface ProcessEntry {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  /** Real uid: what RLIMIT_NPROC counts, and unlike /proc/<pid>'s owner not hidden by PR_SET_DUMPABLE. */
  uid: number;
  threads: number;
}

/** Which processes belong to one sandboxed run. */
export interface RunScope {
  /** Processes that, with their descendants, belong to the run (the spawned child; bwrap's pid 1). */
  roots: number[];
  /** Also the processes in this process group or session (the spawned child leads both). */
  leader: number;
  /** The uid the run's processes have: every match must have it too, in case a pid was reused. */
  owner: number;
  /** `owner` is the run's alone (a per-run uid): every process of it belongs to the run. */
  exclusiveOwner: boolean;
  /** Also every process whose environment holds this `NAME=value` entry. */
  envMarker?: string;
}

/**
 * Live (non-zombie) processes. Synchronous on purpose: one pass reads a few hundred tiny
 * procfs files (one per process) in a couple of milliseconds, and kill loops need a consistent snapshot.
 */
export function listProcesses(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const entry = readEntry(Number(name));
    if (entry) entries.push(entry);
  }
  return entries;
}

/**
 * One read per process: `/proc/<pid>/status` holds every field needed (state, parent, real uid, threads, and
 * the process group and session as seen from our pid namespace, the first of `NSpgid` / `NSsid`), where `stat`
 * plus `status` took two. Scans run at the end of every sandboxed run and several times a build.
 */
function readEntry(pid: number): ProcessEntry | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined; // exited between readdir and read
  }
  const state = field(status, 'State');
  if (state === undefined || state.startsWith('Z') || state.startsWith('X')) return undefined;
  const number = (name: string) => Number(field(status, name)?.split(/\s+/)[0] ?? NaN);
  const entry = {
    pid,
    ppid: number('PPid'),
    pgid: number('NSpgid'),
    sid: number('NSsid'),
    threads: number('Threads'),
    uid: number('Uid'),
  };
  // A kernel without the NS* lines (before 4.1) or a torn read: fall back to stat for the group and session.
  if (!Number.isInteger(entry.pgid) || !Number.isInteger(entry.sid)) return readEntryFromStat(pid, entry);
  return Number.isInteger(entry.ppid) && Number.isInteger(entry.uid) ? entry : undefined;
}

/** The value of one `Name:\tvalue` line of a status file. */
function field(status: string, name: string): string | undefined {
  const at = status.indexOf(`\n${name}:`);
  const start = at < 0 ? (status.startsWith(`${name}:`) ? name.length + 1 : -1) : at + name.length + 2;
  if (start < 0) return undefined;
  const end = status.indexOf('\n', start);
  return status.slice(start, end < 0 ? undefined : end).trim();
}

function readEntryFromStat(pid: number, entry: ProcessEntry): ProcessEntry | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm (field 2) may hold spaces and parentheses: the fixed fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ...entry, pgid: Number(fields[2]), sid: Number(fields[3]) };
  } catch {
    return undefined;
  }
}

/** Tasks (threads included, as RLIMIT_NPROC counts them) currently owned by `uid`. */
export function countTasksOf(uid: number): number {
  return listProcesses()
    .filter((entry) => entry.uid === uid)
    .reduce((sum, entry) => sum + entry.threads, 0);
}

/** Pids of `scope` among `processes`, descendants of any member included. */
function selectScope(processes: ProcessEntry[], scope: RunScope): number[] {
  const selected = new Set<number>();
  for (const entry of processes) {
    if (entry.uid !== scope.owner || entry.pid === process.pid) continue;
    const member =
      scope.exclusiveOwner ||
      scope.roots.includes(entry.pid) ||
      entry.pgid === scope.leader ||
      entry.sid === scope.leader ||
      (scope.envMarker !== undefined && hasEnvEntry(entry.pid, scope.envMarker));
    if (member) selected.add(entry.pid);
  }
  const children = new Map<number, number[]>();
  for (const entry of processes) {
    const siblings = children.get(entry.ppid);
    if (siblings) siblings.push(entry.pid);
    else children.set(entry.ppid, [entry.pid]);
  }
  const queue = [...selected];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    for (const child of children.get(pid) ?? []) {
      if (!selected.has(child)) {
        selected.add(child);
        queue.push(child);
      }
    }
  }
  return [...selected];
}

function hasEnvEntry(pid: number, entry: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(entry);
  } catch {
    return false; // not ours to read, or gone
  }
}

/** Sends SIGKILL to every process of `scope` once; returns how many were signalled. */
export function killScopeOnce(scope: RunScope): number {
  const pids = selectScope(listProcesses(), scope);
  for (const pid of pids) signal(pid, 'SIGKILL');
  return pids.length;
}

/**
 * SIGKILLs `scope` until no live process of it is left (killed processes of the scope may
 * fork in between, hence the loop). Returns the pids still alive after `deadlineMs`, which is
 * only possible for a process stuck in uninterruptible sleep.
 */
export async function killScopeUntilGone(scope: RunScope, deadlineMs = 5000): Promise<number[]> {
  const giveUpAt = Date.now() + deadlineMs;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    const pids = selectScope(listProcesses(), scope);
    if (pids.length === 0 || Date.now() > giveUpAt) return pids;
    for (const pid of pids) signal(pid, 'SIGKILL');
    await sleep(pause);
  }
}

/** process.kill without the throw for a process that is already gone or was never ours. */
export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // ESRCH: gone already; EPERM: not the run's (pid reuse) — nothing to do either way.
  }
}
