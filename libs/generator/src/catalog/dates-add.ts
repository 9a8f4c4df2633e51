import {
  integerField,
  stringField,
  type ConstraintDesign,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type Refusal,
} from './catalog-entry';
import { glossIn, hasAny, refuses, type Language } from './feature-words';

/*
 * A calendar date some whole days after another: the next date of something done every N days (watering a plant,
 * a reminder, a due date), across month ends, leap years and year ends. Recognised where a feature asks for the
 * next or a later date from a date and a number of days ("the next watering date from the date it was last
 * watered and how many days between waterings", "Datum plus Anzahl Tage", "la prochaine date : une date plus un
 * nombre de jours"); counting the days between two dates, business days and going back are other computations.
 */

/**
 * Emitted lines that read a YYYY-MM-DD `text` into `year`, `month`, `day` of a real Gregorian date (29 February
 * only in leap years), returning null from the emitted function otherwise: shared by the date functions.
 */
export const YMD_FIELDS = String.raw`  const match = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month < 1 || month > 12 || day < 1 || day > lengths[month - 1]) return null;`;

export const ADD_DAYS_CODE: FunctionCode = {
  id: 'dates.add_days',
  exportName: 'datesAddDays',
  source: String.raw`/** Days since 1970-01-01 of a real YYYY-MM-DD Gregorian date (29 February only in leap years), or null. */
const datesAddDayNumber = (text: unknown): number | null => {
${YMD_FIELDS}
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0 to 99 as 1900 to 1999.
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  return moment.getTime() / 86400000;
};

/** dates.add_days: the YYYY-MM-DD date \`days\` whole days (1 or more) after \`date\`. */
export const datesAddDays: CatalogFunction = (input) => {
  const start = datesAddDayNumber(input.date);
  const days = input.days;
  const problems: string[] = [];
  if (start === null) problems.push('the date must be a real calendar date written YYYY-MM-DD');
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 36500)
    problems.push('the number of days must be a whole number from 1 to 36500');
  if (start === null || problems.length > 0) return { ok: false, problems };
  const next = new Date((start + (days as number)) * 86400000).toISOString().slice(0, 10);
  if (!/^\d{4}-/.test(next)) return { ok: false, problems: ['the date is too late to add days to'] };
  return { ok: true, value: { next_date: next } };
};`,
};

/** Dates read off a calendar: a date, a number of days, and the date that many days later. */
const FACTS: { date: string; days: number; next: string; why: string }[] = [
  { date: '2026-02-25', days: 7, next: '2026-03-04', why: 'over the end of February 2026 (28 days)' },
  { date: '2028-02-25', days: 7, next: '2028-03-03', why: 'over 29 February 2028, a leap day' },
  { date: '2026-12-28', days: 5, next: '2027-01-02', why: 'over the end of the year' },
  { date: '2026-05-10', days: 1, next: '2026-05-11', why: 'the next day' },
  { date: '2026-01-31', days: 30, next: '2026-03-02', why: 'a month of 30 days from 31 January' },
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Das nächste Datum: ein Datum (JJJJ-MM-TT) plus eine Anzahl Tage (Intervall, mindestens 1); ein Datum, das es nicht gibt, oder 0 oder weniger Tage ergibt einen Fehler.',
  es: ' La próxima fecha: una fecha (AAAA-MM-DD) más un número de días (intervalo, al menos 1); una fecha que no existe o 0 días o menos es un error.',
  fr: ' La prochaine date : une date (AAAA-MM-JJ) plus un nombre de jours (intervalle, au moins 1) ; une date qui n’existe pas ou 0 jour ou moins est une erreur.',
  it: ' La prossima data: una data (AAAA-MM-GG) più un numero di giorni (intervallo, almeno 1); una data che non esiste o 0 giorni o meno è un errore.',
  pt: ' A próxima data: uma data (AAAA-MM-DD) mais um número de dias (intervalo, pelo menos 1); uma data que não existe ou 0 dias ou menos é um erro.',
};

/** Dates a feature writes (YYYY-MM-DD) that no calendar has ("2026-02-30"): refused as the feature says. */
function impossibleDates(text: string): string[] {
  return [...text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)]
    .filter((m) => {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      return month < 1 || month > 12 || day < 1 || day > lengths[month - 1];
    })
    .map((m) => m[0]);
}

function addDaysRefusals(text: string): Refusal[] {
  const own = impossibleDates(text).map((date) => ({
    description: `${date} does not exist and is refused.`,
    input: { date, days: 3 },
  }));
  return [
    ...own,
    { description: '0 days is no interval and is refused.', input: { date: '2026-03-01', days: 0 } },
    { description: 'A negative number of days (-3) is refused.', input: { date: '2026-03-01', days: -3 } },
    {
      description: '2023-02-29 does not exist (2023 is no leap year) and is refused.',
      input: { date: '2023-02-29', days: 3 },
    },
    {
      description: 'A date not written YYYY-MM-DD (01/03/2026) is refused.',
      input: { date: '01/03/2026', days: 3 },
    },
  ];
}

/** What comes round, as the feature names it between "next" and "date" ("the next watering date"), if it does. */
function occasion(words: string[]): string {
  const next = words.findIndex((w) => ['next', 'following'].includes(w));
  const date = words.findIndex((w, i) => i > next && w === 'date');
  return next >= 0 && date > next + 1 && date - next <= 3 ? words.slice(next + 1, date).join(' ') : '';
}

export function addDaysDesign(languages: Language[], text: string, words: string[] = []): FunctionDesign {
  const what = occasion(words);
  return {
    function: ADD_DAYS_CODE.id,
    method: 'POST',
    path: '/dates/next',
    summary:
      `Answers the next ${what ? `${what} ` : ''}date: the calendar date (YYYY-MM-DD) a number of whole days` +
      ' (the interval, 1 to 36500, a hundred years)' +
      ' after a date written YYYY-MM-DD, counted over month ends, leap years (29 February) and year ends' +
      ` (${FACTS[0].date} plus ${FACTS[0].days} days is ${FACTS[0].next}). An interval of 0 or fewer days, or a` +
      ' date that does not exist (2026-02-30) or is not written YYYY-MM-DD, is refused with 400.' +
      glossIn(GLOSS, languages),
    inputs: [
      {
        param: 'date',
        field: stringField('date', 'The date to count from (the last time), YYYY-MM-DD', FACTS[0].date),
      },
      { param: 'days', field: integerField('days', 'The interval: how many days later, 1 to 36500', 7) },
    ],
    outputs: [
      {
        result: 'next_date',
        field: 'next_date',
        description: 'The date that many days later, YYYY-MM-DD',
        example: FACTS[0].next,
      },
    ],
    examples: FACTS.map((f) => ({
      description: `${f.days} days after ${f.date} is ${f.next} (${f.why}).`,
      input: { date: f.date, days: f.days },
      output: { next_date: f.next },
    })),
    refusals: addDaysRefusals(text),
  };
}

const DATE_WORDS = 'date dates datum daten fecha fechas data datas'.split(' ');
const DAY_WORDS =
  'day days tag tage tagen dia dias jour jours giorno giorni interval intervall intervalo intervalle intervallo'.split(
    ' ',
  );
/** Words that ask for a later date: next, after, plus, every N days. */
const LATER = `next nachste nachsten naechste proxima proximo prochaine prochain prossima prossimo after later
  nach spater despues apres dopo depois plus add adds adding addieren sumar anadir ajouter aggiungere somar
  adicionar every alle cada chaque ogni`.split(/\s+/);
/** Other date computations: counting between dates, business days, going back, weekdays, ages. */
const OTHER =
  `before earlier ago subtract subtracts minus vor zuruck abziehen antes restar avant soustraire prima
  sottrarre subtrair business working werktage werktag arbeitstage habiles laborables ouvres ouvrables
  lavorativi uteis weekday weekdays wochentag holiday holidays feiertag feiertage festivos feriados age alter
  edad`.split(/\s+/);

/** "between two dates", "entre deux dates": a span, not a later date. */
function betweenDates(words: string[]): boolean {
  const between = ['between', 'zwischen', 'entre', 'tra', 'fra'];
  return words.some(
    (w, i) => between.includes(w) && words.slice(i + 1, i + 4).some((x) => DATE_WORDS.includes(x)),
  );
}

/** The feature's own text, for the refusal that only constrains the computation. */
function addDaysConstraint(text: string): ConstraintDesign {
  return { function: ADD_DAYS_CODE.id, refusals: () => addDaysRefusals(text) };
}

/** A feature that writes its own route or shape: its dates and days are a record's fields, read by the literal reader. */
const LITERAL = /\b(?:GET|POST|PUT|PATCH|DELETE)\s+\/|\{\s*"/;

export function recogniseAddDays(text: string, words: string[], languages: Language[]): Recognised {
  if (LITERAL.test(text)) return null;
  const dated = hasAny(words, DATE_WORDS) || /\bYYYY-MM-DD\b/.test(text);
  if (!dated || !hasAny(words, DAY_WORDS) || hasAny(words, OTHER) || betweenDates(words)) return null;
  if (refuses(words)) {
    // "an interval of 0 or fewer days, or a date that doesn't exist like 2026-02-30, is an error"
    const days = /(?:^|\D)0\b|\bzero\b|\bnull\b|\bcero\b|\bzéro\b/i.test(text);
    const exists = /exist|real|gibt|existe|esiste|valid|gultig|gueltig/i.test(text);
    return days || exists || impossibleDates(text).length > 0
      ? { constraint: addDaysConstraint(text) }
      : null;
  }
  return hasAny(words, LATER) ? { design: addDaysDesign(languages, text, words) } : null;
}
