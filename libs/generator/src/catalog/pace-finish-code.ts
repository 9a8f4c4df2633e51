import type { FunctionCode } from './catalog-entry';

/*
 * The code the finish-time family emits: a distance and a pace (m:ss per the same unit the distance is counted
 * in) give the finish time, pace × distance rounded to the nearest second, written h:mm:ss (hours padded to two
 * digits when options.padHours). A distance of zero or below, or a pace that is not m:ss above 0:00, is refused.
 * Module-level names carry the family's prefix, unique across the catalog.
 */

export const PACE_FINISH_CODE: FunctionCode = {
  id: 'pace.finish',
  exportName: 'paceFinish',
  source: String.raw`/** Seconds of a pace written "m:ss" (the minutes may pass 60, the seconds stay below 60); null when it is none. */
function paceFinishPaceSeconds(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{1,3}):([0-5]\d)$/.exec(value.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * pace.finish: input.distance (above 0) run at input.pace (m:ss per unit of distance) takes pace × distance
 * seconds, rounded to the nearest second: finish_seconds, and finish_time written h:mm:ss (hh:mm:ss when
 * options.padHours). A distance of zero or below, or a pace that is not m:ss above 0:00, is refused.
 */
export const paceFinish: CatalogFunction = (input, options) => {
  const distance = input.distance;
  const pace = paceFinishPaceSeconds(input.pace);
  const problems: string[] = [];
  if (typeof distance !== 'number' || !Number.isFinite(distance)) problems.push('distance must be a number');
  else if (distance <= 0) problems.push('distance must be above 0, not ' + String(distance));
  if (pace === null) problems.push('pace must be written m:ss (like 5:30)');
  else if (pace <= 0) problems.push('pace must be above 0:00');
  if (problems.length > 0 || pace === null || typeof distance !== 'number') return { ok: false, problems };
  const seconds = Math.round(pace * distance);
  if (!Number.isSafeInteger(seconds) || seconds > 1e9)
    return { ok: false, problems: ['the distance is too large to give a finish time'] };
  const hours = String(Math.floor(seconds / 3600));
  const clock =
    (options.padHours === true ? hours.padStart(2, '0') : hours) +
    ':' + String(Math.floor((seconds % 3600) / 60)).padStart(2, '0') +
    ':' + String(seconds % 60).padStart(2, '0');
  return { ok: true, value: { finish_seconds: seconds, finish_time: clock } };
};`,
};
