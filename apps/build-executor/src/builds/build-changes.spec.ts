import type { BuildRecord } from './build.record';
import { moveBuild } from './build-changes';

const started = '2026-01-01T00:00:00.000Z';

function record(patch: Partial<BuildRecord>): BuildRecord {
  return {
    build_id: 'bld_1',
    status: 'codegen',
    phases: {
      codegen: { status: 'running', started_at: started, ended_at: null, duration_ms: null, attempts: 1 },
    },
    started_at: started,
    ...patch,
  } as BuildRecord;
}

describe('moveBuild around paused_budget', () => {
  it('keeps the paused phase open, and resumes it without a new attempt', () => {
    const paused = moveBuild(record({}), 'paused_budget', 'paused', { paused_from: 'codegen' }).record;
    expect(paused.phases.codegen?.status).toBe('running');
    expect(paused.phases.paused_budget).toBeUndefined();

    const resumed = moveBuild(paused, 'codegen', 'resuming', { paused_from: null }).record;
    expect(resumed.phases.codegen).toMatchObject({ status: 'running', attempts: 1 });
  });

  it('closes the paused phase as failed when the paused build is cancelled', () => {
    const paused = moveBuild(record({}), 'paused_budget', 'paused', { paused_from: 'codegen' }).record;
    const cancelled = moveBuild(paused, 'cancelled', 'cancelled').record;
    expect(cancelled.phases.codegen).toMatchObject({ status: 'failed', ended_at: expect.any(String) });
  });

  it('refuses a move the build lifecycle does not allow, with INVALID_STATE_TRANSITION', () => {
    expect(() => moveBuild(record({}), 'deploying', 'skipping ahead')).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE_TRANSITION', httpStatus: 409 }),
    );
  });
});
