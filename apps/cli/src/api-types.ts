/**
 * The parts of the services' answers the CLI reads. Apps never import each other, so these restate (a
 * subset of) the factory's `intent.responses.ts` and the executor's `build.responses.ts` / deployment types;
 * `--json` prints the answers whole.
 */

/** `POST /intents/submit` (202). */
export interface SubmitAnswer {
  intent_id: string;
  status: string;
  priority: string;
  queue_position: number;
}

/** A feature's fidelity verdict. */
export interface FeatureVerdict {
  feature: string;
  realised: boolean | null;
  problems?: string[];
  /** An instruction to the generator set aside as data (not built, not held against the SPEC). */
  ignored?: boolean;
}

/** `GET /intents/:id/status`. */
export interface IntentStatusAnswer {
  intent_id: string;
  service_name: string;
  status: string;
  phase: string;
  priority: string;
  approval_mode: string;
  created_at: string;
  finished_at: string | null;
  sla_deadline: string | null;
  sla_breached: boolean;
  spec: {
    revision: number;
    score: number | null;
    threshold: number;
    optimizations: number;
    fidelity: FeatureVerdict[];
  };
  build: { build_id: string | null; phase: string | null } | null;
  executor_available: boolean | null;
  cost: { usd: number; tokens: number };
  approvals: { action: string; by: string; note: string | null; at: string }[];
  error: { code: string; message: string; details?: unknown } | null;
  service: { url: string } | null;
}

/** One line of `GET /intents`. */
export interface IntentSummaryAnswer {
  intent_id: string;
  service_name: string;
  status: string;
  phase: string;
  priority: string;
  spec_score: number | null;
  created_at: string;
}

/** `GET /intents`. */
export interface IntentListAnswer {
  items: IntentSummaryAnswer[];
  total: number;
  next_offset: number | null;
}

/** `GET /builds/:id/status` (what `logs` reads). */
export interface BuildStatusAnswer {
  build_id: string;
  status: string;
}

/** One of `GET /deployments`. */
export interface DeploymentAnswer {
  name: string;
  release_id: string;
  url: string;
  status: string;
  restarts: number;
  isolation?: { label?: string };
}

/** One of `GET /registry/services`. */
export interface RegistryEntryAnswer {
  name: string;
  version: string;
  url: string;
  status: string;
  last_heartbeat_at: string;
  provenance?: { intent_id?: string; spec_score?: number };
}

/** One of `GET /api/admin/keys`, and `POST` (with `key`, once). */
export interface ApiKeyAnswer {
  id: string;
  name: string;
  role: string;
  created_by?: string;
  created_at?: string;
  key?: string;
}
