import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A CPU cgroup made for one service, or why there is none. */
export type CpuCgroup =
  | { ok: true; dir: string; /** e.g. `cgroup v1 cpu quota 1 core (100000/100000 µs)`. */ applied: string }
  | { ok: false; reason: string };

/** CFS period; the quota is `cores` periods. */
const PERIOD_US = 100_000;
/** Parent of every service cgroup, under the executor's own cgroup. */
const PARENT = 'sovereign-services';

/**
 * A CPU cgroup capping service `name` at `cores` CPUs, where the host lets the executor make one: root, and
 * a writable cgroup v1 `cpu` hierarchy or a cgroup v2 hierarchy whose `cpu` controller the executor's own
 * cgroup may hand down. Anything else is a `{ok: false, reason}` the deployment status reports; the service
 * then runs with no CPU cap (its rlimits still apply). `root` is for tests.
 */
export function cpuCgroupFor(name: string, cores: number, root = '/sys/fs/cgroup'): CpuCgroup {
  if (process.getuid?.() !== 0)
    return { ok: false, reason: 'the executor is not root (no cgroup delegation used)' };
  const quota = String(Math.max(1000, Math.round(cores * PERIOD_US)));
  try {
    const v1 = join(root, 'cpu');
    if (existsSync(join(v1, 'cpu.cfs_quota_us'))) {
      const dir = join(v1, ownPath('cpu'), PARENT, name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'cpu.cfs_period_us'), String(PERIOD_US));
      writeFileSync(join(dir, 'cpu.cfs_quota_us'), quota);
      return { ok: true, dir, applied: `cgroup v1 cpu quota ${cores} core(s) (${quota}/${PERIOD_US} µs)` };
    }
    if (existsSync(join(root, 'cgroup.controllers'))) {
      const own = join(root, ownPath(''));
      const parent = join(own, PARENT);
      if (!readFileSync(join(own, 'cgroup.controllers'), 'utf8').split(/\s+/).includes('cpu')) {
        return { ok: false, reason: 'cgroup v2 without the cpu controller for the executor' };
      }
      mkdirSync(parent, { recursive: true });
      writeFileSync(join(own, 'cgroup.subtree_control'), '+cpu');
      writeFileSync(join(parent, 'cgroup.subtree_control'), '+cpu');
      const dir = join(parent, name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'cpu.max'), `${quota} ${PERIOD_US}`);
      return { ok: true, dir, applied: `cgroup v2 cpu.max ${cores} core(s) (${quota} ${PERIOD_US})` };
    }
    return { ok: false, reason: 'no cgroup cpu controller mounted' };
  } catch (err) {
    return { ok: false, reason: `cgroup not writable: ${(err as Error).message}` };
  }
}

/** Removes a service's cgroup once it holds no process; a cgroup still in use stays (and is reused). */
export function removeCpuCgroup(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // busy (a process of the service still in it) or gone: nothing to do
  }
}

/** The executor's own cgroup path in hierarchy `controller` (v1), or in the unified one (`''`). */
function ownPath(controller: string): string {
  for (const line of readFileSync('/proc/self/cgroup', 'utf8').split('\n')) {
    const [, controllers, path] = line.split(':');
    if (path === undefined) continue;
    if (controller === '' ? controllers === '' : controllers.split(',').includes(controller)) return path;
  }
  return '/';
}
