import { spawn } from 'node:child_process';
import { chmodSync, chownSync, closeSync, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { ENV_ARGS_FD, envArgsPayload } from './bwrap-env';
import { HostStaging } from './host-staging';
import { cpuCgroupFor, removeCpuCgroup, type CpuCgroup } from './service-cgroup';
import { listProcesses, signal } from './process-table';
import { serviceIdentityMapped, type RunIdentity } from './sandbox-user';
import { nodeBindOutsideSystem, systemMountArgs, type BwrapTools } from './system-mounts';

/** Resource limits of one deployed service (rlimits set by prlimit inside its sandbox). */
export interface ServiceLimits {
  /** Writable private memory per process (RLIMIT_DATA). */
  memoryBytes: number;
  /** Tasks (threads included) of the service's sandbox (RLIMIT_NPROC, counted in its user namespace). */
  processes: number;
  /** Open files per process (RLIMIT_NOFILE). */
  openFiles: number;
  /** Largest file a process may write (RLIMIT_FSIZE); also the size of its private /tmp. */
  fileSizeBytes: number;
  /** CPUs the service may use, through a cgroup where the host allows one (see service-cgroup.ts). */
  cpuCores: number;
}

const MiB = 1024 * 1024;

/** Generous for a generated HTTP service, fatal to a fork bomb or a 4 GB allocation. */
export const DEFAULT_SERVICE_LIMITS: ServiceLimits = {
  memoryBytes: 512 * MiB,
  processes: 128,
  openFiles: 1024,
  fileSizeBytes: 64 * MiB,
  cpuCores: 1,
};

/** Joins the cgroup whose `cgroup.procs` is `$1`, then execs the rest (run as root, before dropping). */
const JOIN_CGROUP = 'echo $$ > "$1" || exit 125; shift; exec "$@"';

/** Where a jailed service's writable data dir appears inside its sandbox (also its `DATA_DIR` and cwd). */
export const SERVICE_DATA_MOUNT = '/data';

/**
 * pid 1 of a service's pid namespace: runs the service as its child, forwards SIGTERM/SIGINT to it (a
 * namespace's init gets only the signals it handles), reaps orphans, and exits with the service's status.
 * When it exits the kernel kills every other process of the namespace: nothing the service started outlives
 * it.
 */
const SERVICE_INIT =
  'trap \'kill -TERM "$c" 2>/dev/null\' TERM INT; "$@" & c=$!; ' +
  'while :; do wait "$c"; s=$?; kill -0 "$c" 2>/dev/null || exit "$s"; done';

/** What the deployment status says about how a service is confined. */
export interface IsolationReport {
  mode: 'bwrap' | 'process';
  /** `isolated` under bwrap; `unisolated` in process mode (the host's filesystem and network reachable). */
  label: 'isolated' | 'unisolated';
  /** Host uid the service runs as. */
  uid: number | null;
  /** Network: the host's (to serve its port on loopback and reach the registry), or none. */
  network: 'host' | 'none';
  /** What was applied; `cpu` says why it is absent when it is. */
  applied: string[];
  not_applied: string[];
  limits: ServiceLimits | null;
}

/** One service start. */
export interface JailedStart {
  /** Service name (names its cgroup). */
  name: string;
  releaseDir: string;
  /** The release's entry file, relative to `releaseDir`. */
  entry: string;
  /** The service's only writable directory (created if missing, owned by `identity`). */
  dataDir: string;
  env: Record<string, string>;
  logPath: string;
  banner: string;
  /** Run as this uid/gid (executor is root); undefined: as the executor's own non-root uid. */
  identity?: RunIdentity;
  limits?: ServiceLimits;
}

/** A started jailed service: `pid` is the outer bwrap (its own process group), `exited` when it ends. */
export interface JailedProcess {
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs deployed services under bubblewrap: every namespace but the network unshared (own pid namespace, so a
 * stop ends everything the service started), an unprivileged uid per service, no capabilities,
 * `no_new_privs`, the system and the release read-only, one writable data dir, a private /tmp, rlimits on
 * memory, tasks, open files and file size, and an environment passed on a descriptor. Unlike a build's
 * sandbox run it outlives the executor (no `--die-with-parent`): services are re-adopted after a restart.
 *
 * It keeps the host's network namespace: the service must be reachable on its port by clients and must reach
 * the registry. It holds no credential for Redis or the APIs; see docs/isolation.md for what that leaves open.
 */
export class ServiceJail {
  readonly mode = 'bwrap' as const;
  private readonly systemArgs = systemMountArgs();
  private readonly nodeBind = nodeBindOutsideSystem();
  /** The CPU cgroup outcome of each service's latest start, for its status. */
  private readonly cpu = new Map<string, CpuCgroup>();

  constructor(
    private readonly tools: BwrapTools,
    /** Where cgroup hierarchies are mounted (tests point it elsewhere). */
    private readonly cgroupRoot = '/sys/fs/cgroup',
  ) {}

  /** The identity for a service when the executor is root (stable per `uid`), else undefined. */
  identity(uid: number | undefined): RunIdentity | undefined {
    if (process.getuid?.() !== 0) return undefined;
    if (uid !== undefined && serviceIdentityMapped(uid)) return { uid, gid: uid, exclusive: true };
    return { uid: 65534, gid: 65534, exclusive: false };
  }

  /** How services started by this jail are confined, for the deployment status. */
  report(
    name: string,
    identity: RunIdentity | undefined,
    limits: ServiceLimits = DEFAULT_SERVICE_LIMITS,
  ): IsolationReport {
    const cpu = this.cpu.get(name);
    return {
      mode: 'bwrap',
      label: 'isolated',
      uid: identity?.uid ?? process.getuid?.() ?? null,
      network: 'host',
      applied: [
        'bwrap: user, pid, ipc, uts, cgroup and mount namespaces',
        identity ? `own uid ${identity.uid}` : `executor's own non-root uid ${process.getuid?.() ?? '?'}`,
        'no capabilities',
        'no_new_privs',
        'read-only system and release',
        `writable data dir only (${SERVICE_DATA_MOUNT})`,
        'private /tmp',
        'environment on a descriptor, not argv',
        ...(this.tools.disableUserns ? ['no nested user namespaces'] : []),
        `rlimits: memory ${limits.memoryBytes} B, tasks ${limits.processes}, open files ${limits.openFiles}, file size ${limits.fileSizeBytes} B`,
        ...(cpu?.ok ? [`cpu: ${cpu.applied}`] : []),
      ],
      not_applied: [
        ...(cpu?.ok
          ? []
          : [
              `cpu: no cgroup limit (${cpu?.reason ?? 'not started yet'}); no RLIMIT_CPU for a long-running service`,
            ]),
        'network: host namespace (loopback ports reachable; the service holds no credentials)',
      ],
      limits,
    };
  }

  /**
   * The service's CPU cgroup when the host allows one and the executor can drop privileges after joining it
   * (root with setpriv, or not root: then none); the outcome is kept for {@link report}.
   */
  private cpuCgroup(name: string, identity: RunIdentity | undefined, cores: number): CpuCgroup {
    const cpu: CpuCgroup =
      identity && !this.tools.staging
        ? { ok: false, reason: 'setpriv (util-linux) missing to drop privileges after joining a cgroup' }
        : cpuCgroupFor(name, cores, this.cgroupRoot);
    this.cpu.set(name, cpu);
    return cpu;
  }

  /** `launch` started as root and dropped to `identity` by setpriv just before it runs. */
  private dropTo(identity: RunIdentity, launch: { file: string; args: string[] }) {
    const setpriv = this.tools.staging?.setpriv ?? 'setpriv';
    return {
      file: setpriv,
      args: [
        `--reuid=${identity.uid}`,
        `--regid=${identity.gid}`,
        '--clear-groups',
        '--',
        launch.file,
        ...launch.args,
      ],
    };
  }

  /**
   * Removes service `name`'s cgroup once it is stopped for good (not at each exit: a restart or the next
   * release of a switch may be joining it at that moment). A cgroup still in use stays.
   */
  retire(name: string): void {
    const cpu = this.cpu.get(name);
    if (cpu?.ok) removeCpuCgroup(cpu.dir);
  }

  /** Starts the service; resolves once bwrap is spawned (not once the service is healthy). */
  async launch(start: JailedStart): Promise<JailedProcess> {
    const limits = start.limits ?? DEFAULT_SERVICE_LIMITS;
    prepareDataDir(start.dataDir, start.identity);
    const sources = [start.releaseDir, start.dataDir, ...(this.nodeBind ? [this.nodeBind] : [])];
    const staging = HostStaging.forSources(sources, start.identity, this.tools.staging);
    const source = (path: string) => staging?.source(path) ?? path;
    const args = [
      '--unshare-all',
      '--share-net',
      ...(this.tools.disableUserns ? ['--unshare-user', '--disable-userns'] : []),
      '--as-pid-1',
      '--new-session',
      '--clearenv',
      ...this.systemArgs,
      ...(this.nodeBind ? ['--ro-bind', source(this.nodeBind), this.nodeBind] : []),
      '--proc',
      '/proc',
      '--dev',
      '/dev',
      ...(this.tools.tmpfsSize ? ['--size', String(limits.fileSizeBytes)] : []),
      '--tmpfs',
      '/tmp',
      '--ro-bind',
      source(start.releaseDir),
      start.releaseDir,
      '--bind',
      source(start.dataDir),
      SERVICE_DATA_MOUNT,
      '--remount-ro',
      '/',
      '--chdir',
      SERVICE_DATA_MOUNT,
      '--args',
      String(ENV_ARGS_FD),
      '--',
      '/bin/sh',
      '-c',
      SERVICE_INIT,
      'sh',
      this.tools.prlimit,
      `--data=${limits.memoryBytes}`,
      `--nproc=${limits.processes}`,
      `--nofile=${limits.openFiles}`,
      `--fsize=${limits.fileSizeBytes}`,
      '--core=0',
      '--',
      process.execPath,
      `${start.releaseDir}/${start.entry}`,
    ];
    const cpu = this.cpuCgroup(start.name, start.identity, limits.cpuCores);
    let launch = staging ? staging.launch(this.tools.bwrap, args) : { file: this.tools.bwrap, args };
    // Joining the cgroup needs root: the launch then starts as root and drops to the service's user itself.
    const dropsItself = staging !== undefined || (cpu.ok && start.identity !== undefined);
    if (cpu.ok && start.identity && !staging) launch = this.dropTo(start.identity, launch);
    if (cpu.ok) {
      launch = {
        file: '/bin/sh',
        args: ['-c', JOIN_CGROUP, 'sh', `${cpu.dir}/cgroup.procs`, launch.file, ...launch.args],
      };
    }
    mkdirSync(dirname(start.logPath), { recursive: true });
    const fd = openSync(start.logPath, 'a', 0o600);
    let child;
    try {
      writeSync(fd, `${start.banner}\n`);
      const stdio: Array<'ignore' | 'pipe' | number> = ['ignore', fd, fd, 'ignore', 'ignore', 'pipe'];
      child = spawn(launch.file, launch.args, {
        // The outer process's cwd identifies the release when it is re-adopted (/proc/<pid>/cwd).
        cwd: start.releaseDir,
        env: {},
        detached: true,
        stdio,
        uid: dropsItself ? undefined : start.identity?.uid,
        gid: dropsItself ? undefined : start.identity?.gid,
      });
    } catch (err) {
      staging?.cleanup();
      throw err;
    } finally {
      closeSync(fd);
    }
    const pipe: unknown = (child.stdio as unknown[])[ENV_ARGS_FD];
    if (pipe instanceof Writable) {
      pipe.on('error', () => undefined);
      pipe.end(envArgsPayload({ ...start.env, DATA_DIR: SERVICE_DATA_MOUNT }));
    }
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.once('exit', (code, sig) => {
        try {
          staging?.cleanup();
        } catch {
          // a staging dir left behind is empty; nothing to do
        }
        resolve({ code, signal: sig });
      });
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (err) => {
        staging?.cleanup();
        reject(err);
      });
    });
    child.unref();
    return { pid: child.pid ?? -1, exited };
  }
}

/**
 * Stops a jailed service whose outer bwrap is `pid`: SIGTERM to the sandbox's pid 1 (forwarded to the
 * service), SIGKILL to it after `graceMs` (the kernel then kills every process of the pid namespace), and
 * waits until the outer bwrap is gone. Says how it ended.
 */
export async function stopJailed(pid: number, graceMs: number): Promise<'gone' | 'terminated' | 'killed'> {
  const alive = () => isAlive(pid);
  if (!alive()) return 'gone';
  const pid1 = listProcesses().find((entry) => entry.ppid === pid)?.pid;
  if (pid1 !== undefined) signal(pid1, 'SIGTERM');
  else signal(-pid, 'SIGTERM');
  if (await waitUntil(() => !alive(), graceMs)) return 'terminated';
  const again = listProcesses().find((entry) => entry.ppid === pid)?.pid;
  if (again !== undefined) signal(again, 'SIGKILL');
  signal(-pid, 'SIGKILL');
  await waitUntil(() => !alive(), 5_000);
  return 'killed';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() >= deadline) return false;
    await delay(25);
  }
  return true;
}

/** The service's data dir: created 0700, and owned by its uid when the executor runs as root. */
function prepareDataDir(dir: string, identity: RunIdentity | undefined): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stats = lstatSync(dir);
  if (!stats.isDirectory()) throw new Error(`service data dir ${dir} is not a directory`);
  if (identity && (stats.uid !== identity.uid || stats.gid !== identity.gid)) {
    chownSync(dir, identity.uid, identity.gid);
  }
  chmodSync(dir, 0o700);
}
