import { ENV_ARGS_FD, envArgsPayload } from './bwrap-env';
import { HostStaging } from './host-staging';
import { prlimitArgs } from './limits';
import { prepareRun, type PreparedRun } from './prepared-run';
import type { Sandbox, SandboxedProcess, SandboxResult, SandboxRunOptions } from './sandbox';
import { superviseRun } from './supervised-run';
import { nodeBindOutsideSystem, systemMountArgs, type BwrapTools } from './system-mounts';
import { ServiceJail } from './service-jail';

export type { BwrapTools } from './system-mounts';

/**
 * The sandbox's pid 1 (a shell, thanks to --as-pid-1): says it runs on fd 4, closes the
 * executor's fds 3 and 4, waits for the executor's go on stdin, then runs the command and exits
 * with its status, reaping orphans meanwhile (sh waits for any child).
 * Why: bwrap arms --die-with-parent in each of its processes only some way into start-up, so an
 * executor dying early could leave a live sandbox behind. The executor says go only when bwrap has
 * reported its pid 1 on fd 3 (bwrap's outer process is armed by then) and this shell has said it
 * runs (pid 1 is armed before its exec). If the executor dies first, `read` sees end-of-file.
 */
const START_GATE = 'printf r >&4 && exec 3>&- 4>&- && read -r _ || exit 125; "$@"';

/**
 * Runs commands under bubblewrap: every namespace unshared, a read-only view of the system and
 * of Node's own install, a private /tmp, the work dir as the only writable path, no environment
 * but the one given (passed on a descriptor, never in argv), rlimits applied by prlimit inside the sandbox.
 */
export class BwrapSandbox implements Sandbox {
  readonly mode = 'bwrap' as const;
  readonly isolated = true;
  private readonly systemArgs = systemMountArgs();
  /** Node's install prefix when no system bind covers it (nvm, volta, a tarball under a home). */
  private readonly nodeBind = nodeBindOutsideSystem();
  /** Runs deployed services with the same tools (deploy/local). */
  readonly serviceJail: ServiceJail;

  constructor(private readonly tools: BwrapTools) {
    this.serviceJail = new ServiceJail(tools);
  }

  async run(opts: SandboxRunOptions): Promise<SandboxResult> {
    return this.start(opts).exited;
  }

  start(opts: SandboxRunOptions): SandboxedProcess {
    const run = prepareRun(opts, { workDirReachableByPath: false });
    let staging: HostStaging | undefined;
    let launch: { file: string; args: string[] };
    try {
      const sources = [run.workDirReal, ...run.readOnlyPaths, ...(this.nodeBind ? [this.nodeBind] : [])];
      staging = HostStaging.forSources(sources, run.identity, this.tools.staging);
      const args = this.bwrapArgs(run, (path) => staging?.source(path) ?? path);
      launch = staging ? staging.launch(this.tools.bwrap, args) : { file: this.tools.bwrap, args };
    } catch (err) {
      staging?.cleanup();
      run.release();
      throw err;
    }
    return superviseRun(
      {
        mode: 'bwrap',
        isolated: true,
        ...launch,
        // Staging starts as root and drops to the run's user itself, just before bwrap.
        spawnAsRunUser: !staging,
        // bwrap needs nothing from the host's cwd or environment.
        cwd: '/',
        env: {},
        bwrapHandshake: true,
        argsPayload: envArgsPayload(run.env),
        cleanup: staging && (() => staging.cleanup()),
      },
      run,
    );
  }

  /** bwrap's arguments; `source` maps a host path to what bwrap can reach of it. */
  private bwrapArgs(run: PreparedRun, source: (hostPath: string) => string): string[] {
    const { tools } = this;
    return [
      '--unshare-all',
      ...(run.network === 'loopback-host' ? ['--share-net'] : []),
      ...(tools.disableUserns ? ['--unshare-user', '--disable-userns'] : []),
      // bwrap, and with it the sandbox's pid 1 and so the whole pid namespace, dies with the executor.
      '--die-with-parent',
      // Our START_GATE shell is pid 1, instead of bwrap's own init (see there why).
      '--as-pid-1',
      // A new session: the sandbox cannot inject keystrokes into a terminal (TIOCSTI).
      '--new-session',
      '--clearenv',
      '--json-status-fd',
      '3',
      ...this.systemArgs,
      ...(this.nodeBind ? ['--ro-bind', source(this.nodeBind), this.nodeBind] : []),
      '--proc',
      '/proc',
      '--dev',
      '/dev',
      ...(tools.tmpfsSize ? ['--size', String(run.limits.fileSizeBytes)] : []),
      '--tmpfs',
      '/tmp',
      '--bind',
      source(run.workDirReal),
      run.workDir,
      ...run.readOnlyPaths.flatMap((path) => ['--ro-bind', source(path), path]),
      // bwrap's root is a tmpfs the sandbox user owns; freeze it so /etc, /home… cannot be written.
      '--remount-ro',
      '/',
      '--chdir',
      run.cwd,
      // The environment arrives on a descriptor, never in argv (see bwrap-env.ts).
      '--args',
      String(ENV_ARGS_FD),
      '--',
      '/bin/sh',
      '-c',
      START_GATE,
      'sh',
      tools.prlimit,
      // Inside bwrap's user namespace RLIMIT_NPROC counts only the sandbox's own tasks.
      ...prlimitArgs(run.limits, run.limits.processes),
      '--',
      ...run.command,
    ];
  }
}
