import { allows, type Principal } from './roles';

const key = (role: Principal['role']): Principal => ({ name: 'k', kind: 'api-key', role });

describe('allows', () => {
  it('lets each role through to its own routes and every weaker one, never a stronger one', () => {
    expect(allows(key('viewer'), 'viewer')).toBe(true);
    expect(allows(key('viewer'), 'submitter')).toBe(false);
    expect(allows(key('submitter'), 'viewer')).toBe(true);
    expect(allows(key('approver'), 'submitter')).toBe(true);
    expect(allows(key('approver'), 'admin')).toBe(false);
    expect(allows(key('admin'), 'approver')).toBe(true);
  });

  it('gives the metrics token /metrics and nothing else', () => {
    const metrics: Principal = { name: 'metrics', kind: 'metrics', role: null };
    expect(allows(metrics, 'metrics')).toBe(true);
    expect(allows(metrics, 'viewer')).toBe(false);
    expect(allows(key('viewer'), 'metrics')).toBe(true);
  });

  it("lets a registry token write only its own service's entry, and admins any", () => {
    const token: Principal = { name: 'registry:orders', kind: 'registry', role: null, service: 'orders' };
    expect(allows(token, 'registrant', 'orders')).toBe(true);
    expect(allows(token, 'registrant', 'payments')).toBe(false);
    expect(allows(token, 'registrant', undefined)).toBe(false);
    expect(allows(token, 'viewer')).toBe(false);
    expect(allows(key('approver'), 'registrant', 'orders')).toBe(false);
    expect(allows(key('admin'), 'registrant', 'orders')).toBe(true);
  });
});
