import { featureRowTests, type FeatureProbe, type FeatureRow } from './testing/function-rows';

/*
 * Phrasing table of a parking fee charged by the started hour with a daily cap (written before the code): a
 * stay, given as an entry and an exit time (YYYY-MM-DDTHH:MM) or as a number of minutes, costs the hourly rate
 * for every hour begun ("per started hour", "je angefangene Stunde", "por hora o fracción", "par heure entamée",
 * "per ogni ora o frazione", "por hora ou fração"), at most the daily cap for each 24 hours from the entry; a stay
 * longer than a day pays the cap for each whole day and the capped hourly fee for the rest. An exit before the
 * entry, or a stay of zero or fewer minutes, is refused (400). A rate "per hour" that says nothing of begun hours
 * may be prorated as well: refused rather than guessed, as are tariffs the feature varies (night, weekend).
 * In English, German, Spanish, French, Italian and Portuguese; answers worked by hand:
 *
 *   2.50 per started hour, cap 20: 08:00–10:15 = 135 min → 3 hours begun → 7.50;  07:00–19:00 = 12 h → 30 → 20
 *   2024-05-01T08:00 – 2024-05-02T09:30 = 1530 min = 1 day + 90 min → 20 + 2 × 2.50 = 25
 *   2 per hour or part of one, cap 12: 61 min → 2 h → 4;  600 min → 20 → 12;  1500 min = 1 day + 60 min → 14
 *   1.50 je angefangene Stunde, cap 10: 90 min → 3;  1440 min → 10;  59 min → 1.5
 *
 * Rows not read yet are in NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const FN = 'parking.fee';

const stay = (
  feature: number,
  entry: string,
  exit: string,
  want: Record<string, unknown> | 'refused',
): FeatureProbe => ({ feature, from: '', to: '', input: { entry, exit }, want });

const minutes = (
  feature: number,
  value: number,
  want: Record<string, unknown> | 'refused',
): FeatureProbe => ({ feature, from: '', to: '', input: { minutes: value }, want });

const fee = (probes: FeatureProbe[], path?: string) => ({ fn: FN, probes, ...(path ? { path } : {}) });

const ROWS: FeatureRow[] = [
  {
    name: 'en spelled: entry and exit, 2.50 per started hour, at most 20 a day',
    features: [
      'POST /parking/fee with {"entry": "YYYY-MM-DDTHH:MM", "exit": "YYYY-MM-DDTHH:MM"} returns {"fee": number}: 2.50 per started hour, at most 20 per day',
      'an exit before the entry returns 400',
    ],
    expect: fee(
      [
        stay(0, '2024-05-01T08:00', '2024-05-01T10:15', { fee: 7.5 }),
        stay(0, '2024-05-01T07:00', '2024-05-01T19:00', { fee: 20 }),
        stay(0, '2024-05-01T08:00', '2024-05-02T09:30', { fee: 25 }),
        stay(1, '2024-05-01T10:00', '2024-05-01T09:00', 'refused'),
      ],
      '/parking/fee',
    ),
  },
  {
    name: 'en free: every hour or part of one, capped a day, minutes parked',
    features: [
      'Car park charges: €2 for every hour or part of an hour, capped at €12 a day; the stay is given in minutes',
      'zero or negative minutes are refused',
    ],
    expect: fee([
      minutes(0, 61, { fee: 4 }),
      minutes(0, 600, { fee: 12 }),
      minutes(0, 1500, { fee: 14 }),
      minutes(1, 0, 'refused'),
      minutes(1, -30, 'refused'),
    ]),
  },
  {
    name: 'en free: one line, "each hour or part thereof" and "daily maximum"',
    features: [
      'work out what a parking stay costs from arrival and departure times: $3 each hour or part thereof, daily maximum $18',
    ],
    expect: fee([
      stay(0, '2024-03-04T09:00', '2024-03-04T09:20', { fee: 3 }),
      stay(0, '2024-03-04T09:00', '2024-03-04T18:00', { fee: 18 }),
    ]),
  },
  {
    name: 'de: je angefangene Stunde, höchstens pro Tag, Parkdauer in Minuten',
    features: [
      'Parkgebühr berechnen: je angefangene Stunde 1,50 €, höchstens 10 € pro Tag; die Parkdauer kommt in Minuten',
    ],
    expect: fee([minutes(0, 90, { fee: 3 }), minutes(0, 1440, { fee: 10 }), minutes(0, 59, { fee: 1.5 })]),
  },
  {
    name: 'de: Einfahrt und Ausfahrt, Tageshöchstsatz, two lines',
    features: [
      'Parkhaus-Tarif: Einfahrt und Ausfahrt (Datum und Uhrzeit) ergeben die Gebühr, 2 € pro angefangene Stunde',
      'Tageshöchstsatz 15 €; eine Ausfahrt vor der Einfahrt wird mit 400 abgelehnt',
    ],
    expect: fee([
      stay(0, '2024-06-10T08:00', '2024-06-10T11:01', { fee: 8 }),
      stay(1, '2024-06-10T08:00', '2024-06-10T20:00', { fee: 15 }),
      stay(1, '2024-06-10T12:00', '2024-06-10T08:00', 'refused'),
    ]),
  },
  {
    name: 'es: por hora o fracción, máximo diario, entrada y salida',
    features: [
      'Tarifa de aparcamiento: 1,20 € por hora o fracción, máximo 9 € diarios, a partir de la hora de entrada y de salida',
    ],
    expect: fee([
      stay(0, '2024-02-01T10:00', '2024-02-01T12:30', { fee: 3.6 }),
      stay(0, '2024-02-01T06:00', '2024-02-01T22:00', { fee: 9 }),
    ]),
  },
  {
    name: 'fr: par heure entamée, plafonné par jour, durée en minutes',
    features: [
      'Tarif du parking : 2 € par heure entamée, plafonné à 15 € par jour ; la durée du stationnement est donnée en minutes',
    ],
    expect: fee([minutes(0, 121, { fee: 6 }), minutes(0, 480, { fee: 15 }), minutes(0, 1560, { fee: 19 })]),
  },
  {
    name: 'it: per ogni ora o frazione, massimo al giorno',
    features: [
      'Costo del parcheggio: 1,50 euro per ogni ora o frazione di ora, massimo 12 euro al giorno, dalla durata della sosta in minuti',
    ],
    expect: fee([minutes(0, 45, { fee: 1.5 }), minutes(0, 200, { fee: 6 }), minutes(0, 900, { fee: 12 })]),
  },
  {
    name: 'pt: por hora ou fração, máximo por dia',
    features: [
      'Tarifa do estacionamento: R$ 5 por hora ou fração, máximo de R$ 30 por dia; tempo de permanência em minutos',
    ],
    expect: fee([minutes(0, 130, { fee: 15 }), minutes(0, 500, { fee: 30 })]),
  },
  // Refused: what the fee would be is not written, or varies in ways this computation has no rule for.
  {
    name: 'refused: "per hour" that says nothing of begun hours',
    features: ['parking costs 2 euros per hour, at most 12 euros a day; the stay comes in minutes'],
    expect: 'refused',
  },
  {
    name: 'refused: a night tariff beside the day rate',
    features: [
      'parking fee: 2 € per started hour from 8:00 to 20:00 and 1 € per started hour at night, at most 15 € a day',
    ],
    expect: 'refused',
  },
  {
    name: 'refused: the tariffs shown as a table, no stay charged',
    features: ['Tageshöchstsatz und Stundenpreis des Parkhauses als Tabelle anzeigen'],
    expect: 'refused',
  },
];

const NOT_YET_READ = new Set<string>([]);

describe('parking fee by started hour with a daily cap (phrasing table)', () => {
  featureRowTests(ROWS, NOT_YET_READ, 'parking-fee', 'Parking fees of a car park.');
});
