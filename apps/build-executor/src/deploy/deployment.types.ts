import type { IsolationReport } from '../sandbox';

/** Lifecycle of a locally deployed service. */
export const DEPLOYMENT_STATUSES = ['starting', 'running', 'crashed', 'stopped'] as const;
/**
 * One of {@link DEPLOYMENT_STATUSES}: `starting` = process up, `/health` not yet `active`; `running` = healthy
 * (or re-adopted healthy); `crashed` = exited, a restart is scheduled; `stopped` = stopped on purpose.
 */
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

/** A release the deployment can go back to. */
export interface ReleaseRef {
  release_id: string;
  release_dir: string;
  /** sha256 recorded when the release's tests passed (release-digest.ts); verified before every start. */
  release_sha256?: string | null;
}

/** How the latest release switch went; `gap_ms` is the time nothing answered on the service's port. */
export interface SwapReport {
  /**
   * `fresh`: nothing was running. `direct`: the new release took a port the old one did not hold, so both
   * overlapped (no gap). `staged`: same port; the release was proven healthy on a spare port first, then
   * the old one stopped and the new one started on the real port. `kept`: the release asked for already
   * served, healthy, on its port (a repeated deploy), so nothing was switched.
   */
  mode: 'fresh' | 'direct' | 'staged' | 'kept';
  from_release_id: string | null;
  /** Spare port the release was proven healthy on (`staged` only). */
  staging_port: number | null;
  /** ISO-8601 time the old release was told to stop (null when none was running). */
  old_stopped_at: string | null;
  /** ISO-8601 time the new release answered `/health` `active` on the service's port. */
  new_healthy_at: string;
  /** From old stop to new healthy; 0 when the releases overlapped, null when no old release ran. */
  gap_ms: number | null;
}

/** How the last process of the deployment ended. */
export interface ExitRecord {
  code: number | null;
  signal: string | null;
  /** ISO-8601. */
  at: string;
}

/** A generated service run by the local supervisor (PRODUCT §6 step 6). */
export interface Deployment {
  name: string;
  target: 'local';
  release_id: string;
  release_dir: string;
  /** Base URL the service answers on. */
  url: string;
  host: string;
  port: number;
  /** Process (and process-group) id; null while crashed or stopped. */
  pid: number | null;
  status: DeploymentStatus;
  /** Restarts after crashes since this release was deployed. */
  restarts: number;
  /** ISO-8601 start of the current process. */
  started_at: string;
  previous_release: ReleaseRef | null;
  /** `<DATA_DIR>/deployments/<name>/<release_id>/service.log`: stdout and stderr, appended. */
  log_path: string;
  last_exit: ExitRecord | null;
  last_swap: SwapReport | null;
  /** sha256 of the release recorded when its tests passed; null when the deploy request carried none. */
  release_sha256?: string | null;
  /** How the service is confined: `isolated` (bwrap, its own uid, limits) or `unisolated` (SANDBOX=process). */
  isolation?: IsolationReport;
  /** Why the supervisor last refused to start the release (e.g. `RELEASE_HASH_MISMATCH`), if it did. */
  last_refusal?: { code: string; message: string; at: string } | null;
  /** Host id (`DEPLOY_HOST_ID`) of the machine the process runs on; absent in state written before leases. */
  host_id?: string;
  /**
   * Instance id of the executor whose lease supervises it now, null when no live executor holds one (the next
   * executor on its host adopts it). Only in views read from Redis (`GET /deployments` with leases).
   */
  supervised_by?: string | null;
}

/** What {@link LocalSupervisor.deploy} runs. */
export interface DeployRequest {
  /** Service name, kebab-case, 1–63 characters (it names directories). */
  name: string;
  /** Release id, 1–128 of `A-Z a-z 0-9 . _ -` (it names a directory). */
  release_id: string;
  /** Directory holding `main.js`; the process runs `node main.js` in it. */
  release_dir: string;
  port: number;
  /**
   * Environment of the service (e.g. `REGISTRY_URL`, `SERVICE_VERSION`). Nothing is inherited from the
   * executor, so its secrets never reach generated code; `PORT` and `HOST` are set by the supervisor.
   */
  env?: Record<string, string>;
  /** sha256 of the tested release: verified now and before every restart; a mismatch refuses the start. */
  release_sha256?: string;
}

/** Why a deploy did not go live, and what serves now. */
export interface DeployFailure {
  ok: false;
  /**
   * `staging`: the release never became healthy on the spare port (the old one was not touched).
   * `start`: it never became healthy on its port (nothing of the old one had to stop).
   * `switch`: it was healthy on the spare port but not on the real one; the old release was restarted.
   */
  stage: 'staging' | 'start' | 'switch';
  error: string;
  /** Stable code when the start was refused (`RELEASE_HASH_MISMATCH`). */
  code?: string;
  /** True when the previous release had to be restarted to serve again. */
  rolled_back: boolean;
  /** What is deployed now (the previous release), or null when nothing is. */
  deployment: Deployment | null;
  /** Log of the failed release. */
  log_path: string;
}

/** Result of a deploy or rollback; a failure is a result, not an exception, so the pipeline must look. */
export type DeployResult = { ok: true; deployment: Deployment; swap: SwapReport } | DeployFailure;

/** Result of {@link LocalSupervisor.healthOf}. */
export interface HealthReport {
  name: string;
  url: string;
  /** True when `GET /health` answered 200 with `status: "active"`. */
  ok: boolean;
  http_status: number | null;
  /** The `status` the service reported, when it answered JSON. */
  reported: string | null;
  error: string | null;
  latency_ms: number;
  /** ISO-8601. */
  checked_at: string;
}

/** Something the supervisor did or saw; the pipeline turns these into build events. */
export interface SupervisorEvent {
  type:
    | 'started'
    | 'healthy'
    | 'crashed'
    | 'restarted'
    | 'adopted'
    | 'stopped'
    | 'deploy_failed'
    /** A start refused before anything ran (a release that is not the tested one). */
    | 'refused'
    /** Given up to another executor (handed over on request, or the lease was lost): no longer supervised here. */
    | 'released';
  name: string;
  release_id: string;
  pid: number | null;
  message: string;
  /** ISO-8601. */
  at: string;
}
