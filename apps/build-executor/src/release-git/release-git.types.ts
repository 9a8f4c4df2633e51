/** A release's place in git: written when it is committed, shown on the build's status. */
export interface ReleaseGitRef {
  /** Release (build) id. */
  release_id: string;
  commit: string;
  tag: string;
}

/** Why the last git step of a service failed; it is retried on the next deploy. */
export interface GitFailure {
  code: 'GIT_COMMIT_FAILED' | 'GIT_PUSH_FAILED' | 'GIT_REF_FAILED';
  message: string;
  /** ISO-8601. */
  at: string;
}

/** The `git` field of a build's status: where its release was committed, or why it was not (yet). */
export interface BuildGitLink {
  /** Local bare repository (`git clone <repository>`). */
  repository: string;
  /** The remote it is pushed to (credentials never shown), or null when none is configured. */
  remote: string | null;
  /** Branch holding one commit per release. */
  branch: string;
  /** Null when the commit failed (see `error`); it is retried on the service's next deploy. */
  commit: string | null;
  tag: string | null;
  /** True once pushed to `remote`; null when there is no remote. */
  pushed: boolean | null;
  error: GitFailure | null;
}

/** What a service's repository holds now: the `git` field of its deployment and registry entry. */
export interface ServiceGitLink {
  service: string;
  repository: string;
  remote: string | null;
  branch: string;
  /** The ref that follows deploys and rollbacks. */
  deployed_ref: string;
  /** The release `deployed` names (null when nothing does). */
  deployed: ReleaseGitRef | null;
  /** The newest release committed. */
  latest: ReleaseGitRef | null;
  pushed: boolean | null;
  /** Releases whose commit failed, committed first on the next deploy. */
  pending: string[];
  error: GitFailure | null;
  /** ISO-8601. */
  updated_at: string;
}
