import { Inject, Injectable } from '@nestjs/common';
import { AppError, type NewPipelineEvent } from '@sf/contracts';
import type { UdcReport } from '@sf/udc';
import type { BuildRecord } from '../../builds/build.record';
import { ExecutorConfig } from '../../config/executor.config';
import { SANDBOX } from '../../executor.tokens';
import type { Sandbox } from '../../sandbox';
import { BuildMoves } from '../build-moves';
import { BuildWorkspaces } from '../build-workspaces';
import { TESTED_RELEASE_CHECKPOINT, type TestedRelease } from '../release-builder';
import { checkReleaseUdc, UDC_CHECKPOINT } from '../release-udc';
import type { BuildPhase } from './build-phase';

/**
 * udc_verifying: start the tested release in the sandbox, without the host's network and with the release
 * read-only, and check the five endpoints with the libs/udc checker (release-udc.ts) — unless the check
 * already ran beside the tests on this very release (its report is then the checkpoint);
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
    let report = await ws.checkpoint<UdcReport>(UDC_CHECKPOINT);
    if (!report) {
      // The release recorded when the tests passed, checked as it is and unchanged afterwards.
      const tested = await ws.checkpoint<TestedRelease>(TESTED_RELEASE_CHECKPOINT);
      if (!tested) {
        throw new AppError('UDC_CHECK_FAILED', 'no tested release recorded for this build', {
          build_id: record.build_id,
        });
      }
      await ws.ensureRelease(tested.sha256);
      const checked = await checkReleaseUdc(this.sandbox, ws, {
        sha256: tested.sha256,
        serviceVersion: record.service_version,
        startTimeoutMs: this.config.UDC_START_TIMEOUT_MS,
        signal,
      });
      // What the code under check printed is kept beside the test logs, for whoever reads the build later.
      await ws.writeLog('udc.log', checked.log);
      report = checked.report;
      await ws.saveCheckpoint(UDC_CHECKPOINT, report);
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
