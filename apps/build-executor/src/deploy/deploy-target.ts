/**
 * Where a build's release goes (PRODUCT §6 step 6): `local` runs it as a supervised process on this machine,
 * `kubernetes` applies it to the cluster of `KUBECONFIG`.
 */
export type DeployTarget = 'local' | 'kubernetes';

/**
 * The target of a build's `deploy_local` / `deploy_production` flags: production (Kubernetes) wins, since a
 * build deploys to exactly one target and `deploy_local` defaults to true; null when both are false.
 */
export function deployTargetOf(flags: {
  deploy_local: boolean;
  deploy_production: boolean;
}): DeployTarget | null {
  if (flags.deploy_production) return 'kubernetes';
  return flags.deploy_local ? 'local' : null;
}
