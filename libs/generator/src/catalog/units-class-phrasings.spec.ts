import { judgedOffline, familyIntent } from '../testing/offline-spec';
import { readsRow, type Probe, type Row } from './testing/unit-rows';
import { runCatalogFunction } from './testing/run-function';

/*
 * Phrasing table of the unit converters users ask for most — speeds, data sizes, kitchen volumes, shoe sizes —
 * with the lines that usually come with them (rounding, refusals of negative values and unknown units, several
 * outputs at once, a history of the last conversions), in English, German, Spanish, French, Italian and
 * Portuguese, spelled out and in free text. Probes `[value, from, to, answer]` are computed by hand from the exact
 * definitions (1 mph = 1.609344 km/h, 1 kn = 1.852 km/h, 1 m/s = 3.6 km/h, 1 US cup = 236.5882365 ml, 1 tbsp =
 * 1/16 cup, 1 tsp = 1/3 tbsp, 1 US gal = 3.785411784 l, KB = 1000 or 1024 B as the feature states) and rounded
 * as the features say (6 decimals when they say nothing); `'refused'`: the service answers 400. Rows whose
 * features a probe of one value cannot check (several outputs, a history, a stated size rule) are in
 * REALISED_ROWS: every feature must be realised (or, for a near miss, not). Rows not read yet are in
 * NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const speed = (probes: Probe[], path?: string) => ({ fn: 'units.speed', probes, ...(path ? { path } : {}) });
const volume = (probes: Probe[]) => ({ fn: 'units.volume', probes });
const dataSize = (probes: Probe[]) => ({ fn: 'units.data_size', probes });

const ROWS: Row[] = [
  // Speeds.
  {
    name: 'en: speeds between km/h, mph, m/s and knots, 2 decimals',
    features: ['Convert speeds between km/h, mph, m/s and knots', 'Round results to 2 decimals'],
    // 100 / 1.609344 = 62.137…; 10 × 3.6 = 36; 20 × 1.852 / 3.6 = 10.2888…
    expect: speed([
      [100, 'km/h', 'mph', 62.14],
      [10, 'm/s', 'km/h', 36],
      [20, 'knots', 'm/s', 10.29],
    ]),
  },
  {
    name: 'de: Geschwindigkeiten zwischen km/h, mph und Knoten, 1 Nachkommastelle',
    features: [
      'Geschwindigkeiten zwischen km/h, mph und kn umrechnen',
      'Ergebnis auf 1 Nachkommastelle runden',
    ],
    // 100 / 1.852 = 53.9956…
    expect: speed([[100, 'km/h', 'kn', 54]]),
  },
  {
    name: 'es: velocidad de km/h a mph con 2 decimales',
    features: ['Convertir velocidades de km/h a mph, redondeando a 2 decimales'],
    // 120 / 1.609344 = 74.5645…
    expect: speed([[120, 'km/h', 'mph', 74.56]]),
  },
  {
    name: 'fr: vitesse de nœuds en km/h',
    features: ['Convertir une vitesse de nœuds en km/h'],
    expect: speed([[10, 'kn', 'km/h', 18.52]]),
  },
  {
    name: 'it: velocità da m/s a km/h con 1 decimale',
    features: ['Convertire la velocità da m/s a km/h con 1 decimale'],
    expect: speed([[12.5, 'm/s', 'km/h', 45]]),
  },
  {
    name: 'pt: velocidade de mph para m/s, 3 casas decimais',
    features: ['Converter velocidade de mph para m/s com 3 casas decimais'],
    // 60 × 0.44704 = 26.8224
    expect: speed([[60, 'mph', 'm/s', 26.822]]),
  },
  {
    name: 'en: negative speeds and unknown units are a 400',
    features: [
      'Convert speeds between km/h and mph',
      'Negative speeds are rejected with 400',
      'Unknown units return 400',
    ],
    expect: speed([
      [100, 'km/h', 'mph', 62.137119],
      [-5, 'km/h', 'mph', 'refused'],
    ]),
  },
  // Data sizes.
  {
    name: 'en: B, KB, MB, GB and TB where 1 KB is 1024 bytes',
    features: ['Convert data sizes between B, KB, MB, GB and TB, where 1 KB = 1024 B'],
    expect: dataSize([
      [1, 'GB', 'MB', 1024],
      [1536, 'KB', 'MB', 1.5],
    ]),
  },
  {
    name: 'de: Datengrößen zwischen B, KB, MB und GB mit 1 KB = 1000 Byte',
    features: ['Datengrößen zwischen B, KB, MB und GB umrechnen (1 KB = 1000 Byte)'],
    expect: dataSize([[2.5, 'GB', 'MB', 2500]]),
  },
  {
    name: 'es: tamaños entre KiB, MiB, GiB y TiB',
    features: ['Convertir tamaños de datos entre KiB, MiB, GiB y TiB'],
    expect: dataSize([[1, 'TiB', 'GiB', 1024]]),
  },
  {
    name: 'it: dimensioni da MB a KB in base 1024',
    features: ['Converte dimensioni di file da MB a KB in base 1024'],
    expect: dataSize([[2, 'MB', 'KB', 2048]]),
  },
  {
    name: 'pt: tamanhos de GB para MB, 1 GB = 1000 MB, 2 casas decimais',
    features: ['Converter tamanhos de GB para MB (1 GB = 1000 MB)', 'Arredondar a 2 casas decimais'],
    expect: dataSize([[1.25, 'GB', 'MB', 1250]]),
  },
  // Kitchen volumes.
  {
    name: 'en: kitchen measures between cups, tablespoons, teaspoons and millilitres',
    features: ['Convert kitchen measures between cups, tablespoons, teaspoons and millilitres'],
    // 1 cup = 16 tbsp; 1 tbsp = 3 tsp
    // The units as the feature lists them: "cups", "tablespoons", "teaspoons".
    expect: volume([
      [1, 'cups', 'tablespoons', 16],
      [2, 'tablespoons', 'teaspoons', 6],
    ]),
  },
  {
    name: 'de: Küchenmaße zwischen Tassen, Esslöffeln, Teelöffeln, ml und l',
    features: ['Küchenmaße umrechnen zwischen cup, tbsp, tsp, ml und l'],
    expect: volume([
      [1, 'l', 'ml', 1000],
      [1, 'tbsp', 'tsp', 3],
    ]),
  },
  {
    name: 'es: de cucharadas a mililitros, 2 decimales',
    features: ['Convertir cucharadas a mililitros con 2 decimales'],
    // 2 × 14.78676478125 = 29.5735…
    expect: volume([[2, 'tbsp', 'ml', 29.57]]),
  },
  {
    name: 'fr: gallons US en litres, arrondi à 2 décimales',
    features: ['Convertir des gallons US en litres, arrondi à 2 décimales'],
    expect: volume([[2, 'gal', 'l', 7.57]]),
  },
  {
    name: 'pt: xícaras para mililitros com 1 casa decimal',
    features: ['Converter xícaras para mililitros com 1 casa decimal'],
    expect: volume([[1, 'cup', 'ml', 236.6]]),
  },
  {
    name: 'en: a custom cup of 240 ml stated by the user',
    features: ['Convert cups to millilitres and back', 'A cup is 240 ml here'],
    expect: volume([[2, 'cup', 'ml', 480]]),
  },
  {
    name: 'fr: tasses en millilitres, une tasse comptée 240 ml',
    features: ['Convertir des tasses en millilitres (1 tasse = 240 ml)'],
    expect: volume([[2, 'cup', 'ml', 480]]),
  },
  // Near misses.
  {
    name: 'refused: cups to grams needs a density',
    features: ['Convert cups of flour to grams'],
    expect: 'refused',
  },
  {
    name: 'refused: MB/s to km/h mixes two quantities',
    features: ['Convert MB/s to km/h'],
    expect: 'refused',
  },
];

/** A row whose every feature must be realised (`true`) or whose intent must stay unrealised (`false`). */
interface RealisedRow {
  name: string;
  features: string[];
  realised: boolean;
  /** An amount sent to the endpoint reading several units at once and its answer, field by field. */
  many?: [number, Record<string, number>];
}

const REALISED_ROWS: RealisedRow[] = [
  {
    name: 'en: one speed given back in mph, m/s and knots at once',
    features: ['Take a speed in km/h and give it back in mph, m/s and knots at once'],
    realised: true,
    // 100 / 1.609344 = 62.1371192…; 100 / 3.6 = 27.7777…; 100 / 1.852 = 53.9956803…
    many: [100, { mph: 62.137119, m_s: 27.777778, knots: 53.99568 }],
  },
  {
    name: 'de: Geschwindigkeit gleichzeitig in mph und Knoten',
    features: ['Eine Geschwindigkeit in km/h gleichzeitig in mph, m/s und Knoten ausgeben'],
    realised: true,
    many: [36, { mph: 22.369363, m_s: 10, knoten: 19.438445 }],
  },
  {
    name: 'en: a speed in km/h into mph and m/s, no "at once"',
    features: ['convert a speed in km/h into mph and m/s'],
    realised: true,
    // 10 / 1.609344 = 6.2137119…; 10 / 3.6 = 2.7777…
    many: [10, { mph: 6.213712, m_s: 2.777778 }],
  },
  {
    name: 'it: velocità in nodi restituita contemporaneamente in km/h e mph, 1 decimale',
    features: ['Ricevere una velocità in kn e restituirla contemporaneamente in km/h e mph, con 1 decimale'],
    realised: true,
    // 20 × 1.852 = 37.04; 37.04 / 1.609344 = 23.015…
    many: [20, { km_h: 37, mph: 23 }],
  },
  {
    name: 'fr: une vitesse en nœuds rendue en même temps en km/h et mph',
    features: [
      'Prendre une vitesse en nœuds et la rendre en même temps en km/h et en mph, arrondie à 2 décimales',
    ],
    realised: true,
    // 10 × 1.852 = 18.52; 18.52 / 1.609344 = 11.5077…
    many: [10, { km_h: 18.52, mph: 11.51 }],
  },
  {
    name: 'pt: velocidade de km/h para mph e m/s ao mesmo tempo',
    features: ['Converter uma velocidade de km/h para mph e m/s ao mesmo tempo, com 1 casa decimal'],
    realised: true,
    // 90 / 1.609344 = 55.923…; 90 / 3.6 = 25
    many: [90, { mph: 55.9, m_s: 25 }],
  },
  {
    name: 'refused: metres to feet and inches may be one compound height',
    features: ['Convert a height in metres to feet and inches'],
    realised: false,
  },
  {
    name: 'en: parse "1.5 GB" back to bytes',
    features: ['Parse a size written as text like "1.5 GB" and return the number of bytes'],
    realised: true,
  },
  {
    name: 'en: shoe sizes by a stated rule, EU = UK + 34',
    features: ['Convert a UK shoe size to EU using EU = UK + 34'],
    realised: true,
  },
  {
    name: 'fr: pointures selon la règle EU = UK + 34',
    features: ['Convertir une pointure UK en EU (EU = UK + 34) et inversement'],
    realised: true,
  },
  {
    name: 'en: the last five conversions as a history',
    features: ['Convert speeds between km/h and mph', 'GET /history returns the last five conversions'],
    realised: true,
  },
  {
    name: 'es: historial de las últimas cinco conversiones',
    features: ['Convertir velocidades entre km/h y mph', 'Ver el historial de las últimas 5 conversiones'],
    realised: true,
  },
  {
    name: 'refused: shoe sizes with no rule stated',
    features: ['Convert US shoe sizes to EU sizes'],
    realised: false,
  },
  {
    name: 'refused: a history kept per user account',
    features: ['Convert speeds between km/h and mph', 'Each logged-in user sees their own history'],
    realised: false,
  },
];

const NOT_YET_READ = new Set<string>([
  'it: dimensioni da MB a KB in base 1024',
  'pt: tamanhos de GB para MB, 1 GB = 1000 MB, 2 casas decimais',
  'en: a custom cup of 240 ml stated by the user',
  'en: parse "1.5 GB" back to bytes',
  'en: shoe sizes by a stated rule, EU = UK + 34',
  'fr: pointures selon la règle EU = UK + 34',
  'en: the last five conversions as a history',
  'es: historial de las últimas cinco conversiones',
]);

const NAME = 'units-class';
const PURPOSE = 'Unit conversions.';

/**
 * Whether every feature of the row is realised by the offline design, with no records: a converter's history
 * is of its own conversions, never of things a client creates.
 */
function allRealised(row: RealisedRow): boolean {
  const { contract, fidelity } = judgedOffline(familyIntent(NAME, PURPOSE, row.features));
  const realised = fidelity.length === row.features.length && fidelity.every((f) => f.realised);
  if (!realised || contract.endpoints.some((e) => e.behavior.kind === 'create')) return false;
  if (!row.many) return true;
  const [value, answer] = row.many;
  const many = contract.endpoints.find(
    (e) => e.behavior.kind === 'function' && e.behavior.function === 'units.many',
  );
  if (!many || many.behavior.kind !== 'function') return false;
  const run = runCatalogFunction('units.many', { value }, many.behavior.options ?? {});
  if (!run.ok) return false;
  const outputs = many.behavior.outputs;
  return Object.entries(answer).every(([field, expected]) => {
    const result = Object.keys(outputs).find((r) => outputs[r] === field);
    return result !== undefined && run.value[result] === expected;
  });
}

/** Whether the generator designs the row as it expects. */
function reads(row: Row | RealisedRow): boolean {
  return 'expect' in row ? readsRow(row, NAME, PURPOSE) : allRealised(row) === row.realised;
}

describe('speed, data size, kitchen volume and shoe size converters with their usual lines (phrasing table)', () => {
  const all: (Row | RealisedRow)[] = [...ROWS, ...REALISED_ROWS];

  it('has at least 12 rows with distinct names', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map((r) => r.name)).size).toBe(all.length);
  });

  for (const row of all.filter((r) => !NOT_YET_READ.has(r.name))) {
    it(`reads: ${row.name}`, () => {
      expect(reads(row)).toBe(true);
    });
  }

  for (const row of all.filter((r) => NOT_YET_READ.has(r.name))) {
    it(`does not read yet: ${row.name}`, () => {
      expect(reads(row)).toBe(false);
    });
  }
});
