import type { BuildRecord } from '../../builds/build.record';
import { registeredSince } from './register.phase';

type Seen = Pick<BuildRecord, 'deployment' | 'phases' | 'updated_at'>;
const record = (over: Partial<Seen>): Seen => ({
  deployment: null,
  phases: { registering: { started_at: '2026-12-04T08:06:20.000Z' } } as BuildRecord['phases'],
  updated_at: '2026-12-04T08:06:21.000Z',
  ...over,
});

describe('which registrations count as the deployed release', () => {
  it('counts one made before this phase began when the release process started earlier (a resumed build)', () => {
    const since = registeredSince(record({ deployment: { started_at: '2026-12-04T08:06:01.619Z' } }));
    // The service registered at 08:06:03.854, the resumed phase began at 08:06:20.
    expect(since).toBeLessThanOrEqual(Date.parse('2026-12-04T08:06:03.854Z'));
    // An older release's registration (before this process started) does not count.
    expect(since).toBeGreaterThan(Date.parse('2026-12-04T08:05:59.000Z'));
  });

  it('falls back to the phase start when the deployment names no start time (another target)', () => {
    expect(registeredSince(record({ deployment: { url: 'http://x' } }))).toBe(
      Date.parse('2026-12-04T08:06:19.000Z'),
    );
    expect(registeredSince(record({ deployment: { started_at: 'not a date' } }))).toBe(
      Date.parse('2026-12-04T08:06:19.000Z'),
    );
  });
});
