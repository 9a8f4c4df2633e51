import { featureRowTests, type FeatureProbe, type FeatureRow } from './testing/function-rows';

/*
 * Phrasing table of scaling by a ratio (written before the code): an amount written for N servings (people,
 * portions) scaled to M servings is amount × M / N, rounded as the feature writes (2 decimals when it says
 * nothing). Servings are whole numbers above 0; a negative amount is refused (400). In English, German, Spanish,
 * French, Italian and Portuguese; answers worked by hand:
 *
 *   200 for 4 → 6: 300;  150 for 4 → 3: 112.5;  100 for 3 → 2: 66.666… → 66.67;  250 for 4 → 10: 625
 *   100 for 3 → 4: 133.33… → 133.3 (1 decimal);  250 for 6 → 4: 166.66… → 166.7
 *
 * Rows not read yet are in NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const FN = 'scale.servings';

const scale = (
  feature: number,
  amount: number,
  servings: number,
  target: number,
  want: number | 'refused',
): FeatureProbe => ({
  feature,
  from: '',
  to: '',
  input: { amount, servings, target_servings: target },
  want: want === 'refused' ? 'refused' : { amount: want },
});

const scaled = (probes: FeatureProbe[], path?: string) => ({ fn: FN, probes, ...(path ? { path } : {}) });

const ROWS: FeatureRow[] = [
  {
    name: 'en: amount for N servings scaled to M servings, 2 decimals',
    features: [
      'Scale an ingredient amount written for N servings to M servings (amount × M / N), rounded to 2 decimals',
      'servings must be whole numbers above 0 and a negative amount is refused',
    ],
    expect: scaled([
      scale(0, 200, 4, 6, 300),
      scale(0, 150, 4, 3, 112.5),
      scale(0, 100, 3, 2, 66.67),
      scale(1, 100, 0, 2, 'refused'),
      scale(1, 100, 2.5, 2, 'refused'),
      scale(1, -5, 4, 2, 'refused'),
    ]),
  },
  {
    name: 'en: a quantity for a number of people, for another number of people',
    features: [
      'recipe scaler: a quantity meant for some number of people, recalculated for a different number of people',
    ],
    expect: scaled([scale(0, 250, 4, 10, 625), scale(0, 0, 4, 2, 0)]),
  },
  {
    name: 'de: Zutatenmenge auf andere Portionen, 1 Nachkommastelle',
    features: [
      'Die Menge einer Zutat von einer Portionenzahl auf eine andere umrechnen, auf 1 Nachkommastelle gerundet',
    ],
    expect: scaled([scale(0, 300, 4, 3, 225), scale(0, 100, 3, 4, 133.3)]),
  },
  {
    name: 'es: porciones, cantidad negativa rechazada',
    features: [
      'Escalar la cantidad de un ingrediente de N porciones a M porciones; una cantidad negativa se rechaza',
    ],
    expect: scaled([scale(0, 500, 8, 2, 125), scale(0, -1, 8, 2, 'refused')]),
  },
  {
    name: 'fr: quantité pour un nombre de personnes',
    features: [
      'Adapter une quantité prévue pour un nombre de personnes à un autre nombre de personnes (arrondi à 2 décimales)',
    ],
    expect: scaled([scale(0, 75, 6, 4, 50)]),
  },
  {
    name: 'it: porzioni',
    features: ['Ricalcolare la quantità di un ingrediente da N porzioni a M porzioni'],
    expect: scaled([scale(0, 320, 4, 5, 400)]),
  },
  {
    name: 'pt: porções, 1 casa decimal',
    features: [
      'Ajustar a quantidade de uma receita de N porções para M porções, arredondada a 1 casa decimal',
    ],
    expect: scaled([scale(0, 250, 6, 4, 166.7)]),
  },
  {
    name: 'spelled route: POST /recipes/scale with the fields written',
    features: [
      'POST /recipes/scale with {"quantity": number, "from_servings": integer, "to_servings": integer} returns {"scaled": number} rounded to 2 decimals',
    ],
    expect: scaled([scale(0, 120, 4, 6, 180)], '/recipes/scale'),
  },
  // Refused: what a recipe needs for a calorie target is another computation.
  {
    name: 'refused: scaling a recipe to a calorie target',
    features: ['scale a recipe so that one serving has exactly 500 kcal'],
    expect: 'refused',
  },
];

// Read since the gate reads "whole numbers above 0 … is refused" as the bound it allows (it read "refusing servings
// above 0" before).
const NOT_YET_READ = new Set<string>([]);

describe('amounts scaled by servings (phrasing table)', () => {
  featureRowTests(ROWS, NOT_YET_READ, 'recipe-scale', 'Recipes scaled to the number of servings.');
});
