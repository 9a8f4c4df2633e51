import type { FunctionCode } from './catalog-entry';
import { YMD_FIELDS } from './dates-add';

/*
 * The emitted side of the calendar facts (dates-calendar.ts): Gregorian leap years, ISO 8601 weeks, weekdays and
 * the days between two dates, all counted in whole days since 1970-01-01 (UTC, so no daylight saving shifts a
 * day). Each function carries its own helpers, named after it: a service may emit several of them side by side.
 */

/** Emitted: `name`(text) = days since 1970-01-01 of a real YYYY-MM-DD Gregorian date, or null. */
const dayNumberOf = (name: string) => String.raw`const ${name} = (text: unknown): number | null => {
${YMD_FIELDS}
  // setUTCFullYear, not Date.UTC alone: Date.UTC reads years 0 to 99 as 1900 to 1999.
  const moment = new Date(Date.UTC(2000, 0, 1));
  moment.setUTCFullYear(year, month - 1, day);
  return moment.getTime() / 86400000;
};`;

/** Emitted: `name`(day) = the YYYY-MM-DD text of a day number, or null past year 9999 or before year 0. */
const dateTextOf = (name: string) => String.raw`const ${name} = (day: number): string | null => {
  const text = new Date(day * 86400000).toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
};`;

/** Emitted: the ISO weekday of a day number, 1 (Monday) to 7 (Sunday); 1970-01-01 was a Thursday (4). */
const ISO_WEEKDAY = '(((((day + 3) % 7) + 7) % 7) + 1)';

export const LEAP_YEAR_CODE: FunctionCode = {
  id: 'calendar.leap_year',
  exportName: 'calendarLeapYear',
  source: String.raw`/**
 * calendar.leap_year: whether \`year\` is a Gregorian leap year (every 4th year, but not every 100th unless it is a
 * 400th: 1900 is none, 2000 is one) and how many days it has; years from option min_year to max_year only.
 */
export const calendarLeapYear: CatalogFunction = (input, options) => {
  const year = input.year;
  const min = typeof options.min_year === 'number' ? options.min_year : 1;
  const max = typeof options.max_year === 'number' ? options.max_year : 9999;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < min || year > max)
    return { ok: false, problems: ['the year must be a whole number from ' + min + ' to ' + max] };
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return { ok: true, value: { leap_year: leap, days_in_year: leap ? 366 : 365 } };
};`,
};

export const ISO_WEEK_CODE: FunctionCode = {
  id: 'calendar.iso_week',
  exportName: 'calendarIsoWeek',
  source: String.raw`/** Days since 1970-01-01 of a real YYYY-MM-DD Gregorian date (29 February only in leap years), or null. */
${dayNumberOf('calendarIsoWeekDay')}

/**
 * calendar.iso_week: the ISO 8601 week of \`date\` and its week-based year. Weeks run Monday to Sunday; week 1 is
 * the week with the year's first Thursday, so a week belongs to the year its Thursday is in (2021-01-03 is in
 * week 53 of 2020, 2024-12-30 in week 1 of 2025).
 */
export const calendarIsoWeek: CatalogFunction = (input) => {
  const day = calendarIsoWeekDay(input.date);
  if (day === null)
    return { ok: false, problems: ['the date must be a real calendar date written YYYY-MM-DD'] };
  const thursday = day - ${ISO_WEEKDAY} + 4;
  const weekYear = new Date(thursday * 86400000).getUTCFullYear();
  const januaryFirst = new Date(Date.UTC(2000, 0, 1));
  januaryFirst.setUTCFullYear(weekYear, 0, 1);
  const week = Math.floor((thursday - januaryFirst.getTime() / 86400000) / 7) + 1;
  return { ok: true, value: { week, week_year: weekYear } };
};`,
};

export const WEEK_DATES_CODE: FunctionCode = {
  id: 'calendar.week_dates',
  exportName: 'calendarWeekDates',
  source: String.raw`${dateTextOf('calendarWeekDatesText')}

/**
 * calendar.week_dates: the Monday and the Sunday of ISO 8601 week \`week\` of \`year\` (1 to 9999). Week 1 holds
 * 4 January; a year has a week 53 only when it starts on a Thursday, or on a Wednesday in a leap year.
 */
export const calendarWeekDates: CatalogFunction = (input) => {
  const year = input.year;
  const week = input.week;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999)
    return { ok: false, problems: ['the year must be a whole number from 1 to 9999'] };
  const fourth = new Date(Date.UTC(2000, 0, 4));
  fourth.setUTCFullYear(year, 0, 4);
  const day = fourth.getTime() / 86400000;
  const firstMonday = day - ${ISO_WEEKDAY} + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const startsOn = ((fourth.getUTCDay() - 3 + 7) % 7); // weekday of 1 January, 0 = Sunday
  const weeks = startsOn === 4 || (leap && startsOn === 3) ? 53 : 52;
  if (typeof week !== 'number' || !Number.isInteger(week) || week < 1 || week > weeks)
    return {
      ok: false,
      problems: ['the week must be a whole number from 1 to ' + weeks + ' (' + year + ' has ' + weeks + ' ISO weeks)'],
    };
  const monday = calendarWeekDatesText(firstMonday + (week - 1) * 7);
  const sunday = calendarWeekDatesText(firstMonday + (week - 1) * 7 + 6);
  if (monday === null || sunday === null)
    return { ok: false, problems: ['the week must lie between the years 0000 and 9999'] };
  return { ok: true, value: { monday, sunday } };
};`,
};

/** Weekday names from Monday, in the languages a feature may ask them in (option language). */
export const WEEKDAY_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
};

export const WEEKDAY_CODE: FunctionCode = {
  id: 'calendar.weekday',
  exportName: 'calendarWeekday',
  source: String.raw`/** Days since 1970-01-01 of a real YYYY-MM-DD Gregorian date (29 February only in leap years), or null. */
${dayNumberOf('calendarWeekdayDay')}

/** Weekday names from Monday, by language. */
const calendarWeekdayNames: Record<string, string[]> = ${JSON.stringify(WEEKDAY_NAMES)};

/**
 * calendar.weekday: the day of the week of \`date\`, named in option language (English unless set), and its ISO
 * number, 1 (Monday) to 7 (Sunday).
 */
export const calendarWeekday: CatalogFunction = (input, options) => {
  const day = calendarWeekdayDay(input.date);
  if (day === null)
    return { ok: false, problems: ['the date must be a real calendar date written YYYY-MM-DD'] };
  const number = ${ISO_WEEKDAY};
  const names = calendarWeekdayNames[String(options.language ?? 'en')] ?? calendarWeekdayNames.en;
  return { ok: true, value: { weekday: names[number - 1], weekday_number: number } };
};`,
};

export const DAYS_BETWEEN_CODE: FunctionCode = {
  id: 'calendar.days_between',
  exportName: 'calendarDaysBetween',
  source: String.raw`/** Days since 1970-01-01 of a real YYYY-MM-DD Gregorian date (29 February only in leap years), or null. */
${dayNumberOf('calendarDaysBetweenDay')}

/**
 * calendar.days_between: the days from \`from\` to \`to\` (negative when \`to\` is earlier; the count without its
 * sign with option absolute), one more with option inclusive (both dates counted).
 */
export const calendarDaysBetween: CatalogFunction = (input, options) => {
  const from = calendarDaysBetweenDay(input.from);
  const to = calendarDaysBetweenDay(input.to);
  const problems: string[] = [];
  if (from === null) problems.push('the first date must be a real calendar date written YYYY-MM-DD');
  if (to === null) problems.push('the second date must be a real calendar date written YYYY-MM-DD');
  if (from === null || to === null) return { ok: false, problems };
  const span = to - from;
  const count = Math.abs(span) + (options.inclusive === true ? 1 : 0);
  return { ok: true, value: { days: options.absolute === true || span >= 0 ? count : -count } };
};`,
};

/** Every calendar function the family may design. */
export const CALENDAR_CODES: FunctionCode[] = [
  LEAP_YEAR_CODE,
  ISO_WEEK_CODE,
  WEEK_DATES_CODE,
  WEEKDAY_CODE,
  DAYS_BETWEEN_CODE,
];
