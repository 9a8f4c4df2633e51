/** The parts of a Deployment's status a rollout is judged by. */
export interface DeploymentStatusView {
  metadata?: { generation?: number };
  spec?: { replicas?: number };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    unavailableReplicas?: number;
    conditions?: { type?: string; status?: string; reason?: string; message?: string }[];
  };
}

/** Where a rollout stands, with the counts that show it. */
export interface RolloutState {
  /** `complete`: every replica runs the new template and is available; `failed`: the cluster gave up. */
  phase: 'progressing' | 'complete' | 'failed';
  message: string;
  generation: number | null;
  observed_generation: number | null;
  desired: number;
  updated: number;
  ready: number;
  available: number;
}

/**
 * Judges a Deployment's rollout the way `kubectl rollout status` does: the controller must have seen the
 * latest generation, every desired replica must be updated and available, and no old replica may be left;
 * the `Progressing` condition with reason `ProgressDeadlineExceeded` means the cluster gave up.
 */
export function rolloutState(deployment: DeploymentStatusView): RolloutState {
  const generation = deployment.metadata?.generation ?? null;
  const status = deployment.status ?? {};
  const observed = status.observedGeneration ?? null;
  const desired = deployment.spec?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  const ready = status.readyReplicas ?? 0;
  const available = status.availableReplicas ?? 0;
  const total = status.replicas ?? 0;
  const counts = { generation, observed_generation: observed, desired, updated, ready, available };
  const at = (phase: RolloutState['phase'], message: string): RolloutState => ({ phase, message, ...counts });

  if (generation !== null && (observed === null || observed < generation)) {
    return at('progressing', `waiting for the controller to observe generation ${generation}`);
  }
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return at('failed', `rollout exceeded its progress deadline: ${progressing.message ?? 'no message'}`);
  }
  if (updated < desired) return at('progressing', `${updated} of ${desired} replicas updated`);
  if (total > updated) return at('progressing', `${total - updated} old replica(s) still terminating`);
  if (available < updated) return at('progressing', `${available} of ${updated} updated replicas available`);
  return at('complete', `${available} of ${desired} replicas updated and available`);
}
