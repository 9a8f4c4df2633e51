import type { SpecVerification } from '@sf/service-spec';
import type { BuildState, IntentRecord } from './intent.record';

/** Where an intent's resources are. */
export interface IntentLinks {
  status: string;
  spec: string;
  stream: string;
  approve: string;
  reject: string;
  cancel: string;
}

/** `POST /intents/submit` (202), also replayed for a repeated `Idempotency-Key`. */
export interface SubmitResponse {
  intent_id: string;
  status: IntentRecord['status'];
  priority: IntentRecord['priority'];
  queue_position: number;
  links: IntentLinks;
}

/** One line of `GET /intents`. */
export interface IntentSummary {
  intent_id: string;
  service_name: string;
  status: IntentRecord['status'];
  /** The status, or the build's phase while it builds, or `spec_optimizing(n)`. */
  phase: string;
  priority: IntentRecord['priority'];
  spec_score: number | null;
  created_at: string;
  updated_at: string;
  links: IntentLinks;
}

/** `GET /intents`: one page, newest first. */
export interface IntentListResponse {
  items: IntentSummary[];
  total: number;
  limit: number;
  offset: number;
  next_offset: number | null;
}

/** `GET /intents/:id/status`, and the answer of every decision on an intent. */
export interface IntentStatusResponse extends Omit<IntentSummary, 'spec_score'> {
  approval_mode: IntentRecord['input']['approval_mode'];
  auto_build: boolean;
  started_at: string | null;
  finished_at: string | null;
  sla_deadline: string | null;
  sla_breached: boolean;
  intent: IntentRecord['input'];
  spec: {
    revision: number;
    score: number | null;
    threshold: number;
    optimizations: number;
    sha256: string | null;
    rubric_version: SpecVerification['rubric_version'] | null;
    rubric: SpecVerification['rubric'];
    findings: SpecVerification['findings'];
    /** Per key feature: realised as written (true), not (false), or not judged by the literal rule (null). */
    fidelity: SpecVerification['fidelity'];
    history: IntentRecord['spec']['history'];
  };
  build: (BuildState & { executor_available: boolean | null }) | null;
  executor_available: boolean | null;
  /** SPEC-line cost plus the build's, by phase. */
  cost: IntentRecord['cost'];
  approvals: IntentRecord['approvals'];
  error: IntentRecord['error'];
  service: { url: string; registry: unknown } | null;
}
