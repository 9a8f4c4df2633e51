import { Inject, Injectable } from '@nestjs/common';
import { AppError, type NewPipelineEvent } from '@sf/contracts';
import { GENERATED_LAYOUT } from '@sf/llm';
import { checkUdc, type UdcReport } from '@sf/udc';
import type { BuildRecord } from '../../builds/build.record';
import { ExecutorConfig } from '../../config/executor.config';
import { SANDBOX } from '../../executor.tokens';
import type { Sandbox } from '../../sandbox';
import { BuildMoves } from '../build-moves';
import { BuildWorkspaces } from '../build-workspaces';
import { probeHealth } from '../../deploy/local/health-probe';
import { assertReleaseDigest } from '../../deploy/release-digest';
import { TESTED_RELEASE_CHECKPOINT, type TestedRelease } from '../release-builder';
import { startServiceUnderCheck } from '../service-under-check';
import { waitFor } from '../wait';
import type { BuildPhase } from './build-phase';

/** Per-request timeout of the UDC check (a slow first answer gets one retry with four times as long). */
const UDC_REQUEST_TIMEOUT_MS = 3000;

/** True when the report failed and every failing check failed by timing out. */
export function onlyTimedOut(report: UdcReport): boolean {
  const failed = report.checks.filter((check) => !check.ok);
  return (
    failed.length > 0 &&
    failed.every((check) => check.status === undefined && /timed out/.test(check.message))
  );
}

/**
 * udc_verifying: start the tested release in the sandbox, without the host's network and with the release
 * read-only (service-under-check.ts), and check the five endpoints with the libs/udc checker;
 * then wait for deploy approval (approval modes other than auto) or go on to deploying.
 */
@Injectable()
export class VerifyUdcPhase implements BuildPhase {
  constructor(
    private readonly workspaces: BuildWorkspaces,
    private readonly moves: BuildMoves,
    private readonly config: ExecutorConfig,
    @Inject(SANDBOX) private readonly sandbox: Sandbox,
  ) {}

  async run(record: BuildRecord, signal: AbortSignal): Promise<void> {
    const ws = this.workspaces.of(record.build_id);
    let report = await ws.checkpoint<Awaited<ReturnType<typeof checkUdc>>>('udc');
    if (!report) {
      // The release recorded when the tests passed, checked as it is and unchanged afterwards.
      const tested = await ws.checkpoint<TestedRelease>(TESTED_RELEASE_CHECKPOINT);
      if (!tested) {
        throw new AppError('UDC_CHECK_FAILED', 'no tested release recorded for this build', {
          build_id: record.build_id,
        });
      }
      await ws.ensureRelease(tested.sha256);
      const service = await startServiceUnderCheck(this.sandbox, {
        releaseDir: ws.releaseDir,
        entry: GENERATED_LAYOUT.releaseEntry,
        env: { SERVICE_VERSION: record.service_version },
        timeoutMs: 60_000,
        signal,
      });
      try {
        await waitFor(() => reachable(service.url), this.config.UDC_START_TIMEOUT_MS);
        report = await checkUdc(service.url, { timeoutMs: UDC_REQUEST_TIMEOUT_MS, requireActive: true });
        // A check that failed only by waiting (a loaded machine) says nothing about the contract: once more,
        // with more time. A service that answers wrongly fails on the answer, not the clock, and is not retried.
        if (onlyTimedOut(report)) {
          report = await checkUdc(service.url, {
            timeoutMs: 4 * UDC_REQUEST_TIMEOUT_MS,
            requireActive: true,
          });
        }
      } catch (err) {
        const result = await service.stop();
        await ws.writeLog('udc.log', output(result));
        throw new AppError(
          'UDC_CHECK_FAILED',
          `the service did not start for the UDC check: ${(err as Error).message}`,
          {
            output: result.stdout.slice(-2000) + result.stderr.slice(-2000),
          },
        );
      }
      // What the code under check printed is kept beside the test logs, for whoever reads the build later.
      await ws.writeLog('udc.log', output(await service.stop()));
      // The code under check saw the release read-only; this proves it for whatever mode ran it.
      await assertReleaseDigest(ws.releaseDir, tested.sha256);
      await ws.saveCheckpoint('udc', report);
    }
    const checks: NewPipelineEvent[] = report.checks.map((c) => ({
      phase: 'udc_verifying',
      type: 'udc_check',
      message: `${c.ok ? 'ok' : 'FAIL'} ${c.endpoint}: ${c.message}`,
      data: { ...c },
    }));
    if (!report.ok) {
      return this.moves.move(
        record,
        'failed',
        'UDC check failed',
        {
          udc: report,
          error: {
            code: 'UDC_NONCOMPLIANT',
            message: 'the service does not meet the UDC contract',
            phase: 'udc_verifying',
          },
        },
        checks,
      );
    }
    const approved = record.approvals.some((a) => a.action === 'approve');
    if (record.approval_mode !== 'auto' && !approved) {
      return this.moves.move(
        record,
        'awaiting_deploy_approval',
        'UDC verified; waiting for deploy approval',
        { udc: report },
        [
          ...checks,
          {
            phase: 'awaiting_deploy_approval',
            type: 'approval_required',
            message: 'approve the deploy: POST /builds/:id/approve',
            data: { stage: 'deploy' },
          },
        ],
      );
    }
    await this.moves.move(record, 'deploying', 'UDC verified; deploying', { udc: report }, checks);
  }
}

function output(result: { stdout: string; stderr: string }): string {
  return `${result.stdout}\n--- stderr ---\n${result.stderr}`;
}

/** True once the service answers `GET /health` at all (through no pooled connection: see `probeHealth`). */
async function reachable(baseUrl: string): Promise<boolean> {
  return (await probeHealth(baseUrl, 1000)).http_status !== null;
}
