import type { QuotaBehavior } from '@sf/service-spec';

/*
 * Fixed windows on the UTC clock (`aligned`): the window `now` is in, as `opened` and `ends` (milliseconds since
 * the epoch) — a whole multiple of the window's length (midnight UTC for a day, the full hour for an hour), or the
 * calendar month from its 1st at 00:00 UTC to the next 1st.
 */

/** Statements declaring `opened` and `ends`, the bounds of the window on the UTC clock that `now` is in. */
export function clockWindowLines(b: QuotaBehavior): string[] {
  if (b.aligned === 'utc_month') {
    return [
      'const month = new Date(now);',
      'const opened = Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1);',
      'const ends = Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1);',
    ];
  }
  return [
    `const windowMs = ${b.window_seconds * 1000};`,
    // The window the UTC clock is in: it started at a whole multiple of its length since the epoch.
    'const opened = Math.floor(now / windowMs) * windowMs;',
    'const ends = opened + windowMs;',
  ];
}

/** The seconds the first window on the UTC clock at or after `start` lasts (a calendar month's own length). */
export function clockWindowSeconds(b: QuotaBehavior, start: number): number {
  if (b.aligned !== 'utc_month') return b.window_seconds;
  const at = new Date(start);
  return (Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1) - start) / 1000;
}

/** The first instant at or after `start` where a window on the UTC clock starts. */
export function clockWindowStart(b: QuotaBehavior, start: number): number {
  if (b.aligned !== 'utc_month') {
    const windowMs = b.window_seconds * 1000;
    return Math.ceil(start / windowMs) * windowMs;
  }
  const at = new Date(start);
  const first = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1);
  return first === start ? start : Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1);
}
