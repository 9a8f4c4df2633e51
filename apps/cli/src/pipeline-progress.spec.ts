import type { PipelineEvent } from '@sf/contracts';
import { formatDuration, PipelineProgress } from './pipeline-progress';

let seq = 0;
function event(ms: number, to: string, extra: Partial<PipelineEvent> = {}): PipelineEvent {
  seq += 1;
  return {
    id: `${1000 + ms}-${seq}`,
    ts: new Date(1_700_000_000_000 + ms).toISOString(),
    intent_id: 'int_1',
    phase: to,
    type: 'status_changed',
    message: `now ${to}`,
    data: { to },
    ...extra,
  };
}

describe('PipelineProgress', () => {
  it('makes a phase of each status change, with durations from the event times', () => {
    const p = new PipelineProgress();
    p.apply(event(0, 'queued'));
    p.apply(event(100, 'spec_building'));
    const change = p.apply(event(350, 'spec_verifying', { message: 'SPEC draft written' }));

    expect(change.ended).toMatchObject({ name: 'spec_building', state: 'done', note: 'SPEC draft written' });
    expect(change.ended!.endedAt! - change.ended!.startedAt).toBe(250);
    expect(p.current?.name).toBe('spec_verifying');
  });

  it("shows the build's phases once: no intent `building`, no build `queued`, no mirrored copies", () => {
    const p = new PipelineProgress();
    p.apply(event(0, 'build_queued'));
    p.apply(event(10, 'queued', { build_id: 'bld_1' }));
    p.apply(event(11, 'building'));
    p.apply(event(20, 'codegen', { build_id: 'bld_1' }));
    p.apply(event(40, 'deploying', { build_id: 'bld_1' }));
    p.apply(event(40, 'deploying', { message: 'build bld_1: UDC verified' }));

    expect(p.phases.map((x) => x.name)).toEqual(['build_queued', 'codegen', 'deploying']);
  });

  it("ends on the intent's terminal status, even when the build reported it first", () => {
    const p = new PipelineProgress();
    p.apply(event(0, 'health_checking', { build_id: 'bld_1' }));
    p.apply(event(5, 'deployed', { build_id: 'bld_1' }));
    expect(p.terminal).toBeNull();

    const change = p.apply(event(6, 'deployed', { message: 'build bld_1: deployed and healthy' }));

    expect(p.terminal).toBe('deployed');
    expect(change.ended).toMatchObject({ name: 'deployed', state: 'done' });
  });

  it('marks a refusal as failed and keeps the last problem as the reason', () => {
    const p = new PipelineProgress();
    p.apply(event(0, 'spec_verifying'));
    p.apply({ ...event(5, 'spec_verifying'), type: 'error', message: 'feature X is not realised' });
    const change = p.apply(event(6, 'needs_human_review'));

    expect(change.started).toMatchObject({ name: 'needs_human_review', state: 'failed' });
    expect(p.terminal).toBe('needs_human_review');
    expect(p.lastProblem).toBe('feature X is not realised');
  });

  it('tells when a phase waits for a decision', () => {
    const p = new PipelineProgress();

    const change = p.apply(event(0, 'awaiting_deploy_approval', { build_id: 'bld_1' }));

    expect(change.started?.state).toBe('waiting');
    expect(change.notice).toContain('sovereign approve');
  });

  it('takes a result as the note, but not a bare "done"', () => {
    const p = new PipelineProgress();
    p.apply(event(0, 'testing', { build_id: 'b' }));
    p.apply({ ...event(1, 'testing'), type: 'test_result', message: 'tests: 9 passed, 0 failed' });
    p.apply({ ...event(2, 'testing'), type: 'phase_completed', message: 'testing done' });

    expect(p.current?.note).toBe('tests: 9 passed, 0 failed');
  });
});

describe('formatDuration', () => {
  it('reads well from milliseconds to minutes', () => {
    expect(formatDuration(420)).toBe('0.42s');
    expect(formatDuration(12_340)).toBe('12.3s');
    expect(formatDuration(125_000)).toBe('2m05s');
  });
});
