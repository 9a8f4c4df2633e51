import type { DesignReference, ReferenceAnswer } from './catalog-entry';
import { WEEKDAY_NAMES } from './dates-calendar-code';

/*
 * Reference semantics of the calendar facts, written here beside (not from) the emitted code: the worked examples
 * of every design are computed by these, and a value a feature writes ("2026-02-30 is refused") is judged by
 * them. Dates are counted in whole days from 1970-01-01 with Date.UTC, the weekday by Zeller-free arithmetic on
 * that count, ISO weeks by the rule that a week belongs to the year of its Thursday.
 */

const DAY = 86_400_000;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 of a real YYYY-MM-DD date, or null. */
export function dayOf(text: unknown): number | null {
  const m = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const moment = new Date(Date.UTC(2000, month - 1, day));
  moment.setUTCFullYear(year);
  // A day past the month's end rolls over into the next month: then the date does not exist.
  if (moment.getUTCMonth() !== month - 1 || moment.getUTCDate() !== day || month < 1 || month > 12)
    return null;
  return Math.round(moment.getTime() / DAY);
}

/** YYYY-MM-DD of a day count. */
export function textOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Monday 0 … Sunday 6 of a day count (1970-01-01, day 0, was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The ISO week and week-based year of a day count. */
export function isoWeekOf(day: number): { week: number; week_year: number } {
  const thursday = day - weekdayIndex(day) + 3;
  const weekYear = new Date(thursday * DAY).getUTCFullYear();
  const first = dayOf(`${String(weekYear).padStart(4, '0')}-01-01`) as number;
  return { week: Math.floor((thursday - first) / 7) + 1, week_year: weekYear };
}

/** The ISO weeks of `year`: the week of 28 December, always in the year's last week. */
export function weeksIn(year: number): number {
  return isoWeekOf(dayOf(`${String(year).padStart(4, '0')}-12-28`) as number).week;
}

/** The Monday of ISO week 1 of `year` (the week of 4 January). */
function firstMonday(year: number): number {
  const fourth = dayOf(`${String(year).padStart(4, '0')}-01-04`) as number;
  return fourth - weekdayIndex(fourth);
}

const refused = (why: string): ReferenceAnswer => ({ ok: false, why });
const integerIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** calendar.leap_year for `params` ({year}), years from `min` to `max`. */
export function leapYearAnswer(params: Record<string, unknown>, min: number, max: number): ReferenceAnswer {
  const { year } = params;
  if (!integerIn(year, min, max)) return refused(`a year must be a whole number from ${min} to ${max}`);
  return { ok: true, results: { leap_year: isLeapYear(year), days_in_year: isLeapYear(year) ? 366 : 365 } };
}

/** calendar.iso_week for `params` ({date}). */
export function isoWeekAnswer(params: Record<string, unknown>): ReferenceAnswer {
  const day = dayOf(params.date);
  return day === null
    ? refused('the date does not exist or is not YYYY-MM-DD')
    : { ok: true, results: isoWeekOf(day) };
}

/** calendar.week_dates for `params` ({year, week}). */
export function weekDatesAnswer(params: Record<string, unknown>): ReferenceAnswer {
  const { year, week } = params;
  if (!integerIn(year, 1, 9999)) return refused('a year must be a whole number from 1 to 9999');
  if (!integerIn(week, 1, weeksIn(year))) return refused(`${year} has no ISO week ${String(week)}`);
  const monday = firstMonday(year) + (week - 1) * 7;
  const [first, last] = [textOf(monday), textOf(monday + 6)];
  if (!/^\d{4}-/.test(first) || !/^\d{4}-/.test(last)) return refused('the week lies past the year 9999');
  return { ok: true, results: { monday: first, sunday: last } };
}

/** calendar.weekday for `params` ({date}), named in `language`. */
export function weekdayAnswer(params: Record<string, unknown>, language: string): ReferenceAnswer {
  const day = dayOf(params.date);
  if (day === null) return refused('the date does not exist or is not YYYY-MM-DD');
  const index = weekdayIndex(day);
  return { ok: true, results: { weekday: WEEKDAY_NAMES[language][index], weekday_number: index + 1 } };
}

/** calendar.days_between for `params` ({from, to}). */
export function daysBetweenAnswer(
  params: Record<string, unknown>,
  absolute: boolean,
  inclusive: boolean,
): ReferenceAnswer {
  const [from, to] = [dayOf(params.from), dayOf(params.to)];
  if (from === null || to === null) return refused('a date does not exist or is not YYYY-MM-DD');
  const count = Math.abs(to - from) + (inclusive ? 1 : 0);
  return { ok: true, results: { days: absolute || to >= from ? count : -count } };
}

/**
 * A design's reference for the values a feature writes: a date written YYYY-MM-DD (or one that looks like one)
 * goes to the design's date parameter `param`; a number to `numberParam`, when the design reads one.
 */
export function calendarReference(
  compute: (params: Record<string, unknown>) => ReferenceAnswer,
  param: string | null,
  numberParam: string | null,
): DesignReference {
  return {
    read(value, _stated, base) {
      if (param && /^\d{4}-\d{1,2}-\d{1,2}$/.test(value.text)) return { ...base, [param]: value.text };
      if (numberParam && value.number !== undefined && value.unit === undefined)
        return { ...base, [numberParam]: value.number };
      return null;
    },
    compute,
  };
}
