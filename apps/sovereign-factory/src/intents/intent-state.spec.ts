import { AppError } from '@sf/contracts';
import { assertTransition } from './intent-state';

describe('assertTransition', () => {
  it('accepts a move the intent lifecycle allows', () => {
    expect(() => assertTransition('queued', 'spec_building')).not.toThrow();
  });

  it('refuses skipping the gate with INVALID_STATE_TRANSITION', () => {
    expect(() => assertTransition('queued', 'build_queued')).toThrow(AppError);
    expect(() => assertTransition('spec_building', 'spec_ready')).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE_TRANSITION', httpStatus: 409 }),
    );
  });
});
