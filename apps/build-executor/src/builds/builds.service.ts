import { randomUUID } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  AppError,
  BUILD_JOBS,
  buildIdForIntent,
  isTerminalBuildStatus,
  jobIds,
  jobPriority,
  QUEUES,
  type ApprovalMode,
  type BuildJobData,
  type BuildRunJobData,
  type NewPipelineEvent,
} from '@sf/contracts';
import { queueTelemetry } from '@sf/platform';
import { extractContract, specSha256, verifySpec } from '@sf/service-spec';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { ExecutorConfig } from '../config/executor.config';
import { deployTargetOf } from '../deploy/deploy-target';
import { KubernetesTarget } from '../deploy/kubernetes/kubernetes-target';
import { LocalSupervisor } from '../deploy/local/local-supervisor';
import { REDIS, SANDBOX } from '../executor.tokens';
import { BuildPipelineService } from '../build-line/build-pipeline.service';
import type { Sandbox } from '../sandbox';
import type { BuildRecord } from './build.record';
import { moveBuild } from './build-changes';
import { BuildEventsForwarder } from './build-events.forwarder';
import { BuildsRepository } from './builds.repository';

const DEPLOY_PHASES: readonly BuildRecord['status'][] = ['deploying', 'registering', 'health_checking'];

/** Attempts of a build job: a transient failure (a model's 429, a lost connection) is retried. */
const BUILD_JOB_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } };

/** What `POST /builds/submit` accepts once validated. */
export interface SubmitBuild {
  spec_path?: string;
  spec?: string;
  approval_mode: ApprovalMode;
  deploy_local: boolean;
  deploy_production: boolean;
  intent_id?: string;
}

/** Use cases behind the builds API and the build queue. */
@Injectable()
export class BuildsService implements OnApplicationShutdown {
  /** The `build` queue (also read by readiness and the queue-depth metrics). */
  readonly queue: Queue;

  constructor(
    private readonly repo: BuildsRepository,
    private readonly pipeline: BuildPipelineService,
    private readonly forwarder: BuildEventsForwarder,
    private readonly supervisor: LocalSupervisor,
    private readonly kubernetes: KubernetesTarget,
    private readonly config: ExecutorConfig,
    @Inject(SANDBOX) private readonly sandbox: Sandbox,
    @Inject(REDIS) redis: Redis,
  ) {
    this.queue = new Queue(QUEUES.build, {
      connection: redis,
      prefix: `${config.REDIS_PREFIX}:q`,
      defaultJobOptions: { removeOnComplete: { age: 86_400 }, removeOnFail: { age: 7 * 86_400 } },
      telemetry: queueTelemetry(),
    });
  }

  get specsDir(): string {
    return this.config.SPECS_DIR ?? `${this.config.DATA_DIR}/specs`;
  }

  /** `POST /builds/submit`: re-verifies the SPEC, stores the build and queues its run. */
  async submit(request: SubmitBuild): Promise<BuildRecord> {
    const markdown = request.spec ?? (await this.readSpecPath(request.spec_path ?? ''));
    const record = await this.createBuild(`bld_${randomUUID().replace(/-/g, '')}`, markdown, {
      intent_id: request.intent_id ?? null,
      approval_mode: request.approval_mode,
      deploy_local: request.deploy_local,
      deploy_production: request.deploy_production,
      priority: 'medium',
    });
    const data: BuildRunJobData = { build_id: record.build_id };
    await this.queue.add(BUILD_JOBS.run, data, {
      ...BUILD_JOB_OPTIONS,
      jobId: jobIds.buildRun(record.build_id, 0),
      priority: jobPriority('medium', 'start'),
    });
    return record;
  }

  /** The factory's hand-off: creates the intent's build once (redelivery finds it) and returns its id. */
  async fromHandoff(job: BuildJobData): Promise<string> {
    const buildId = buildIdForIntent(job.intent_id);
    if (await this.repo.get(buildId)) return buildId;
    try {
      await this.createBuild(buildId, job.spec.markdown, {
        intent_id: job.intent_id,
        approval_mode: job.approval_mode,
        deploy_local: job.deploy_local,
        deploy_production: job.deploy_production,
        priority: job.priority,
      });
    } catch (err) {
      // A SPEC the factory passed but we refuse is recorded as a failed build, so the intent learns why.
      if (!(err instanceof AppError)) throw err;
      await this.recordRefusedHandoff(buildId, job, err);
    }
    return buildId;
  }

  /** A build or 404 `BUILD_NOT_FOUND`. */
  async get(id: string): Promise<BuildRecord> {
    const record = await this.repo.get(id);
    if (!record) throw new AppError('BUILD_NOT_FOUND', `build ${id} does not exist`, { build_id: id });
    return record;
  }

  /** `GET /builds`: the seed's stats plus the most recent builds. */
  async stats(): Promise<Record<string, unknown>> {
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
  async status(id: string): Promise<Record<string, unknown>> {
    const b = await this.get(id);
    const ws = this.pipeline.workspace(b.build_id);
    return {
      build_id: b.build_id,
      intent_id: b.intent_id,
      service_name: b.service_name,
      status: b.status,
      /** While paused_budget: the step it resumes at and what that step's model call needs. */
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
      links: { stream: `/builds/${b.build_id}/stream` },
    };
  }

  /** Approves the deploy of a build waiting for it and queues the rest of the run. */
  async approve(id: string, by: string, note: string | null): Promise<Record<string, unknown>> {
    await this.decide(id, 'approve', by, note, (r) =>
      r.status === 'awaiting_deploy_approval' ? 'deploying' : null,
    );
    await this.resume(id);
    return this.status(id);
  }

  /** Queues a run of a build from its last checkpoint (after an approval, or at start-up). */
  async resume(id: string): Promise<void> {
    await this.queue.add(
      BUILD_JOBS.run,
      { build_id: id },
      { ...BUILD_JOB_OPTIONS, jobId: jobIds.buildRun(id, Date.now()), priority: 1 },
    );
  }

  /**
   * Start-up repair: forwards what builds logged but did not forward yet, and queues a run of every build
   * that is mid-line (a crash between a decision and its job, or a job that gave up during a restart).
   */
  async reconcile(): Promise<number> {
    const builds = await this.repo.getMany(await this.repo.allIds());
    let resumed = 0;
    for (const build of builds) {
      await this.forwarder.flush(build.build_id);
      if (build.status === 'paused_budget') {
        // Its parked job normally still waits in Redis; this fixed-id one covers a lost job, once.
        await this.queue.add(
          BUILD_JOBS.run,
          { build_id: build.build_id },
          { ...BUILD_JOB_OPTIONS, jobId: jobIds.buildRunPaused(build.build_id), priority: 1 },
        );
        resumed++;
      } else if (!isTerminalBuildStatus(build.status) && build.status !== 'awaiting_deploy_approval') {
        await this.resume(build.build_id);
        resumed++;
      }
    }
    return resumed;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }

  /** Rejects the deploy of a build waiting for it. */
  async reject(id: string, by: string, note: string | null): Promise<Record<string, unknown>> {
    await this.decide(id, 'reject', by, note, (r) =>
      r.status === 'awaiting_deploy_approval' ? 'rejected' : null,
    );
    return this.status(id);
  }

  /** Cancels an unfinished build; its sandboxed processes are killed. */
  async cancel(id: string, by: string, note: string | null): Promise<Record<string, unknown>> {
    // From deploying on, the new release may already serve: cancelling would leave it live under a
    // "cancelled" build, so the way back from there is a rollback once it finishes.
    await this.decide(id, 'cancel', by, note, (r) =>
      isTerminalBuildStatus(r.status) || DEPLOY_PHASES.includes(r.status) ? null : 'cancelled',
    );
    this.pipeline.abort(id);
    return this.status(id);
  }

  /** Manual rollback of a deployed build to the service's previous release. */
  async rollback(id: string, by: string, note: string | null): Promise<Record<string, unknown>> {
    const b = await this.get(id);
    if (deployTargetOf(b) === 'kubernetes') return this.rollbackOnKubernetes(b, by, note);
    const current = await this.supervisor.get(b.service_name);
    if (b.status !== 'deployed' || current?.release_id !== b.build_id || !current.previous_release) {
      throw new AppError(
        'INVALID_STATE_TRANSITION',
        'only the live release of a service with a previous release can be rolled back',
        {
          status: b.status,
        },
      );
    }
    const result = await this.supervisor.rollback(b.service_name);
    await this.decide(id, 'rollback', by, note, (r) => (r.status === 'deployed' ? 'rolled_back' : null), {
      restored_release: result.ok ? result.deployment.release_id : null,
    });
    return this.status(id);
  }

  /**
   * Kubernetes: re-applies the service's previous release and marks the build rolled back (409 like the local
   * target when there is none: a first release is stopped, not rolled back); 502 `DEPLOY_FAILED` when the
   * restored release does not become ready either.
   */
  private async rollbackOnKubernetes(
    b: BuildRecord,
    by: string,
    note: string | null,
  ): Promise<Record<string, unknown>> {
    if (b.status !== 'deployed') {
      throw new AppError('INVALID_STATE_TRANSITION', 'only a deployed build can be rolled back', {
        status: b.status,
      });
    }
    const result = await this.kubernetes.rollback(b.service_name, b.build_id, {
      requireCurrent: true,
      requirePrevious: true,
    });
    if (result.error) {
      throw new AppError('DEPLOY_FAILED', `rollback of ${b.service_name} failed: ${result.error}`, {
        restored_release: result.restored_release,
      });
    }
    await this.decide(
      b.build_id,
      'rollback',
      by,
      note,
      (r) => (r.status === 'deployed' ? 'rolled_back' : null),
      {
        restored_release: result.restored_release,
      },
    );
    return this.status(b.build_id);
  }

  private async decide(
    id: string,
    action: string,
    by: string,
    note: string | null,
    target: (r: BuildRecord) => BuildRecord['status'] | null,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    await this.get(id);
    await this.repo.update(id, (r) => {
      const to = target(r);
      if (!to) {
        throw new AppError('INVALID_STATE_TRANSITION', `cannot ${action} a build that is ${r.status}`, {
          status: r.status,
          action,
        });
      }
      const approval = { action, by, note, at: new Date().toISOString() };
      const event: NewPipelineEvent = {
        phase: r.status,
        type: 'log',
        message: `${action} by ${by}`,
        data: { ...approval, ...data },
      };
      return moveBuild(
        r,
        to,
        `${action}${action.endsWith('e') ? 'd' : 'ed'} by ${by}`,
        { approvals: [...r.approvals, approval] },
        [event],
      );
    });
    await this.forwarder.flush(id);
  }

  private async createBuild(
    buildId: string,
    markdown: string,
    opts: Pick<
      BuildRecord,
      'intent_id' | 'approval_mode' | 'deploy_local' | 'deploy_production' | 'priority'
    >,
  ): Promise<BuildRecord> {
    const contract = extractContract(markdown);
    const verification = verifySpec(markdown);
    if (verification.score < this.config.SPEC_SCORE_THRESHOLD) {
      throw new AppError(
        'SPEC_BELOW_THRESHOLD',
        `SPEC scores ${verification.score} < ${this.config.SPEC_SCORE_THRESHOLD}`,
        {
          score: verification.score,
          threshold: this.config.SPEC_SCORE_THRESHOLD,
          findings: verification.findings,
        },
      );
    }
    const ws = this.pipeline.workspace(buildId);
    await ws.init(markdown);
    const now = new Date().toISOString();
    const record: BuildRecord = {
      build_id: buildId,
      ...opts,
      service_name: contract.service.name,
      service_version: contract.service.version,
      port: contract.service.port,
      status: 'queued',
      created_at: now,
      updated_at: now,
      started_at: null,
      finished_at: null,
      spec: { sha256: specSha256(markdown), score: verification.score, revision: 0, path: ws.specPath },
      phases: {},
      fix_iterations: 0,
      tests: null,
      test_runs: [],
      udc: null,
      sandbox: { mode: this.sandbox.mode, isolated: this.sandbox.isolated },
      deployment: null,
      registration: null,
      health: null,
      cost: { usd: 0, tokens: 0, by_phase: {} },
      models: [],
      approvals: [],
      artifacts: { dir: ws.root, archived: null },
      error: null,
      forwarded_event_id: null,
    };
    const isolation = this.sandbox.isolated
      ? 'bwrap sandbox'
      : 'UNISOLATED process sandbox (SANDBOX=process)';
    await this.repo.create(record, [
      {
        phase: 'queued',
        type: 'status_changed',
        message: `build accepted; generated code runs in a ${isolation}`,
        data: { from: null, to: 'queued' },
      },
    ]);
    await this.forwarder.flush(buildId);
    return record;
  }

  private async recordRefusedHandoff(buildId: string, job: BuildJobData, err: AppError): Promise<void> {
    const now = new Date().toISOString();
    const ws = this.pipeline.workspace(buildId);
    await ws.init(job.spec.markdown);
    const record: BuildRecord = {
      build_id: buildId,
      intent_id: job.intent_id,
      service_name: job.service_name,
      service_version: '0.0.0',
      port: 0,
      priority: job.priority,
      status: 'failed',
      approval_mode: job.approval_mode,
      deploy_local: job.deploy_local,
      deploy_production: job.deploy_production,
      created_at: now,
      updated_at: now,
      started_at: now,
      finished_at: now,
      spec: {
        sha256: job.spec.sha256,
        score: job.spec.score,
        revision: job.spec.revision,
        path: ws.specPath,
      },
      phases: {},
      fix_iterations: 0,
      tests: null,
      test_runs: [],
      udc: null,
      sandbox: null,
      deployment: null,
      registration: null,
      health: null,
      cost: { usd: 0, tokens: 0, by_phase: {} },
      models: [],
      approvals: [],
      artifacts: { dir: ws.root, archived: null },
      error: { code: err.code, message: err.message, phase: 'queued', details: err.details },
      forwarded_event_id: null,
    };
    await this.repo.create(record, [
      {
        phase: 'queued',
        type: 'status_changed',
        message: `SPEC refused: ${err.message}`,
        data: { from: null, to: 'failed' },
      },
    ]);
    await this.forwarder.flush(buildId);
  }

  /** Reads a SPEC from under SPECS_DIR; the path must stay inside it after symlinks are resolved. */
  private async readSpecPath(specPath: string): Promise<string> {
    const root = await realpath(resolve(this.specsDir)).catch(() => resolve(this.specsDir));
    const candidate = isAbsolute(specPath) ? resolve(specPath) : resolve(root, specPath);
    const inside = (p: string) => p === root || p.startsWith(root + sep);
    if (!inside(candidate)) {
      throw new AppError('SPEC_PATH_OUTSIDE_ROOT', `spec_path must be inside SPECS_DIR (${root})`, {
        spec_path: specPath,
      });
    }
    let real: string;
    try {
      real = await realpath(candidate);
    } catch {
      throw new AppError('SPEC_NOT_FOUND', `no SPEC at ${specPath}`, { spec_path: specPath });
    }
    if (!inside(real)) {
      throw new AppError(
        'SPEC_PATH_OUTSIDE_ROOT',
        'spec_path resolves (through a symlink) outside SPECS_DIR',
        {
          spec_path: specPath,
        },
      );
    }
    try {
      return await readFile(real, 'utf8');
    } catch {
      // A directory or an unreadable file is the client's mistake, not ours.
      throw new AppError('SPEC_NOT_FOUND', `no readable SPEC file at ${specPath}`, { spec_path: specPath });
    }
  }
}
