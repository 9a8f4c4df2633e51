import { randomInt } from 'node:crypto';
import { lchownSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listProcesses } from './process-table';

/** The unprivileged identity a run executes as when the executor itself runs as root. */
export interface RunIdentity {
  uid: number;
  gid: number;
  /** The uid belongs to this run alone, so "every process of this uid" is exactly the run. */
  exclusive: boolean;
}

/**
 * Per-run uids come from a block no distribution hands out: above systemd-nspawn's container
 * ranges (which end at 0x6FFFFFFF) and below both 2^31 and systemd's "foreign" block. A uid of
 * its own per run means RLIMIT_NPROC counts only that run, one run cannot signal another, and
 * "kill every process of this uid" is a complete cleanup even for processes that left the group.
 */
const RUN_UID_BASE = 0x7a000000;
const RUN_UID_SPAN = 0x10000;
/** Fallback when the per-run block is not mapped (a root that is itself inside a user namespace). */
const NOBODY = 65534;

const inUse = new Set<number>();

/**
 * The identity to drop to for one run, or undefined when the executor is not root (it then runs
 * the sandbox as itself: it has nothing to drop, and cannot switch users anyway).
 * Pair with {@link releaseIdentity}.
 */
export function acquireIdentity(): RunIdentity | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uidMap = readIdMap('/proc/self/uid_map');
  const gidMap = readIdMap('/proc/self/gid_map');
  const blockMapped =
    isMapped(uidMap, RUN_UID_BASE, RUN_UID_SPAN) && isMapped(gidMap, RUN_UID_BASE, RUN_UID_SPAN);
  if (blockMapped) {
    const busy = new Set(listProcesses().map((entry) => entry.uid));
    for (let attempt = 0; attempt < 32; attempt++) {
      const id = RUN_UID_BASE + randomInt(RUN_UID_SPAN);
      if (inUse.has(id) || busy.has(id)) continue;
      inUse.add(id);
      return { uid: id, gid: id, exclusive: true };
    }
  }
  return { uid: NOBODY, gid: NOBODY, exclusive: false };
}

/**
 * Deployed services get a uid of their own from the next block (when the executor is root), kept for the
 * life of the deployment: its data dir belongs to it, and no other service or build run shares it.
 */
const SERVICE_UID_BASE = 0x7b000000;
const SERVICE_UID_SPAN = 0x10000;

/** Whether `uid` (and the gid of the same number) from the service block is usable in this namespace. */
export function serviceIdentityMapped(uid: number): boolean {
  return (
    uid >= SERVICE_UID_BASE &&
    uid < SERVICE_UID_BASE + SERVICE_UID_SPAN &&
    isMapped(readIdMap('/proc/self/uid_map'), uid, 1) &&
    isMapped(readIdMap('/proc/self/gid_map'), uid, 1)
  );
}

/**
 * A service uid for `name` not in `taken`: derived from the name (so it is the same after a state loss),
 * moved on past collisions; undefined when the block is not mapped (then services run as nobody).
 */
export function allocateServiceUid(name: string, taken: ReadonlySet<number>): number | undefined {
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  for (let step = 0; step < SERVICE_UID_SPAN; step++) {
    const uid = SERVICE_UID_BASE + ((hash + step) % SERVICE_UID_SPAN);
    if (!taken.has(uid)) return serviceIdentityMapped(uid) ? uid : undefined;
  }
  return undefined;
}

/** Returns a per-run uid to the pool once none of its processes is left. */
export function releaseIdentity(identity: RunIdentity | undefined): void {
  if (identity?.exclusive) inUse.delete(identity.uid);
}

type IdRange = [inside: number, outside: number, count: number];

function readIdMap(path: string): IdRange[] {
  try {
    return readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number) as IdRange);
  } catch {
    return [[0, 0, 2 ** 32 - 1]]; // no user namespaces in this kernel: everything is mapped
  }
}

function isMapped(ranges: IdRange[], first: number, count: number): boolean {
  return ranges.some(([inside, , size]) => first >= inside && first + count <= inside + size);
}

/** The first parent directory of `path` that users other than its owner may not search, if any. */
export function closedParent(path: string): string | undefined {
  for (let current = dirname(path); ; current = dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return current;
    if (current === dirname(current)) return undefined;
  }
}

/**
 * Throws when a user other than the owner could not reach `dir`: the sandbox user must traverse
 * every parent directory to bind-mount or enter it, and the error from deep inside bwrap or
 * spawn would not say which directory is at fault.
 */
export function assertReachableByOthers(dir: string): void {
  const closed = closedParent(dir);
  if (closed) {
    throw new Error(
      `sandbox: ${closed} is not searchable by other users, so the sandbox user cannot reach ${dir}; ` +
        'process mode cannot stage it as bwrap does: use SANDBOX=bwrap, or put DATA_DIR under a path with o+x on every parent',
    );
  }
}

/**
 * Hands `workDir` (recursively) to `identity` for one run and returns the function that gives it
 * back to the work dir's previous owner. Only entries still owned by the sandbox user are given
 * back, so a hard link the sandbox planted to someone else's file cannot make us chown that file.
 * Synchronous because `start()` must return a started process; work dirs are small.
 */
export function lendWorkDir(workDir: string, identity: RunIdentity): () => void {
  const { uid: ownerUid, gid: ownerGid } = statSync(workDir);
  walk(workDir, (path) => lchownSync(path, identity.uid, identity.gid));
  return () =>
    walk(workDir, (path, uid) => {
      if (uid === identity.uid) lchownSync(path, ownerUid, ownerGid);
    });
}

/** Depth-first over `root` without following symlinks; entries that vanish are skipped. */
function walk(root: string, visit: (path: string, uid: number) => void): void {
  const pending = [root];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      continue;
    }
    visit(path, stats.uid);
    if (stats.isDirectory()) for (const name of readdirSync(path)) pending.push(join(path, name));
  }
}
