import type { SandboxLimits } from './limits';
import type { ServiceJail } from './service-jail';

/** How a sandbox confines code: bubblewrap namespaces, or a plain process group (not isolated). */
export type SandboxMode = 'bwrap' | 'process';

/** The `SANDBOX` setting (PRODUCT §6): `auto` takes bwrap when a probe run works, else `process`. */
export type SandboxSetting = 'auto' | SandboxMode;

/** One command to run confined. */
export interface SandboxRunOptions {
  /** Absolute path; the only writable path (bound at the same path inside bwrap). */
  workDir: string;
  /**
   * Program and arguments. The program must be an absolute path (there is no inherited PATH),
   * visible inside the sandbox: under /usr, /bin, /lib*, Node's own prefix, or `workDir`.
   */
  command: string[];
  /**
   * Host directories the code may read but not write, at their own (real) path: under bwrap a read-only
   * bind; in process mode they are simply reachable, and writable as far as file permissions allow.
   */
  readOnlyPaths?: string[];
  /** Working directory, absolute or relative to `workDir`, and inside it; defaults to `workDir`. */
  cwd?: string;
  /**
   * The complete environment (nothing is inherited). Added: `PWD` (bwrap sets it); in
   * process mode without a per-run user, a `SANDBOX_RUN_ID` marker used to find escaped processes.
   */
  env?: Record<string, string>;
  /**
   * `none`: own network namespace with only loopback (bwrap; process mode cannot enforce it).
   * `loopback-host`: the host's network, so the executor can reach a port the process listens on.
   */
  network: 'none' | 'loopback-host';
  /** Wall-clock limit; on expiry every process of the run is killed. */
  timeoutMs: number;
  /** Overrides of {@link defaultLimits}. */
  limits?: Partial<SandboxLimits>;
  /** Aborting kills every process of the run (outcome `cancelled`). */
  signal?: AbortSignal;
}

/**
 * How a run ended. `ok`: exit 0. `failed`: non-zero exit. `killed`: ended by a signal the sandbox
 * did not send (a CPU, memory or file-size limit, V8 aborting). The rest are the sandbox's doing:
 * `timeout`, `cancelled` (abort signal or `stop()`), `output_limit`.
 */
export type SandboxOutcome = 'ok' | 'failed' | 'timeout' | 'cancelled' | 'output_limit' | 'killed';

/** Result of a run, produced once every process the run started is gone. */
export interface SandboxResult {
  mode: SandboxMode;
  /** False in process mode: no namespaces, the host's filesystem and network are reachable. */
  isolated: boolean;
  exitCode: number | null;
  /** Signal name (e.g. `SIGKILL`); in bwrap mode an exit code above 128 is reported as its signal. */
  signal: string | null;
  stdout: string;
  stderr: string;
  /** Output went over `limits.outputBytes`; the rest was dropped. */
  outputTruncated: boolean;
  durationMs: number;
  outcome: SandboxOutcome;
  /** Human-readable cause for every outcome but `ok` (best effort for `failed` and `killed`). */
  reason?: string;
}

/** A run started in the background (a service under check). */
export interface SandboxedProcess {
  /** Host pid of the spawned process (bwrap itself in bwrap mode); 0 when spawning failed. */
  pid: number;
  mode: SandboxMode;
  /** stdout and stderr so far, interleaved in arrival order. */
  output(): string;
  /** Resolves (never rejects) once the run has ended and none of its processes is left. */
  exited: Promise<SandboxResult>;
  /** Kills every process of the run; resolves like `exited` (outcome `cancelled` unless it had already ended). */
  stop(): Promise<SandboxResult>;
}

/** Runs generated code confined (PRODUCT §6). */
export interface Sandbox {
  readonly mode: SandboxMode;
  readonly isolated: boolean;
  /** Why `auto` settled for process mode; undefined otherwise. */
  readonly fallbackReason?: string;
  /** Runs deployed services isolated (bwrap mode); undefined in process mode (services run unisolated). */
  readonly serviceJail?: ServiceJail;
  /** Runs to completion. Rejects only for invalid options. */
  run(opts: SandboxRunOptions): Promise<SandboxResult>;
  /** Starts in the background. Throws only for invalid options. */
  start(opts: SandboxRunOptions): SandboxedProcess;
}

/** Thrown by `createSandbox` when the requested sandbox cannot work on this machine. */
export class SandboxUnavailableError extends Error {
  /** Stable code for logs and boot errors. */
  readonly code = 'SANDBOX_UNAVAILABLE';

  constructor(message: string) {
    super(message);
    this.name = 'SandboxUnavailableError';
  }
}
