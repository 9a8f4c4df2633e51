import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { ADD_DAYS_CODE, recogniseAddDays, YMD_FIELDS } from './dates-add';
import { holidayLanguages, holidaysDesign, listsHolidays, requiresHolidays } from './dates-holidays';
import { glossIn, hasAny, languagesOf, type Language } from './feature-words';

/*
 * Calendar dates: the business days (Monday to Friday) between two YYYY-MM-DD dates, the start counted and the
 * end not (or both, when the feature says so), weekends the only days off. Recognised from "business days",
 * "working days", "Werktage", "días hábiles", "jours ouvrés", "giorni lavorativi", "dias úteis"; a feature
 * that adds days to a date, or that knows public holidays, is another computation and is left alone.
 */

export const BUSINESS_DAYS_CODE: FunctionCode = {
  id: 'dates.business_days',
  exportName: 'datesBusinessDays',
  source: String.raw`/** Days since 1970-01-01 of a real YYYY-MM-DD Gregorian date (29 February only in leap years), or null. */
const datesDayNumber = (text: unknown): number | null => {
${YMD_FIELDS}
  // Days from the civil date, counted in 400-year eras of 146097 days (March-based years).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};

/**
 * dates.business_days: the Monday-to-Friday dates from from (counted) to to (not counted; counted too with
 * option end_inclusive); with option holidays, less the distinct dates of input.holidays (a list of YYYY-MM-DD,
 * none when left out) that fall on one of those weekdays.
 */
export const datesBusinessDays: CatalogFunction = (input, options) => {
  const from = datesDayNumber(input.from);
  const to = datesDayNumber(input.to);
  const problems: string[] = [];
  if (from === null) problems.push('the start date must be a real calendar date written YYYY-MM-DD');
  if (to === null) problems.push('the end date must be a real calendar date written YYYY-MM-DD');
  if (from === null || to === null) return { ok: false, problems };
  if (from > to) return { ok: false, problems: ['the start date must not be after the end date'] };
  const end = options.end_inclusive === true ? to + 1 : to;
  const weeks = Math.floor((end - from) / 7);
  let days = weeks * 5;
  for (let day = from + weeks * 7; day < end; day++) {
    // 1970-01-01 was a Thursday: weekday 0 is Sunday, 6 Saturday.
    const weekday = (((day + 4) % 7) + 7) % 7;
    if (weekday !== 0 && weekday !== 6) days++;
  }
  if (options.holidays === true) {
    // A request without holidays has none to take off.
    const list = input.holidays === undefined || input.holidays === null ? [] : input.holidays;
    if (!Array.isArray(list) || list.length > 1000)
      return { ok: false, problems: ['holidays must be a list of at most 1000 dates written YYYY-MM-DD'] };
    const off = new Set<number>();
    for (const holiday of list) {
      const day = datesDayNumber(holiday);
      if (day === null)
        return { ok: false, problems: ['every holiday must be a real calendar date written YYYY-MM-DD, not ' + JSON.stringify(holiday)] };
      const weekday = (((day + 4) % 7) + 7) % 7;
      if (day >= from && day < end && weekday !== 0 && weekday !== 6) off.add(day);
    }
    days -= off.size;
  }
  return { ok: true, value: { business_days: days } };
};`,
};

/** Spans read off a calendar: from, to, and the business days with the end left out and counted. */
const FACTS: { from: string; to: string; exclusive: number; inclusive: number; why: string }[] = [
  { from: '2023-10-02', to: '2023-10-09', exclusive: 5, inclusive: 6, why: 'Monday to the next Monday' },
  {
    from: '2023-09-08',
    to: '2023-09-11',
    exclusive: 1,
    inclusive: 2,
    why: 'Friday to Monday, over a weekend',
  },
  { from: '2023-02-01', to: '2023-03-01', exclusive: 20, inclusive: 21, why: 'all of February 2023' },
  {
    from: '2023-12-29',
    to: '2024-01-02',
    exclusive: 2,
    inclusive: 3,
    why: 'Friday to Tuesday, over the year end',
  },
  { from: '2023-09-09', to: '2023-09-11', exclusive: 0, inclusive: 1, why: 'Saturday to Monday' },
  { from: '2024-07-17', to: '2024-07-17', exclusive: 0, inclusive: 1, why: 'the same Wednesday' },
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Werktage (Arbeitstage, Montag bis Freitag) zwischen zwei Daten (Startdatum, Enddatum) zählen; Wochenenden zählen nicht; ein Startdatum nach dem Enddatum oder ein ungültiges Datum wird abgelehnt.',
  es: ' Contar los días hábiles (laborables, de lunes a viernes) entre dos fechas (fecha de inicio, fecha de fin); los fines de semana no cuentan; una fecha de inicio posterior a la de fin o una fecha inválida se rechaza.',
  fr: ' Compter les jours ouvrés (ouvrables, du lundi au vendredi) entre deux dates (date de début, date de fin) ; les week-ends ne comptent pas ; une date de début après la date de fin ou une date invalide est refusée.',
  it: ' Contare i giorni lavorativi (da lunedì a venerdì) tra due date (data di inizio, data di fine); i fine settimana non contano; una data di inizio successiva alla data di fine o una data non valida viene rifiutata.',
  pt: ' Contar os dias úteis (de segunda a sexta-feira) entre duas datas (data de início, data de fim); os fins de semana não contam; uma data de início posterior à data de fim ou uma data inválida é recusada.',
};

export function businessDaysDesign(endInclusive: boolean, languages: Language[]): FunctionDesign {
  const count = (f: (typeof FACTS)[number]) => (endInclusive ? f.inclusive : f.exclusive);
  const bounds = endInclusive
    ? 'both the start date and the end date counted (inclusive)'
    : 'the start date counted (inclusive) and the end date not (exclusive)';
  return {
    function: BUSINESS_DAYS_CODE.id,
    method: 'POST',
    path: '/dates/business-days',
    summary:
      `Counts the business days (working days, weekdays Monday to Friday) between two dates written ` +
      `YYYY-MM-DD, ${bounds}; Saturdays and Sundays are not counted and there are no public holidays. ` +
      'A start date after the end date, or a date that is not a real YYYY-MM-DD calendar date (malformed), ' +
      'is refused with 400.' +
      glossIn(GLOSS, languages),
    inputs: [
      { param: 'from', field: stringField('from', 'Start date, YYYY-MM-DD', FACTS[0].from) },
      { param: 'to', field: stringField('to', 'End date, YYYY-MM-DD', FACTS[0].to) },
    ],
    outputs: [
      {
        result: 'business_days',
        field: 'business_days',
        description: 'Number of business days (Monday to Friday) in the span',
        example: count(FACTS[0]),
      },
    ],
    options: { end_inclusive: endInclusive },
    examples: FACTS.map((f) => ({
      description: `From ${f.from} to ${f.to} (${f.why}) there are ${count(f)} business days.`,
      input: { from: f.from, to: f.to },
      output: { business_days: count(f) },
    })),
    refusals: [
      {
        description: 'A start date (2024-05-10) after the end date (2024-05-01) is refused.',
        input: { from: '2024-05-10', to: '2024-05-01' },
      },
      {
        description: 'A date that does not exist (2023-02-29, 2023 is no leap year) is refused as malformed.',
        input: { from: '2023-02-29', to: '2023-03-10' },
      },
      {
        description: 'A date not written YYYY-MM-DD (03/10/2023) is refused as malformed.',
        input: { from: '2023-03-01', to: '03/10/2023' },
      },
    ],
  };
}

const phrases = (list: string): string[][] => list.split(',').map((p) => p.trim().split(' '));

const BUSINESS_DAYS = phrases(`
  business day, business days, working day, working days, work days, workdays, weekdays, week days,
  werktag, werktage, werktagen, arbeitstag, arbeitstage, arbeitstagen, dias habiles, dia habil,
  dias laborables, dias laborales, jours ouvres, jours ouvrables, jour ouvre, giorni lavorativi,
  giorni feriali, dias uteis, dias laborais`);
/** Adding days to a date answers a date: another computation. */
const ADDING =
  `add adds adding plus addieren hinzufugen sumar anadir ajouter aggiungere sommare somar adicionar
  deadline due`.split(/\s+/);
const HOLIDAYS = `holiday holidays feiertag feiertage feiertagen festivo festivos feriado feriados ferie ferié
  feries festivita festivi`.split(/\s+/);
const WITHOUT = 'no without ignoring excluding ohne keine sin sans sem senza nessuna nenhum nenhuma'.split(
  ' ',
);
const EXCLUSIVE = `exclusive excluding excluded exklusive ausschliesslich excluida excluido exclu exclue
  exclus esclusa escluso excluindo exclusivo exclusiva`.split(/\s+/);
const INCLUSIVE =
  `inclusive including included inklusive einschliesslich incluida incluido incluidas incluidos
  inclus incluse inclusa incluso inclusi incluindo`.split(/\s+/);

/** Not the Italian "due" (two) of "tra due date", which is no deadline due. */
const notItalianTwo = (w: string, i: number, words: string[]): boolean =>
  !(w === 'due' && /^(?:date|data|giorni|settimane|mesi|anni)$/.test(words[i + 1] ?? ''));

function hasPhrase(words: string[], phrase: string[]): boolean {
  return words.some((_, i) => phrase.every((p, k) => words[i + k] === p));
}

/** Public holidays the feature counts (not "no public holidays"): a calendar this family does not have. */
function knowsHolidays(words: string[]): boolean {
  return words.some(
    (w, i) => HOLIDAYS.includes(w) && !words.slice(Math.max(0, i - 3), i).some((b) => WITHOUT.includes(b)),
  );
}

/** Words that ask for a count of days between two dates. */
const COUNTING = `count counts counting number many between dates date span range zahlen zahle anzahl wieviele
  zwischen datum daten contar cuantos numero entre fechas fecha compter combien nombre dates contare quanti
  numero tra fra date quantos datas data`.split(/\s+/);

/** A spelled route answering a count of days (`returns {"days": integer}`): it counts them. */
const COUNT_ANSWER =
  /"(?:days|count|working_days|business_days|workdays|arbeitstage|werktage|tage|dias|dias_habiles|dias_uteis|jours|jours_ouvres|giorni|giorni_lavorativi)"\s*:\s*(?:integer|int|number|zahl|entero|inteiro|entier|intero)\b/i;

function recogniseDates(text: string, words: string[]): Recognised {
  if (!BUSINESS_DAYS.some((p) => hasPhrase(words, p)))
    return recogniseAddDays(text, words, languagesOf(words));
  if (!hasAny(words, COUNTING) && !COUNT_ANSWER.test(text)) return null;
  if (hasAny(words.filter(notItalianTwo), ADDING)) return null;
  const endInclusive = !hasAny(words, EXCLUSIVE) && hasAny(words, INCLUSIVE);
  if (knowsHolidays(words))
    return listsHolidays(text, words)
      ? { design: holidaysDesign(endInclusive, holidayLanguages(words), !requiresHolidays(text)) }
      : null;
  return { design: businessDaysDesign(endInclusive, languagesOf(words)) };
}

export const DATES: CatalogFamily = {
  name: 'dates',
  functions: [BUSINESS_DAYS_CODE, ADD_DAYS_CODE],
  recognise: recogniseDates,
};
