import { Injectable } from '@nestjs/common';
import type { BuildRecord } from '../../builds/build.record';
import { ExecutorConfig } from '../../config/executor.config';
import { DeployTargets } from '../../deploy/deploy-targets';
import { BuildMoves } from '../build-moves';
import { BuildWorkspaces } from '../build-workspaces';
import { AppError } from '@sf/contracts';
import { TESTED_RELEASE_CHECKPOINT, type TestedRelease } from '../release-builder';
import { ReleaseGit } from '../../release-git/release-git.service';
import type { BuildPhase } from './build-phase';

/**
 * deploying: the release goes to the build's target (a supervised local process, or a Kubernetes rollout);
 * the previous release serves until the new one is healthy, and again when it is not.
 */
@Injectable()
export class DeployPhase implements BuildPhase {
  constructor(
    private readonly workspaces: BuildWorkspaces,
    private readonly moves: BuildMoves,
    private readonly targets: DeployTargets,
    private readonly config: ExecutorConfig,
    private readonly git: ReleaseGit,
  ) {}

  async run(record: BuildRecord): Promise<void> {
    const ws = this.workspaces.of(record.build_id);
    // The release was written when its tests passed; it goes out only if it is still byte for byte that.
    const tested = await ws.checkpoint<TestedRelease>(TESTED_RELEASE_CHECKPOINT);
    const integrity = tested
      ? await ws.ensureRelease(tested.sha256).then(
          () => null,
          (err: unknown) => err as AppError,
        )
      : new AppError('RELEASE_HASH_MISMATCH', 'no tested release recorded for this build');
    if (integrity) {
      return this.moves.move(record, 'failed', `deploy refused: ${integrity.message}`, {
        error: {
          code: integrity.code,
          message: integrity.message,
          phase: 'deploying',
          details: integrity.details as Record<string, unknown> | undefined,
        },
      });
    }
    // The release's git tree is written while the service starts (its commit waits for the health check).
    this.git.prepare(record);
    // The gate's verdict per feature, recorded at intake, goes with the release: the service lists only what
    // was realised as written, and the registry records which worked examples the release passed (every one
    // did, or the build would not be here).
    const provenance = {
      features: record.spec.fidelity,
      worked_examples: record.spec.worked_examples,
      intent_id: record.intent_id,
      spec_sha256: record.spec.sha256,
      spec_score: record.spec.score,
      models: record.models,
      cost_usd: record.cost.usd,
      tests_passed: record.tests?.passed ?? 0,
      approvals: record.approvals.map((a) => ({ stage: 'deploy', by: a.by, at: a.at })),
    };
    const outcome = await this.targets.for(record).deploy({
      name: record.service_name,
      release_id: record.build_id,
      release_dir: ws.releaseDir,
      spec_sha256: record.spec.sha256,
      release_sha256: tested?.sha256,
      version: record.service_version,
      port: record.port,
      env: {
        SERVICE_VERSION: record.service_version,
        HEARTBEAT_INTERVAL_MS: String(this.config.SERVICE_HEARTBEAT_MS),
        SF_PROVENANCE: JSON.stringify(provenance),
      },
    });
    if (!outcome.ok) {
      const archived = await ws.archiveRelease();
      return this.moves.move(
        record,
        outcome.rolled_back ? 'rolled_back' : 'failed',
        `deploy failed: ${outcome.error}`,
        {
          deployment: outcome.deployment,
          artifacts: { ...record.artifacts, archived },
          error: {
            code: 'DEPLOY_FAILED',
            message: outcome.error,
            phase: 'deploying',
            details: outcome.details,
          },
        },
      );
    }
    await this.moves.move(record, 'registering', outcome.summary, { deployment: outcome.deployment }, [
      { phase: 'deploying', type: 'log', ...outcome.event },
    ]);
  }
}
