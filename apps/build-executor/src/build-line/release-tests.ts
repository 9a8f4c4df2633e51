import type { Sandbox, SandboxResult } from '../sandbox';
import { parseTap, type TapSummary } from './tap';

/** What running a release's test files gave: one TAP summary and the run's outcome. */
export interface ReleaseTestRun {
  tap: TapSummary;
  outcome: SandboxResult['outcome'];
  /** The run's stdout and stderr, for the build's log. */
  log: string;
  durationMs: number;
}

/**
 * Run with `node -e` in the sandbox, the test files as its arguments: loads each file in turn and then drops
 * every module of the work dir from the require cache, so the next file loads the service's modules afresh —
 * no module state passes from one file to the next, as when each file had a process of its own. A file that
 * throws while loading becomes one failing test named after it; the other files still run.
 */
const RUNNER = `'use strict';
const { resolve, sep } = require('node:path');
const { test } = require('node:test');
const root = process.cwd() + sep;
for (const file of process.argv.slice(1)) {
  try {
    require(resolve(file));
  } catch (err) {
    test('(load of ' + file + ')', () => { throw err; });
  }
  for (const key of Object.keys(require.cache)) if (key.startsWith(root)) delete require.cache[key];
}
`;

/**
 * Runs a release's test files in one sandboxed Node process with the TAP reporter (see {@link RUNNER}). One
 * process, not one per file: a Node start-up costs about as much CPU as a generated file's tests, so on a
 * busy executor two processes per build were a third of the test phase's CPU (measured on a generated
 * release: the two files alone 0.33 s CPU, in one process 0.21 s; wall time about the same).
 */
export async function runReleaseTests(
  sandbox: Sandbox,
  files: readonly string[],
  opts: { workDir: string; timeoutMs: number; signal: AbortSignal },
): Promise<ReleaseTestRun> {
  const result = await sandbox.run({
    workDir: opts.workDir,
    command: [process.execPath, '--test-reporter=tap', '-e', RUNNER, ...files],
    network: 'none',
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
  });
  return {
    tap: withRunFailure(parseTap(result.stdout), result, files),
    outcome: result.outcome,
    log: `# files: ${files.join(' ')}\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
    durationMs: result.durationMs,
  };
}

/**
 * A run that did not end `ok` (it crashed, timed out, was killed) and reported no failing test counts as one
 * failure of its own, so the repair round sees why.
 */
function withRunFailure(tap: TapSummary, result: SandboxResult, files: readonly string[]): TapSummary {
  if (result.outcome === 'ok' || tap.failures.length > 0) return tap;
  const failed = Math.max(tap.failed, 1);
  return {
    ...tap,
    failed,
    total: Math.max(tap.total, tap.passed + failed),
    failures: [
      { test: `(test run of ${files.join(', ')})`, message: `${result.outcome}: ${whyEnded(result)}` },
    ],
  };
}

/** The run's reason and the end of what it wrote to stderr (a crash's stack, say). */
function whyEnded(result: SandboxResult): string {
  return [result.reason, result.stderr.trim().slice(-1500)].filter(Boolean).join(': ');
}
