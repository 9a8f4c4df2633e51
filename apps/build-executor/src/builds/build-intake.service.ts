import { randomUUID } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import type { Redis } from 'ioredis';
import { Inject, Injectable } from '@nestjs/common';
import { AppError, buildIdForIntent, type ApprovalMode, type BuildJobData } from '@sf/contracts';
import { extractContract, passesGate, specSha256, unrealisedFeatures, verifySpec } from '@sf/service-spec';
import { BuildWorkspaces } from '../build-line/build-workspaces';
import { ExecutorConfig } from '../config/executor.config';
import { DeployTargets } from '../deploy/deploy-targets';
import { REDIS, SANDBOX } from '../executor.tokens';
import { ExecutorKeys } from '../redis/keys';
import type { Sandbox } from '../sandbox';
import { newBuildRecord, type BuildRecord } from './build.record';
import { BuildEventsForwarder } from './build-events.forwarder';
import { BuildQueue } from './build-queue';
import { BuildsRepository } from './builds.repository';

/** How long a hand-submitted build's claim on its service lasts until the build is stored. */
const CLAIM_TTL_S = 300;
/** Drops the claim on a service if this build holds it. */
const RELEASE_IF_HELD =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
/** Makes the claim last (until the build's terminal status frees it) if this build holds it. */
const KEEP_IF_HELD =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PERSIST', KEYS[1]) end return 0";

/** What `POST /builds/submit` accepts once validated. */
export interface SubmitBuild {
  spec_path?: string;
  spec?: string;
  approval_mode: ApprovalMode;
  deploy_local: boolean;
  deploy_production: boolean;
  intent_id?: string;
}

/**
 * How builds enter the executor: `POST /builds/submit` and the factory's hand-off. Either way the SPEC is
 * verified again here and the build stored with its first event before anything runs.
 */
@Injectable()
export class BuildIntakeService {
  constructor(
    private readonly repo: BuildsRepository,
    private readonly workspaces: BuildWorkspaces,
    private readonly forwarder: BuildEventsForwarder,
    private readonly queue: BuildQueue,
    private readonly targets: DeployTargets,
    private readonly config: ExecutorConfig,
    @Inject(SANDBOX) private readonly sandbox: Sandbox,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly keys: ExecutorKeys,
  ) {}

  get specsDir(): string {
    return this.config.SPECS_DIR ?? `${this.config.DATA_DIR}/specs`;
  }

  /**
   * `POST /builds/submit`: refuses a deploy target that cannot work here (before any model call), re-verifies
   * the SPEC, stores the build and queues its run.
   */
  async submit(request: SubmitBuild): Promise<BuildRecord> {
    this.targets.available(request);
    const markdown = request.spec ?? (await this.readSpecPath(request.spec_path ?? ''));
    const serviceName = extractContract(markdown).service.name;
    const buildId = `bld_${randomUUID().replace(/-/g, '')}`;
    const lock = this.keys.intentServiceLock(serviceName);
    const holder = `build:${buildId}`;
    // The service is claimed before the build exists, atomically, so an intent cannot take it in between (and
    // the factory refuses intents for it until the build ends). A claim whose build never got stored (a crash
    // right here) expires by itself; the stored build holds it until its terminal status frees it.
    if ((await this.redis.set(lock, holder, 'EX', CLAIM_TTL_S, 'NX')) === null) {
      const other = await this.redis.get(lock);
      throw new AppError('INTENT_IN_FLIGHT', `${serviceName} is being worked on (${other ?? 'just now'})`, {
        ...(other?.startsWith('build:') ? { build_id: other.slice(6) } : { intent_id: other }),
        service_name: serviceName,
      });
    }
    let record: BuildRecord;
    try {
      record = await this.createBuild(buildId, markdown, {
        intent_id: request.intent_id ?? null,
        approval_mode: request.approval_mode,
        deploy_local: request.deploy_local,
        deploy_production: request.deploy_production,
        priority: 'medium',
      });
    } catch (err) {
      await this.redis.eval(RELEASE_IF_HELD, 1, lock, holder);
      throw err;
    }
    await this.redis.eval(KEEP_IF_HELD, 1, lock, holder);
    await this.queue.start(record.build_id);
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
    const unrealised = unrealisedFeatures(verification);
    if (unrealised.length > 0) {
      throw new AppError(
        'FEATURES_UNREALISED',
        `the SPEC does not realise ${unrealised.length} key feature(s) as written: ${unrealised.map((f) => JSON.stringify(f.feature)).join(', ')}`,
        {
          unrealised,
          findings: verification.findings,
        },
      );
    }
    if (!passesGate(verification, this.config.SPEC_SCORE_THRESHOLD)) {
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
    const ws = this.workspaces.of(buildId);
    await ws.init(markdown);
    const record = newBuildRecord(
      {
        build_id: buildId,
        ...opts,
        service_name: contract.service.name,
        service_version: contract.service.version,
        port: contract.service.port,
        status: 'queued',
        started_at: null,
        finished_at: null,
        spec: {
          sha256: specSha256(markdown),
          score: verification.score,
          revision: 0,
          path: ws.specPath,
          fidelity: verification.fidelity.map(({ feature, checked, realised }) => ({
            feature,
            checked,
            realised,
          })),
          worked_examples: contract.acceptance.map((check) => check.id),
        },
        sandbox: { mode: this.sandbox.mode, isolated: this.sandbox.isolated },
        error: null,
        artifacts_dir: ws.root,
      },
      new Date().toISOString(),
    );
    const isolation = this.sandbox.isolated
      ? 'bwrap sandbox'
      : 'UNISOLATED process sandbox (SANDBOX=process)';
    await this.store(record, `build accepted; generated code runs in a ${isolation}`);
    return record;
  }

  private async recordRefusedHandoff(buildId: string, job: BuildJobData, err: AppError): Promise<void> {
    const now = new Date().toISOString();
    const ws = this.workspaces.of(buildId);
    await ws.init(job.spec.markdown);
    const record = newBuildRecord(
      {
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
        started_at: now,
        finished_at: now,
        spec: {
          sha256: job.spec.sha256,
          score: job.spec.score,
          revision: job.spec.revision,
          path: ws.specPath,
        },
        sandbox: null,
        error: { code: err.code, message: err.message, phase: 'queued', details: err.details },
        artifacts_dir: ws.root,
      },
      now,
    );
    await this.store(record, `SPEC refused: ${err.message}`);
  }

  /** Stores a new build with its first status event and forwards that event to the factory. */
  private async store(record: BuildRecord, message: string): Promise<void> {
    await this.repo.create(record, [
      { phase: 'queued', type: 'status_changed', message, data: { from: null, to: record.status } },
    ]);
    await this.forwarder.flush(record.build_id);
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
