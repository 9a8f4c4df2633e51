import type { FunctionCode } from './catalog-entry';

/*
 * The code the parking-fee family emits: a stay (an entry and an exit date-time, or a number of minutes) costs
 * the hourly rate for every hour begun, at most the daily cap for each 24 hours from the entry (each whole day
 * pays the cap, the rest the capped hourly fee). Module-level names carry the family's prefix, unique across the
 * catalog.
 */

export const PARKING_FEE_CODE: FunctionCode = {
  id: 'parking.fee',
  exportName: 'parkingFee',
  source: String.raw`/**
 * Seconds since 1970-01-01T00:00 of a real date-time "YYYY-MM-DDTHH:MM" (or with ":SS", or a space for the T),
 * read as a wall-clock time without a zone; null when it is none.
 */
function parkingSeconds(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.getTime() / 1000 + Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0);
}

/**
 * parking.fee: the stay (options.input 'stay': exit less entry; 'minutes': input.minutes) costs options.rate for
 * every hour begun, at most options.cap (when there is one) for each 24 hours from the entry: each whole day pays
 * the cap and the rest the hourly fee up to the cap; options.freeMinutes (when set) are taken off the stay first.
 * Rounded to cents. A stay of zero or less, or an entry or exit that is not a real date-time, is refused.
 */
export const parkingFee: CatalogFunction = (input, options) => {
  let seconds: number;
  if (options.input === 'minutes') {
    const minutes = input.minutes;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes))
      return { ok: false, problems: ['minutes must be a number of minutes'] };
    if (minutes <= 0) return { ok: false, problems: ['the stay must be longer than 0 minutes, not ' + String(minutes)] };
    seconds = minutes * 60;
  } else {
    const entry = parkingSeconds(input.entry);
    const exit = parkingSeconds(input.exit);
    const problems: string[] = [];
    if (entry === null) problems.push('entry must be a real date-time YYYY-MM-DDTHH:MM');
    if (exit === null) problems.push('exit must be a real date-time YYYY-MM-DDTHH:MM');
    if (entry === null || exit === null) return { ok: false, problems };
    if (exit <= entry)
      return { ok: false, problems: ['the exit (' + String(input.exit) + ') must come after the entry (' + String(input.entry) + ')'] };
    seconds = exit - entry;
  }
  if (seconds > 100 * 366 * 86400) return { ok: false, problems: ['the stay is longer than a hundred years'] };
  if (typeof options.freeMinutes === 'number') seconds = Math.max(0, seconds - options.freeMinutes * 60);
  const rate = Number(options.rate);
  const cap = typeof options.cap === 'number' ? options.cap : null;
  let fee: number;
  if (cap === null) {
    fee = Math.ceil(seconds / 3600) * rate;
  } else {
    const days = Math.floor(seconds / 86400);
    const rest = seconds - days * 86400;
    fee = days * cap + Math.min(Math.ceil(rest / 3600) * rate, cap);
  }
  return { ok: true, value: { fee: Math.round(fee * 100) / 100 } };
};`,
};
