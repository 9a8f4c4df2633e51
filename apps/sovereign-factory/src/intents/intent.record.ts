import type { CostSummary, IntentInput, IntentStatus, Priority } from '@sf/contracts';
import type { SpecVerification } from '@sf/service-spec';

/** A recorded human decision. */
export interface ApprovalRecord {
  action: 'approve' | 'reject' | 'cancel';
  stage: IntentStatus;
  by: string;
  note: string | null;
  at: string;
}

/** The SPEC side of an intent: current revision and how it scored. */
export interface SpecState {
  revision: number;
  optimizations: number;
  threshold: number;
  score: number | null;
  sha256: string | null;
  verification: SpecVerification | null;
  history: { revision: number; score: number; sha256: string }[];
}

/** The build side of an intent, as reported by the executor's events. */
export interface BuildState {
  job_id: string;
  queued_at: string;
  build_id: string | null;
  phase: string | null;
  /** Id of the last build event applied (events arrive at least once; older ones are skipped). */
  last_event_id: string | null;
  service_url: string | null;
  registry: unknown;
  cost: CostSummary | null;
  tests: unknown;
}

/** Everything the factory knows about one intent; stored as one JSON document, changed only by compare-and-set. */
export interface IntentRecord {
  intent_id: string;
  input: IntentInput;
  priority: Priority;
  status: IntentStatus;
  /** The status before `paused_budget` / approval waits, so resuming knows where to go. */
  previous_status: IntentStatus | null;
  /** While `paused_budget`: what the refused model call needed (USD); it resumes once that much fits. */
  paused_need_usd?: number | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
  spec: SpecState;
  build: BuildState | null;
  approvals: ApprovalRecord[];
  cost: CostSummary;
  error: { code: string; message: string; details?: unknown } | null;
  idempotency_key: string | null;
}
