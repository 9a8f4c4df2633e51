import type { FunctionCode } from './catalog-entry';

/*
 * The code the pace family emits: a distance (km or miles) and a duration (seconds, minutes or a clock h:mm:ss)
 * give the pace (whole seconds per km or per mile, and the same written m:ss) and the average speed (km/h or
 * mph). A distance or a duration of zero or below is refused. Module-level names carry the family's prefix,
 * unique across the catalog.
 */

export const PACE_CODE: FunctionCode = {
  id: 'pace.run',
  exportName: 'runPace',
  source: String.raw`/** Kilometres in a mile (exact definition). */
const PACE_MILE_KM = 1.609344;

/**
 * Seconds of a duration: a number of seconds, or of minutes (hours) when unit is 'minutes' ('hours'); a clock
 * "h:mm:ss" or "m:ss" when unit is 'clock' (minutes and seconds below 60 after the hours). Null when it is none
 * of these.
 */
function paceDurationSeconds(value: unknown, unit: unknown): number | null {
  if (unit === 'clock') {
    if (typeof value !== 'string') return null;
    const m = /^(?:(\d{1,4}):([0-5]\d)|(\d{1,5})):([0-5]\d)$/.exec(value.trim());
    if (!m) return null;
    const minutes = m[1] !== undefined ? Number(m[1]) * 60 + Number(m[2]) : Number(m[3]);
    return minutes * 60 + Number(m[4]);
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return unit === 'minutes' ? value * 60 : unit === 'hours' ? value * 3600 : value;
}

/**
 * pace.run: distance in options.distanceUnit ('km' or 'mi') and duration (options.durationUnit: 'seconds',
 * 'minutes', 'hours' or 'clock') give pace_seconds (whole seconds per options.per, 'km' or 'mi'), pace (the same as m:ss,
 * the minutes counting on past 60) and speed (km/h, or mph when options.speedUnit is 'mph', rounded to
 * options.decimals). A distance or a duration of zero or below is refused.
 */
export const runPace: CatalogFunction = (input, options) => {
  const distance = input.distance;
  const seconds = paceDurationSeconds(input.duration, options.durationUnit);
  const problems: string[] = [];
  if (typeof distance !== 'number' || !Number.isFinite(distance)) problems.push('distance must be a number');
  else if (distance <= 0) problems.push('distance must be above 0, not ' + String(distance));
  if (seconds === null)
    problems.push(options.durationUnit === 'clock' ? 'duration must be a time h:mm:ss or m:ss' : 'duration must be a number of ' + String(options.durationUnit ?? 'seconds'));
  else if (seconds <= 0) problems.push('duration must be above 0');
  if (problems.length > 0 || seconds === null || typeof distance !== 'number') return { ok: false, problems };
  const km = options.distanceUnit === 'mi' ? distance * PACE_MILE_KM : distance;
  const perUnit = options.per === 'mi' ? km / PACE_MILE_KM : km;
  const paceSeconds = Math.round(seconds / perUnit);
  const speedUnits = options.speedUnit === 'mph' ? km / PACE_MILE_KM : km;
  const factor = 10 ** Number(options.decimals ?? 2);
  const speed = Math.round((speedUnits / (seconds / 3600)) * factor) / factor;
  if (!Number.isSafeInteger(paceSeconds) || !Number.isFinite(speed))
    return { ok: false, problems: ['the distance or the duration is too small or too large to give a pace'] };
  const pace = String(Math.floor(paceSeconds / 60)) + ':' + String(paceSeconds % 60).padStart(2, '0');
  return { ok: true, value: { pace_seconds: paceSeconds, pace, speed } };
};`,
};
