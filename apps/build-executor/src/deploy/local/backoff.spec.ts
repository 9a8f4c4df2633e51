import { DEFAULT_BACKOFF, restartDelayMs } from './backoff';

describe('restartDelayMs', () => {
  it('starts at half a second and doubles', () => {
    expect([0, 1, 2, 3, 4].map((n) => restartDelayMs(n))).toEqual([500, 1000, 2000, 4000, 8000]);
  });

  it('never exceeds thirty seconds, however long the streak', () => {
    expect(restartDelayMs(6)).toBe(30_000);
    expect(restartDelayMs(10_000)).toBe(30_000);
  });

  it('follows a custom policy', () => {
    expect(restartDelayMs(3, { ...DEFAULT_BACKOFF, initialMs: 100, maxMs: 500 })).toBe(500);
    expect(restartDelayMs(1, { ...DEFAULT_BACKOFF, initialMs: 100, maxMs: 500 })).toBe(200);
  });
});
