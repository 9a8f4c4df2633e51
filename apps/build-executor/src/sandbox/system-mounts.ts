import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { StagingTools } from './host-staging';

/** Where bwrap and prlimit live, and which optional bwrap flags this version knows. */
export interface BwrapTools {
  bwrap: string;
  /** Must be visible inside the sandbox (it is, under /usr or /bin). */
  prlimit: string;
  /** `--disable-userns` (bwrap ≥ 0.8): no nested user namespaces, a large kernel attack surface. */
  disableUserns: boolean;
  /** `--size` (bwrap ≥ 0.8): caps the private /tmp, which would otherwise be able to eat RAM. */
  tmpfsSize: boolean;
  /** unshare, mount and setpriv: to stage bind sources the run's user cannot reach (host-staging.ts). */
  staging?: StagingTools;
}

/** Top-level directories that are symlinks into /usr on merged-/usr systems and real ones elsewhere. */
const SYSTEM_DIRS = ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];
/** What Node and glibc read from /etc: name resolution (localhost too) and the time zone. Nothing else. */
const ETC_FILES = ['/etc/hosts', '/etc/nsswitch.conf', '/etc/resolv.conf', '/etc/localtime'];

/** The system directories bound read-only as they are (the rest of SYSTEM_DIRS are symlinks or absent). */
const SYSTEM_BINDS = ['/usr', ...SYSTEM_DIRS.filter((dir) => lstatOrUndefined(dir)?.isDirectory())];

/** Read-only binds of the system (computed once per sandbox: the layout of / does not change under us). */
export function systemMountArgs(): string[] {
  const args: string[] = [];
  for (const dir of SYSTEM_BINDS) args.push('--ro-bind', dir, dir);
  for (const dir of SYSTEM_DIRS) {
    if (lstatOrUndefined(dir)?.isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir);
  }
  for (const file of ETC_FILES) args.push('--ro-bind-try', file, file);
  return args;
}

/** Node's install prefix when no system bind covers it (nvm, volta, a tarball under a home). */
export function nodeBindOutsideSystem(): string | undefined {
  return nodePrefixOutside(SYSTEM_BINDS);
}

/** Node's install prefix (`…/bin/node` → `…`) when it lies outside every dir in `bound`. */
function nodePrefixOutside(bound: string[]): string | undefined {
  const binDir = dirname(realpathSync(process.execPath));
  const prefix = basename(binDir) === 'bin' ? dirname(binDir) : binDir;
  return bound.some((dir) => prefix === dir || prefix.startsWith(`${dir}/`)) ? undefined : prefix;
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
