import { isDeepStrictEqual } from 'node:util';
import { extractContract, featureFidelity } from '@sf/service-spec';
import { designSpec } from '../spec-design/spec-designer';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { type Binding, fromRoman, toRoman } from './testing/binding-rows';

/*
 * The phrasing table of routes written out for a computation the catalog has, where the feature writes its
 * request and answer with example values instead of types (`{"roman": "MMXXVI"}` → `{"number": 2026}`), answers
 * an input again under a name of its own, names fields only (`{"betrag", "von", "nach"}`), or reads its inputs
 * from query parameters written with example values (`?valor=100&de=USD&para=BRL`). A row is read when the
 * designer serves exactly the row's computation on the written method and path, bound onto the written names,
 * and the gate holds every feature of the row realised. Near misses write something the computation cannot honour
 * exactly (an example it contradicts, a field it does not answer, a rate never declared) and stay unrealised.
 * Rows not read yet are in NOT_YET_READ; each must really fail, so the set only shrinks.
 */

/** A row: its name, the features of one intent, the one the binding is read from, and the binding. */
type Row = [string, string[], number, Binding & { route: string }];

const ROWS: Row[] = [
  // Roman numerals with example values in the written shapes
  [
    'roman parse, en, example values',
    ['POST /roman/parse with {"roman": "MMXXVI"} returns {"number": 2026}'],
    0,
    { ...fromRoman('roman', 'number'), route: 'POST /roman/parse' },
  ],
  [
    'roman parse, de, example values',
    ['POST /roemisch/lesen mit {"roemisch": "XLII"} liefert {"zahl": 42}'],
    0,
    { ...fromRoman('roemisch', 'zahl'), route: 'POST /roemisch/lesen' },
  ],
  [
    'roman parse, es, example values',
    ['POST /romanos/valor con {"romano": "MCMXCIV"} devuelve {"valor": 1994}'],
    0,
    { ...fromRoman('romano', 'valor'), route: 'POST /romanos/valor' },
  ],
  [
    'roman write, fr, example values',
    ['POST /chiffres-romains {"nombre": 14} renvoie {"romain": "XIV"}'],
    0,
    { ...toRoman('nombre', 'romain'), route: 'POST /chiffres-romains' },
  ],
  [
    'roman write, it, query example value',
    ['GET /romano?numero=2024 restituisce {"romano": "MMXXIV"}'],
    0,
    { ...toRoman('numero', 'romano'), route: 'GET /romano' },
  ],
  [
    'roman parse beside its other direction, en',
    [
      'GET /roman/{number} returns {"roman": string} for 1..3999, e.g. /roman/1994 gives MCMXCIV',
      'POST /roman/parse with {"roman": "MMXXVI"} returns {"number": 2026}',
    ],
    1,
    { ...fromRoman('roman', 'number'), route: 'POST /roman/parse' },
  ],
  // a declared rate table on a written route, its fields named without types or with example values
  [
    'currency, de, bare names',
    ['POST /umrechnen {"betrag", "von", "nach"} -> {"betrag"}; Kurse: 1 EUR = 1,10 USD und 1 EUR = 0,85 GBP'],
    0,
    {
      fn: 'rate.table',
      inputs: { amount: 'betrag', from: 'von', to: 'nach' },
      outputs: { converted: 'betrag' },
      route: 'POST /umrechnen',
    },
  ],
  [
    'currency, pt, query example values, target currency answered',
    [
      'GET /converter?valor=100&de=USD&para=BRL retorna {"valor": número, "moeda": texto}',
      'taxas fixas: 1 USD = 5,00 BRL e 1 EUR = 5,50 BRL',
    ],
    0,
    {
      fn: 'rate.table',
      inputs: { amount: 'valor', from: 'de', to: 'para' },
      outputs: { converted: 'valor', currency: 'moeda' },
      route: 'GET /converter',
    },
  ],
  [
    'currency, es, query example values',
    ['GET /cambio?cantidad=50&de=EUR&a=USD devuelve {"resultado": número}; tipos fijos: 1 EUR = 1,10 USD'],
    0,
    {
      fn: 'rate.table',
      inputs: { amount: 'cantidad', from: 'de', to: 'a' },
      outputs: { converted: 'resultado' },
      route: 'GET /cambio',
    },
  ],
  // dice rolled on a written route
  [
    'dice, en, seed',
    ['POST /roll with {"dice": "NdM", "seed": integer} returns {"rolls": [integer], "total": integer}'],
    0,
    {
      fn: 'dice.roll',
      inputs: { notation: 'dice', seed: 'seed' },
      outputs: { rolls: 'rolls', total: 'total' },
      route: 'POST /roll',
    },
  ],
  [
    'dice, de, example values',
    ['POST /wuerfeln {"notation": "2d6", "seed": 7} -> {"wuerfe": [Ganzzahl], "summe": Ganzzahl}'],
    0,
    {
      fn: 'dice.roll',
      inputs: { notation: 'notation', seed: 'seed' },
      outputs: { rolls: 'wuerfe', total: 'summe' },
      route: 'POST /wuerfeln',
    },
  ],
];

/** Totals added to per key (created on first use), ranked on a written route with a count from the query. */
const RANKING_ROWS: [string, string[], { route: string; count: string; score: string }][] = [
  [
    'club goals, en',
    [
      'POST /goals with {"club": string, "goals": integer} adds goals to a club (created on first use) and returns {"club": string, "total": integer}',
      'GET /standings?top=5 returns {"standings": [{"club": string, "total": integer}]} sorted by total descending, at most top entries',
    ],
    { route: 'GET /standings', count: 'top', score: 'total' },
  ],
  [
    'team points, fr',
    [
      'POST /points {"equipe": string, "points": entier} ajoute des points à une équipe (créée au premier usage) et renvoie {"equipe": string, "total": entier}',
      'GET /classement?n=3 renvoie {"classement": [{"equipe": string, "total": entier}]} trié par total décroissant, au plus n équipes',
    ],
    { route: 'GET /classement', count: 'n', score: 'total' },
  ],
  [
    'player points, de',
    [
      'POST /punkte mit {"spieler": string, "punkte": Ganzzahl} zählt Punkte zu einem Spieler hinzu (beim ersten Mal angelegt) und liefert {"spieler": string, "gesamt": Ganzzahl}',
      'GET /rangliste?anzahl=N liefert {"rangliste": [{"spieler": string, "gesamt": Ganzzahl}]}, absteigend nach gesamt, höchstens anzahl Einträge',
    ],
    { route: 'GET /rangliste', count: 'anzahl', score: 'gesamt' },
  ],
];

/** Written routes the computation cannot honour exactly: never realised. */
const NEAR_MISSES: [string, string[]][] = [
  [
    'an example the numerals contradict',
    ['POST /roman/parse with {"roman": "MMXXVI"} returns {"number": 2025}'],
  ],
  [
    'a field no numeral computation answers',
    ['POST /roman/parse with {"roman": "MMXXVI"} returns {"number": 2026, "century": 21}'],
  ],
  [
    'a currency never given a rate',
    [
      'GET /converter?valor=100&de=USD&para=JPY retorna {"valor": número, "moeda": texto}',
      'taxas fixas: 1 USD = 5,00 BRL',
    ],
  ],
  [
    'a conversion with no rate at all',
    ['GET /converter?valor=100&de=USD&para=BRL retorna {"valor": número, "moeda": texto}'],
  ],
  [
    'a board read by a date, not a count',
    [
      'GET /leaders?since=2026-01-01 returns {"leaders": [{"team": string, "total": integer}]} sorted by total descending',
      'POST /points with {"team": string, "points": integer} adds points to a team (created on first use) and returns {"team": string, "total": integer}',
    ],
  ],
  [
    'a dice answer with a field of its own',
    [
      'POST /roll with {"dice": "NdM", "seed": integer} returns {"rolls": [integer], "total": integer, "critical": boolean}',
    ],
  ],
];

/** Rows not read yet: each must still fail its row, so the set only shrinks. */
const NOT_YET_READ = new Set<string>([
  // Spanish "a" (to) is not read as the target side: a field named a is as often an operand (a and b).
  'currency, es, query example values',
]);

/** The binding of the function endpoint realising `features[index]` in an intent of `features`, or null. */
function bindingIn(features: string[], index: number, compare: Binding): Binding | null {
  const { contract } = designSpec(familyIntent('written-routes', 'a small service', features));
  const found = contract.endpoints.filter(
    (e) => e.features.includes(features[index]) && e.behavior.kind === 'function',
  );
  if (found.length !== 1) return null;
  const [e] = found;
  if (e.behavior.kind !== 'function') return null;
  return {
    fn: e.behavior.function,
    inputs: e.behavior.inputs,
    outputs: e.behavior.outputs,
    ...(compare.route ? { route: `${e.method} ${e.path}` } : {}),
  };
}

/** The features of an intent the gate finds unrealised in the offline SPEC. */
function unrealised(features: string[]): string[] {
  const contract = extractContract(offlineSpec(familyIntent('written-routes', 'a small service', features)));
  return featureFidelity(contract, features)
    .filter((v) => v.problems.length > 0)
    .map((v) => v.feature);
}

describe('computations the catalog has, on routes written with example values and query parameters', () => {
  it.each(ROWS)('reads %s', (name, features, index, expected) => {
    const read =
      isDeepStrictEqual(bindingIn(features, index, expected), expected) && unrealised(features).length === 0;
    expect(read).toBe(!NOT_YET_READ.has(name));
  });

  it.each(RANKING_ROWS)('ranks %s', (name, features, expected) => {
    const { contract } = designSpec(familyIntent('written-routes', 'a small service', features));
    const boards = contract.endpoints.flatMap((e) =>
      e.behavior.kind === 'ranking' && e.features.includes(features[1])
        ? [{ route: `${e.method} ${e.path}`, count: e.behavior.count_param, score: e.behavior.score_field }]
        : [],
    );
    const read = isDeepStrictEqual(boards, [expected]) && unrealised(features).length === 0;
    expect(read).toBe(!NOT_YET_READ.has(name));
  });

  it.each(NEAR_MISSES)('leaves %s unrealised', (_name, features) => {
    expect(unrealised(features)).toContain(features[0]);
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const names = new Set([...ROWS, ...RANKING_ROWS].map(([n]) => n));
    expect([...NOT_YET_READ].filter((n) => !names.has(n))).toEqual([]);
  });
});
