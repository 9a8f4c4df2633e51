import { Injectable } from '@nestjs/common';
import { AppError, isTerminalBuildStatus } from '@sf/contracts';
import { BuildWorkspaces } from '../build-line/build-workspaces';
import type { BuildRecord } from './build.record';
import type { BuildStatsResponse, BuildStatusResponse } from './build.responses';
import { BuildsRepository } from './builds.repository';

/** Read side of the builds API. */
@Injectable()
export class BuildQueriesService {
  constructor(
    private readonly repo: BuildsRepository,
    private readonly workspaces: BuildWorkspaces,
  ) {}

  /** A build or 404 `BUILD_NOT_FOUND`. */
  async get(id: string): Promise<BuildRecord> {
    const record = await this.repo.get(id);
    if (!record) throw new AppError('BUILD_NOT_FOUND', `build ${id} does not exist`, { build_id: id });
    return record;
  }

  /** `GET /builds`: the seed's stats plus the most recent builds. */
  async stats(): Promise<BuildStatsResponse> {
    const all = await this.repo.getMany(await this.repo.allIds());
    const completed = all.filter((b) => b.status === 'deployed');
    const failed = all.filter((b) => ['failed', 'rolled_back', 'needs_human_review'].includes(b.status));
    const running = all.filter((b) => !isTerminalBuildStatus(b.status) && b.status !== 'queued');
    const finished = completed.length + failed.length;
    const minutes = completed
      .filter((b) => b.finished_at)
      .map((b) => (Date.parse(b.finished_at as string) - Date.parse(b.created_at)) / 60_000);
    const recent = await this.repo.getMany(await this.repo.recentIds(20));
    return {
      total: all.length,
      queued: all.filter((b) => b.status === 'queued').length,
      running: running.length,
      completed: completed.length,
      failed: failed.length,
      success_rate: finished === 0 ? 0 : Math.round((completed.length / finished) * 100) / 100,
      avg_build_time_minutes:
        minutes.length === 0
          ? 0
          : Math.round((minutes.reduce((a, b) => a + b, 0) / minutes.length) * 100) / 100,
      recent: recent.map((b) => ({
        build_id: b.build_id,
        intent_id: b.intent_id,
        service_name: b.service_name,
        status: b.status,
        created_at: b.created_at,
        finished_at: b.finished_at,
      })),
    };
  }

  /** `GET /builds/:id/status`. */
  async status(id: string): Promise<BuildStatusResponse> {
    const b = await this.get(id);
    const ws = this.workspaces.of(b.build_id);
    return {
      build_id: b.build_id,
      intent_id: b.intent_id,
      service_name: b.service_name,
      status: b.status,
      paused_from: b.paused_from ?? null,
      paused_need_usd: b.paused_need_usd ?? null,
      approval_mode: b.approval_mode,
      created_at: b.created_at,
      updated_at: b.updated_at,
      started_at: b.started_at,
      finished_at: b.finished_at,
      spec: b.spec,
      phases: b.phases,
      attempts: { fix_iterations: b.fix_iterations, test_runs: b.test_runs.length },
      tests: b.tests,
      test_runs: b.test_runs,
      udc: b.udc,
      sandbox: b.sandbox,
      deployment: b.deployment,
      registration: b.registration,
      health: b.health,
      cost: b.cost,
      models: b.models,
      approvals: b.approvals,
      artifacts: {
        dir: ws.root,
        spec: ws.specPath,
        release: ws.releaseDir,
        logs: ws.logsDir,
        archived: b.artifacts.archived,
      },
      error: b.error,
      git: b.git ?? null,
      links: { stream: `/builds/${b.build_id}/stream` },
    };
  }
}
