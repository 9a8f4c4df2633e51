import type { BuildGitLink } from '../release-git/release-git.types';
import type { BuildRecord } from './build.record';

/** `POST /builds/submit` (202). */
export interface SubmitBuildResponse {
  build_id: string;
  status: BuildRecord['status'];
  links: { status: string; stream: string };
}

/** One line of {@link BuildStatsResponse.recent}. */
export interface RecentBuild {
  build_id: string;
  intent_id: string | null;
  service_name: string;
  status: BuildRecord['status'];
  created_at: string;
  finished_at: string | null;
}

/** `GET /builds`: the seed's stats plus the most recent builds. */
export interface BuildStatsResponse {
  total: number;
  queued: number;
  running: number;
  completed: number;
  failed: number;
  /** Deployed over finished (deployed, failed, rolled back, needs review), two decimals. */
  success_rate: number;
  avg_build_time_minutes: number;
  recent: RecentBuild[];
}

/** `GET /builds/:id/status`, and the answer of every build command. */
export interface BuildStatusResponse extends Pick<
  BuildRecord,
  | 'build_id'
  | 'intent_id'
  | 'service_name'
  | 'status'
  | 'approval_mode'
  | 'created_at'
  | 'updated_at'
  | 'started_at'
  | 'finished_at'
  | 'spec'
  | 'phases'
  | 'tests'
  | 'test_runs'
  | 'udc'
  | 'sandbox'
  | 'deployment'
  | 'registration'
  | 'health'
  | 'cost'
  | 'models'
  | 'approvals'
  | 'error'
> {
  /** While paused_budget: the step it resumes at. */
  paused_from: BuildRecord['status'] | null;
  /** While paused_budget: what that step's model call needs (USD). */
  paused_need_usd: number | null;
  attempts: { fix_iterations: number; test_runs: number };
  artifacts: { dir: string; spec: string; release: string; logs: string; archived: string | null };
  /** The release's commit and tag in the service's repository (docs/git.md); null until it is deployed. */
  git: BuildGitLink | null;
  links: { stream: string };
}
