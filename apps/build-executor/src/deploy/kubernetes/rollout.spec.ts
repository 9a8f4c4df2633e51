import { rolloutState, type DeploymentStatusView } from './rollout';

function deployment(
  status: NonNullable<DeploymentStatusView['status']>,
  generation = 2,
): DeploymentStatusView {
  return { metadata: { generation }, spec: { replicas: 2 }, status };
}

describe('rolloutState', () => {
  it('waits until the controller has observed the new generation', () => {
    const state = rolloutState(
      deployment({ observedGeneration: 1, replicas: 2, updatedReplicas: 2, availableReplicas: 2 }),
    );
    expect(state.phase).toBe('progressing');
    expect(state.message).toContain('generation 2');
  });

  it('waits while replicas are not yet updated', () => {
    const state = rolloutState(deployment({ observedGeneration: 2, replicas: 3, updatedReplicas: 1 }));
    expect(state).toMatchObject({ phase: 'progressing', updated: 1, desired: 2 });
  });

  it('waits while old replicas are still there', () => {
    const state = rolloutState(
      deployment({ observedGeneration: 2, replicas: 3, updatedReplicas: 2, availableReplicas: 2 }),
    );
    expect(state.phase).toBe('progressing');
    expect(state.message).toContain('old replica');
  });

  it('waits while updated replicas are not available (not ready)', () => {
    const state = rolloutState(
      deployment({ observedGeneration: 2, replicas: 2, updatedReplicas: 2, availableReplicas: 1 }),
    );
    expect(state.phase).toBe('progressing');
  });

  it('is complete when every replica is updated and available', () => {
    const state = rolloutState(
      deployment({
        observedGeneration: 2,
        replicas: 2,
        updatedReplicas: 2,
        readyReplicas: 2,
        availableReplicas: 2,
      }),
    );
    expect(state).toMatchObject({ phase: 'complete', available: 2, ready: 2 });
  });

  it('has failed when the cluster reports ProgressDeadlineExceeded', () => {
    const state = rolloutState(
      deployment({
        observedGeneration: 2,
        replicas: 3,
        updatedReplicas: 1,
        conditions: [
          { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'too slow' },
        ],
      }),
    );
    expect(state.phase).toBe('failed');
    expect(state.message).toContain('too slow');
  });
});
