import type { IntentStatus } from '@sf/contracts';
import type { IntentRecord } from '../intents/intent.record';
import { buildStepsTo, catchUpTo } from './build-catch-up';

function intentAt(status: IntentStatus): IntentRecord {
  return {
    intent_id: 'int_1',
    status,
    previous_status: null,
    updated_at: '',
    finished_at: null,
  } as IntentRecord;
}

describe('an intent catching up with its build when events arrive out of order', () => {
  it('walks deploying → registering → health_checking → deployed when deployed is seen first', () => {
    expect(buildStepsTo('deploying', 'deployed')).toEqual(['registering', 'health_checking', 'deployed']);
  });

  it('walks from building straight through the deploy steps, without approval', () => {
    expect(buildStepsTo('building', 'health_checking')).toEqual([
      'deploying',
      'registering',
      'health_checking',
    ]);
  });

  it('finds no way out of a terminal status, nor back into the SPEC line', () => {
    expect(buildStepsTo('failed', 'deployed')).toBeNull();
    expect(buildStepsTo('deployed', 'registering')).toBeNull();
    expect(buildStepsTo('building', 'spec_ready')).toBeNull();
  });

  it('records every missed step as a transition, the build event and the patch with the last one', () => {
    const change = catchUpTo(intentAt('deploying'), 'deployed', 'build bld_1: deployed', { error: null }, [
      { phase: 'deployed', type: 'log', message: 'deployed', data: {} },
    ]);
    expect(change?.record.status).toBe('deployed');
    expect(change?.record.previous_status).toBe('health_checking');
    expect(change?.record.finished_at).not.toBeNull();
    expect(change?.events.map((e) => [e.type, e.data])).toEqual([
      ['status_changed', { from: 'deploying', to: 'registering' }],
      ['status_changed', { from: 'registering', to: 'health_checking' }],
      ['log', {}],
      ['status_changed', { from: 'health_checking', to: 'deployed' }],
    ]);
  });

  it('changes nothing when the target cannot be reached', () => {
    expect(catchUpTo(intentAt('rejected'), 'deployed', 'm', {}, [])).toBeNull();
  });
});
