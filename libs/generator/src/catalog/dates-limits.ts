import type { CatalogFamily, FunctionDesign, Recognised } from './catalog-entry';
import { foldText } from './checks-shared';
import { holidaysDesign, listsHolidays } from './dates-holidays';
import { keepBinding } from './design-rebind';
import { languagesOf, refuses } from './feature-words';

/*
 * What a count of working days says in features of their own: an end date before the start date refused ("if
 * the end date is before the start date, answer with an error", "Rifiutare la richiesta se la data di fine è
 * precedente alla data di inizio"), and holidays the request lists ("public holidays can be passed along as a
 * list of dates and are then not counted"), which make the count the one less those holidays (dates-holidays.ts).
 * Each joins an endpoint counting working days; with none in the intent it stays unrealised. Read after the
 * calendar facts, whose spans between dates answer a negative count instead.
 */

const BUSINESS_DAYS = 'dates.business_days';

const END = '(?:end|ende|enddatum|fine|finale|final|fin|fim)';
const START = '(?:start\\w*|begin\\w*|beginn|startdatum|inizio|iniziale|inicio|inicial|debut|initiale)';
/** An end date before the start date, or a start after the end, in the six languages (folded). */
const END_BEFORE_START = new RegExp(
  `\\b${END}\\b[^.;]{0,25}\\b(?:before|earlier than|vor|precedente|prima|anterior\\w*|antes|avant)\\b[^.;]{0,25}\\b${START}` +
    `|\\b${START}\\b[^.;]{0,25}\\b(?:after|later than|nach|successiv\\w*|dopo|posterior\\w*|despues|apres|depois)\\b[^.;]{0,25}\\b${END}\\b`,
);
const DATE_WORDS = /\b(?:dates?|datum|daten|data|datas|fechas?)\b/;
/** A time of day or a clock: "the end time before the start time" is a shift's or a booking's, not a date span's. */
const TIME_WORDS = /\b(?:times?|zeit\w*|uhrzeit|horas?|heures?|ore|orari\w*|clock|hh:mm)\b/;
const HOLIDAYS = /\b(?:holidays?|feiertage?n?|festiv\w*|feriad[oa]s?|ferie|feries?|jours? feries?)\b/;

function recogniseLimits(text: string, words: string[]): Recognised {
  const t = foldText(text);
  if (HOLIDAYS.test(t) && listsHolidays(text, words) && !END_BEFORE_START.test(t)) {
    const languages = languagesOf(words);
    const refine = (d: FunctionDesign) =>
      d.options?.holidays === true
        ? d
        : keepBinding(d, holidaysDesign(d.options?.end_inclusive === true, languages, true));
    return {
      constraint: {
        function: BUSINESS_DAYS,
        refine,
        refusals: (d) => refine(d).refusals.filter((r) => /holiday/.test(r.description)),
      },
    };
  }
  // "If end is before start, return 400" names no dates, as a route's fields are named: the span's, unless times,
  // or unless the feature writes a route of its own ("…; GET /rooms/bookings/{id} returns the booking"): a record's.
  const undated = !TIME_WORDS.test(t) && !/\b(?:get|post|put|patch|delete)\s+\//i.test(text);
  if (!refuses(words) || !END_BEFORE_START.test(t) || !(DATE_WORDS.test(t) || undated)) return null;
  return {
    constraint: {
      function: BUSINESS_DAYS,
      refusals: (d) => [
        {
          description:
            'An end date (2024-05-09) one day before the start date (2024-05-10) is refused: Enddatum vor dem ' +
            'Startdatum, data di fine (finale) precedente (prima) alla data di inizio (iniziale), fecha de fin ' +
            'anterior a la de inicio, date de fin avant la date de début, data final anterior à data inicial.',
          input: {
            from: '2024-05-10',
            to: '2024-05-09',
            ...(d.options?.holidays === true ? { holidays: [] } : {}),
          },
        },
      ],
    },
  };
}

export const DATES_LIMITS: CatalogFamily = {
  name: 'dates-limits',
  functions: [],
  recognise: recogniseLimits,
};
