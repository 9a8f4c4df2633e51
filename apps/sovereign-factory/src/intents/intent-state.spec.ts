import { INTENT_STATUSES, TERMINAL_INTENT_STATUSES, AppError } from '@sf/contracts';
import { assertTransition, canTransition } from './intent-state';

describe('intent state machine', () => {
  it('follows the SPEC line in order', () => {
    const path = [
      'queued',
      'spec_building',
      'spec_verifying',
      'spec_optimizing',
      'spec_verifying',
      'spec_ready',
      'build_queued',
    ] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i])).toBe(true);
  });

  it('never leaves a terminal status', () => {
    for (const from of TERMINAL_INTENT_STATUSES) {
      for (const to of INTENT_STATUSES) expect(canTransition(from, to)).toBe(false);
    }
  });

  it('lets any unfinished intent be cancelled or failed', () => {
    for (const from of INTENT_STATUSES.filter((s) => !TERMINAL_INTENT_STATUSES.includes(s))) {
      expect(canTransition(from, 'cancelled')).toBe(true);
      expect(canTransition(from, 'failed')).toBe(true);
    }
  });

  it('refuses skipping the gate with INVALID_STATE_TRANSITION', () => {
    expect(() => assertTransition('queued', 'build_queued')).toThrow(AppError);
    expect(() => assertTransition('spec_building', 'spec_ready')).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE_TRANSITION', httpStatus: 409 }),
    );
  });
});
