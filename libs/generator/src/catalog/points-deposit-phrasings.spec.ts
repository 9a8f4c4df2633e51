import { featureRowTests, type FeatureProbe, type FeatureRow } from './testing/function-rows';

/*
 * Phrasing table of two money computations users ask of a shop (written before the code):
 *
 * - loyalty points: N points for every full M (currency) spent, points = floor(amount / M) × N (1 point per
 *   euro on 12.99 is 12; 10 points per 5 $ on 12.50 is 20; 1 punto ogni 10 euro on 35 is 3); a negative amount
 *   is refused. Points for a started step (ceiling), double points on some days or redeeming points are other
 *   rules: such rows must stay unrealised.
 * - a bottle deposit (Pfand): each kind of container has a deposit the feature writes, the total is the sum of
 *   count × deposit in cents (Einweg 0,25 €, Mehrweg 0,08 €: 3 Einweg + 5 Mehrweg = 0,75 + 0,40 = 1,15 €); a
 *   negative count is refused. A deposit that depends on something the feature does not price stays unrealised.
 *
 * Rows are small intents as users write them, spelled out or in free text, in English, German, Spanish, French,
 * Italian and Portuguese; requests are in the function's parameter names (the amount, or one count per kind of
 * container named as the feature names it) and answers in its result names. Rows not read yet are in
 * NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const POINTS = 'calc.loyalty_points';
const DEPOSIT = 'calc.deposit_total';

const earn = (amount: number, want: number | 'refused'): FeatureProbe => ({
  feature: 0,
  from: '',
  to: '',
  input: { amount },
  want: want === 'refused' ? 'refused' : { points: want },
});

const returned = (counts: Record<string, number>, want: number | 'refused'): FeatureProbe => ({
  feature: 0,
  from: '',
  to: '',
  input: counts,
  want: want === 'refused' ? 'refused' : { total: want },
});

const ROWS: FeatureRow[] = [
  {
    name: 'en: points spelled, one per full euro',
    features: [
      'POST /points with {"amount": number} returns {"points": integer}: 1 point per full euro spent',
    ],
    expect: {
      fn: POINTS,
      path: '/points',
      probes: [earn(12.99, 12), earn(0, 0), earn(100, 100), earn(-5, 'refused')],
    },
  },
  {
    name: 'en: points free, 10 for every 5 dollars',
    features: ['Customers earn 10 loyalty points for every full 5 dollars spent'],
    expect: { fn: POINTS, probes: [earn(12.5, 20), earn(4.99, 0), earn(15, 30)] },
  },
  {
    name: 'de: Treuepunkte frei, pro vollem Euro',
    features: ['Treuepunkte berechnen: pro vollem Euro Einkaufswert gibt es 1 Punkt'],
    expect: { fn: POINTS, probes: [earn(49.9, 49), earn(0.99, 0)] },
  },
  {
    name: 'es: puntos libre, uno por cada euro gastado',
    features: ['Puntos de fidelidad: 1 punto por cada euro gastado, sin contar los céntimos'],
    expect: { fn: POINTS, probes: [earn(12.99, 12), earn(7, 7)] },
  },
  {
    name: 'fr: points explicite, montant',
    features: [
      'POST /fidelite/points avec {"montant": number} renvoie {"points": integer} : 1 point par euro entier dépensé',
      'un montant négatif est refusé (400)',
    ],
    expect: {
      fn: POINTS,
      path: '/fidelite/points',
      probes: [earn(10.5, 10), earn(-1, 'refused')],
    },
  },
  {
    name: 'it: punti libero, uno ogni 10 euro',
    features: ['Punti fedeltà: 1 punto ogni 10 euro di spesa'],
    expect: { fn: POINTS, probes: [earn(35, 3), earn(9.99, 0), earn(100, 10)] },
  },
  {
    name: 'pt: pontos explícito, um por real',
    features: ['POST /pontos com {"valor": number} retorna {"pontos": integer}: 1 ponto a cada real gasto'],
    expect: { fn: POINTS, path: '/pontos', probes: [earn(99.99, 99)] },
  },
  {
    name: 'de: Pfand ausgeschrieben, Einweg und Mehrweg',
    features: [
      'POST /pfand mit {"einweg": integer, "mehrweg": integer} liefert {"pfand": number}: Einweg 0,25 €, Mehrweg 0,08 € je Flasche',
    ],
    expect: {
      fn: DEPOSIT,
      path: '/pfand',
      probes: [
        returned({ einweg: 3, mehrweg: 5 }, 1.15),
        returned({ einweg: 0, mehrweg: 0 }, 0),
        returned({ einweg: -1, mehrweg: 2 }, 'refused'),
      ],
    },
  },
  {
    name: 'de: Pfand frei, Sorten mit Preisen',
    features: [
      'Pfandrechner: Einweg 0,25 €, Mehrweg 0,08 €, Kasten 1,50 €; aus der Anzahl je Sorte den Gesamtpfand berechnen',
    ],
    expect: {
      fn: DEPOSIT,
      probes: [returned({ einweg: 4, mehrweg: 10, kasten: 1 }, 3.3)],
    },
  },
  {
    name: 'en: deposit spelled, cans and bottles',
    features: [
      'POST /deposit with {"cans": integer, "bottles": integer} returns {"total": number}: 0.25 per can and 0.10 per bottle',
    ],
    expect: {
      fn: DEPOSIT,
      path: '/deposit',
      probes: [returned({ cans: 4, bottles: 3 }, 1.3), returned({ cans: 1, bottles: -3 }, 'refused')],
    },
  },
  {
    name: 'es: depósito explícito, latas y botellas',
    features: [
      'POST /deposito con {"latas": integer, "botellas": integer} devuelve {"total": number}: 0,10 € por lata y 0,25 € por botella',
    ],
    expect: { fn: DEPOSIT, path: '/deposito', probes: [returned({ latas: 5, botellas: 2 }, 1)] },
  },
  // Near misses: another rule than the one computed.
  {
    name: 'en: near miss, points for a started step',
    features: ['Customers get 1 point for every started 10 euros they spend'],
    expect: 'refused',
  },
  {
    name: 'en: near miss, double points on Sundays',
    features: ['1 loyalty point per euro spent, double points on Sundays'],
    expect: 'refused',
  },
  {
    name: 'en: near miss, redeeming points',
    features: ['Redeem loyalty points: 100 points are worth 5 euros off'],
    expect: 'refused',
  },
  {
    name: 'en: near miss, a deposit on bookings',
    features: ['A deposit of 20 € per booking is required'],
    expect: 'refused',
  },
  {
    name: 'de: near miss, Pfand ohne Sorten',
    features: ['Pfand berechnen: je nach Flasche 0,08 € oder 0,25 €'],
    expect: 'refused',
  },
];

const NOT_YET_READ = new Set<string>([]);

describe('loyalty points and bottle deposits (phrasing table)', () => {
  featureRowTests(ROWS, NOT_YET_READ, 'shop-money', 'Money rules of a small shop.');
});
