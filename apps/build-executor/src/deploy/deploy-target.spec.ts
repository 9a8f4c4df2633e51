import { deployTargetOf } from './deploy-target';

describe('deployTargetOf', () => {
  it.each([
    [{ deploy_local: true, deploy_production: false }, 'local'],
    [{ deploy_local: true, deploy_production: true }, 'kubernetes'],
    [{ deploy_local: false, deploy_production: true }, 'kubernetes'],
    [{ deploy_local: false, deploy_production: false }, null],
  ])('maps %o to %s', (flags, target) => {
    expect(deployTargetOf(flags)).toBe(target);
  });
});
