import { featureRowTests, type FeatureProbe, type FeatureRow } from './testing/function-rows';

/*
 * Phrasing table of fuel economy conversions (written before the code): features as users write them in English,
 * German, Spanish, French, Italian and Portuguese, with what a faithful service answers. Fuel economy figures are
 * RECIPROCAL, not multiples of each other: with 1 US gallon = 3.785411784 L, 1 imperial gallon = 4.54609 L and
 * 1 mile = 1.609344 km,
 *
 *   US mpg       = 100 × 3.785411784 / 1.609344 / (L/100 km) = 235.2145833… / (L/100 km)
 *   imperial mpg = 100 × 4.54609 / 1.609344 / (L/100 km)     = 282.4809363… / (L/100 km)
 *   km/L         = 100 / (L/100 km)
 *
 * Units by their symbols l/100km, mpg (US), mpg_imp, km/l; answers rounded as the feature asks (2 decimals when
 * it says nothing), worked by hand from those formulas. A consumption of 0 or below is no figure at all (its
 * reciprocal is infinite or negative): 'refused' (400). `refused` as the row's expectation: a faithful generator
 * leaves the intent unrealised (a figure the catalog cannot convert, or two quantities).
 * Rows not read yet are in NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const FN = 'fuel.convert';

const probe = (
  feature: number,
  value: number,
  from: string,
  to: string,
  answer: number | 'refused',
): FeatureProbe => ({
  feature,
  from,
  to,
  input: { value },
  want: answer === 'refused' ? 'refused' : { value: answer },
});

const fuel = (probes: FeatureProbe[], path?: string) => ({ fn: FN, probes, ...(path ? { path } : {}) });

const ROWS: FeatureRow[] = [
  {
    name: 'en: L/100 km to US mpg, 2 decimals',
    features: ['Convert fuel consumption from L/100 km to US mpg, rounded to 2 decimals'],
    expect: fuel([probe(0, 10, 'l/100km', 'mpg', 23.52), probe(0, 6.5, 'l/100km', 'mpg', 36.19)]),
  },
  {
    name: 'en: miles per gallon to litres per 100 kilometres',
    features: ['Turn miles per gallon into litres per 100 kilometres'],
    expect: fuel([probe(0, 30, 'mpg', 'l/100km', 7.84), probe(0, 25, 'mpg', 'l/100km', 9.41)]),
  },
  {
    name: 'en: one way, then the other way round, then zero and negative refused',
    features: [
      "turn a car's consumption in litres per 100 km into US miles per gallon, 2 decimals",
      'and the other way round: US mpg into litres per 100 km',
      'zero or negative consumption is nonsense and should be rejected with a 400',
    ],
    expect: fuel([
      probe(0, 10, 'l/100km', 'mpg', 23.52),
      probe(1, 50, 'mpg', 'l/100km', 4.7),
      probe(2, 0, 'l/100km', 'mpg', 'refused'),
      probe(1, -30, 'mpg', 'l/100km', 'refused'),
    ]),
  },
  {
    name: 'en: imperial (UK) mpg to L/100km',
    features: ['Convert UK imperial miles per gallon to l/100km'],
    expect: fuel([probe(0, 40, 'mpg_imp', 'l/100km', 7.06), probe(0, 45, 'mpg_imp', 'l/100km', 6.28)]),
  },
  {
    name: 'en: km per litre to L/100km, 1 decimal',
    features: ['Convert kilometres per litre to L/100km, rounded to 1 decimal'],
    expect: fuel([probe(0, 20, 'km/l', 'l/100km', 5), probe(0, 9, 'km/l', 'l/100km', 11.1)]),
  },
  {
    name: 'en: between L/100km, US mpg, imperial mpg and km/L',
    features: ['Fuel economy converter between L/100km, US mpg, imperial mpg and km/L, 2 decimals'],
    expect: fuel([
      probe(0, 5, 'l/100km', 'mpg_imp', 56.5),
      probe(0, 35, 'mpg', 'mpg_imp', 42.03),
      probe(0, 30, 'mpg', 'km/l', 12.75),
      probe(0, 8, 'l/100km', 'km/l', 12.5),
      probe(0, 0, 'km/l', 'mpg', 'refused'),
    ]),
  },
  {
    name: 'de: Liter pro 100 km in Meilen pro Gallone',
    features: ['Verbrauch von Liter pro 100 km in Meilen pro Gallone (US) umrechnen, auf 2 Nachkommastellen'],
    expect: fuel([probe(0, 7, 'l/100km', 'mpg', 33.6), probe(0, 12, 'l/100km', 'mpg', 19.6)]),
  },
  {
    name: 'de: mpg in l/100km, Null oder negativ ist ein Fehler',
    features: ['Rechnet mpg in l/100km um', 'Ein Verbrauch von null oder weniger wird mit 400 abgelehnt'],
    expect: fuel([probe(0, 33, 'mpg', 'l/100km', 7.13), probe(1, -1, 'mpg', 'l/100km', 'refused')]),
  },
  {
    name: 'es: litros cada 100 km a millas por galón',
    features: ['Convertir el consumo de litros cada 100 km a millas por galón (EE. UU.), con 2 decimales'],
    expect: fuel([probe(0, 4.5, 'l/100km', 'mpg', 52.27)]),
  },
  {
    name: 'es: km por litro a litros por 100 km',
    features: ['Pasar de kilómetros por litro a litros por 100 km'],
    expect: fuel([probe(0, 20, 'km/l', 'l/100km', 5)]),
  },
  {
    name: 'fr: litres aux 100 km en miles par gallon',
    features: [
      'Convertir une consommation en litres aux 100 km en miles par gallon US, arrondi à 2 décimales',
    ],
    expect: fuel([probe(0, 10, 'l/100km', 'mpg', 23.52)]),
  },
  {
    name: 'fr: mpg en L/100 km, dans les deux sens',
    features: ['Convertir entre mpg et L/100 km dans les deux sens'],
    expect: fuel([probe(0, 30, 'mpg', 'l/100km', 7.84), probe(0, 10, 'l/100km', 'mpg', 23.52)]),
  },
  {
    name: 'it: litri per 100 km in chilometri per litro',
    features: ['Convertire il consumo da litri per 100 km a chilometri per litro'],
    expect: fuel([probe(0, 9, 'l/100km', 'km/l', 11.11)]),
  },
  {
    name: 'it: miglia per gallone in litri per 100 km',
    features: ['Converte miglia per gallone in litri per 100 km con 2 decimali'],
    expect: fuel([probe(0, 25, 'mpg', 'l/100km', 9.41)]),
  },
  {
    name: 'pt: km/l para l/100km',
    features: ['Converter o consumo de km/l para l/100km'],
    expect: fuel([probe(0, 8, 'km/l', 'l/100km', 12.5)]),
  },
  {
    name: 'pt: milhas por galão para km por litro',
    features: ['Converter milhas por galão em quilômetros por litro, com 2 casas decimais'],
    expect: fuel([probe(0, 40, 'mpg', 'km/l', 17.01)]),
  },
  {
    name: 'spelled route: POST /fuel/convert with the units listed',
    features: [
      'POST /fuel/convert {"value": number, "from": "l/100km"|"mpg"|"km/l", "to": "l/100km"|"mpg"|"km/l"} returns {"value": number} rounded to 2 decimals',
      'a value of 0 or below returns 400',
    ],
    expect: fuel(
      [
        probe(0, 18, 'km/l', 'mpg', 42.34),
        probe(0, 10, 'l/100km', 'mpg', 23.52),
        probe(1, -3, 'l/100km', 'km/l', 'refused'),
      ],
      '/fuel/convert',
    ),
  },
  // Refused: not a conversion between fuel economy figures.
  {
    name: 'refused: fuel used over a distance is another computation',
    features: ['Compute the consumption in L/100 km from the litres filled and the kilometres driven'],
    expect: 'refused',
  },
  {
    name: 'refused: mpg to kWh per 100 km mixes fuel and electricity',
    features: ['Convert mpg into kWh per 100 km'],
    expect: 'refused',
  },
];

const NOT_YET_READ = new Set<string>([]);

describe('fuel economy conversions (phrasing table)', () => {
  featureRowTests(ROWS, NOT_YET_READ, 'fuel-economy', 'Fuel economy figures, comparable.');
});
