import { featureRowTests, type FeatureProbe, type FeatureRow } from './testing/function-rows';

/*
 * Phrasing table of the times-and-paces class beyond the first tables of each family (pace-phrasings,
 * parking-fee-phrasings, worked-hours-phrasings, working-days-holidays-phrasings), written before the code: the
 * names users give a pace's and a speed's fields (`pace_per_km`, `pace_s_per_km`, `kmh`), a run timed in hours,
 * a parking fee on a bare `/fee` route or written "capped at", "never more than", a shift's route named `/shift`,
 * the hours worked in Spanish without a clock notation, and working days named `days`, between `start` and
 * `end`. In English, German, Spanish, French, Italian and Portuguese; answers worked by hand:
 *
 *   10 km in 0:50:00 = 3000 s / 10 = 300 s/km = 5:00;  5 km in 0:27:46 = 1666 s / 5 = 333.2 → 333 s = 5:33
 *   10 km in 0.8 h = 12.5 km/h;  21.0975 km in 2 h = 10.54875 → 10.55 km/h
 *   1.50 per started hour, at most 12 a day: 61 min = 2 started hours = 3.00;  600 min = 10 h → 15 → 12;
 *     1500 min = one full day (12) + 60 min (1.50) = 13.50
 *   2.50 per hour or part of one, never more than 15 a day: 30 min → 2.50;  125 min → 3 h → 7.50;  600 min → 15
 *   22:00 to 06:00 less 30 = 450 min = 7.5 h;  08:15 to 16:45 less 45 = 465 min = 7.75 h
 *   2024-12-23 (Mon) to 2024-12-31 (Tue), 25 and 26 off: 23, 24, 27, 30 = 4 (end not counted), 5 with the 31st
 *
 * Rows not read yet are in NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const probe = (
  feature: number,
  input: Record<string, unknown>,
  want: Record<string, unknown> | 'refused',
  from = '',
  to = '',
): FeatureProbe => ({ feature, from, to, input, want });

const run = (f: number, distance: number, duration: number | string, want: FeatureProbe['want']) =>
  probe(f, { distance, duration }, want);
const parked = (f: number, minutes: number, want: FeatureProbe['want']) => probe(f, { minutes }, want);
const shift = (f: number, start: string, end: string, pause: number, want: FeatureProbe['want']) =>
  probe(f, { start, end, break_minutes: pause }, want);
const span = (f: number, from: string, to: string, holidays: string[], want: FeatureProbe['want']) =>
  probe(f, { holidays }, want, from, to);

const of = (fn: string) => (probes: FeatureProbe[], path?: string) => ({
  fn,
  probes,
  ...(path ? { path } : {}),
});
const pace = of('pace.run');
const fee = of('parking.fee');
const worked = of('time.worked_hours');
const days = of('dates.business_days');
const XMAS = ['2024-12-25', '2024-12-26'];

const ROWS: FeatureRow[] = [
  {
    name: 'en spelled: pace_per_km answered from distance_km and an hh:mm:ss time',
    features: [
      'POST /pace with {"distance_km": number, "time": "hh:mm:ss"} returns {"pace_per_km": "m:ss"}',
      'distance_km must be greater than 0, otherwise 400',
    ],
    expect: pace(
      [
        run(0, 10, '0:50:00', { pace: '5:00' }),
        run(0, 5, '0:27:46', { pace: '5:33' }),
        run(1, 0, '0:50:00', 'refused'),
      ],
      '/pace',
    ),
  },
  {
    name: 'en spelled: pace in seconds and as m:ss from a duration in seconds',
    features: [
      'POST /pace {"distance_km": number, "duration_s": number} returns {"pace_s_per_km": number, "pace": "m:ss"}',
    ],
    expect: pace([run(0, 10, 3000, { pace_seconds: 300, pace: '5:00' })], '/pace'),
  },
  {
    name: 'en spelled: speed in kmh from a distance and hours',
    features: ['POST /speed with {"distance_km": number, "hours": number} returns {"kmh": number}'],
    expect: pace(
      [run(0, 10, 0.8, { speed: 12.5 }), run(0, 21.0975, 2, { speed: 10.55 }), run(0, 10, 0, 'refused')],
      '/speed',
    ),
  },
  {
    name: 'de spelled: tempo_pro_km from strecke_km and zeit',
    features: [
      'POST /tempo mit {"strecke_km": Zahl, "zeit": "h:mm:ss"} liefert {"tempo_pro_km": "m:ss"}; eine Strecke von 0 oder weniger ergibt 400',
    ],
    expect: pace([run(0, 10, '0:50:00', { pace: '5:00' }), run(0, 0, '0:50:00', 'refused')], '/tempo'),
  },
  {
    name: 'es spelled: ritmo and segundos_por_km',
    features: [
      'POST /ritmo con {"distancia_km": número, "tiempo": "hh:mm:ss"} devuelve {"ritmo": "m:ss", "segundos_por_km": número}',
    ],
    expect: pace([run(0, 5, '0:27:46', { pace: '5:33', pace_seconds: 333 })], '/ritmo'),
  },
  {
    name: 'fr free: vitesse moyenne from a duration in hours',
    features: ["Vitesse moyenne en km/h à partir d'une distance en km et d'une durée en heures"],
    expect: pace([run(0, 10, 0.8, { speed: 12.5 })]),
  },
  {
    name: 'en spelled: parking fee on POST /fee from minutes',
    features: [
      'POST /fee with {"minutes": integer} returns {"fee": number}: 1.50 per started hour, at most 12 per day',
    ],
    expect: fee(
      [parked(0, 61, { fee: 3 }), parked(0, 600, { fee: 12 }), parked(0, 1500, { fee: 13.5 })],
      '/fee',
    ),
  },
  {
    name: 'en spelled: parking fee on GET /fee?minutes=',
    features: ['GET /fee?minutes=<n> returns {"fee": number}: 1.50 per started hour, daily cap 12'],
    expect: fee([parked(0, 61, { fee: 3 }), parked(0, 600, { fee: 12 })], '/fee'),
  },
  {
    name: 'en free: capped at, the stay in minutes',
    features: [
      'Parking costs 1.50 euros per started hour, capped at 12 euros per day; the stay comes in minutes',
    ],
    expect: fee([parked(0, 61, { fee: 3 }), parked(0, 600, { fee: 12 })]),
  },
  {
    name: 'en free: never more than a day, refusal of negative minutes',
    features: [
      'Calculate the parking fee for a stay in minutes: $2.50 per hour or part of an hour, never more than $15 per day',
      'a negative number of minutes is rejected with 400',
    ],
    expect: fee([
      parked(0, 30, { fee: 2.5 }),
      parked(0, 125, { fee: 7.5 }),
      parked(0, 600, { fee: 15 }),
      parked(1, -5, 'refused'),
    ]),
  },
  {
    name: 'en spelled: POST /shift with hours, overnight shifts',
    features: [
      'POST /shift with {"start": "HH:MM", "end": "HH:MM", "break_minutes": integer} returns {"hours": number}; a shift ending before it starts runs past midnight',
    ],
    expect: worked(
      [shift(0, '22:00', '06:00', 30, { hours: 7.5 }), shift(0, '08:15', '16:45', 45, { hours: 7.75 })],
      '/shift',
    ),
  },
  {
    name: 'es free: horas trabajadas from entrada, salida and pausa',
    features: [
      'Calcular las horas trabajadas a partir de la hora de entrada, la de salida y la pausa en minutos',
    ],
    expect: worked([shift(0, '08:15', '16:45', 45, { hours: 7.75 })]),
  },
  {
    name: 'en spelled: working days between start and end, answered as days',
    features: [
      'POST /working-days {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "holidays": ["YYYY-MM-DD"]} returns {"days": integer}',
    ],
    expect: days([span(0, '2024-12-23', '2024-12-31', XMAS, { business_days: 4 })], '/working-days'),
  },
  {
    name: 'en free: business days, the public holidays I pass in',
    features: [
      'How many business days are between two dates, not counting weekends or the public holidays I pass in',
    ],
    expect: days([span(0, '2024-12-23', '2024-12-31', XMAS, { business_days: 4 })]),
  },
  {
    name: 'pt free: dias úteis excluindo fins de semana e feriados informados',
    features: ['Dias úteis entre duas datas, excluindo fins de semana e feriados informados'],
    expect: days([span(0, '2024-12-23', '2024-12-31', XMAS, { business_days: 4 })]),
  },
  {
    name: 'en free: parking with a free first half hour (taken off the stay)',
    features: [
      'Parking costs 2 euros per started hour, capped at 10 euros a day, and the first 30 minutes are free; the stay comes in minutes',
    ],
    expect: fee([parked(0, 30, { fee: 0 }), parked(0, 90, { fee: 2 }), parked(0, 600, { fee: 10 })]),
  },
  // Refused: what no computation here answers as the feature says.
  {
    name: 'refused: a pace answered as decimal minutes per km',
    features: [
      'POST /pace with {"distance_km": number, "time": "h:mm:ss"} returns {"min_per_km": number} (5.5 for 5:30)',
    ],
    expect: 'refused',
  },
];

const NOT_YET_READ = new Set<string>([]);

describe('times, paces and durations beyond the first tables (phrasing table)', () => {
  featureRowTests(ROWS, NOT_YET_READ, 'times-paces', 'Times, paces and durations.');
});
