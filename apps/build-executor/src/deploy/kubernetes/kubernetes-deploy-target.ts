import { AppError } from '@sf/contracts';
import type { DeployOutcome, DeployTarget, ReleaseToDeploy, TargetAvailability } from '../deploy-target';
import type { KubernetesTarget } from './kubernetes-target';

/**
 * The `kubernetes` target (`deploy_production`): the release is applied to the cluster of `KUBECONFIG` by
 * the {@link KubernetesTarget}, which also keeps the release history a rollback needs.
 */
export class KubernetesDeployTarget implements DeployTarget {
  readonly kind = 'kubernetes' as const;

  constructor(
    private readonly kubernetes: KubernetesTarget,
    /** Mints the service's own registry token (`REGISTRY_TOKEN`, from its credentials Secret); null: none. */
    private readonly registryToken: ((name: string) => Promise<string>) | null = null,
  ) {}

  availability(): TargetAvailability {
    const availability = this.kubernetes.availability();
    if (availability.ok) return { ok: true };
    return { ok: false, reason: `deploy_production needs a Kubernetes cluster: ${availability.reason}` };
  }

  /** Applies and waits for the rollout; a failed rollout is rolled back by the target. */
  async deploy(release: ReleaseToDeploy): Promise<DeployOutcome> {
    const token: Record<string, string> = this.registryToken
      ? { REGISTRY_TOKEN: await this.registryToken(release.name) }
      : {};
    const result = await this.kubernetes.deploy({ ...release, secretEnv: token });
    if (!result.ok) {
      const { ok: _ok, error, ...outcome } = result;
      return {
        ok: false,
        rolled_back: result.rolled_back,
        error,
        deployment: { target: 'kubernetes', ...outcome },
        details: { ...outcome },
      };
    }
    const d = result.deployment;
    return {
      ok: true,
      deployment: { ...d },
      summary: `rolled out to ${d.namespace}/${d.name} (${d.url})`,
      event: {
        message: `release ${d.release_id} rolled out: ${d.rollout.message}`,
        data: { url: d.url, namespace: d.namespace, objects: d.objects, rollout: d.rollout },
      },
    };
  }

  /**
   * A cluster Service is usually out of the executor's reach: there, the pods' readiness (which requires
   * `/health` to say active) is the verdict.
   */
  async isActive(name: string): Promise<boolean> {
    return (await this.kubernetes.rolloutOf(name))?.phase === 'complete';
  }

  async revert(name: string, releaseId: string): Promise<string | null> {
    return (await this.kubernetes.rollback(name, releaseId)).restored_release;
  }

  /** 502 `DEPLOY_FAILED` when the restored release does not become ready either. */
  async rollback(name: string, releaseId: string): Promise<{ restored_release: string | null }> {
    const result = await this.kubernetes.rollback(name, releaseId, {
      requireCurrent: true,
      requirePrevious: true,
    });
    if (result.error) {
      throw new AppError('DEPLOY_FAILED', `rollback of ${name} failed: ${result.error}`, {
        restored_release: result.restored_release,
      });
    }
    return { restored_release: result.restored_release };
  }

  stop(name: string): Promise<void> {
    return this.kubernetes.stop(name);
  }

  async describe(name: string): Promise<Record<string, unknown> | null> {
    const rollout = await this.kubernetes.rolloutOf(name);
    return rollout ? { target: 'kubernetes', name, rollout } : null;
  }

  /** The cluster keeps services running across executor restarts: nothing to take over. */
  async adoptAtBoot(): Promise<void> {}
}
