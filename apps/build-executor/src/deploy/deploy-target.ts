/**
 * Where a build's release goes (PRODUCT §6 step 6): `local` runs it as a supervised process on this machine,
 * `kubernetes` applies it to the cluster of `KUBECONFIG`.
 */
export type DeployTargetKind = 'local' | 'kubernetes';

/**
 * The target of a build's `deploy_local` / `deploy_production` flags: production (Kubernetes) wins, since a
 * build deploys to exactly one target and `deploy_local` defaults to true; null when both are false.
 */
export function deployTargetOf(flags: {
  deploy_local: boolean;
  deploy_production: boolean;
}): DeployTargetKind | null {
  if (flags.deploy_production) return 'kubernetes';
  return flags.deploy_local ? 'local' : null;
}

/** A tested release, as the deploy phase hands it to a target. */
export interface ReleaseToDeploy {
  /** Service name. */
  name: string;
  /** The build id: one release per build. */
  release_id: string;
  /** Directory holding `main.js` and what it requires. */
  release_dir: string;
  spec_sha256: string;
  /** sha256 of the release recorded when its tests passed; the local target verifies it before every start. */
  release_sha256?: string;
  version: string;
  port: number;
  /** `SERVICE_VERSION`, `HEARTBEAT_INTERVAL_MS`, `SF_PROVENANCE`; each target adds the addresses it owns. */
  env: Record<string, string>;
}

/** How a deploy went, in the words the build record and its events use. */
export type DeployOutcome =
  | {
      ok: true;
      /** The build record's `deployment`. */
      deployment: Record<string, unknown>;
      /** The status message of the move to `registering`. */
      summary: string;
      /** The `log` event that says where the release runs. */
      event: { message: string; data: Record<string, unknown> };
    }
  | {
      ok: false;
      /** True when the previous release serves again. */
      rolled_back: boolean;
      error: string;
      deployment: Record<string, unknown>;
      /** `details` of the build's `DEPLOY_FAILED` error. */
      details: Record<string, unknown>;
    };

/** Whether a target can deploy on this executor now, and why not. */
export type TargetAvailability = { ok: true } | { ok: false; reason: string };

/**
 * One way of running a release. Implementations: {@link LocalDeployTarget} (a supervised process) and
 * {@link KubernetesDeployTarget}; {@link DeployTargets} is the one place that picks one for a build.
 */
export interface DeployTarget {
  readonly kind: DeployTargetKind;
  /** Checked at submit, so a build that could only fail at deploy is refused before any model call. */
  availability(): TargetAvailability;
  /** Puts the release live; a release that does not come up leaves the previous one serving. */
  deploy(release: ReleaseToDeploy): Promise<DeployOutcome>;
  /** The health-check verdict: the live release says `active` (`url` is the deployment's own). */
  isActive(name: string, url: string): Promise<boolean>;
  /**
   * Takes `releaseId` out of service after a later phase failed (registration, health): the previous
   * release serves again, or the service stops when there is none. A no-op when `releaseId` is no longer
   * live. Resolves with the release serving now, or null.
   */
  revert(name: string, releaseId: string): Promise<string | null>;
  /**
   * Manual rollback of the live release `releaseId` to the service's previous one. Throws
   * `INVALID_STATE_TRANSITION` when `releaseId` is not live or has no predecessor.
   */
  rollback(name: string, releaseId: string): Promise<{ restored_release: string | null }>;
  /** Stops the service; throws `DEPLOYMENT_NOT_FOUND` when the target runs nothing of that name. */
  stop(name: string): Promise<void>;
  /** What the target runs of the service now (null when nothing). */
  describe(name: string): Promise<Record<string, unknown> | null>;
  /**
   * Called once at boot: takes charge of what a previous executor left running (re-adopts or restarts
   * local processes; nothing to do where the platform keeps services running by itself).
   */
  adoptAtBoot(): Promise<void>;
}
