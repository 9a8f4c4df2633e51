import { isUtcDay, lastUtcDays, utcDay, utcDayStart } from './utc-day';

describe('utc days', () => {
  it('names the UTC day, not the local one', () => {
    expect(utcDay(Date.parse('2025-03-09T23:59:59.999Z'))).toBe('2025-03-09');
    expect(utcDay(Date.parse('2025-03-10T00:00:00.000Z'))).toBe('2025-03-10');
    expect(utcDayStart('2025-03-10')).toBe(Date.parse('2025-03-10T00:00:00.000Z'));
  });

  it('lists the last days oldest first, across a month end', () => {
    expect(lastUtcDays(3, Date.parse('2025-03-01T08:00:00Z'))).toEqual([
      '2025-02-27',
      '2025-02-28',
      '2025-03-01',
    ]);
  });

  it('accepts only real calendar days', () => {
    expect(isUtcDay('2024-02-29')).toBe(true);
    expect(isUtcDay('2025-02-29')).toBe(false);
    expect(isUtcDay('2025-3-1')).toBe(false);
    expect(isUtcDay('yesterday')).toBe(false);
  });
});
