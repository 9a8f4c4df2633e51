import { featureRowTests, type FeatureProbe, type FeatureRow } from './testing/function-rows';

/*
 * Phrasing table of running pace and speed (written before the code): a distance (km or miles) and a duration
 * (seconds, minutes, or a clock "h:mm:ss") give the pace — seconds per km (or per mile, when the feature counts in
 * miles) rounded to the whole second, and written m:ss — and/or the average speed in km/h (mph for miles), rounded
 * as the feature writes (2 decimals when it says nothing). A distance of zero or below, or no time at all, is
 * refused (400). In English, German, Spanish, French, Italian and Portuguese; answers worked by hand:
 *
 *   10 km in 0:50:00 = 3000 s / 10 = 300 s/km = 5:00;   5 km in 0:27:46 = 1666 s / 5 = 333.2 → 333 s = 5:33
 *   21.0975 km in 1:45:30 = 6330 s / 21.0975 = 300.04 → 300 s = 5:00
 *   42.195 km in 180 min = 14.065 km/h → 14.1;  10 km in 45 min = 13.333 km/h → 13.3
 *   3.1 mi in 1860 s = 600 s/mi = 10:00;  26.2 mi in 14400 s = 549.6 → 550 s = 9:10
 *
 * Rows not read yet are in NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const FN = 'pace.run';

const run = (
  feature: number,
  distance: number,
  duration: number | string,
  want: Record<string, unknown> | 'refused',
): FeatureProbe => ({ feature, from: '', to: '', input: { distance, duration }, want });

const pace = (probes: FeatureProbe[], path?: string) => ({ fn: FN, probes, ...(path ? { path } : {}) });

const ROWS: FeatureRow[] = [
  {
    name: 'en: pace per km from km and h:mm:ss, in seconds and m:ss',
    features: [
      'Running pace: from a distance in km and a finish time as h:mm:ss, give the pace per km as m:ss and in seconds',
      'a distance of zero or below is refused with 400',
    ],
    expect: pace([
      run(0, 10, '0:50:00', { pace_seconds: 300, pace: '5:00' }),
      run(0, 21.0975, '1:45:30', { pace_seconds: 300, pace: '5:00' }),
      run(0, 5, '0:27:46', { pace_seconds: 333, pace: '5:33' }),
      run(1, 0, '0:20:00', 'refused'),
      run(1, -5, '0:20:00', 'refused'),
    ]),
  },
  {
    name: 'en: average speed in km/h from kilometres and minutes, 1 decimal',
    features: ['Average speed in km/h from the distance in kilometres and the time in minutes, 1 decimal'],
    expect: pace([run(0, 42.195, 180, { speed: 14.1 }), run(0, 10, 45, { speed: 13.3 })]),
  },
  {
    name: 'en: pace per mile from miles and seconds',
    features: ['work out the pace per mile (m:ss) from a distance in miles and a duration in seconds'],
    expect: pace([
      run(0, 3.1, 1860, { pace_seconds: 600, pace: '10:00' }),
      run(0, 26.2, 14400, { pace_seconds: 550, pace: '9:10' }),
    ]),
  },
  {
    name: 'de: Lauftempo in Minuten pro Kilometer',
    features: [
      'Lauftempo berechnen: Strecke in km und Zeit (h:mm:ss) ergeben das Tempo pro Kilometer als m:ss',
      'Eine Strecke von 0 oder weniger wird mit 400 abgelehnt',
    ],
    expect: pace([run(0, 10, '0:55:30', { pace: '5:33' }), run(1, 0, '0:55:30', 'refused')]),
  },
  {
    name: 'es: ritmo por kilómetro desde segundos',
    features: [
      'Calcular el ritmo por kilómetro (m:ss) a partir de la distancia en km y el tiempo en segundos',
    ],
    expect: pace([run(0, 8, 2880, { pace: '6:00' })]),
  },
  {
    name: 'fr: allure au kilomètre et vitesse en km/h',
    features: [
      "Calculer l'allure au kilomètre (m:ss) et la vitesse moyenne en km/h à partir de la distance en km et de la durée (h:mm:ss)",
    ],
    expect: pace([
      run(0, 12, '1:00:00', { pace: '5:00', speed: 12 }),
      run(0, 10, '0:48:00', { speed: 12.5 }),
    ]),
  },
  {
    name: 'it: passo al chilometro da minuti',
    features: ['Calcolare il passo al chilometro (m:ss) dalla distanza in km e dal tempo in minuti'],
    expect: pace([run(0, 5, 25, { pace: '5:00' }), run(0, 7.5, 48, { pace: '6:24' })]),
  },
  {
    name: 'pt: ritmo por km, distância zero recusada',
    features: [
      'Calcular o ritmo por km (m:ss) a partir da distância em km e do tempo (h:mm:ss); distância zero ou negativa é recusada',
    ],
    expect: pace([run(0, 4, '0:22:00', { pace: '5:30' }), run(0, 0, '0:22:00', 'refused')]),
  },
  {
    name: 'spelled route: POST /pace with the fields written',
    features: [
      'POST /pace with {"distance_km": number, "time": "h:mm:ss"} returns {"pace": "m:ss", "seconds_per_km": number}',
      'distance_km of 0 or below returns 400',
    ],
    expect: pace(
      [run(0, 10, '0:50:00', { pace: '5:00', pace_seconds: 300 }), run(1, -1, '0:50:00', 'refused')],
      '/pace',
    ),
  },
  // Refused: a prediction is no pace computed from what was run.
  {
    name: 'refused: predicting a marathon time from a 10 km time',
    features: ['Predict my marathon finish time from my best 10 km time'],
    expect: 'refused',
  },
];

const NOT_YET_READ = new Set<string>([]);

describe('running pace and speed (phrasing table)', () => {
  featureRowTests(ROWS, NOT_YET_READ, 'run-pace', 'Pace and speed of runs.');
});
