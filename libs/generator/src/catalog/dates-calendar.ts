import type { CatalogFamily, ConstraintDesign, FunctionDesign, Recognised, Refusal } from './catalog-entry';
import {
  CALENDAR_CODES,
  DAYS_BETWEEN_CODE,
  ISO_WEEK_CODE,
  LEAP_YEAR_CODE,
  WEEKDAY_CODE,
} from './dates-calendar-code';
import { dayOf } from './dates-calendar-reference';
import {
  daysBetweenDesign,
  isoWeekDesign,
  leapYearDesign,
  weekDatesDesign,
  weekdayDesign,
} from './dates-calendar-designs';
import { asSaid, featureWords, hasAny, languagesOf, refuses, wordList, type Language } from './feature-words';

/*
 * Calendar facts beside the business days and later dates of `dates.ts`: whether a year is a Gregorian leap year
 * (and its 365 or 366 days, between a first and last year the feature may state), the ISO 8601 week of a date,
 * the Monday and Sunday of a year's ISO week, the weekday of a date, and the days between two dates (signed
 * unless the feature asks for the absolute count, one more when it counts both ends). Recognised by the words
 * users write for each in English, German, Spanish, French, Italian and Portuguese, never by one sentence.
 * Weekday names are English unless the feature names the language they are in ("in German", "en español") or
 * writes some of them ("lunes, martes…"): a feature in Spanish that only asks for "el día de la semana" gets
 * English names, which say what they are in any language, rather than a guess. Public holidays, time zones,
 * fiscal calendars and weeks that start on Sunday are calendars this family does not keep: left unread.
 */

const words = wordList;

/** "leap year" as one word or two, in the six languages. */
const LEAP = words(`schaltjahr schaltjahre schaltjahres schaltjahren bisiesto bisiestos bisiesta bisiestas
  bissextile bissextiles bisestile bisestili bissexto bissextos bissexta bissextas`);
const YEAR = words('year years jahr jahre jahres jahren ano anos annee annees ans anno anni');
const DAY = words('day days tag tage tagen dia dias jour jours giorno giorni');
const DATE = words('date dates datum daten datums fecha fechas data datas');
const WEEK = words(`week weeks woche wochen kalenderwoche kalenderwochen kw semana semanas semaine semaines
  settimana settimane`);
/** Words that make a week the ISO / calendar week (not "a number of weeks"). */
const WEEK_OF_CALENDAR = words('iso 8601 calendar kalender kalenderwoche kalenderwochen kw wochennummer');
/** "week number", "número de semana", "numéro de semaine", "numero della settimana", "número da semana". */
const WEEK_NUMBER = [
  'week number',
  'week numbers',
  'numero de semana',
  'numero de la semana',
  'numero de semaine',
  'numero della settimana',
  'numero di settimana',
  'numero da semana',
].map((p) => p.split(' '));
const MONDAY_SUNDAY = words(`monday sunday montag sonntag lunes domingo lundi dimanche lunedi domenica
  segunda`);
/** Calendars kept elsewhere or nowhere: holidays, time zones, fiscal years, other week systems, leap seconds. */
const OTHER_CALENDARS =
  words(`holiday holidays feiertag feiertage feiertagen festivo festivos feriado feriados
  ferie ferie festivita festivi fiscal fiskal fiscale geschaftsjahr easter ostern pascua paques pasqua pascoa
  zone zones zeitzone zona fuseau fuso timezone tz utc hebrew hebraisch hebreo hebraique ebraico hebraico
  islamic hijri julian julianisch juliano julien giuliano chinese lunar hour hours stunden horas heures today
  heute hoy aujourd oggi hoje now`);
/** Counts that are not of days between dates: business days (dates.ts), ages, other units. */
const NOT_DAYS_BETWEEN = words(`business working workdays werktag werktage werktagen arbeitstag arbeitstage
  habiles laborables ouvres ouvrables lavorativi feriali uteis weekdays age alter edad idade eta birth birthday
  geburtstag geburtsdatum nacimiento naissance nascita nascimento add adds plus addieren sumar ajouter aggiungere
  somar weeks months wochen monate semanas meses semaines mois settimane mesi`);
const BETWEEN = words('between zwischen entre tra fra');
/** "from … to …" in each language: a span between two dates said without "between". */
const FROM_TO: [string[], string[]][] = [
  [words('from'), words('to until')],
  [words('von vom'), words('bis zum')],
  [words('desde de'), words('hasta a')],
  [words('du de'), words('au a jusqu')],
  [words('da dal dalla'), words('a al alla')],
  [words('de desde'), words('a ate para')],
];
const ABSOLUTE = words(`absolute absolut absoluto absoluta absolu absolue assoluto assoluta regardless
  whatever unabhangig independientemente indipendentemente independentemente importe`);
const INCLUSIVE = words(`inclusive inclusively including included inklusive einschliesslich mitgezahlt
  incluida incluidas incluido incluidos inclus incluse incluses inclusa inclusi incluindo`);

/** Calendar words of each language, beside the function words `languagesOf` counts ("Wochentag eines Datums"). */
const CALENDAR_MARKERS: Record<Exclude<Language, 'en'>, string[]> = {
  de: words(`schaltjahr schaltjahre kalenderwoche kw woche wochentag tag tage tagen datum datums daten jahr jahre
    zwischen montag sonntag bestimmen berechnen prufen liefern zuruckgeben anzahl wieviele`),
  es: words(`bisiesto bisiestos semana fecha fechas dia dias ano anos entre cuantos lunes domingo devolver obtener
    calcular saber hay`),
  fr: words(`bissextile semaine date jour jours annee entre combien lundi dimanche donner indiquer calculer tombe
    nombre`),
  it: words(`bisestile settimana data date giorno giorni anno tra fra quanti lunedi domenica calcolare restituire
    dire`),
  pt: words(
    `bissexto semana data datas dia dias ano entre quantos segunda domingo verificar calcular devolver ha`,
  ),
};

/** The languages a calendar feature is written in: `languagesOf`, and any whose calendar words it uses. */
function calendarLanguages(list: string[]): Language[] {
  const found = new Set<Language>(languagesOf(list).filter((l) => l !== 'en'));
  for (const [language, markers] of Object.entries(CALENDAR_MARKERS))
    if (list.filter((w) => markers.includes(w)).length >= 2) found.add(language as Language);
  return found.size === 0 ? ['en'] : [...found];
}

function hasPhrase(list: string[], phrase: string[]): boolean {
  return list.some((_, i) => phrase.every((p, k) => list[i + k] === p));
}

const WEEKDAY_PHRASES = [
  'day of the week',
  'day of week',
  'weekday',
  'wochentag',
  'dia de la semana',
  'dia de semana',
  'jour de la semaine',
  'giorno della settimana',
  'dia da semana',
].map((p) => p.split(' '));

/** Weekday names written (folded), by the language they are in. */
const NAMES_BY_LANGUAGE: Record<string, string[]> = {
  en: words('monday tuesday wednesday thursday friday saturday sunday'),
  de: words('montag dienstag mittwoch donnerstag freitag samstag sonntag'),
  es: words('lunes martes miercoles jueves viernes'),
  fr: words('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  it: words('lunedi martedi mercoledi giovedi venerdi domenica'),
  pt: words('segunda terca quarta quinta sexta feira'),
};
/** A language named for the weekday names ("in German", "en español", "en français"). */
const LANGUAGE_WORDS: Record<string, string[]> = {
  en: words('english englisch ingles inglesa anglais inglese'),
  de: words('german deutsch deutsche deutschen deutscher aleman alemana allemand tedesco alemao'),
  es: words('spanish spanisch espanol espanola espagnol spagnolo espanhol castellano'),
  fr: words('french franzosisch frances francesa francais francaise francese'),
  it: words('italian italienisch italiano italiana italien italienne'),
  pt: words('portuguese portugiesisch portugues portuguesa portugais portoghese'),
};

/** The language of the weekday names: the one named, else the one whose names are written, else English. */
function namesLanguage(list: string[]): string {
  const named = Object.keys(LANGUAGE_WORDS).filter((l) => hasAny(list, LANGUAGE_WORDS[l]));
  if (named.length === 1) return named[0];
  const written = Object.keys(NAMES_BY_LANGUAGE).filter((l) => hasAny(list, NAMES_BY_LANGUAGE[l]));
  return written.length === 1 ? written[0] : 'en';
}

/** A week that starts on another day than Monday, or is counted within a month: not an ISO week. */
function otherWeeks(list: string[], text: string): boolean {
  return (
    /\b(?:start|starts|starting|begin|begins|beginning)\s+(?:on\s+)?(?:a\s+)?sunday|\bamerican\b/i.test(
      text,
    ) ||
    /\bUS\b|\bU\.S\./.test(text) ||
    hasPhrase(list, ['week', 'of', 'the', 'month']) ||
    hasPhrase(list, ['how', 'many', 'weeks'])
  );
}

/** The years a feature bounds a leap year check to ("years before 1583 … refuse them", "nur ab 1583"). */
export function yearBounds(text: string): { min?: number; max?: number } {
  const folded = featureWords(text).join(' ');
  const bounds: { min?: number; max?: number } = {};
  const range = /\b(\d{3,4}) (?:to|bis|a|au|al|ate|and|und|y|et|e) (\d{3,4})\b/.exec(folded);
  // "365 or 366", "365 y 366": the days of a year, no range of years.
  if (range && !(/^36[56]$/.test(range[1]) && /^36[56]$/.test(range[2])))
    return { min: Number(range[1]), max: Number(range[2]) };
  const min =
    /\b(?:before|prior to|earlier than|vor|antes de|avant|prima del|prima di) (?:the year |dem jahr |el ano |l an |l annee |l anno |o ano )?(\d{3,4})\b/.exec(
      folded,
    ) ??
    /\b(?:from|since|ab|seit|desde|a partir de|des|dal|a partire dal|starting) (?:the year |dem jahr |el ano |l an |l annee |l anno |o ano )?(\d{3,4})\b/.exec(
      folded,
    );
  if (min) bounds.min = Number(min[1]);
  const max =
    /\b(?:after|later than|nach|despues de|apres|dopo|depois de) (?:the year |dem jahr |el ano |l an |l annee |l anno |o ano )?(\d{3,4})\b/.exec(
      folded,
    );
  const upTo = /\b(?:until|up to|through|bis|hasta|jusqu a|fino al|ate) (\d{3,4})\b/.exec(folded);
  if (max) bounds.max = Number(max[1]);
  else if (upTo) bounds.max = Number(upTo[1]);
  return bounds;
}

/** Words for the Gregorian calendar a bound on years is stated for, without the words "leap year". */
const GREGORIAN = words(`gregorian gregorianisch gregorianische gregorianischen gregorianischer gregoriano
  gregoriana gregorien gregorienne calendar calendars kalender calendario calendrier calendari`);

/** A feature that only bounds the years of a leap year check another feature asks for. */
function yearBoundConstraint(min: number, max: number, text: string): ConstraintDesign {
  const said = asSaid(text);
  return {
    function: LEAP_YEAR_CODE.id,
    refine: (d) => ({
      ...leapYearDesign(languagesFromSummary(d.summary), min, max),
      method: d.method,
      path: d.path,
    }),
    refusals: () => [
      ...(min > 1
        ? [
            {
              description: `${min - 1} is before ${min}, the first year, and is refused ("${said}").`,
              input: { year: min - 1 },
            },
          ]
        : []),
      ...(max < 9999
        ? [
            {
              description: `${max + 1} is after ${max}, the last year, and is refused ("${said}").`,
              input: { year: max + 1 },
            },
          ]
        : []),
    ],
  };
}

/** The languages a leap year design was glossed in, by the word for a leap year its summary carries. */
function languagesFromSummary(summary: string): Language[] {
  const glossed: [Language, string][] = [
    ['de', 'Schaltjahr'],
    ['es', 'bisiesto'],
    ['fr', 'bissextile'],
    ['it', 'bisestile'],
    ['pt', 'bissexto'],
  ];
  const found = glossed.filter(([, word]) => summary.includes(word)).map(([language]) => language);
  return found.length === 0 ? ['en'] : found;
}

function recogniseLeapYear(text: string, list: string[]): Recognised {
  if (hasPhrase(list, ['leap', 'second']) || hasPhrase(list, ['leap', 'seconds'])) return null;
  const leap = hasAny(list, LEAP) || hasPhrase(list, ['leap', 'year']) || hasPhrase(list, ['leap', 'years']);
  const daysOfYear = /\b365\b/.test(text) && /\b366\b/.test(text) && hasAny(list, YEAR);
  const { min = 1, max = 9999 } = yearBounds(text);
  if (leap || daysOfYear) {
    if (min > max || min < 1 || max > 9999) return null;
    return { design: leapYearDesign(calendarLanguages(list), min, max) };
  }
  // "Years before 1583 were not Gregorian yet; they are refused" beside a leap year feature.
  const bounded = min > 1 || max < 9999;
  if (bounded && refuses(list) && hasAny(list, YEAR) && hasAny(list, GREGORIAN) && min <= max)
    return { constraint: yearBoundConstraint(min, max, text) };
  return null;
}

function recogniseWeeks(text: string, list: string[]): Recognised {
  // "the number of weeks between two dates": a span in weeks, not a week of the calendar.
  if (hasAny(list, BETWEEN)) return null;
  const calendarWeek = hasAny(list, WEEK_OF_CALENDAR) || WEEK_NUMBER.some((p) => hasPhrase(list, p));
  if (!hasAny(list, WEEK) || !calendarWeek || otherWeeks(list, text)) return null;
  const languages = calendarLanguages(list);
  if (hasAny(list, MONDAY_SUNDAY) && hasAny(list, YEAR)) return { design: weekDatesDesign(languages) };
  if (hasAny(list, DATE) || hasAny(list, DAY)) return { design: isoWeekDesign(languages) };
  return null;
}

function recogniseWeekday(list: string[]): Recognised {
  if (!WEEKDAY_PHRASES.some((p) => hasPhrase(list, p))) return null;
  if (!hasAny(list, DATE) && !/\bYYYY-MM-DD\b/i.test(list.join(' '))) return null;
  if (
    hasAny(list, NOT_DAYS_BETWEEN) ||
    hasAny(list, words('next nachste proximo prochain prossimo count between'))
  )
    return null;
  return { design: weekdayDesign(calendarLanguages(list), namesLanguage(list)) };
}

function recogniseDaysBetween(list: string[]): Recognised {
  const span = hasAny(list, BETWEEN) || FROM_TO.some(([from, to]) => hasAny(list, from) && hasAny(list, to));
  if (!hasAny(list, DAY) || !hasAny(list, DATE) || !span) return null;
  if (hasAny(list, NOT_DAYS_BETWEEN)) return null;
  const absolute = hasAny(list, ABSOLUTE) || hasPhrase(list, ['always', 'positive']);
  const inclusive =
    hasAny(list, INCLUSIVE) || hasPhrase(list, ['both', 'ends']) || hasPhrase(list, ['counting', 'both']);
  return { design: daysBetweenDesign(calendarLanguages(list), absolute, inclusive) };
}

/** Words that say a date does not exist or is not written as one, in the six languages (folded). */
const NO_SUCH_DATE =
  /\b(?:exist\w*|impossible|impossibles|unmoglich\w*|imposible\w*|impossibil\w*|impossivel\w*|inexistente?s?|malformed|invalid|ungultig\w*|invalid[ao]s?|invalides?|gibt es nicht|not written|no real|not a real)\b/;
/** Dates with a rule of their own that is no calendar's: a birth, a due date, the ends of an interval, the future. */
const OTHER_DATE_RULES =
  words(`birth birthday born due deadline start end begin ends starts future past after before
  geburt geburtsdatum faellig beginn ende zukunft nacimiento vencimiento inicio fin futuro naissance echeance debut
  futur nascita scadenza inizio fine nascimento vencimento`);

/** The dates a feature writes that no calendar has ("2026-02-30"). */
function impossibleDates(text: string): string[] {
  return [...text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((m) => m[0]).filter((d) => dayOf(d) === null);
}

/** The calendar facts that read a date, and the request field each reads it from. */
const DATE_INPUTS: Record<string, string> = {
  [ISO_WEEK_CODE.id]: 'date',
  [WEEKDAY_CODE.id]: 'date',
  [DAYS_BETWEEN_CODE.id]: 'to',
};

/** "A date that does not exist (2026-02-30) is refused", said of whichever calendar fact reads a date. */
function noSuchDateConstraint(text: string): ConstraintDesign {
  const said = asSaid(text);
  const refusals = (d: FunctionDesign): Refusal[] => {
    const param = DATE_INPUTS[d.function];
    const field = (p: string) => d.inputs.find((i) => i.param === p)?.field.name ?? p;
    const base: Record<string, unknown> =
      d.function === DAYS_BETWEEN_CODE.id ? { [field('from')]: '2026-03-01' } : {};
    const dates = impossibleDates(text);
    return [...(dates.length > 0 ? dates : ['2026-02-30']), '03/01/2021'].map((date) => ({
      description: `${date} is ${date.includes('/') ? 'not written YYYY-MM-DD' : 'no date of the calendar'} and is refused ("${said}").`,
      input: { ...base, [field(param)]: date },
    }));
  };
  const [first, ...more] = Object.keys(DATE_INPUTS);
  return { function: first, functions: more, refusals };
}

function recogniseNoSuchDate(text: string, list: string[]): Recognised {
  if (!refuses(list) || !hasAny(list, DATE) || hasAny(list, OTHER_DATE_RULES)) return null;
  if (!NO_SUCH_DATE.test(list.join(' ')) && impossibleDates(text).length === 0) return null;
  return { constraint: noSuchDateConstraint(text) };
}

/** The calendar fact a feature asks for (a spelled route is bound onto it by literal-binding.ts), or null. */
function recogniseCalendar(text: string, list: string[]): Recognised {
  if (hasAny(list, OTHER_CALENDARS)) return null;
  return (
    recogniseLeapYear(text, list) ??
    recogniseWeeks(text, list) ??
    recogniseWeekday(list) ??
    recogniseDaysBetween(list) ??
    recogniseNoSuchDate(text, list)
  );
}

export const CALENDAR: CatalogFamily = {
  name: 'calendar',
  functions: CALENDAR_CODES,
  recognise: recogniseCalendar,
};
