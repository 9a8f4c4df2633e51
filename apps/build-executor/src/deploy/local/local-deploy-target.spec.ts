import type { DeployRequest, DeployResult } from '../deployment.types';
import { LocalDeployTarget } from './local-deploy-target';
import type { LocalSupervisor } from './local-supervisor';

/** A supervisor that records what it was asked to deploy and fails it (the request is what matters). */
function fakeSupervisor(label: 'isolated' | 'unisolated'): {
  supervisor: LocalSupervisor;
  seen: DeployRequest[];
} {
  const seen: DeployRequest[] = [];
  const supervisor = {
    isolationLabel: () => label,
    deploy: (request: DeployRequest): Promise<DeployResult> => {
      seen.push(request);
      return Promise.resolve({
        ok: false,
        stage: 'start',
        error: 'refused',
        code: 'RELEASE_HASH_MISMATCH',
        rolled_back: false,
        deployment: null,
        log_path: '/tmp/x.log',
      });
    },
  } as unknown as LocalSupervisor;
  return { supervisor, seen };
}

const release = {
  name: 'orders',
  release_id: 'bld_1',
  release_dir: '/srv/release',
  spec_sha256: 'a'.repeat(64),
  release_sha256: 'b'.repeat(64),
  version: '1.0.0',
  port: 9100,
  env: { SERVICE_VERSION: '1.0.0', SF_PROVENANCE: JSON.stringify({ intent_id: 'int_1', tests_passed: 3 }) },
};

describe('LocalDeployTarget', () => {
  it.each(['isolated', 'unisolated'] as const)(
    'labels the registry provenance %s and hands the release digest to the supervisor',
    async (label) => {
      const { supervisor, seen } = fakeSupervisor(label);

      const outcome = await new LocalDeployTarget(supervisor, 'http://127.0.0.1:8211').deploy(release);

      expect(JSON.parse(seen[0].env?.SF_PROVENANCE ?? '{}')).toEqual({
        intent_id: 'int_1',
        tests_passed: 3,
        isolation: label,
      });
      expect(seen[0]).toMatchObject({
        release_sha256: 'b'.repeat(64),
        env: { REGISTRY_URL: 'http://127.0.0.1:8211' },
      });
      expect(outcome).toMatchObject({
        ok: false,
        details: { stage: 'start', code: 'RELEASE_HASH_MISMATCH' },
      });
    },
  );

  it('leaves an environment without provenance as it is', async () => {
    const { supervisor, seen } = fakeSupervisor('isolated');

    await new LocalDeployTarget(supervisor, 'http://127.0.0.1:8211').deploy({ ...release, env: { A: '1' } });

    expect(seen[0].env).toEqual({ REGISTRY_URL: 'http://127.0.0.1:8211', A: '1' });
  });
});
