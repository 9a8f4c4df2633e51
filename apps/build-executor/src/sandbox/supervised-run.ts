import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Readable, Writable } from 'node:stream';
import type { PreparedRun } from './prepared-run';
import { killScopeOnce, killScopeUntilGone, signal, type RunScope } from './process-table';
import { describeRun, OutputCapture, type ExitStatus, type ForcedEnd } from './run-result';
import type { SandboxedProcess, SandboxMode, SandboxResult } from './sandbox';

/** What a mode hands to the supervisor: the program to spawn and how to recognise its processes. */
export interface LaunchSpec {
  mode: SandboxMode;
  isolated: boolean;
  file: string;
  args: string[];
  /** Host directory to spawn in. */
  cwd: string;
  /** Environment of the spawned program itself. */
  env: Record<string, string>;
  /** Run the start handshake with bwrap and the gate of bwrap-sandbox.ts (fds 0, 3 and 4). */
  bwrapHandshake: boolean;
  /** Written to fd 5 and closed (bwrap `--args 5`: the environment, out of argv); bwrap launches only. */
  argsPayload?: Buffer;
  /** Marker entry in the run's environment, for when the uid alone cannot identify its processes. */
  envMarker?: string;
  /**
   * Spawn as the run's user (the default). False when the launched program drops to it by itself
   * (a staged bwrap run starts as root to set up its private mounts).
   */
  spawnAsRunUser?: boolean;
  /** Called once the run is over, after the work dir is given back. */
  cleanup?: () => void;
}

/** How long to wait for stdout/stderr to drain once every process is gone. */
const DRAIN_MS = 1000;

/**
 * Spawns `spec` in its own session and process group and supervises it: captures output up to
 * the limit, enforces the wall clock, honours the abort signal, and — whatever the ending — kills
 * every process of the run, waits until none is left, then gives the work dir back.
 */
export function superviseRun(spec: LaunchSpec, run: PreparedRun): SandboxedProcess {
  return new SupervisedRun(spec, run);
}

class SupervisedRun implements SandboxedProcess {
  readonly pid: number;
  readonly mode: SandboxMode;
  readonly exited: Promise<SandboxResult>;
  private readonly startedAt = performance.now();
  private readonly captured: OutputCapture;
  private readonly child?: ChildProcess;
  private readonly bwrapPid1: number[] = [];
  private readonly timer: NodeJS.Timeout;
  private forced?: ForcedEnd;
  private ended = false;

  constructor(
    private readonly spec: LaunchSpec,
    private readonly run: PreparedRun,
  ) {
    this.mode = spec.mode;
    this.captured = new OutputCapture(run.limits.outputBytes);
    let spawnError: Error | undefined;
    try {
      this.child = spawn(spec.file, spec.args, {
        cwd: spec.cwd,
        env: spec.env,
        // Own session and process group: one kill(-pid) reaches everything that did not leave them.
        detached: true,
        stdio: spec.bwrapHandshake
          ? ['pipe', 'pipe', 'pipe', 'pipe', 'pipe', 'pipe']
          : ['ignore', 'pipe', 'pipe'],
        uid: spec.spawnAsRunUser === false ? undefined : run.identity?.uid,
        gid: spec.spawnAsRunUser === false ? undefined : run.identity?.gid,
      });
    } catch (err) {
      spawnError = err instanceof Error ? err : new Error(String(err));
    }
    this.pid = this.child?.pid ?? 0;
    this.timer = setTimeout(
      () => this.terminate({ outcome: 'timeout', reason: `wall-clock timeout after ${run.timeoutMs} ms` }),
      run.timeoutMs,
    );
    run.signal?.addEventListener('abort', this.onAbort, { once: true });
    this.exited = this.settle(this.watch(spawnError));
    if (run.signal?.aborted) this.onAbort();
  }

  output(): string {
    return this.captured.text();
  }

  stop(): Promise<SandboxResult> {
    this.terminate({ outcome: 'cancelled', reason: 'stopped by caller' });
    return this.exited;
  }

  private readonly onAbort = (): void =>
    this.terminate({ outcome: 'cancelled', reason: 'cancelled by abort signal' });

  /** Wires output capture (and the bwrap handshake); gives the exit status and a "pipes closed" promise. */
  private watch(spawnError: Error | undefined): { status: Promise<ExitStatus>; closed: Promise<void> } {
    const { child } = this;
    if (!child) {
      return { status: Promise.resolve({ code: null, signal: null, spawnError }), closed: Promise.resolve() };
    }
    for (const name of ['stdout', 'stderr'] as const) {
      child[name]?.on('data', (chunk: Buffer) => {
        this.captured.add(name, chunk);
        if (this.captured.flooding) {
          this.terminate({
            outcome: 'output_limit',
            reason: `output exceeded ${this.run.limits.outputBytes} bytes`,
          });
        }
      });
    }
    if (this.spec.bwrapHandshake) bwrapHandshake(child, (pid) => this.bwrapPid1.push(pid));
    if (this.spec.bwrapHandshake) sendArgs(child, this.spec.argsPayload ?? Buffer.alloc(0));
    const status = new Promise<ExitStatus>((resolve) => {
      child.once('exit', (code, name) => {
        this.ended = true;
        resolve({ code, signal: name });
      });
      child.on('error', (err) => {
        if (child.pid === undefined) resolve({ code: null, signal: null, spawnError: err });
      });
    });
    const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
    return { status, closed };
  }

  /** Kills the whole run now; the outcome is the sandbox's unless the run had already ended. */
  private terminate(end: ForcedEnd): void {
    if (this.forced || this.ended || !this.child?.pid) return;
    this.forced = end;
    signal(-this.child.pid, 'SIGKILL');
    killScopeOnce(this.scope());
  }

  private scope(): RunScope {
    const pid = this.child?.pid ?? -1;
    return {
      // Once reaped, the child's pid may be reused: it then stays in scope only as group and session id.
      roots: [...(this.ended ? [] : [pid]), ...this.bwrapPid1],
      leader: pid,
      owner: this.run.ownerUid,
      exclusiveOwner: this.run.identity?.exclusive ?? false,
      envMarker: this.spec.envMarker,
    };
  }

  private async settle(watched: {
    status: Promise<ExitStatus>;
    closed: Promise<void>;
  }): Promise<SandboxResult> {
    const status = await watched.status;
    clearTimeout(this.timer);
    this.run.signal?.removeEventListener('abort', this.onAbort);
    // The main process is gone; whatever it left running (servers, detached children) goes too,
    // as the kernel does for bwrap's pid namespace.
    const survivors = this.child?.pid ? await killScopeUntilGone(this.scope()) : [];
    if (this.child) await drain(this.child, watched.closed);
    const problems: string[] = [];
    if (survivors.length > 0) problems.push(`processes ${survivors.join(', ')} could not be killed`);
    try {
      this.run.release();
    } catch (err) {
      problems.push(`work dir ownership not restored: ${(err as Error).message}`);
    }
    try {
      this.spec.cleanup?.();
    } catch (err) {
      problems.push(`sandbox clean-up failed: ${(err as Error).message}`);
    }
    const { spec, run } = this;
    const result = describeRun(spec.mode, spec.isolated, run.limits, status, this.forced, this.captured);
    const reason = [result.reason, ...problems].filter(Boolean).join('; ');
    return {
      ...result,
      durationMs: Math.round(performance.now() - this.startedAt),
      ...(reason ? { reason } : {}),
    };
  }
}

/**
 * bwrap reports `{"child-pid": N}` on fd 3 once its outer process has armed --die-with-parent (N:
 * the sandbox's pid 1 as the host sees it); the gate writes to fd 4 once pid 1 runs, armed too.
 * Only then may the command start: stdin gets its go. Only bwrap's first report counts.
 */
function bwrapHandshake(child: ChildProcess, onPid1: (pid: number) => void): void {
  let pid1: number | undefined;
  let gateReady = false;
  const maybeGo = (): void => {
    if (pid1 !== undefined && gateReady) child.stdin?.end('go\n');
  };
  // bwrap may fail before reading stdin; the EPIPE that follows is not news.
  child.stdin?.on('error', () => undefined);
  const [status, gate] = [child.stdio[3], child.stdio[4]];
  if (!(status instanceof Readable) || !(gate instanceof Readable)) return;
  let pending = '';
  status.setEncoding('utf8');
  status.on('data', (text: string) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop() ?? '';
    for (const pid of lines.map(parseChildPid)) {
      if (pid === undefined || pid1 !== undefined) continue;
      pid1 = pid;
      onPid1(pid);
      maybeGo();
    }
  });
  gate.once('data', () => {
    gateReady = true;
    maybeGo();
  });
}

/** Writes bwrap's `--args` payload to fd 5 and closes it; bwrap reads to end-of-file before it sets up. */
function sendArgs(child: ChildProcess, payload: Buffer): void {
  const pipe: unknown = (child.stdio as unknown[])[5];
  if (!(pipe instanceof Writable)) return;
  // bwrap may fail before reading it; the EPIPE that follows is not news.
  pipe.on('error', () => undefined);
  pipe.end(payload);
}

function parseChildPid(line: string): number | undefined {
  try {
    const status = JSON.parse(line) as { 'child-pid'?: unknown };
    return typeof status['child-pid'] === 'number' ? status['child-pid'] : undefined;
  } catch {
    return undefined;
  }
}

/** Waits for the pipes to close; a process that escaped the kill could hold them open forever. */
async function drain(child: ChildProcess, closed: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), DRAIN_MS);
  });
  const gaveUp = await Promise.race([closed.then(() => false), timedOut]);
  clearTimeout(timer);
  if (gaveUp) for (const stream of child.stdio) stream?.destroy();
}
