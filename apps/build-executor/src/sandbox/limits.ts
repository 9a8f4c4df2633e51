/** Resource limits of one sandboxed run, applied with setrlimit through `prlimit` (util-linux). */
export interface SandboxLimits {
  /** CPU time per process (RLIMIT_CPU): SIGXCPU at this many seconds, SIGKILL one second later. */
  cpuSeconds: number;
  /**
   * Writable private memory per process (RLIMIT_DATA). No V8 heap flag on top: any V8 flag in
   * NODE_OPTIONS makes every `node --test` run ~35 ms slower (measured), and RLIMIT_DATA alone stops
   * a runaway heap (V8 aborts with an out-of-memory error).
   */
  memoryBytes: number;
  /**
   * Tasks of the sandbox user (RLIMIT_NPROC). Linux counts threads here: an idle Node process
   * already uses 7, one that touches the libuv pool 11.
   */
  processes: number;
  /** Bytes of stdout + stderr kept; a process that keeps writing after twice this is killed. */
  outputBytes: number;
  /** Largest file a process may write (RLIMIT_FSIZE); also the size of the sandbox's private /tmp. */
  fileSizeBytes: number;
}

const MiB = 1024 * 1024;

/** Limits for a build's tests or a service under check: generous for honest code, fatal to runaway code. */
export function defaultLimits(): SandboxLimits {
  return {
    cpuSeconds: 60,
    memoryBytes: 1024 * MiB,
    processes: 256,
    outputBytes: 1 * MiB,
    fileSizeBytes: 64 * MiB,
  };
}

/** Defaults overlaid with `overrides`; throws a RangeError naming every value that is not a positive integer. */
export function resolveLimits(overrides: Partial<SandboxLimits> = {}): SandboxLimits {
  const limits = { ...defaultLimits(), ...overrides };
  const invalid = Object.entries(limits).filter(([, value]) => !Number.isSafeInteger(value) || value <= 0);
  if (invalid.length > 0) {
    throw new RangeError(
      `sandbox limits must be positive integers: ${invalid.map(([key, value]) => `${key}=${String(value)}`).join(', ')}`,
    );
  }
  return limits;
}

/**
 * `prlimit` options for `limits`. `nprocCeiling` is passed separately because what RLIMIT_NPROC
 * counts depends on the mode: only the sandbox's tasks inside a user namespace, every task of the
 * user outside one.
 */
export function prlimitArgs(limits: SandboxLimits, nprocCeiling: number): string[] {
  return [
    `--cpu=${limits.cpuSeconds}:${limits.cpuSeconds + 1}`,
    `--data=${limits.memoryBytes}`,
    `--nproc=${nprocCeiling}`,
    `--fsize=${limits.fileSizeBytes}`,
    // V8 aborts on out-of-memory; without this each abort could dump a core of up to memoryBytes.
    '--core=0',
  ];
}
