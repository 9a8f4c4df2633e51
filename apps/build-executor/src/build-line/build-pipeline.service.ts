import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, isTerminalBuildStatus, type NewPipelineEvent } from '@sf/contracts';
import {
  applyFixerOutput,
  budgetPauseEvent,
  budgetShortfall,
  llmCallEvents,
  LlmError,
  type LlmCallContext,
  CODEGEN_OUTPUT_SCHEMA,
  FIXER_OUTPUT_SCHEMA,
  GENERATED_LAYOUT,
  releasePathFor,
  TESTGEN_OUTPUT_SCHEMA,
  type GeneratedFile,
  type LlmClient,
  type LlmRole,
} from '@sf/llm';
import { extractContract } from '@sf/service-spec';
import { freePort, ServiceMetrics, withLogContext, withSpan } from '@sf/platform';
import { checkUdc } from '@sf/udc';
import { ExecutorConfig } from '../config/executor.config';
import { deployTargetOf } from '../deploy/deploy-target';
import { KubernetesTarget } from '../deploy/kubernetes/kubernetes-target';
import { LocalSupervisor } from '../deploy/local/local-supervisor';
import { LLM_CLIENT, PUBLIC_URL, SANDBOX } from '../executor.tokens';
import { REGISTRY, type Registry } from '../registry/registry.types';
import type { Sandbox } from '../sandbox';
import type { BuildRecord, TestRunSummary } from '../builds/build.record';
import { moveBuild, withCost } from '../builds/build-changes';
import { BuildsRepository, type BuildChange } from '../builds/builds.repository';
import { BuildEventsForwarder } from '../builds/build-events.forwarder';
import { assembleRelease, buildWorkTree } from './release-builder';
import { parseTap } from './tap';
import { Workspace } from './workspace';

interface LlmCheckpoint {
  files: GeneratedFile[];
  usage: { provider: string; model: string; usd: number; tokens: number; offline: boolean };
  rejected?: string[];
}

const POLL_MS = 100;

const RELEASE_LAYOUT = {
  releasePathFor,
  udcRuntime: GENERATED_LAYOUT.udcRuntime,
  testDir: GENERATED_LAYOUT.testDir,
};

/**
 * Runs a build through its phases (PRODUCT §6). Each step reads the build, does its work only when the
 * build is still at that step, saves a checkpoint in the build's directory, and then moves the build on
 * with compare-and-set; a restarted build resumes at the last completed step, and a step whose LLM output
 * is checkpointed never calls the model again.
 */
@Injectable()
export class BuildPipelineService {
  private readonly logger = new Logger('build-line');
  private readonly inFlight = new Map<string, AbortController>();

  constructor(
    private readonly repo: BuildsRepository,
    private readonly config: ExecutorConfig,
    private readonly forwarder: BuildEventsForwarder,
    private readonly supervisor: LocalSupervisor,
    private readonly kubernetes: KubernetesTarget,
    private readonly metrics: ServiceMetrics,
    @Inject(REGISTRY) private readonly registry: Registry,
    @Inject(LLM_CLIENT) private readonly llm: LlmClient,
    @Inject(SANDBOX) private readonly sandbox: Sandbox,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  /** The directory of a build. */
  workspace(buildId: string): Workspace {
    return new Workspace(join(this.buildsDir, buildId));
  }

  get buildsDir(): string {
    return resolve(this.config.BUILDS_DIR ?? join(this.config.DATA_DIR, 'builds'));
  }

  /**
   * Runs the build from where it is until it finishes or parks (approval, budget). Resolves true when it is parked
   * as `paused_budget`, i.e. its job should wait and try again later.
   */
  async run(buildId: string): Promise<boolean> {
    // A redelivered job and a start-up resume may meet in one process: one run of a build at a time.
    if (this.inFlight.has(buildId)) return false;
    let parkedForBudget = false;
    const controller = new AbortController();
    this.inFlight.set(buildId, controller);
    try {
      for (;;) {
        const record = await this.repo.get(buildId);
        if (!record) throw new AppError('BUILD_NOT_FOUND', `build ${buildId} does not exist`);
        if (isTerminalBuildStatus(record.status) || record.status === 'awaiting_deploy_approval') break;
        if (controller.signal.aborted) break;
        if (record.status === 'paused_budget') {
          // Stays parked (the worker re-checks later) until the budget can cover a call again.
          if (!(await this.llm.budgetAvailable(llmContext(record), record.paused_need_usd ?? 0))) {
            parkedForBudget = true;
            break;
          }
          await this.move(record, record.paused_from ?? 'codegen', 'budget available again; resuming', {
            paused_from: null,
            paused_need_usd: null,
          });
          continue;
        }
        const ids = { build_id: buildId, intent_id: record.intent_id ?? undefined };
        try {
          await withLogContext(ids, () =>
            this.metrics.timePhase(record.status, () =>
              // One span per phase step: build.codegen, build.testing, build.fixing, build.deploying, …
              withSpan(`build.${record.status}`, { 'build.id': buildId, 'intent.id': record.intent_id }, () =>
                this.step(record, controller.signal),
              ),
            ),
          );
        } catch (err) {
          if (!(err instanceof LlmError && err.code === 'LLM_BUDGET_EXCEEDED')) throw err;
          await this.move(
            record,
            'paused_budget',
            `paused: ${err.message}`,
            { paused_from: record.status, paused_need_usd: budgetShortfall(err) },
            [budgetPauseEvent(record.status, err)],
          );
          // Parked: the worker re-checks after BUDGET_RECHECK_MS, not in a tight loop here.
          parkedForBudget = true;
          break;
        }
        await this.forwarder.flush(buildId);
      }
    } catch (err) {
      if (!controller.signal.aborted) throw err;
    } finally {
      this.inFlight.delete(buildId);
      await this.forwarder.flush(buildId);
    }
    return parkedForBudget;
  }

  /** Stops the work of a running build at once (its sandboxed processes are killed). */
  abort(buildId: string): void {
    this.inFlight.get(buildId)?.abort();
  }

  /**
   * Shutdown: stops every running build where it stands (sandboxed processes killed, no state change) and
   * waits up to `waitMs` for them to let go. Each resumes from its last checkpoint on the next start.
   */
  async abortAll(waitMs: number): Promise<void> {
    for (const controller of this.inFlight.values()) controller.abort();
    const deadline = Date.now() + waitMs;
    while (this.inFlight.size > 0 && Date.now() < deadline) await sleep(POLL_MS);
  }

  /** Marks a build failed with the error that stopped it. */
  async fail(buildId: string, err: unknown): Promise<void> {
    const code = err instanceof AppError ? err.code : ((err as { code?: string }).code ?? 'BUILD_FAILED');
    const message = err instanceof Error ? err.message : String(err);
    await this.change(buildId, (r) =>
      isTerminalBuildStatus(r.status)
        ? null
        : moveBuild(
            r,
            'failed',
            `build failed in ${r.status}: ${message}`,
            {
              error: { code: String(code), message, phase: r.status },
            },
            [{ phase: r.status, type: 'failed', message, data: { code } }],
          ),
    );
    await this.forwarder.flush(buildId);
  }

  private async step(record: BuildRecord, signal: AbortSignal): Promise<void> {
    switch (record.status) {
      case 'queued':
        return this.move(record, 'codegen', 'code generation started');
      case 'codegen':
        return this.generate(record, 'codegen');
      case 'testgen':
        return this.generate(record, 'testgen');
      case 'testing':
        return this.test(record, signal);
      case 'fixing':
        return this.fix(record);
      case 'udc_verifying':
        return this.verifyUdc(record, signal);
      case 'deploying':
        return this.deploy(record);
      case 'registering':
        return this.awaitRegistration(record);
      case 'health_checking':
        return this.checkHealth(record);
      default:
        throw new AppError('INVALID_STATE_TRANSITION', `no step for a build in ${record.status}`);
    }
  }

  /** codegen / testgen: one model call each, checkpointed. */
  private async generate(record: BuildRecord, phase: 'codegen' | 'testgen'): Promise<void> {
    const ws = this.workspace(record.build_id);
    const contract = extractContract(await ws.readSpec());
    let checkpoint = await ws.checkpoint<LlmCheckpoint>(phase);
    const events: NewPipelineEvent[] = [];
    if (!checkpoint) {
      const input =
        phase === 'codegen'
          ? { contract, spec_sha256: record.spec.sha256 }
          : { contract, files: (await this.requireCheckpoint(ws, 'codegen')).files };
      const schema = phase === 'codegen' ? CODEGEN_OUTPUT_SCHEMA : TESTGEN_OUTPUT_SCHEMA;
      const call = await this.call<{ files: GeneratedFile[] }>(record, phase, phase, input, schema);
      checkpoint = { files: call.output.files, usage: call.usage };
      await ws.saveCheckpoint(phase, checkpoint);
      events.push(...call.events);
    }
    const files = checkpoint.files.map((f) => f.path);
    const next = phase === 'codegen' ? 'testgen' : 'testing';
    await this.move(
      record,
      next,
      `${phase} wrote ${files.length} file(s)`,
      withCost(record, phase, checkpoint.usage),
      [...events, { phase, type: 'phase_completed', message: `${phase} done`, data: { files } }],
    );
  }

  /** testing: transpile, run the tests in the sandbox, parse the results. */
  private async test(record: BuildRecord, signal: AbortSignal): Promise<void> {
    const ws = this.workspace(record.build_id);
    const run = record.test_runs.length + 1;
    let summary = await ws.checkpoint<TestRunSummary>(`testing-${run}`);
    if (!summary) {
      await buildWorkTree(ws, await this.currentFiles(ws, record), RELEASE_LAYOUT);
      const result = await this.sandbox.run({
        workDir: ws.workDir,
        command: [process.execPath, '--test', '--test-reporter=tap', ...GENERATED_LAYOUT.releaseTests],
        network: 'none',
        timeoutMs: this.config.TEST_TIMEOUT_MS,
        signal,
      });
      if (signal.aborted) return;
      await ws.writeLog(`testing-${run}.log`, `${result.stdout}\n--- stderr ---\n${result.stderr}`);
      const tap = parseTap(result.stdout);
      const failures =
        result.outcome === 'ok' || tap.failures.length > 0
          ? tap.failures
          : [
              {
                test: '(test run)',
                message: `${result.outcome}: ${result.reason ?? result.stderr.slice(-500)}`,
              },
            ];
      const failed = result.outcome === 'ok' ? tap.failed : Math.max(tap.failed, 1);
      summary = {
        run,
        passed: tap.passed,
        failed,
        total: Math.max(tap.total, tap.passed + failed),
        outcome: result.outcome,
        failures,
        duration_ms: result.durationMs,
      };
      await ws.saveCheckpoint(`testing-${run}`, summary);
    }
    const green = summary.outcome === 'ok' && summary.failed === 0 && summary.passed > 0;
    const result: NewPipelineEvent = {
      phase: 'testing',
      type: 'test_result',
      message: `tests: ${summary.passed} passed, ${summary.failed} failed (${summary.outcome})`,
      data: { ...summary },
    };
    const patch = { tests: summary, test_runs: [...record.test_runs, summary] };
    if (green) return this.move(record, 'udc_verifying', 'tests passed', patch, [result]);
    if (record.fix_iterations < this.config.MAX_FIX_ITERATIONS) {
      return this.move(record, 'fixing', `tests failed; repair ${record.fix_iterations + 1}`, patch, [
        result,
      ]);
    }
    return this.move(
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

  /** fixing: failing output goes back to the model; only sources may change (the tests are the contract). */
  private async fix(record: BuildRecord): Promise<void> {
    const ws = this.workspace(record.build_id);
    const iteration = record.fix_iterations + 1;
    let checkpoint = await ws.checkpoint<LlmCheckpoint>(`fix-${iteration}`);
    const events: NewPipelineEvent[] = [];
    if (!checkpoint) {
      const contract = extractContract(await ws.readSpec());
      const files = await this.currentFiles(ws, record);
      const call = await this.call<{ files: GeneratedFile[] }>(
        record,
        'fixing',
        'fixer',
        { contract, files, failures: record.tests?.failures ?? [], iteration },
        FIXER_OUTPUT_SCHEMA,
      );
      const applied = applyFixerOutput(files, call.output.files, [...GENERATED_LAYOUT.lockedPrefixes]);
      const changed = applied.files.filter((f) => !f.path.startsWith(GENERATED_LAYOUT.testDir + '/'));
      checkpoint = { files: changed, usage: call.usage, rejected: applied.rejected };
      await ws.saveCheckpoint(`fix-${iteration}`, checkpoint);
      events.push(...call.events);
      if (applied.rejected.length > 0) {
        events.push({
          phase: 'fixing',
          type: 'log',
          message: `refused fixer changes to locked tests: ${applied.rejected.join(', ')}`,
          data: { rejected: applied.rejected },
        });
      }
    }
    await this.move(
      record,
      'testing',
      `repair ${iteration} applied`,
      {
        fix_iterations: iteration,
        ...withCost(record, 'fixing', checkpoint.usage),
      },
      events,
    );
  }

  /** udc_verifying: start the service in the sandbox and check the five endpoints with the libs/udc checker. */
  private async verifyUdc(record: BuildRecord, signal: AbortSignal): Promise<void> {
    const ws = this.workspace(record.build_id);
    let report = await ws.checkpoint<Awaited<ReturnType<typeof checkUdc>>>('udc');
    if (!report) {
      await buildWorkTree(ws, await this.currentFiles(ws, record), RELEASE_LAYOUT);
      const port = await freePort();
      const proc = this.sandbox.start({
        workDir: ws.workDir,
        command: [process.execPath, GENERATED_LAYOUT.releaseEntry],
        env: { PORT: String(port), HOST: '127.0.0.1', SERVICE_VERSION: record.service_version },
        network: 'loopback-host',
        timeoutMs: 60_000,
        signal,
      });
      try {
        const url = `http://127.0.0.1:${port}`;
        await waitFor(() => reachable(`${url}/health`), 15_000);
        report = await checkUdc(url, { timeoutMs: 3000, requireActive: true });
      } catch (err) {
        const result = await proc.stop();
        throw new AppError(
          'UDC_CHECK_FAILED',
          `the service did not start for the UDC check: ${(err as Error).message}`,
          {
            output: result.stdout.slice(-2000) + result.stderr.slice(-2000),
          },
        );
      }
      await proc.stop();
      await ws.saveCheckpoint('udc', report);
    }
    const checks: NewPipelineEvent[] = report.checks.map((c) => ({
      phase: 'udc_verifying',
      type: 'udc_check',
      message: `${c.ok ? 'ok' : 'FAIL'} ${c.endpoint}: ${c.message}`,
      data: { ...c },
    }));
    if (!report.ok) {
      return this.move(
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
      return this.move(
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
    await this.move(record, 'deploying', 'UDC verified; deploying', { udc: report }, checks);
  }

  /** deploying: the release runs as a supervised process; the previous one serves until it is healthy. */
  private async deploy(record: BuildRecord): Promise<void> {
    const ws = this.workspace(record.build_id);
    await assembleRelease(ws, RELEASE_LAYOUT);
    const provenance = {
      intent_id: record.intent_id,
      spec_sha256: record.spec.sha256,
      spec_score: record.spec.score,
      models: record.models,
      cost_usd: record.cost.usd,
      tests_passed: record.tests?.passed ?? 0,
      approvals: record.approvals.map((a) => ({ stage: 'deploy', by: a.by, at: a.at })),
    };
    if (deployTargetOf(record) === 'kubernetes') return this.deployToKubernetes(record, ws, provenance);
    const result = await this.supervisor.deploy({
      name: record.service_name,
      release_id: record.build_id,
      release_dir: ws.releaseDir,
      port: record.port,
      env: {
        REGISTRY_URL: this.config.REGISTRY_URL ?? this.publicUrl,
        SERVICE_VERSION: record.service_version,
        HEARTBEAT_INTERVAL_MS: String(this.config.SERVICE_HEARTBEAT_MS),
        SF_PROVENANCE: JSON.stringify(provenance),
      },
    });
    if (!result.ok) {
      const archived = await ws.archiveRelease();
      return this.move(
        record,
        result.rolled_back ? 'rolled_back' : 'failed',
        `deploy failed: ${result.error}`,
        {
          deployment: { target: 'local', ...(result.deployment ?? {}), log_path: result.log_path },
          artifacts: { ...record.artifacts, archived },
          error: {
            code: 'DEPLOY_FAILED',
            message: result.error,
            phase: 'deploying',
            details: { stage: result.stage },
          },
        },
      );
    }
    const d = result.deployment;
    await this.move(
      record,
      'registering',
      `running at ${d.url} (pid ${d.pid})`,
      {
        deployment: { ...d, swap: result.swap },
      },
      [
        {
          phase: 'deploying',
          type: 'log',
          message: `release ${d.release_id} running at ${d.url}`,
          data: { url: d.url, pid: d.pid },
        },
      ],
    );
  }

  /**
   * deploying to Kubernetes (`deploy_production`): apply and wait for the rollout; a failed rollout is rolled
   * back by the target (previous release re-applied, or a first deploy's objects deleted).
   */
  private async deployToKubernetes(record: BuildRecord, ws: Workspace, provenance: object): Promise<void> {
    const result = await this.kubernetes.deploy({
      name: record.service_name,
      release_id: record.build_id,
      release_dir: ws.releaseDir,
      spec_sha256: record.spec.sha256,
      version: record.service_version,
      port: record.port,
      env: {
        SERVICE_VERSION: record.service_version,
        HEARTBEAT_INTERVAL_MS: String(this.config.SERVICE_HEARTBEAT_MS),
        SF_PROVENANCE: JSON.stringify(provenance),
      },
    });
    if (!result.ok) {
      const archived = await ws.archiveRelease();
      const { ok: _ok, error, ...outcome } = result;
      return this.move(record, result.rolled_back ? 'rolled_back' : 'failed', `deploy failed: ${error}`, {
        deployment: { target: 'kubernetes', ...outcome },
        artifacts: { ...record.artifacts, archived },
        error: { code: 'DEPLOY_FAILED', message: error, phase: 'deploying', details: { ...outcome } },
      });
    }
    const d = result.deployment;
    await this.move(
      record,
      'registering',
      `rolled out to ${d.namespace}/${d.name} (${d.url})`,
      { deployment: { ...d } },
      [
        {
          phase: 'deploying',
          type: 'log',
          message: `release ${d.release_id} rolled out: ${d.rollout.message}`,
          data: { url: d.url, namespace: d.namespace, objects: d.objects, rollout: d.rollout },
        },
      ],
    );
  }

  /** registering: the service registers itself; the entry must appear within REGISTER_TIMEOUT_MS. */
  private async awaitRegistration(record: BuildRecord): Promise<void> {
    const since = Date.parse(record.phases.registering?.started_at ?? record.updated_at) - 1000;
    const entry = await waitFor(async () => {
      const found = await this.registry.get(record.service_name);
      const fresh =
        found &&
        Date.parse(found.registered_at) >= since &&
        found.provenance?.spec_sha256 === record.spec.sha256;
      return fresh ? found : null;
    }, this.config.REGISTER_TIMEOUT_MS).catch(() => null);
    if (!entry) return this.rollback(record, 'REGISTRATION_TIMEOUT', 'the service did not register in time');
    await this.move(record, 'health_checking', `registered as ${entry.name}`, {
      registration: { ...entry },
    });
  }

  /** health_checking: `/health` must say active within the timeout; one retry after a wait; else rollback. */
  private async checkHealth(record: BuildRecord): Promise<void> {
    const deployedUrl = record.deployment?.url;
    const url = typeof deployedUrl === 'string' ? deployedUrl : '';
    // A cluster Service is usually out of the executor's reach: there, the pods' readiness (which requires
    // `/health` to say active) is the verdict.
    const active =
      deployTargetOf(record) === 'kubernetes'
        ? async () => (await this.kubernetes.rolloutOf(record.service_name))?.phase === 'complete'
        : () => healthActive(`${url}/health`);
    let attempts = 1;
    let ok = await waitFor(active, this.config.HEALTH_TIMEOUT_MS).then(
      () => true,
      () => false,
    );
    if (!ok) {
      attempts = 2;
      await sleep(this.config.HEALTH_RETRY_WAIT_MS);
      ok = await waitFor(active, this.config.HEALTH_TIMEOUT_MS).then(
        () => true,
        () => false,
      );
    }
    const health = { status: ok ? 'active' : 'unhealthy', checked_at: new Date().toISOString(), attempts };
    if (!ok)
      return this.rollback({ ...record, health }, 'HEALTH_CHECK_FAILED', `${url}/health did not say active`);
    await this.move(record, 'deployed', `deployed and healthy at ${url}`, { health }, [
      {
        phase: 'deployed',
        type: 'completed',
        message: `${record.service_name} is live at ${url}`,
        data: { url },
      },
    ]);
  }

  /** Back to the previous release (or stop when there is none), archive the failed one, mark rolled_back. */
  private async rollback(record: BuildRecord, code: string, message: string): Promise<void> {
    const ws = this.workspace(record.build_id);
    const current =
      deployTargetOf(record) === 'kubernetes' ? null : await this.supervisor.get(record.service_name);
    let restored: string | null = null;
    if (deployTargetOf(record) === 'kubernetes') {
      restored = (await this.kubernetes.rollback(record.service_name, record.build_id)).restored_release;
    } else if (current?.release_id === record.build_id) {
      if (current.previous_release) {
        const back = await this.supervisor.rollback(record.service_name);
        restored = back.ok ? back.deployment.release_id : null;
      } else {
        await this.supervisor.stop(record.service_name);
      }
    }
    const archived = await ws.archiveRelease();
    await this.move(
      record,
      'rolled_back',
      `${message}; ${restored ? `restored ${restored}` : 'stopped'}`,
      {
        health: record.health,
        artifacts: { ...record.artifacts, archived },
        error: { code, message, phase: record.status, details: { restored_release: restored } },
      },
      [{ phase: record.status, type: 'failed', message, data: { code, restored_release: restored } }],
    );
  }

  /** Sources as they stand: generated code and tests, with each repair's source files applied in order. */
  private async currentFiles(ws: Workspace, record: BuildRecord): Promise<GeneratedFile[]> {
    const byPath = new Map<string, GeneratedFile>();
    for (const f of (await this.requireCheckpoint(ws, 'codegen')).files) byPath.set(f.path, f);
    for (const f of (await this.requireCheckpoint(ws, 'testgen')).files) byPath.set(f.path, f);
    for (let i = 1; i <= record.fix_iterations; i++) {
      for (const f of (await this.requireCheckpoint(ws, `fix-${i}`)).files) byPath.set(f.path, f);
    }
    return [...byPath.values()];
  }

  private async requireCheckpoint(ws: Workspace, name: string): Promise<LlmCheckpoint> {
    const checkpoint = await ws.checkpoint<LlmCheckpoint>(name);
    if (!checkpoint) throw new AppError('BUILD_NOT_FOUND', `checkpoint ${name} is missing in ${ws.root}`);
    return checkpoint;
  }

  private async call<T>(
    record: BuildRecord,
    phase: string,
    role: LlmRole,
    input: unknown,
    schema: object,
  ): Promise<{ output: T; usage: LlmCheckpoint['usage']; events: NewPipelineEvent[] }> {
    const result = await this.llm.complete<T>({
      role,
      input,
      schema: schema as never,
      context: llmContext(record),
    });
    const u = result.usage;
    this.logger.log(`${role} for ${record.build_id} via ${u.provider}/${u.model} in ${u.latency_ms} ms`);
    return {
      output: result.output,
      usage: {
        provider: u.provider,
        model: u.model,
        usd: u.cost_usd,
        tokens: u.input_tokens + u.output_tokens,
        offline: u.offline,
      },
      events: llmCallEvents(phase, role, result),
    };
  }

  private async move(
    record: BuildRecord,
    to: Parameters<typeof moveBuild>[1],
    message: string,
    patch: Partial<BuildRecord> = {},
    extra: NewPipelineEvent[] = [],
  ): Promise<void> {
    await this.change(record.build_id, (r) =>
      r.status === record.status ? moveBuild(r, to, message, patch, extra) : null,
    );
  }

  private async change(buildId: string, fn: (r: BuildRecord) => BuildChange | null): Promise<void> {
    const updated = await this.repo.update(buildId, fn);
    if (!updated) throw new AppError('BUILD_NOT_FOUND', `build ${buildId} does not exist`);
  }
}

/** Resolves with `probe()`'s first truthy value, polling until `timeoutMs`; rejects on timeout. */
async function waitFor<T>(probe: () => Promise<T | null | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() >= deadline) throw new Error(`not ready within ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function reachable(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await res.arrayBuffer();
  return true;
}

async function healthActive(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  const body = (await res.json()) as { status?: string };
  return res.ok && body.status === 'active';
}

/** Attribution and criticality of a build's model calls. */
function llmContext(record: BuildRecord): LlmCallContext {
  return {
    build_id: record.build_id,
    critical: record.priority === 'critical',
    ...(record.intent_id ? { intent_id: record.intent_id } : {}),
  };
}
