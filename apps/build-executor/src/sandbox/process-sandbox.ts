import { randomUUID } from 'node:crypto';
import { prlimitArgs } from './limits';
import { prepareRun } from './prepared-run';
import { countTasksOf } from './process-table';
import type { Sandbox, SandboxedProcess, SandboxResult, SandboxRunOptions } from './sandbox';
import { superviseRun } from './supervised-run';

/**
 * Runs as the spawned process after setpriv armed its parent-death signal: if the executor died
 * before that, the parent is already someone else and the run must not start (the usual
 * "prctl, then check getppid()" dance, which setpriv itself does not do).
 */
const PARENT_CHECK = '[ "$PPID" = "$1" ] || exit 125; shift; exec "$@"';

/** Where prlimit and (optionally) a setpriv that knows `--pdeathsig` live. */
export interface ProcessTools {
  prlimit: string;
  setpriv?: string;
}

/**
 * Runs commands as a plain process group with rlimits and an empty environment: no namespaces,
 * so the host's filesystem and network are reachable (`isolated: false`). When the executor is
 * root the run still gets its own unprivileged uid, which confines writes to what that uid may
 * write and makes cleanup complete; otherwise cleanup finds processes by group, session,
 * ancestry and an environment marker, which a process that clears its environment and calls
 * setsid() evades.
 */
export class ProcessSandbox implements Sandbox {
  readonly mode = 'process' as const;
  readonly isolated = false;

  constructor(
    private readonly tools: ProcessTools,
    readonly fallbackReason?: string,
  ) {}

  async run(opts: SandboxRunOptions): Promise<SandboxResult> {
    return this.start(opts).exited;
  }

  start(opts: SandboxRunOptions): SandboxedProcess {
    const run = prepareRun(opts, { workDirReachableByPath: true });
    const exclusive = run.identity?.exclusive ?? false;
    const marker = exclusive ? undefined : randomUUID();
    // Outside a user namespace RLIMIT_NPROC counts every task of the uid, not just this run's.
    const nproc = exclusive ? run.limits.processes : countTasksOf(run.ownerUid) + run.limits.processes;
    const limited = [this.tools.prlimit, ...prlimitArgs(run.limits, nproc), '--', ...run.command];
    const { setpriv } = this.tools;
    // The direct child dies with the executor; no-new-privs keeps setuid binaries from lifting the uid.
    const argv = setpriv
      ? [setpriv, '--pdeathsig', 'SIGKILL', '--no-new-privs', '--']
          .concat(['/bin/sh', '-c', PARENT_CHECK, 'sh', String(process.pid)])
          .concat(limited)
      : limited;
    return superviseRun(
      {
        mode: 'process',
        isolated: false,
        file: argv[0],
        args: argv.slice(1),
        cwd: run.cwd,
        env: marker ? { ...run.env, SANDBOX_RUN_ID: marker } : run.env,
        bwrapHandshake: false,
        envMarker: marker ? `SANDBOX_RUN_ID=${marker}` : undefined,
      },
      run,
    );
  }
}
