/** A UTC calendar day as `YYYY-MM-DD`, the unit of the ledger's and the budget's per-day keys. */
export type UtcDay = string;

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC day containing `at`. */
export function utcDay(at: Date | number): UtcDay {
  return new Date(at).toISOString().slice(0, 10);
}

/** Milliseconds since the epoch at 00:00 UTC of `day`. */
export function utcDayStart(day: UtcDay): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isUtcDay(value: string): boolean {
  return DAY_PATTERN.test(value) && !Number.isNaN(utcDayStart(value)) && utcDay(utcDayStart(value)) === value;
}

/** The `count` UTC days ending with the one containing `now`, oldest first. */
export function lastUtcDays(count: number, now: Date | number): UtcDay[] {
  const today = utcDayStart(utcDay(now));
  return Array.from({ length: count }, (_, i) => utcDay(today - (count - 1 - i) * DAY_MS));
}

/** Milliseconds in a UTC day. */
export const UTC_DAY_MS = DAY_MS;
