import { constants } from 'node:os';
import type { SandboxLimits } from './limits';
import type { SandboxMode, SandboxOutcome, SandboxResult } from './sandbox';

/** Outcomes the sandbox brings about itself, each with the reason it gives. */
export interface ForcedEnd {
  outcome: Extract<SandboxOutcome, 'timeout' | 'cancelled' | 'output_limit'>;
  reason: string;
}

/** How the spawned program ended, as Node saw it. */
export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
  spawnError?: Error;
}

/** stdout + stderr, kept up to a byte limit; counts what it had to drop. */
export class OutputCapture {
  private readonly chunks: { stream: 'stdout' | 'stderr'; data: Buffer }[] = [];
  private kept = 0;
  private dropped = 0;

  constructor(private readonly limit: number) {}

  add(stream: 'stdout' | 'stderr', data: Buffer): void {
    const part = data.subarray(0, Math.max(0, this.limit - this.kept));
    if (part.length > 0) this.chunks.push({ stream, data: part });
    this.kept += part.length;
    this.dropped += data.length - part.length;
  }

  get truncated(): boolean {
    return this.dropped > 0;
  }

  /** Still writing after twice the limit: it will not stop on its own. */
  get flooding(): boolean {
    return this.dropped > this.limit;
  }

  /** One stream, or both interleaved in arrival order. */
  text(stream?: 'stdout' | 'stderr'): string {
    const parts = this.chunks.filter((chunk) => stream === undefined || chunk.stream === stream);
    return Buffer.concat(parts.map((chunk) => chunk.data)).toString('utf8');
  }
}

const SIGNAL_NAMES = new Map<number, string>(
  Object.entries(constants.signals).map(([name, no]) => [no, name]),
);

/** The result of a run, less its duration. */
export function describeRun(
  mode: SandboxMode,
  isolated: boolean,
  limits: SandboxLimits,
  status: ExitStatus,
  forced: ForcedEnd | undefined,
  output: OutputCapture,
): Omit<SandboxResult, 'durationMs'> {
  let exitCode = status.code;
  let signal: string | null = status.signal;
  // bwrap's pid 1 turns "killed by signal n" into exit code 128 + n, as shells do.
  if (mode === 'bwrap' && exitCode !== null && exitCode > 128 && SIGNAL_NAMES.has(exitCode - 128)) {
    signal = SIGNAL_NAMES.get(exitCode - 128) ?? null;
    exitCode = null;
  }
  const stdout = output.text('stdout');
  const stderr = output.text('stderr');
  const base = { mode, isolated, exitCode, signal, stdout, stderr, outputTruncated: output.truncated };
  if (status.spawnError)
    return { ...base, outcome: 'failed', reason: `could not start: ${status.spawnError.message}` };
  if (forced) return { ...base, ...forced };
  if (exitCode === 0) return { ...base, outcome: 'ok' };
  return {
    ...base,
    outcome: signal !== null ? 'killed' : 'failed',
    reason: explainFailure(limits, exitCode, signal, stdout, stderr),
  };
}

/** Best-effort cause of a failure, from the signal and the last words on stderr and stdout. */
function explainFailure(
  limits: SandboxLimits,
  exitCode: number | null,
  signal: string | null,
  stdout: string,
  stderr: string,
): string {
  const setupError = /^bwrap: .*$/m.exec(stderr);
  if (setupError) return `sandbox setup failed: ${setupError[0]}`;
  const said = `${stderr.slice(-16_384)}\n${stdout.slice(-16_384)}`;
  if (signal === 'SIGXCPU') return `CPU time limit (${limits.cpuSeconds} s) exceeded`;
  if (signal === 'SIGXFSZ' || /\bEFBIG\b|File too large/.test(said)) {
    return `file size limit (${limits.fileSizeBytes} bytes) exceeded`;
  }
  if (/out of memory|allocation failed|Cannot allocate memory|\bENOMEM\b/i.test(said)) {
    return `memory limit (${limits.memoryBytes} bytes) exceeded`;
  }
  if (/\bEAGAIN\b|Resource temporarily unavailable/.test(said)) {
    return `process limit (${limits.processes} tasks) reached`;
  }
  return signal !== null ? `terminated by ${signal}` : `exited with code ${exitCode}`;
}
