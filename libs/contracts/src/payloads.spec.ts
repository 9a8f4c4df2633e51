import { AppError } from './errors';
import { parseBuildJobData, parseSpecJobData } from './payloads';

describe('job payload validation', () => {
  it('accepts a well-formed spec job', () => {
    const data = { intent_id: 'int_1', priority: 'high', revision: 0, trace: { traceparent: '00-abc' } };
    expect(parseSpecJobData(data)).toEqual(data);
  });

  it.each([
    [{ priority: 'high', revision: 0 }],
    [{ intent_id: 'int_1', priority: 'urgent', revision: 0 }],
    [{ intent_id: 'int_1', priority: 'high', revision: -1 }],
    [{ intent_id: 'int_1', priority: 'high', revision: 0, extra: true }],
    [{ intent_id: 'int_1', priority: 'high', revision: 0, trace: { n: 1 } }],
  ])('refuses a malformed spec job %p as a permanent VALIDATION_FAILED', (data) => {
    expect(() => parseSpecJobData(data)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', transient: false }),
    );
  });

  it('refuses a build job whose SPEC hash is not a sha256', () => {
    const data = {
      intent_id: 'int_1',
      service_name: 'svc',
      priority: 'low',
      approval_mode: 'auto',
      deploy_local: true,
      deploy_production: false,
      spec: { markdown: '# SPEC', sha256: 'abc', score: 95, revision: 1 },
    };
    expect(() => parseBuildJobData(data)).toThrow(AppError);
    expect(parseBuildJobData({ ...data, spec: { ...data.spec, sha256: 'a'.repeat(64) } }).spec.score).toBe(
      95,
    );
  });
});
