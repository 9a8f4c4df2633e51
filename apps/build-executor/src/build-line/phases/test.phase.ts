import { Inject, Injectable } from '@nestjs/common';
import type { NewPipelineEvent } from '@sf/contracts';
import { GENERATED_LAYOUT } from '@sf/llm';
import type { BuildRecord, TestRunSummary } from '../../builds/build.record';
import { ExecutorConfig } from '../../config/executor.config';
import { SANDBOX } from '../../executor.tokens';
import type { Sandbox } from '../../sandbox';
import { BuildMoves } from '../build-moves';
import { BuildWorkspaces } from '../build-workspaces';
import {
  buildWorkTree,
  recordTestedCandidate,
  TESTED_RELEASE_CHECKPOINT,
  writeReleaseCandidate,
  writeTestedRelease,
  type TestedRelease,
} from '../release-builder';
import type { ReleaseDigest } from '../../deploy/release-digest';
import { RELEASE_LAYOUT } from '../release-layout';
import { runReleaseTests } from '../release-tests';
import { UdcBesideTests } from '../release-udc';
import { currentFiles } from '../sources';
import type { BuildPhase } from './build-phase';

/**
 * testing: transpile, run the test files in one sandboxed process, green → UDC check, red → repair. With
 * `UDC_BESIDE_TESTS` the release's UDC check runs beside the tests (release-udc.ts, {@link UdcBesideTests}).
 */
@Injectable()
export class TestPhase implements BuildPhase {
  constructor(
    private readonly workspaces: BuildWorkspaces,
    private readonly moves: BuildMoves,
    private readonly config: ExecutorConfig,
    @Inject(SANDBOX) private readonly sandbox: Sandbox,
  ) {}

  async run(record: BuildRecord, signal: AbortSignal): Promise<void> {
    const ws = this.workspaces.of(record.build_id);
    const run = record.test_runs.length + 1;
    let summary = await ws.checkpoint<TestRunSummary>(`testing-${run}`);
    let udc: UdcBesideTests | null = null;
    let candidate: ReleaseDigest | null = null;
    if (!summary) {
      const sources = await currentFiles(ws, record);
      await buildWorkTree(ws, sources, RELEASE_LAYOUT, ws.workDir);
      if (this.config.UDC_BESIDE_TESTS) {
        candidate = await writeReleaseCandidate(ws, sources, RELEASE_LAYOUT);
        udc = new UdcBesideTests(this.sandbox, ws, candidate.sha256, {
          serviceVersion: record.service_version,
          startTimeoutMs: this.config.UDC_START_TIMEOUT_MS,
          signal,
        });
      }
      const tested = await runReleaseTests(this.sandbox, GENERATED_LAYOUT.releaseTests, {
        workDir: ws.workDir,
        timeoutMs: this.config.TEST_TIMEOUT_MS,
        signal,
      }).catch(async (err: unknown) => {
        await udc?.drop();
        throw err;
      });
      if (signal.aborted) {
        await udc?.drop();
        return;
      }
      await ws.writeLog(`testing-${run}.log`, tested.log);
      const { tap } = tested;
      summary = {
        run,
        passed: tap.passed,
        failed: tap.failed,
        total: Math.max(tap.total, tap.passed + tap.failed),
        outcome: tested.outcome,
        failures: tap.failures,
        duration_ms: tested.durationMs,
      };
      await ws.saveCheckpoint(`testing-${run}`, summary);
    }
    const green = summary.outcome === 'ok' && summary.failed === 0 && summary.passed > 0;
    if (!green) await udc?.drop();
    else await udc?.finished();
    // The release is recorded now, from the sources these tests ran: its digest is what every later phase
    // (UDC check, deploy, each start and restart of the service) verifies before running it.
    let release = green ? await ws.checkpoint<TestedRelease>(TESTED_RELEASE_CHECKPOINT) : null;
    if (green && release?.run !== run) {
      // The candidate the UDC check ran is that release when its tree is unchanged: recorded, not written again.
      release =
        (candidate && (await recordTestedCandidate(ws, candidate, run))) ??
        (await writeTestedRelease(ws, await currentFiles(ws, record), RELEASE_LAYOUT, run));
      await ws.saveCheckpoint(TESTED_RELEASE_CHECKPOINT, release);
    }
    if (release) await udc?.adopt(release.sha256);
    const result: NewPipelineEvent = {
      phase: 'testing',
      type: 'test_result',
      message: `tests: ${summary.passed} passed, ${summary.failed} failed (${summary.outcome})${
        release ? `; release sha256 ${release.sha256}` : ''
      }`,
      data: { ...summary, ...(release ? { release_sha256: release.sha256 } : {}) },
    };
    const patch = { tests: summary, test_runs: [...record.test_runs, summary] };
    if (green) return this.moves.move(record, 'udc_verifying', 'tests passed', patch, [result]);
    if (record.fix_iterations < this.config.MAX_FIX_ITERATIONS) {
      return this.moves.move(record, 'fixing', `tests failed; repair ${record.fix_iterations + 1}`, patch, [
        result,
      ]);
    }
    return this.moves.move(
      record,
      'needs_human_review',
      `tests still failing after ${record.fix_iterations} repair(s)`,
      {
        ...patch,
        error: {
          code: 'TESTS_FAILING',
          message: `${summary.failed} test(s) failing after ${record.fix_iterations} repair(s)`,
          phase: 'testing',
          details: { failures: summary.failures },
        },
      },
      [result],
    );
  }
}
