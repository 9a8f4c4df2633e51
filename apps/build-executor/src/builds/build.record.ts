import type { ApprovalMode, BuildStatus, CostSummary, Priority } from '@sf/contracts';
import type { UdcFeatureVerdict, UdcReport } from '@sf/udc';
import type { BuildGitLink } from '../release-git/release-git.types';

/** Timing and attempts of one phase. */
export interface PhaseRecord {
  status: 'running' | 'completed' | 'failed';
  started_at: string;
  ended_at: string | null;
  duration_ms: number | null;
  attempts: number;
}

/** Result of one sandboxed test run. */
export interface TestRunSummary {
  run: number;
  passed: number;
  failed: number;
  total: number;
  outcome: string;
  failures: { test: string; message: string }[];
  duration_ms: number;
}

/** Everything the executor knows about one build; one JSON document changed only by compare-and-set. */
export interface BuildRecord {
  build_id: string;
  intent_id: string | null;
  service_name: string;
  service_version: string;
  port: number;
  priority: Priority;
  status: BuildStatus;
  /** The step a `paused_budget` build resumes at. */
  paused_from?: BuildStatus | null;
  /** What the refused model call needed (USD); the build resumes once that much fits the budget. */
  paused_need_usd?: number | null;
  approval_mode: ApprovalMode;
  deploy_local: boolean;
  deploy_production: boolean;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
  spec: {
    sha256: string;
    score: number;
    revision: number;
    path: string;
    /** The gate's verdict per key feature at intake; the release carries it (absent in older records). */
    fidelity?: UdcFeatureVerdict[];
    /** Ids of the SPEC's acceptance checks: the worked examples every deployed release has passed. */
    worked_examples?: string[];
  };
  phases: Partial<Record<BuildStatus, PhaseRecord>>;
  fix_iterations: number;
  tests: TestRunSummary | null;
  test_runs: TestRunSummary[];
  udc: UdcReport | null;
  sandbox: { mode: string; isolated: boolean } | null;
  deployment: Record<string, unknown> | null;
  registration: Record<string, unknown> | null;
  health: { status: string; checked_at: string; attempts: number } | null;
  /** Where the deployed release was committed in git (docs/git.md); absent before it was deployed. */
  git?: BuildGitLink | null;
  cost: CostSummary;
  models: string[];
  approvals: { action: string; by: string; note: string | null; at: string }[];
  artifacts: { dir: string; archived: string | null };
  error: { code: string; message: string; phase: string; details?: unknown } | null;
  /** Id of the last event already forwarded to the factory (outbox cursor). */
  forwarded_event_id: string | null;
}

/** What a new build record is made of; everything else starts empty. */
export type NewBuildFields = Pick<
  BuildRecord,
  | 'build_id'
  | 'intent_id'
  | 'service_name'
  | 'service_version'
  | 'port'
  | 'priority'
  | 'status'
  | 'approval_mode'
  | 'deploy_local'
  | 'deploy_production'
  | 'started_at'
  | 'finished_at'
  | 'spec'
  | 'sandbox'
  | 'error'
> & { artifacts_dir: string };

/** A build record as it is first stored: no phases, tests, deployment, cost or approvals yet. */
export function newBuildRecord({ artifacts_dir, ...fields }: NewBuildFields, now: string): BuildRecord {
  return {
    ...fields,
    created_at: now,
    updated_at: now,
    phases: {},
    fix_iterations: 0,
    tests: null,
    test_runs: [],
    udc: null,
    deployment: null,
    registration: null,
    health: null,
    cost: { usd: 0, tokens: 0, by_phase: {} },
    models: [],
    approvals: [],
    artifacts: { dir: artifacts_dir, archived: null },
    forwarded_event_id: null,
  };
}
