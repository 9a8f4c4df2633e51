import { readFeatureLiterals, type LiteralField } from '@sf/service-spec';
import type { CatalogFamily, FunctionDesign, Recognised, Refusal, WorkedExample } from './catalog-entry';
import { divide, fraction, multiply, roundFraction } from './exact-rounding';
import { featureWords, glossIn, languagesOf, refuses, type Language } from './feature-words';
import { foldName, MONEY_FILLERS, SPELLED_WORDS, spelledRoute } from './money-words';
import { TRIP_FUEL_COST_CODE } from './trip-fuel-cost-code';

/*
 * The fuel cost of a trip (the money class): the litres a trip takes, distance (km) × consumption (litres per
 * 100 km) / 100, and what they cost at a price per litre, rounded half up to the cent. Read spelled out (one
 * route sending exactly a distance, a consumption and a price, answering a cost and maybe the litres, each name
 * read in six languages) or in free text, where every word must be one of a trip's fuel cost or a filler: a
 * feature saying more ("split between the passengers", "insurance", miles, gallons, kilometres per litre) is not
 * read. A feature of its own refusing negative values of the trip's inputs joins the endpoint.
 */

type Param = 'distance_km' | 'consumption_l_per_100km' | 'price_per_litre';
type Result = 'litres' | 'cost';

const PARAMS: readonly Param[] = ['distance_km', 'consumption_l_per_100km', 'price_per_litre'];

/** Field names a design answers and reads: the spelled ones, or the computation's own. */
interface Names {
  params: Record<Param, string>;
  results: Partial<Record<Result, string>>;
}

const OWN: Names = {
  params: {
    distance_km: 'distance_km',
    consumption_l_per_100km: 'consumption_l_per_100km',
    price_per_litre: 'price_per_litre',
  },
  results: { litres: 'litres', cost: 'cost' },
};

/** The reference answer, in exact decimals apart from the emitted code: litres to hundredths, cost to cents. */
export function tripFuelReference(
  distance: number,
  consumption: number,
  price: number,
): Record<Result, number> {
  const litres = divide(multiply(fraction(distance), fraction(consumption)), fraction(100));
  return {
    litres: roundFraction(litres, 2, 'half_up'),
    cost: roundFraction(multiply(litres, fraction(price)), 2, 'half_up'),
  };
}

/** Worked examples: typical cars and prices (420 km at 6.5 l/100 km and 1.79 a litre is 27.3 l for 48.87). */
const SAMPLES: readonly [number, number, number][] = [
  [420, 6.5, 1.79],
  [100, 5, 2],
  [250, 7.2, 1.659],
  [333, 5.9, 1.749],
  [0, 6, 1.8],
];

const BOUNDS: Record<Param, number> = {
  distance_km: 1e6,
  consumption_l_per_100km: 1e3,
  price_per_litre: 1e4,
};
const DESCRIBED: Record<Param, string> = {
  distance_km: 'Distance of the trip in km',
  consumption_l_per_100km: 'Consumption of the car in litres per 100 km',
  price_per_litre: 'Fuel price per litre',
};

/** A trip's fuel cost in six languages, for a summary a free-text feature in that language recognises. */
const GLOSS: Record<Language, string> = {
  en: ' Fuel cost of a trip (journey, petrol, diesel): from the distance in kilometres (km), the car consumption in litres per 100 km and the fuel price per litre, the litres needed and how much they cost.',
  de: ' Spritkosten (Kraftstoff, Benzin) einer Fahrt: aus der Strecke (Entfernung) in km, dem Verbrauch in Litern pro 100 km und dem Literpreis die benötigten Liter und die Kosten.',
  es: ' Coste (costo) de combustible de un viaje: a partir de la distancia en km, el consumo en litros cada 100 km y el precio por litro, los litros y el coste.',
  fr: " Coût du carburant d'un trajet (voyage) : à partir de la distance en km, de la consommation en litres aux 100 km et du prix du litre, les litres et le coût.",
  it: ' Costo del carburante di un viaggio: dalla distanza in km, dal consumo in litri per 100 km e dal prezzo al litro, i litri e il costo.',
  pt: ' Custo de combustível de uma viagem: a partir da distância em km, do consumo em litros por 100 km e do preço por litro, os litros e o custo.',
};

/** The design at `method path`, under `names`, its summary glossed in `languages`. */
export function tripFuelDesign(
  method: 'GET' | 'POST',
  path: string,
  names: Names,
  languages: Language[],
): FunctionDesign {
  const request = (d: number, c: number, p: number) => ({
    [names.params.distance_km]: d,
    [names.params.consumption_l_per_100km]: c,
    [names.params.price_per_litre]: p,
  });
  const answered = (Object.keys(names.results) as Result[]).filter((r) => names.results[r]);
  const examples: WorkedExample[] = SAMPLES.map(([d, c, p]) => {
    const r = tripFuelReference(d, c, p);
    return {
      description: `${d} km at ${c} l/100 km and ${p} a litre: ${r.litres} litres costing ${r.cost.toFixed(2)}.`,
      input: request(d, c, p),
      output: Object.fromEntries(answered.map((k): [string, number] => [names.results[k] as string, r[k]])),
    };
  });
  const refusals: Refusal[] = [
    { description: 'A negative distance (-10 km) is refused.', input: request(-10, 6.5, 1.79) },
    { description: 'A negative consumption (-1 l/100 km) is refused.', input: request(100, -1, 1.79) },
    { description: 'A negative price per litre (-2) is refused.', input: request(100, 6.5, -2) },
  ];
  return {
    function: TRIP_FUEL_COST_CODE.id,
    method,
    path,
    summary:
      'Works out the fuel cost of a trip: litres = distance (km) × consumption (litres per 100 km) / 100, ' +
      'rounded half up to hundredths of a litre; cost = litres × price per litre, worked out exactly and rounded ' +
      'half up to the cent (2 decimals). A value that is negative, not a number or above its bound (1,000,000 ' +
      'km, 1,000 l/100 km, 10,000 a litre) is refused with 400.' +
      glossIn(GLOSS, languages),
    inputs: PARAMS.map((param, i) => ({
      param,
      field: {
        name: names.params[param],
        type: 'number',
        required: true,
        description: `${DESCRIBED[param]} (0 to ${BOUNDS[param]})`,
        example: SAMPLES[0][i],
        minimum: 0,
        maximum: BOUNDS[param],
      },
    })),
    outputs: answered.map((result) => ({
      result,
      field: names.results[result] as string,
      description: result === 'cost' ? 'What the fuel costs, to the cent' : 'Litres of fuel the trip takes',
      example: examples[0].output[names.results[result] as string],
    })),
    examples,
    refusals,
  };
}

const fold = foldName;

/** Units a trip's fuel cost is not read in (miles, gallons, kilometres per litre). */
const OTHER_UNITS = /mile|mpg|gallon|gal\b|km_?per_?l|km_?l\b|kml|_mi\b|^mi_/;
const CONSUMPTION_NAME = /consumption|verbrauch|consumo|consommation|l_?per_?100|l_?100|per_?100/;
const PRICE_NAME = /price|preis|precio|prix|prezzo|preco/;
const DISTANCE_NAME = /distance|distanz|strecke|entfernung|distancia|distanza|km|kilomet|percurso|recorrido/;
const LITRES_NAME =
  /^(?:total_?)?(?:litres|liters|liter|litre|litros|litri|fuel|fuel_?(?:litres|liters)|(?:litres|liters)_?needed|liter_?gesamt)$/;
const COST_NAME =
  /^(?:cost|costs|kosten|coste|costo|cout|custo|total|total_?cost|fuel_?cost|trip_?cost|gesamtkosten|spritkosten|fahrtkosten|total_?price|betrag|importe|gasto|spesa|montant|(?:coste|costo|cout|custo)_?total|kosten_?gesamt)$/;

/** The input a spelled field name stands for, or null. */
function paramOf(name: string): Param | null {
  const n = fold(name);
  if (OTHER_UNITS.test(n)) return null;
  if (CONSUMPTION_NAME.test(n)) return 'consumption_l_per_100km';
  if (PRICE_NAME.test(n)) return 'price_per_litre';
  return DISTANCE_NAME.test(n) ? 'distance_km' : null;
}

/** Words a trip's fuel cost is said in, and fillers, in six languages (folded); anything else is not read. */
const KNOWN = new Set(
  (
    'fuel petrol gasoline diesel sprit benzin kraftstoff spritkosten benzinkosten tankkosten fahrtkosten ' +
    'combustible gasolina carburant essence gazole carburante benzina gasolio combustivel ' +
    'cost costs costing kosten coste costes costo costi cout couts custo custos cuesta cuestan coute coutent ' +
    'costa custa total totale gesamt gesamtkosten ' +
    'trip trips journey journeys drive ride road fahrt fahrten reise strecke viaje trayecto recorrido trajet ' +
    'trajets voyage viaggio viaggi tragitto percorso viagem viagens percurso car cars auto autos coche voiture ' +
    'macchina carro vehicle fahrzeug vehiculo vehicule veicolo veiculo ' +
    'distance distances distanz entfernung distancia distanza km kilometres kilometers kilometre kilometer ' +
    'kilometern kilometros kilometri chilometri quilometros ' +
    'consumption verbrauch consumo consommation uses ' +
    'litre litres liter litern litro litros litri l needed benotigt benotigten benotigte necesarios ' +
    'necessaires necessari necessarios ' +
    'price prices preis literpreis spritpreis benzinpreis precio prix prezzo preco euro euros eur ' +
    'per pro por cada par aux au al ao 100 ' +
    'calculator rechner calculadora calculateur calcolatore ' +
    'rounded round gerundet arrondi redondeado arrotondato arredondado cent cents centime centimo centesimo ' +
    'centavo decimals 2 uses'
  )
    .split(/\s+/)
    .concat(MONEY_FILLERS),
);

const FUEL_WORD =
  /\b(?:fuel|petrol|gasoline|diesel|sprit\w*|benzin\w*|kraftstoff|tankkosten|combustible|gasolina|carburant|essence|gazole|carburante|benzina|gasolio|combustivel)\b/;
const COST_WORD =
  /\b(?:costs?|costing|\w*kosten|coste|costo|cout|custo|cuesta|cuestan|coute|coutent|costa|custa)\b/;
const DISTANCE_WORD =
  /\b(?:distance|distanz|entfernung|strecke|distancia|distanza|kilomet\w*|km|chilometri|quilometros)\b/;
const CONSUMPTION_WORD = /\b(?:consumption|verbrauch|consumo|consommation|uses)\b|\b100 km\b/;
const PRICE_WORD = /\b(?:price|preis|literpreis|spritpreis|benzinpreis|precio|prix|prezzo|preco)\b/;
/** Kilometres per litre: the other figure of consumption, not read here. */
const PER_LITRE_DISTANCE =
  /\b(?:km|kilomet\w*|quilometros|chilometri)\s+(?:per|pro|por|par|al|au)\s+(?:l|litre|liter|litro)\b/;

/** Whether every word of a free-text feature is one of a trip's fuel cost, and it names all of it. */
function freeTripCost(text: string): boolean {
  if (/[{}[\]/]/.test(text) || readFeatureLiterals(text).routes.length > 0) return false;
  const words = featureWords(text);
  if (words.some((w) => !KNOWN.has(w))) return false;
  const folded = words.join(' ');
  if (PER_LITRE_DISTANCE.test(folded)) return false;
  return [FUEL_WORD, COST_WORD, DISTANCE_WORD, CONSUMPTION_WORD, PRICE_WORD].every((re) => re.test(folded));
}

/** The spelled names of a route sending a trip's inputs and answering its cost (and maybe its litres). */
function spelledNames(sent: LiteralField[], answered: LiteralField[]): Names | null {
  if (sent.length !== 3 || sent.some((f) => f.type !== 'number' && f.type !== 'integer')) return null;
  const params: Partial<Record<Param, string>> = {};
  for (const f of sent) {
    const p = paramOf(f.name);
    if (!p || params[p]) return null;
    params[p] = f.name;
  }
  const results: Partial<Record<Result, string>> = {};
  for (const f of answered) {
    const n = fold(f.name);
    const r: Result | null = COST_NAME.test(n) ? 'cost' : LITRES_NAME.test(n) ? 'litres' : null;
    if (!r || results[r]) return null;
    results[r] = f.name;
  }
  if (!results.cost) return null;
  return { params: params as Record<Param, string>, results };
}

const SPELLED = new Set(SPELLED_WORDS);

function recogniseSpelled(text: string): Recognised {
  const route = spelledRoute(text, ['GET', 'POST']);
  if (!route) return null;
  const { method, path, literals, words, pathWords } = route;
  const names = spelledNames(method === 'POST' ? literals.request : literals.queryFields, literals.response);
  if (!names) return null;
  if (words.some((w) => !KNOWN.has(w) && !SPELLED.has(w) && !pathWords.has(w))) return null;
  return { design: tripFuelDesign(method, path, names, languagesOf(words)) };
}

/** A feature of its own refusing negative values of a trip's inputs ("a negative distance or price → 400"). */
function negativeValues(text: string): Recognised {
  if (/[{}[\]/]/.test(text)) return null;
  const words = featureWords(text);
  const folded = words.join(' ');
  if (!words.some((w) => w.startsWith('negativ'))) return null;
  if (!refuses(words) && !words.includes('400')) return null;
  if (!/\b(?:consumption|verbrauch|consumo|consommation)\b/.test(folded)) return null;
  const refusalWords =
    /^(?:negativ\w*|values?|werte?|valor(?:es)?|valeurs?|valori|value|inputs?|400|returns?|ergeben|ergibt|gibt|is|are|refused|rejected|abgelehnt|devuelve|rechazad\w*|renvoie|refuse\w*|restituisce|rifiutat\w*|retorna|recusad\w*|wird|werden|es|son|est|sont|e|sao|any|jeder|jede|cualquier|tout|toute|qualsiasi|qualquer)$/;
  if (words.some((w) => !KNOWN.has(w) && !refusalWords.test(w))) return null;
  return {
    constraint: {
      function: TRIP_FUEL_COST_CODE.id,
      refusals: (d) => d.refusals.filter((r) => /negative/.test(r.description)),
    },
  };
}

export const TRIP_FUEL_COST: CatalogFamily = {
  name: 'trip-fuel-cost',
  functions: [TRIP_FUEL_COST_CODE],
  recognise(text: string): Recognised {
    if (readFeatureLiterals(text).routes.length > 0) return recogniseSpelled(text);
    if (freeTripCost(text)) {
      const d = tripFuelDesign('POST', '/trip/fuel-cost', OWN, languagesOf(featureWords(text)));
      return { design: d };
    }
    return negativeValues(text);
  },
};
