import {
  integerField,
  stringField,
  type FunctionDesign,
  type ReferenceAnswer,
  type Refusal,
} from './catalog-entry';
import {
  DAYS_BETWEEN_CODE,
  ISO_WEEK_CODE,
  LEAP_YEAR_CODE,
  WEEK_DATES_CODE,
  WEEKDAY_CODE,
} from './dates-calendar-code';
import {
  calendarReference,
  daysBetweenAnswer,
  isoWeekAnswer,
  leapYearAnswer,
  weekDatesAnswer,
  weekdayAnswer,
} from './dates-calendar-reference';
import { glossIn, type Language } from './feature-words';

/*
 * The endpoints of the calendar facts (dates-calendar.ts reads which one a feature asks for): each worked example
 * is the reference semantics' answer for a request (dates-calendar-reference.ts), never a value copied from the
 * emitted code; the unit tests check the emitted code against facts read off a real calendar.
 */

/** Worked examples of `inputs`, with their answers computed by `compute`. */
function worked(
  inputs: { input: Record<string, unknown>; why: string }[],
  compute: (params: Record<string, unknown>) => ReferenceAnswer,
  say: (input: Record<string, unknown>, results: Record<string, unknown>) => string,
): FunctionDesign['examples'] {
  return inputs.map(({ input, why }) => {
    const answer = compute(input);
    if (!answer.ok) throw new Error(`a worked example is refused: ${JSON.stringify(input)}`);
    return { description: `${say(input, answer.results)} (${why}).`, input, output: answer.results };
  });
}

/** The result `key` the reference answers for `input` (an example value of a response field). */
function resultOf(
  compute: (params: Record<string, unknown>) => ReferenceAnswer,
  input: Record<string, unknown>,
  key: string,
): unknown {
  const answer = compute(input);
  return answer.ok ? answer.results[key] : null;
}

const MALFORMED_DATE = (param: string, base: Record<string, unknown>): Refusal[] => [
  {
    description: 'A date that does not exist (2026-02-30) is refused.',
    input: { ...base, [param]: '2026-02-30' },
  },
  {
    description: 'A date not written YYYY-MM-DD (03/01/2021) is refused as malformed.',
    input: { ...base, [param]: '03/01/2021' },
  },
];

const LEAP_GLOSS: Partial<Record<Language, string>> = {
  de: ' Schaltjahr prüfen: ob ein Jahr ein Schaltjahr ist (gregorianischer Kalender) und wie viele Tage (365 oder 366) es hat; ein ungültiges Jahr wird abgelehnt.',
  es: ' Saber si un año es bisiesto (calendario gregoriano) y cuántos días (365 o 366) tiene; un año no válido se rechaza.',
  fr: ' Indiquer si une année est bissextile (calendrier grégorien) et combien de jours (365 ou 366) elle a ; une année invalide est refusée.',
  it: ' Dire se un anno è bisestile (calendario gregoriano) e quanti giorni (365 o 366) ha; un anno non valido viene rifiutato.',
  pt: ' Verificar se um ano é bissexto (calendário gregoriano) e quantos dias (365 ou 366) tem; um ano inválido é recusado.',
};

/** Whether a year is a leap year and how many days it has, for years from `min` to `max`. */
export function leapYearDesign(languages: Language[], min = 1, max = 9999): FunctionDesign {
  const compute = (p: Record<string, unknown>) => leapYearAnswer(p, min, max);
  const years = [1900, 2000, 2024, 2023, 2100].filter((y) => y >= min && y <= max);
  const shown = years.length >= 2 ? years : [min, min + 1, min + 2, min + 3].filter((y) => y <= max);
  const refusals: Refusal[] = [
    ...(min > 1
      ? [
          {
            description: `${min - 1} is before ${min}, the first year, and is refused.`,
            input: { year: min - 1 },
          },
        ]
      : []),
    ...(max < 9999
      ? [
          {
            description: `${max + 1} is after ${max}, the last year, and is refused.`,
            input: { year: max + 1 },
          },
        ]
      : []),
    { description: 'A year that is no whole number (2024.5) is refused.', input: { year: 2024.5 } },
  ];
  return {
    function: LEAP_YEAR_CODE.id,
    method: 'POST',
    path: '/calendar/leap-year',
    summary:
      'Tells whether a year is a leap year by the Gregorian calendar rules (every year divisible by 4, except ' +
      'those divisible by 100 unless also divisible by 400: 1900 is not a leap year, 2000 is) and how many days ' +
      `it has (366 in a leap year, else 365). Years from ${min} to ${max} only; another year, or one that is ` +
      'no whole number, is refused with 400.' +
      glossIn(LEAP_GLOSS, languages),
    inputs: [{ param: 'year', field: integerField('year', `The year, ${min} to ${max}`, shown[0]) }],
    outputs: [
      {
        result: 'leap_year',
        field: 'leap_year',
        description: 'Whether the year is a leap year',
        example: resultOf(compute, { year: shown[0] }, 'leap_year'),
      },
      {
        result: 'days_in_year',
        field: 'days_in_year',
        description: 'Days in the year, 365 or 366',
        names: 'days tage dias jours giorni',
        example: resultOf(compute, { year: shown[0] }, 'days_in_year'),
      },
    ],
    options: { min_year: min, max_year: max },
    examples: worked(
      shown.map((year) => ({
        input: { year },
        why:
          year % 400 === 0
            ? 'divisible by 400'
            : year % 100 === 0
              ? 'divisible by 100, not by 400'
              : year % 4 === 0
                ? 'divisible by 4'
                : 'not divisible by 4',
      })),
      compute,
      (i, r) =>
        `${String(i.year)} is ${r.leap_year ? '' : 'not '}a leap year with ${String(r.days_in_year)} days`,
    ),
    refusals,
    reference: calendarReference(compute, null, 'year'),
  };
}

const WEEK_GLOSS: Partial<Record<Language, string>> = {
  de: ' Die Kalenderwoche (KW) nach ISO 8601 eines Datums berechnen und ihr wochenbasiertes Jahr; Wochen beginnen am Montag; ein Datum, das es nicht gibt, wird abgelehnt.',
  es: ' Obtener el número de semana ISO 8601 de una fecha y su año de la semana; las semanas empiezan el lunes; una fecha que no existe se rechaza.',
  fr: ' Donner le numéro de semaine ISO 8601 d’une date et son année de semaine ; les semaines commencent le lundi ; une date qui n’existe pas est refusée.',
  it: ' Calcolare il numero della settimana ISO 8601 di una data e il suo anno di settimana; le settimane iniziano il lunedì; una data che non esiste viene rifiutata.',
  pt: ' Número da semana ISO 8601 de uma data e o seu ano da semana; as semanas começam na segunda-feira; uma data que não existe é recusada.',
};

/** The ISO 8601 week of a date and its week-based year. */
export function isoWeekDesign(languages: Language[]): FunctionDesign {
  const dates = [
    ['2021-01-03', 'a Sunday of the last week of 2020'],
    ['2024-12-30', 'a Monday in the first week of 2025'],
    ['2020-12-31', 'a Thursday, 2020 has 53 weeks'],
    ['2026-06-15', 'a Monday in the middle of the year'],
  ];
  return {
    function: ISO_WEEK_CODE.id,
    method: 'POST',
    path: '/calendar/iso-week',
    summary:
      'Answers the ISO 8601 week number (calendar week, 1 to 53) of a date written YYYY-MM-DD and its ' +
      'week-based year: weeks run Monday to Sunday and week 1 is the week with the first Thursday of the year, ' +
      'so the first days of January may be in the last week of the year before (2021-01-03 is in week 53 of ' +
      '2020) and the last days of December in week 1 of the next (2024-12-30 is in week 1 of 2025). A date ' +
      'that does not exist (2026-02-30) or is not written YYYY-MM-DD (malformed) is refused with 400.' +
      glossIn(WEEK_GLOSS, languages),
    inputs: [{ param: 'date', field: stringField('date', 'The date, YYYY-MM-DD', dates[0][0]) }],
    outputs: [
      { result: 'week', field: 'week', description: 'ISO 8601 week number, 1 to 53', example: 53 },
      {
        result: 'week_year',
        field: 'week_year',
        description: 'The week-based year the week belongs to',
        example: 2020,
      },
    ],
    examples: worked(
      dates.map(([date, why]) => ({ input: { date }, why })),
      isoWeekAnswer,
      (i, r) => `${String(i.date)} is in ISO week ${String(r.week)} of ${String(r.week_year)}`,
    ),
    refusals: MALFORMED_DATE('date', {}),
    reference: calendarReference(isoWeekAnswer, 'date', null),
  };
}

const WEEK_DATES_GLOSS: Partial<Record<Language, string>> = {
  de: ' Montag und Sonntag einer Kalenderwoche (KW, ISO 8601) eines Jahres; Woche 0, Woche 54 oder Woche 53 in einem Jahr ohne sie wird abgelehnt.',
  es: ' El lunes y el domingo de una semana ISO 8601 de un año; la semana 0, la 54 o la 53 en un año que no la tiene se rechaza.',
  fr: ' Le lundi et le dimanche d’une semaine ISO 8601 d’une année ; une semaine 0, 54, ou 53 dans une année qui n’en a pas est refusée.',
  it: ' Il lunedì e la domenica di una settimana ISO 8601 di un anno; la settimana 0, la 54 o la 53 in un anno che non la ha viene rifiutata.',
  pt: ' A segunda-feira e o domingo de uma semana ISO 8601 de um ano; a semana 0, a 54 ou a 53 num ano que não a tem é recusada.',
};

/** The Monday and the Sunday of a year's ISO 8601 week. */
export function weekDatesDesign(languages: Language[]): FunctionDesign {
  const weeks: [number, number, string][] = [
    [2020, 53, 'the last week of 2020 ends in 2021'],
    [2025, 1, 'the first week of 2025 starts in 2024'],
    [2021, 1, 'the first week of 2021'],
    [2026, 53, '2026 starts on a Thursday and has 53 weeks'],
  ];
  return {
    function: WEEK_DATES_CODE.id,
    method: 'POST',
    path: '/calendar/week-dates',
    summary:
      'Answers the Monday (first day) and the Sunday (last day) of an ISO 8601 week (calendar week) of a year ' +
      '(1 to 9999), as dates written YYYY-MM-DD: week 1 is the week holding 4 January, so it may start in the ' +
      'December before. A year has 52 weeks, or 53 when it starts on a Thursday (or on a Wednesday in a leap ' +
      'year); week 0, week 54, or week 53 of a year without one (2021), is refused with 400.' +
      glossIn(WEEK_DATES_GLOSS, languages),
    inputs: [
      { param: 'year', field: integerField('year', 'The week-based year, 1 to 9999', 2020) },
      { param: 'week', field: integerField('week', 'The ISO week number, 1 to 52 or 53', 53) },
    ],
    outputs: [
      {
        result: 'monday',
        field: 'monday',
        description: 'The Monday that starts the week, YYYY-MM-DD',
        example: '2020-12-28',
      },
      {
        result: 'sunday',
        field: 'sunday',
        description: 'The Sunday that ends the week, YYYY-MM-DD',
        example: '2021-01-03',
      },
    ],
    examples: worked(
      weeks.map(([year, week, why]) => ({ input: { year, week }, why })),
      weekDatesAnswer,
      (i, r) =>
        `Week ${String(i.week)} of ${String(i.year)} runs from ${String(r.monday)} to ${String(r.sunday)}`,
    ),
    refusals: [
      { description: '2021 has 52 weeks: week 53 of 2021 is refused.', input: { year: 2021, week: 53 } },
      { description: 'There is no week 0.', input: { year: 2026, week: 0 } },
      { description: 'There is no week 54.', input: { year: 2026, week: 54 } },
    ],
    reference: calendarReference(weekDatesAnswer, null, 'week'),
  };
}

const WEEKDAY_GLOSS: Partial<Record<Language, string>> = {
  de: ' Den Wochentag (Montag bis Sonntag) eines Datums bestimmen und zurückgeben; ein Datum, das es nicht gibt, wird abgelehnt.',
  es: ' Devolver el día de la semana (de lunes a domingo) de una fecha; una fecha que no existe se rechaza.',
  fr: ' Quel jour de la semaine (du lundi au dimanche) tombe une date ; une date qui n’existe pas est refusée.',
  it: ' Restituire il giorno della settimana (da lunedì a domenica) di una data; una data che non esiste viene rifiutata.',
  pt: ' Devolver o dia da semana (de segunda-feira a domingo) de uma data; uma data que não existe é recusada.',
};

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  es: 'Spanish',
  fr: 'French',
  it: 'Italian',
  pt: 'Portuguese',
};

/** The weekday of a date, its name in `language` (a code of WEEKDAY_NAMES). */
export function weekdayDesign(languages: Language[], language: string): FunctionDesign {
  const compute = (p: Record<string, unknown>) => weekdayAnswer(p, language);
  const dates = [
    ['1969-07-20', 'the first moon landing'],
    ['2000-01-01', 'the first day of 2000'],
    ['2024-02-29', 'a leap day'],
    ['2020-12-31', 'the last day of 2020'],
  ];
  return {
    function: WEEKDAY_CODE.id,
    method: 'POST',
    path: '/calendar/weekday',
    summary:
      `Answers the day of the week (weekday) of a date written YYYY-MM-DD, by its ${LANGUAGE_NAMES[language]} ` +
      'name, and its ISO 8601 number from 1 (Monday) to 7 (Sunday), by the Gregorian calendar. A date that ' +
      'does not exist (2026-02-30) or is not written YYYY-MM-DD (malformed) is refused with 400.' +
      glossIn(WEEKDAY_GLOSS, languages),
    inputs: [{ param: 'date', field: stringField('date', 'The date, YYYY-MM-DD', dates[0][0]) }],
    outputs: [
      {
        result: 'weekday',
        field: 'weekday',
        description: `The weekday's ${LANGUAGE_NAMES[language]} name`,
        example: resultOf(compute, { date: dates[0][0] }, 'weekday'),
      },
      {
        result: 'weekday_number',
        field: 'weekday_number',
        description: 'ISO weekday number, 1 (Monday) to 7 (Sunday)',
        example: 7,
      },
    ],
    options: { language },
    examples: worked(
      dates.map(([date, why]) => ({ input: { date }, why })),
      compute,
      (i, r) => `${String(i.date)} was a ${String(r.weekday)}, weekday ${String(r.weekday_number)}`,
    ),
    refusals: MALFORMED_DATE('date', {}),
    reference: calendarReference(compute, 'date', null),
  };
}

const BETWEEN_GLOSS: Partial<Record<Language, string>> = {
  de: ' Die Anzahl der Tage zwischen zwei Daten (von, bis) berechnen: wie viele Tage; ein Datum, das es nicht gibt, wird abgelehnt.',
  es: ' Calcular cuántos días hay entre dos fechas (desde, hasta); una fecha que no existe se rechaza.',
  fr: ' Combien de jours (le nombre de jours) entre deux dates (du, au) ; une date qui n’existe pas est refusée.',
  it: ' Quanti giorni ci sono tra due date (da, a); una data che non esiste viene rifiutata.',
  pt: ' Quantos dias há entre duas datas (de, até); uma data que não existe é recusada.',
};

/** The days from one date to another: signed unless `absolute`, both ends counted when `inclusive`. */
export function daysBetweenDesign(
  languages: Language[],
  absolute: boolean,
  inclusive: boolean,
): FunctionDesign {
  const compute = (p: Record<string, unknown>) => daysBetweenAnswer(p, absolute, inclusive);
  const spans = [
    ['2024-01-01', '2024-12-31', 'over 29 February 2024'],
    ['2026-12-06', '2027-01-01', 'over the year end'],
    ['2024-03-01', '2024-02-28', 'the second date earlier'],
    ['2025-06-15', '2025-06-15', 'the same date'],
  ];
  const sign = absolute
    ? 'the absolute count, without sign, whatever their order (whichever date comes first)'
    : 'negative when the second date is earlier than the first';
  const ends = inclusive
    ? 'both dates counted (inclusive: the same date twice is 1 day)'
    : 'the first date not counted (the same date twice is 0 days)';
  return {
    function: DAYS_BETWEEN_CODE.id,
    method: 'POST',
    path: '/calendar/days-between',
    summary:
      `Counts the calendar days between two dates written YYYY-MM-DD, from the first (from) to the second (to), ` +
      `${sign}, ${ends}; leap days (29 February) and year ends count as any day. A date that does not exist ` +
      '(2026-02-30) or is not written YYYY-MM-DD (malformed) is refused with 400.' +
      glossIn(BETWEEN_GLOSS, languages),
    inputs: [
      { param: 'from', field: stringField('from', 'The first date, YYYY-MM-DD', spans[0][0]) },
      { param: 'to', field: stringField('to', 'The second date, YYYY-MM-DD', spans[0][1]) },
    ],
    outputs: [
      {
        result: 'days',
        field: 'days',
        description: `Days from the first date to the second, ${sign}`,
        example: resultOf(compute, { from: spans[0][0], to: spans[0][1] }, 'days'),
      },
    ],
    options: { absolute, inclusive },
    examples: worked(
      spans.map(([from, to, why]) => ({ input: { from, to }, why })),
      compute,
      (i, r) => `From ${String(i.from)} to ${String(i.to)}: ${String(r.days)} days`,
    ),
    refusals: MALFORMED_DATE('to', { from: '2026-03-01' }),
    reference: calendarReference(compute, 'to', null),
  };
}
