import type { Sandbox, SandboxResult } from '../sandbox';
import { parseTap, type TapSummary } from './tap';

/** What running a release's test files gave: one TAP summary and the run's outcome over all files. */
export interface ReleaseTestRun {
  tap: TapSummary;
  /** `ok` only when every file's run was; else the first other outcome, in file order. */
  outcome: SandboxResult['outcome'];
  /** Every file's stdout and stderr, under a `# file:` line each, for the build's log. */
  log: string;
  /** The longest file run (they run side by side). */
  durationMs: number;
}

/** One test file and the work dir (a copy of the work tree of its own) it runs in. */
export interface TestFileRun {
  file: string;
  workDir: string;
}

/**
 * Runs each test file of a release as its own Node process, side by side, each in its own sandbox and work
 * dir, with the TAP reporter; the results are summed. Each file still has a process of its own, as under `node --test`
 * (a file's module state never leaks into another's), but without the test runner process in front: that
 * runner was a third Node start-up per build and re-encoded every result, which cost about half of the
 * phase's time and CPU (measured on a generated release: `node --test a b` 0.70 s CPU, the two files alone
 * side by side 0.47 s).
 */
export async function runReleaseTests(
  sandbox: Sandbox,
  runs: readonly TestFileRun[],
  opts: { timeoutMs: number; signal: AbortSignal },
): Promise<ReleaseTestRun> {
  const files = runs.map((r) => r.file);
  const results = await Promise.all(
    runs.map(({ file, workDir }) =>
      sandbox.run({
        workDir,
        command: [process.execPath, '--test-reporter=tap', file],
        network: 'none',
        timeoutMs: opts.timeoutMs,
        signal: opts.signal,
      }),
    ),
  );
  const taps = results.map((result, i) => withRunFailure(parseTap(result.stdout), result, files[i]));
  const notOk = results.find((result) => result.outcome !== 'ok');
  return {
    tap: {
      total: sum(taps, (t) => t.total),
      passed: sum(taps, (t) => t.passed),
      failed: sum(taps, (t) => t.failed),
      failures: taps.flatMap((t) => t.failures),
      passedNames: taps.flatMap((t) => t.passedNames),
    },
    outcome: notOk?.outcome ?? 'ok',
    log: results.map((r, i) => `# file: ${files[i]}\n${r.stdout}\n--- stderr ---\n${r.stderr}`).join('\n'),
    durationMs: Math.max(0, ...results.map((r) => r.durationMs)),
  };
}

/**
 * A file whose run did not end `ok` (it crashed while loading, timed out, was killed) and reported no failing
 * test counts as one failure of its own, named after the file, so the repair round sees why.
 */
function withRunFailure(tap: TapSummary, result: SandboxResult, file: string): TapSummary {
  if (result.outcome === 'ok' || tap.failures.length > 0) return tap;
  const failed = Math.max(tap.failed, 1);
  return {
    ...tap,
    failed,
    total: Math.max(tap.total, tap.passed + failed),
    failures: [{ test: `(test run of ${file})`, message: `${result.outcome}: ${whyEnded(result)}` }],
  };
}

/** The run's reason and the end of what it wrote to stderr (a load error's stack, say). */
function whyEnded(result: SandboxResult): string {
  return [result.reason, result.stderr.trim().slice(-1500)].filter(Boolean).join(': ');
}

function sum(taps: TapSummary[], of: (tap: TapSummary) => number): number {
  return taps.reduce((total, tap) => total + of(tap), 0);
}
