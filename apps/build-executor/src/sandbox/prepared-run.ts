import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { resolveLimits, type SandboxLimits } from './limits';
import type { SandboxRunOptions } from './sandbox';
import {
  acquireIdentity,
  assertReachableByOthers,
  lendWorkDir,
  releaseIdentity,
  type RunIdentity,
} from './sandbox-user';

/** Run options checked and resolved, with the work dir lent to the run's user. */
export interface PreparedRun {
  /** `workDir` as given (absolute, normalised): where it appears inside the sandbox. */
  workDir: string;
  /** Its real path on the host: what gets bind-mounted. */
  workDirReal: string;
  cwd: string;
  /** `readOnlyPaths`, each resolved to its real path. */
  readOnlyPaths: string[];
  command: string[];
  env: Record<string, string>;
  limits: SandboxLimits;
  network: SandboxRunOptions['network'];
  timeoutMs: number;
  signal?: AbortSignal;
  /** The user the run executes as when the executor is root; undefined otherwise. */
  identity?: RunIdentity;
  /** uid the run's processes will have on the host. */
  ownerUid: number;
  /** Gives the work dir back and frees the identity; call once no process of the run is left. */
  release(): void;
}

/** What a mode needs of the host beyond valid options. */
export interface PrepareRunNeeds {
  /**
   * The run's user reaches the work dir by its host path (process mode), so every parent must be
   * searchable by others. bwrap stages unreachable paths instead (host-staging.ts).
   */
  workDirReachableByPath: boolean;
}

/**
 * Validates `opts` (TypeError/RangeError for a caller's mistake) and, when running as root,
 * lends the work dir to a fresh unprivileged user.
 */
export function prepareRun(opts: SandboxRunOptions, needs: PrepareRunNeeds): PreparedRun {
  const { workDir, workDirReal, cwd } = resolveDirs(opts);
  const command = [...opts.command];
  if (command.length === 0 || !isAbsolute(command[0])) {
    throw new TypeError(
      `sandbox command must start with an absolute program path, got ${JSON.stringify(command[0])}`,
    );
  }
  if (!Number.isFinite(opts.timeoutMs) || opts.timeoutMs <= 0) {
    throw new RangeError(`sandbox timeoutMs must be a positive number, got ${opts.timeoutMs}`);
  }
  const env = opts.env ?? {};
  for (const [key, value] of Object.entries(env)) {
    if (key === '' || key.includes('=') || key.includes('\0') || value.includes('\0')) {
      throw new TypeError(`sandbox env entry ${JSON.stringify(key)} is not a valid variable`);
    }
  }
  const readOnlyPaths = (opts.readOnlyPaths ?? []).map((path) => {
    if (!isAbsolute(path)) throw new TypeError(`sandbox readOnlyPaths must be absolute, got ${path}`);
    return realpathSync(path);
  });
  const limits = resolveLimits(opts.limits);
  const identity = acquireIdentity();
  let restoreWorkDir = (): void => undefined;
  try {
    if (identity) {
      if (needs.workDirReachableByPath) {
        for (const dir of [workDirReal, ...readOnlyPaths]) assertReachableByOthers(dir);
      }
      restoreWorkDir = lendWorkDir(workDirReal, identity);
    }
  } catch (err) {
    releaseIdentity(identity);
    throw err;
  }
  return {
    workDir,
    workDirReal,
    cwd,
    readOnlyPaths,
    command,
    env,
    limits,
    network: opts.network,
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    identity,
    ownerUid: identity?.uid ?? process.getuid?.() ?? 0,
    release: () => {
      try {
        restoreWorkDir();
      } finally {
        releaseIdentity(identity);
      }
    },
  };
}

function resolveDirs(opts: SandboxRunOptions): { workDir: string; workDirReal: string; cwd: string } {
  if (!isAbsolute(opts.workDir)) throw new TypeError(`sandbox workDir must be absolute, got ${opts.workDir}`);
  const workDir = resolve(opts.workDir);
  if (!statSync(workDir).isDirectory()) throw new TypeError(`sandbox workDir ${workDir} is not a directory`);
  const cwd = resolve(workDir, opts.cwd ?? '.');
  const inside = relative(workDir, cwd);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new TypeError(`sandbox cwd ${cwd} is outside workDir ${workDir}`);
  }
  return { workDir, workDirReal: realpathSync(workDir), cwd };
}
