import { featureRowTests, type FeatureProbe, type FeatureRow } from './testing/function-rows';

/*
 * Phrasing table of the working days between two dates less holidays the request lists (written before the
 * code): Monday to Friday from the start date (counted) to the end date (left out, or counted when the feature
 * says both are), less each listed holiday (YYYY-MM-DD) that falls on one of those weekdays; a holiday on a
 * weekend or outside the span changes nothing, one listed twice counts once, a list entry that is no real date is
 * refused (400). A calendar of public holidays the service would have to know ("German public holidays") is
 * another computation: refused. In English, German, Spanish, French, Italian and Portuguese; answers worked by
 * hand off a calendar:
 *
 *   2024-12-23 (Mon) – 2024-12-31 (Tue), both counted: 7 weekdays; less 25 and 26 December → 5 (end left out: 4)
 *   2024-04-29 (Mon) – 2024-05-03 (Fri), both counted: 5; less 2024-05-01 (Wed) → 4; 2024-05-04 (Sat) listed → 4
 *   2024-04-22 (Mon) – 2024-04-26 (Fri), end left out: 4 (22–25); less 2024-04-25 (Liberazione, Thu) → 3
 *
 * Rows not read yet are in NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const FN = 'dates.business_days';

const span = (
  feature: number,
  from: string,
  to: string,
  holidays: unknown,
  want: Record<string, unknown> | 'refused',
  // The harness sends a probe's from and to as the request's from and to: here they are the two dates.
): FeatureProbe => ({ feature, from, to, input: { holidays }, want });

const days = (probes: FeatureProbe[], path?: string) => ({ fn: FN, probes, ...(path ? { path } : {}) });

const XMAS = ['2024-12-25', '2024-12-26'];

const ROWS: FeatureRow[] = [
  {
    name: 'en spelled: from, to and a holidays list, both dates counted',
    features: [
      'POST /working-days with {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "holidays": ["YYYY-MM-DD"]} returns {"working_days": integer}: Monday to Friday, both dates included, minus the listed holidays',
      'a holiday that is not a real date returns 400',
    ],
    expect: days(
      [
        span(0, '2024-12-23', '2024-12-31', XMAS, { business_days: 5 }),
        span(0, '2024-04-29', '2024-05-03', ['2024-05-01', '2024-05-04'], { business_days: 4 }),
        span(0, '2024-04-29', '2024-05-03', ['2024-05-01', '2024-05-01'], { business_days: 4 }),
        span(1, '2024-04-29', '2024-05-03', ['2024-02-30'], 'refused'),
      ],
      '/working-days',
    ),
  },
  {
    name: 'en free: business days skipping weekends and the holidays sent with it',
    features: [
      'count the business days between two dates, skipping weekends and any holidays passed in the request as a list of dates',
    ],
    expect: days([span(0, '2024-12-23', '2024-12-31', XMAS, { business_days: 4 })]),
  },
  {
    name: 'de: Arbeitstage ohne Wochenenden und mitgeschickte Feiertage',
    features: [
      'Arbeitstage zwischen zwei Daten zählen (Start und Ende inklusive); Wochenenden und die mitgeschickten Feiertage (Liste von Daten) zählen nicht',
    ],
    expect: days([span(0, '2024-12-23', '2024-12-31', XMAS, { business_days: 5 })]),
  },
  {
    name: 'it: giorni lavorativi escluse le festività indicate',
    features: [
      'Contare i giorni lavorativi tra due date, escludendo sabati, domeniche e le festività indicate nella richiesta come elenco di date',
    ],
    expect: days([span(0, '2024-04-22', '2024-04-26', ['2024-04-25'], { business_days: 3 })]),
  },
  {
    name: 'es: días hábiles sin los festivos de la lista',
    features: [
      'Calcular los días hábiles entre dos fechas, sin contar fines de semana ni los festivos que llegan en una lista',
    ],
    expect: days([span(0, '2024-04-22', '2024-04-26', ['2024-04-25'], { business_days: 3 })]),
  },
  {
    name: 'fr: jours ouvrés moins les jours fériés fournis',
    features: [
      'Compter les jours ouvrés entre deux dates, hors week-ends et hors jours fériés fournis dans une liste',
    ],
    expect: days([span(0, '2024-12-23', '2024-12-31', XMAS, { business_days: 4 })]),
  },
  {
    name: 'pt: dias úteis menos os feriados informados',
    features: [
      'Contar os dias úteis entre duas datas, excluindo fins de semana e os feriados informados numa lista de datas',
    ],
    expect: days([span(0, '2024-04-22', '2024-04-26', ['2024-04-25'], { business_days: 3 })]),
  },
  // What the count refuses, and the holidays, each written in a feature of its own.
  {
    name: 'en: an end before the start refused in a feature of its own',
    features: [
      'count the working days between two dates, weekends excluded',
      'if the end date is before the start date, answer with an error',
    ],
    expect: days([
      span(0, '2024-04-29', '2024-05-03', [], { business_days: 4 }),
      span(1, '2024-05-10', '2024-05-01', [], 'refused'),
    ]),
  },
  {
    name: 'it: la data finale prima di quella iniziale rifiutata a parte',
    features: [
      'Quanti giorni lavorativi ci sono tra due date',
      'se la data finale viene prima della data iniziale la richiesta va rifiutata',
    ],
    expect: days([
      span(0, '2024-04-22', '2024-04-26', [], { business_days: 4 }),
      span(1, '2024-04-26', '2024-04-22', [], 'refused'),
    ]),
  },
  {
    name: 'en: holidays sent as a list, in a feature of their own',
    features: [
      'number of working days between two dates; Saturdays and Sundays are not counted',
      'holidays may be sent along as a list of dates, and those are not counted either',
    ],
    expect: days([
      span(0, '2024-12-23', '2024-12-31', XMAS, { business_days: 4 }),
      span(1, '2024-12-23', '2024-12-31', XMAS, { business_days: 4 }),
    ]),
  },
  // Refused: a calendar of public holidays the service would have to know.
  {
    name: 'refused: German public holidays known by the service',
    features: ['count the working days between two dates excluding weekends and German public holidays'],
    expect: 'refused',
  },
  {
    name: 'refused: festività nazionali italiane',
    features: ['Contare i giorni lavorativi tra due date escludendo weekend e festività nazionali italiane'],
    expect: 'refused',
  },
];

const NOT_YET_READ = new Set<string>([]);

describe('working days less listed holidays (phrasing table)', () => {
  featureRowTests(ROWS, NOT_YET_READ, 'working-days', 'Working days between dates.');
});
