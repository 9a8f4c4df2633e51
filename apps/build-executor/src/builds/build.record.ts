import type { ApprovalMode, BuildStatus, CostSummary, Priority } from '@sf/contracts';
import type { UdcReport } from '@sf/udc';

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
  spec: { sha256: string; score: number; revision: number; path: string };
  phases: Partial<Record<BuildStatus, PhaseRecord>>;
  fix_iterations: number;
  tests: TestRunSummary | null;
  test_runs: TestRunSummary[];
  udc: UdcReport | null;
  sandbox: { mode: string; isolated: boolean } | null;
  deployment: Record<string, unknown> | null;
  registration: Record<string, unknown> | null;
  health: { status: string; checked_at: string; attempts: number } | null;
  cost: CostSummary;
  models: string[];
  approvals: { action: string; by: string; note: string | null; at: string }[];
  artifacts: { dir: string; archived: string | null };
  error: { code: string; message: string; phase: string; details?: unknown } | null;
  /** Id of the last event already forwarded to the factory (outbox cursor). */
  forwarded_event_id: string | null;
}
