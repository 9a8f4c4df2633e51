import { AppError } from '@sf/contracts';
import type { DeployTarget, DeployTargetKind, TargetAvailability } from './deploy-target';
import { DeployTargets } from './deploy-targets';

/** A target that only knows its kind, availability and whether it adopted at boot. */
function fakeTarget(kind: DeployTargetKind, availability: TargetAvailability = { ok: true }) {
  const target = {
    kind,
    adopted: 0,
    availability: () => availability,
    adoptAtBoot: () => {
      target.adopted++;
      return Promise.resolve();
    },
  };
  return target;
}

function targets(...list: ReturnType<typeof fakeTarget>[]): DeployTargets {
  return new DeployTargets(list as unknown as DeployTarget[]);
}

describe('DeployTargets', () => {
  it('picks Kubernetes for deploy_production and the local target otherwise', () => {
    const local = fakeTarget('local');
    const kubernetes = fakeTarget('kubernetes');
    const all = targets(local, kubernetes);

    expect(all.for({ deploy_local: true, deploy_production: false })).toBe(local);
    expect(all.for({ deploy_local: true, deploy_production: true })).toBe(kubernetes);
    expect(all.for({ deploy_local: false, deploy_production: true })).toBe(kubernetes);
  });

  it('refuses flags that name no target with DEPLOY_TARGET_UNAVAILABLE', () => {
    const all = targets(fakeTarget('local'));

    expect(() => all.for({ deploy_local: false, deploy_production: false })).toThrow(
      expect.objectContaining({ code: 'DEPLOY_TARGET_UNAVAILABLE' }) as AppError,
    );
  });

  it('refuses a target that cannot deploy here, saying why', () => {
    const all = targets(
      fakeTarget('local'),
      fakeTarget('kubernetes', { ok: false, reason: 'no KUBECONFIG' }),
    );

    expect(() => all.available({ deploy_local: true, deploy_production: true })).toThrow(/no KUBECONFIG/);
    expect(all.available({ deploy_local: true, deploy_production: false }).kind).toBe('local');
  });

  it('lets every target take charge of what it runs at boot', async () => {
    const local = fakeTarget('local');
    const kubernetes = fakeTarget('kubernetes');

    await targets(local, kubernetes).onModuleInit();

    expect([local.adopted, kubernetes.adopted]).toEqual([1, 1]);
  });
});
