import type { DeploymentState } from './deployment-store';
import { committedState, type CommittedRelease } from './committed-state';
import { UNISOLATED } from './release-processes';

const swap = {
  mode: 'staged' as const,
  from_release_id: 'r1',
  staging_port: 41000,
  old_stopped_at: '2025-06-01T12:05:00.000Z',
  new_healthy_at: '2025-06-01T12:05:00.250Z',
  gap_ms: 250,
};

function committed(releaseId: string, env: Record<string, string>): CommittedRelease {
  return {
    name: 'orders',
    release: {
      release_id: releaseId,
      release_dir: `/srv/orders/${releaseId}`,
      release_sha256: `sha-${releaseId}`,
    },
    env,
    host: '0.0.0.0',
    port: 9100,
    url: 'http://127.0.0.1:9100',
    pid: 4242,
    startedAtMs: Date.parse('2025-06-01T12:05:00.000Z'),
    logPath: `/data/deployments/orders/${releaseId}/service.log`,
    swap,
    isolation: UNISOLATED,
  };
}

function serving(releaseId: string, env: Record<string, string>): DeploymentState {
  const before = committedState(null, committed(releaseId, env));
  before.deployment.restarts = 3;
  before.deployment.status = 'crashed';
  before.deployment.last_exit = { code: 1, signal: null, at: '2025-06-01T12:04:00.000Z' };
  before.staging = { pid: 5000, release_dir: `/srv/orders/${releaseId}` };
  return before;
}

describe('committedState', () => {
  it('records a first release as running with no rollback target', () => {
    expect(committedState(null, committed('r1', { SERVICE_VERSION: '1.0.0' }))).toEqual({
      deployment: {
        name: 'orders',
        target: 'local',
        release_id: 'r1',
        release_dir: '/srv/orders/r1',
        url: 'http://127.0.0.1:9100',
        host: '0.0.0.0',
        port: 9100,
        pid: 4242,
        status: 'running',
        restarts: 0,
        started_at: '2025-06-01T12:05:00.000Z',
        previous_release: null,
        log_path: '/data/deployments/orders/r1/service.log',
        last_exit: null,
        last_swap: swap,
        release_sha256: 'sha-r1',
        isolation: UNISOLATED,
        last_refusal: null,
      },
      env: { SERVICE_VERSION: '1.0.0' },
      previous_env: null,
      staging: null,
    });
  });

  it('makes the replaced release, with its environment, the rollback target and starts the new one afresh', () => {
    const next = committedState(serving('r1', { V: '1' }), committed('r2', { V: '2' }));

    expect(next.deployment.previous_release).toEqual({
      release_id: 'r1',
      release_dir: '/srv/orders/r1',
      release_sha256: 'sha-r1',
    });
    expect(next.previous_env).toEqual({ V: '1' });
    expect(next.env).toEqual({ V: '2' });
    expect(next.deployment).toMatchObject({ status: 'running', restarts: 0, last_exit: null });
    expect(next.staging).toBeNull();
  });

  it('keeps the earlier rollback target when the same release is deployed again', () => {
    const r2 = committedState(serving('r1', { V: '1' }), committed('r2', { V: '2' }));

    const again = committedState(r2, committed('r2', { V: '2b' }));

    expect(again.deployment.previous_release).toEqual({
      release_id: 'r1',
      release_dir: '/srv/orders/r1',
      release_sha256: 'sha-r1',
    });
    expect(again.previous_env).toEqual({ V: '1' });
    expect(again.env).toEqual({ V: '2b' });
  });
});
