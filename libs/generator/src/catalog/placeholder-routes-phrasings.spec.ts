import { extractContract, featureFidelity, routeShape } from '@sf/service-spec';
import { designSpec } from '../spec-design/spec-designer';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { readsRow, type Probe, type Row } from './testing/unit-rows';
import { runCatalogFunction } from './testing/run-function';

/*
 * Phrasing table of routes and query strings written with placeholders or example values, in English, German,
 * Spanish, French, Italian and Portuguese. A placeholder is any of `<x>`, `{x}`, `:x`, a word in capitals, `...`,
 * or a value the feature shows as an example (`?value=12.5&from=km&to=mi`, `GET /roman/2026 returns MMXXVI`): the
 * parameter is read, never the example as a literal route that answers only that value.
 *
 * Converter rows (`Row` of unit-rows): the one function endpoint on the written path answers the probes
 * `[value, from, to, answer]` (answers computed by hand from the exact definitions: 1 mi = 1609.344 m, 1 kn =
 * 1852 m/h, 1 mph = 1609.344 m/h, 1 KiB = 1024 B, °F = °C × 9/5 + 32), with units spelled as the feature writes
 * them; a unit the feature does not list is `'refused'` (400). Numeral rows: the one function endpoint turns the
 * path or query parameter into the written answer field, on the written route's shape. Rows not read yet are in
 * NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const speed = (probes: Probe[], path: string) => ({ fn: 'units.speed', probes, path });
const length = (probes: Probe[], path: string) => ({ fn: 'units.length', probes, path });
const sizes = (probes: Probe[], path: string) => ({ fn: 'units.data_size', probes, path });
const temperature = (probes: Probe[], path?: string) => ({
  fn: 'temperature.convert',
  probes,
  ...(path ? { path } : {}),
});

const CONVERTER_ROWS: Row[] = [
  {
    name: 'en: angle-bracket query, speed units listed with aliases',
    features: [
      'GET /convert?value=<number>&from=<unit>&to=<unit> converts speeds; units: kmh, ms, mph, knots',
    ],
    expect: speed(
      [
        [36, 'kmh', 'ms', 10],
        [10, 'knots', 'kmh', 18.52],
        [1, 'kn', 'kmh', 'refused'],
        [1, 'fps', 'kmh', 'refused'],
      ],
      '/convert',
    ),
  },
  {
    name: 'it: segnaposto italiani, nodi, arrotondato a 2 decimali',
    features: [
      'GET /velocita?valore=<numero>&da=<unità>&verso=<unità> converte velocità tra kmh, ms e nodi, arrotondato a 2 decimali',
    ],
    expect: speed(
      [
        [10, 'nodi', 'kmh', 18.52],
        [100, 'kmh', 'ms', 27.78],
        [1, 'mph', 'kmh', 'refused'],
      ],
      '/velocita',
    ),
  },
  {
    name: 'de: Platzhalter in Großbuchstaben, Datengrößen mit Einheitenliste',
    features: [
      'GET /umrechnen?wert=ZAHL&von=EINHEIT&nach=EINHEIT rechnet Datengrößen um; Einheiten: B, KB, MB, GB und KiB, MiB',
    ],
    expect: sizes(
      [
        [1, 'MB', 'KB', 1000],
        [1, 'MiB', 'KiB', 1024],
        [1, 'TB', 'GB', 'refused'],
      ],
      '/umrechnen',
    ),
  },
  {
    name: 'en: braces placeholders, lengths in m, km and mi, 3 decimals',
    features: [
      'GET /length?amount={n}&from={u}&to={u} converts lengths between m, km and mi, rounded to 3 decimals',
    ],
    expect: length(
      [
        [1, 'mi', 'km', 1.609],
        [1500, 'm', 'km', 1.5],
        [1, 'ft', 'm', 'refused'],
      ],
      '/length',
    ),
  },
  {
    name: 'es: valores de ejemplo en la query, 2 decimales',
    features: ['GET /distancia?valor=12.5&desde=km&hasta=mi convierte distancias, con 2 decimales'],
    expect: length(
      [
        [12.5, 'km', 'mi', 7.77],
        [1, 'mi', 'km', 1.61],
      ],
      '/distancia',
    ),
  },
  {
    name: 'fr: unités listées, chevrons',
    features: [
      'GET /convertir?valeur=<nombre>&de=<unité>&vers=<unité> convertit des longueurs ; unités : m, km, mi',
    ],
    expect: length(
      [
        [1, 'km', 'm', 1000],
        [2, 'mi', 'm', 3218.688],
        [1, 'ft', 'm', 'refused'],
      ],
      '/convertir',
    ),
  },
  {
    name: 'en: example values answered in the feature',
    features: ['GET /speed?value=100&from=kmh&to=mph returns {"value": 62.14}, rounded to 2 decimals'],
    expect: speed(
      [
        [100, 'kmh', 'mph', 62.14],
        [60, 'mph', 'kmh', 96.56],
      ],
      '/speed',
    ),
  },
  {
    name: 'en: colon placeholders in the query',
    features: ['GET /sizes?value=:value&from=:from&to=:to converts data sizes; units B, KB, MB, KiB, MiB'],
    expect: sizes(
      [
        [2048, 'KiB', 'MiB', 2],
        [1, 'GB', 'MB', 'refused'],
      ],
      '/sizes',
    ),
  },
  {
    name: 'pt: temperatura só entre Celsius e Fahrenheit, 1 casa decimal',
    features: [
      'GET /temperatura?valor=<número>&de=<unidade>&para=<unidade> converte entre Celsius e Fahrenheit apenas, arredondado a 1 casa decimal',
    ],
    expect: temperature(
      [
        [100, 'C', 'F', 212],
        [98.6, 'F', 'C', 37],
        [300, 'K', 'C', 'refused'],
      ],
      '/temperatura',
    ),
  },
  {
    name: 'en: free text, between Celsius and Fahrenheit only',
    features: ['Convert temperatures between Celsius and Fahrenheit only, rounded to 1 decimal'],
    expect: temperature([
      [100, 'C', 'F', 212],
      [300, 'K', 'C', 'refused'],
    ]),
  },
  {
    name: 'it: velocità con esempio nella query, arrotondato a 2 decimali',
    features: ['GET /vento?valore=20&da=nodi&a=kmh converte la velocità del vento, arrotondato a 2 decimali'],
    expect: speed([[20, 'nodi', 'kmh', 37.04]], '/vento'),
  },
  {
    name: 'de: Temperatur nur Celsius und Fahrenheit, Platzhalter in spitzen Klammern',
    features: [
      'GET /temperatur?wert=<Zahl>&von=<Einheit>&nach=<Einheit> rechnet nur zwischen Celsius und Fahrenheit um, auf 1 Nachkommastelle gerundet',
    ],
    expect: temperature(
      [
        [37, 'C', 'F', 98.6],
        [0, 'K', 'C', 'refused'],
      ],
      '/temperatur',
    ),
  },
  {
    name: 'en: a remark on some units limits nothing',
    features: [
      'GET /bytes?value=<number>&from=<unit>&to=<unit> converts data sizes; KiB, MiB and GiB are powers of 1024',
    ],
    expect: sizes(
      [
        [1, 'MiB', 'KiB', 1024],
        [1, 'MB', 'KB', 1000],
      ],
      '/bytes',
    ),
  },
  {
    name: 'en: a unit list the quantity does not have is refused',
    features: ['GET /convert?value=<number>&from=<unit>&to=<unit> converts speeds; units: kmh, furlongs'],
    expect: 'refused',
  },
];

/** A Roman numeral computation on a written route: which way, the route, the parameter's place and the answer. */
interface NumeralRow {
  name: string;
  feature: string;
  fn: 'roman.to-roman' | 'roman.from-roman';
  /** The route as written, placeholders in any form. */
  route: string;
  /** Where the input comes from. */
  from: 'path' | 'query';
  /** The answer field as written. */
  output: string;
  /** An input and the answer it must give (run through the catalog function). */
  example: [number | string, number | string];
}

const NUMERAL_ROWS: NumeralRow[] = [
  {
    name: 'en: braces',
    feature: 'GET /roman/{n} returns {"roman": string} for 1..3999',
    fn: 'roman.to-roman',
    route: 'GET /roman/{n}',
    from: 'path',
    output: 'roman',
    example: [1994, 'MCMXCIV'],
  },
  {
    name: 'en: colon',
    feature: 'GET /roman/:n returns {"roman": string}',
    fn: 'roman.to-roman',
    route: 'GET /roman/{n}',
    from: 'path',
    output: 'roman',
    example: [2024, 'MMXXIV'],
  },
  {
    name: 'en: angle brackets',
    feature: 'GET /roman/<n> returns {"roman": string}',
    fn: 'roman.to-roman',
    route: 'GET /roman/{n}',
    from: 'path',
    output: 'roman',
    example: [14, 'XIV'],
  },
  {
    name: 'en: a capital letter',
    feature: 'GET /roman/N returns {"roman": string}, the numeral of N',
    fn: 'roman.to-roman',
    route: 'GET /roman/{n}',
    from: 'path',
    output: 'roman',
    example: [9, 'IX'],
  },
  {
    name: 'en: an example number in the path',
    feature: 'GET /roman/2026 returns {"roman": "MMXXVI"}',
    fn: 'roman.to-roman',
    route: 'GET /roman/{n}',
    from: 'path',
    output: 'roman',
    example: [1666, 'MDCLXVI'],
  },
  {
    name: 'de: spitze Klammern',
    feature: 'GET /roemisch/<zahl> liefert {"roemisch": string}',
    fn: 'roman.to-roman',
    route: 'GET /roemisch/{zahl}',
    from: 'path',
    output: 'roemisch',
    example: [42, 'XLII'],
  },
  {
    name: 'fr: deux-points',
    feature: 'GET /romain/:nombre renvoie {"romain": string}',
    fn: 'roman.to-roman',
    route: 'GET /romain/{nombre}',
    from: 'path',
    output: 'romain',
    example: [3999, 'MMMCMXCIX'],
  },
  {
    name: 'es: mayúsculas',
    feature: 'GET /romano/NUMERO devuelve {"romano": string}',
    fn: 'roman.to-roman',
    route: 'GET /romano/{n}',
    from: 'path',
    output: 'romano',
    example: [4, 'IV'],
  },
  {
    name: 'it: esempio nel percorso',
    feature: 'GET /romano/1994 restituisce {"romano": "MCMXCIV"}',
    fn: 'roman.to-roman',
    route: 'GET /romano/{n}',
    from: 'path',
    output: 'romano',
    example: [2000, 'MM'],
  },
  {
    name: 'pt: numeral de exemplo no caminho, lido de volta',
    feature: 'GET /arabico/XIV retorna {"numero": 14}',
    fn: 'roman.from-roman',
    route: 'GET /arabico/{n}',
    from: 'path',
    output: 'numero',
    example: ['MCMXCIV', 1994],
  },
  {
    name: 'en: dots as the query value',
    feature: 'GET /to-roman?q=... returns {"roman": string} for 1..3999',
    fn: 'roman.to-roman',
    route: 'GET /to-roman',
    from: 'query',
    output: 'roman',
    example: [49, 'XLIX'],
  },
];

/** Features whose example contradicts the computation: never realised (no route answering only the example). */
const NUMERAL_NEAR_MISSES: [string, string][] = [
  ['an example the numerals contradict', 'GET /roman/2026 returns {"roman": "MMXXV"}'],
  ['a path example out of range', 'GET /roman/4000 returns {"roman": "MMMM"}'],
];

const NOT_YET_READ = new Set<string>([
  // Italian "a" (to) is not read as the target side: a field named a is as often an operand (a and b).
  'it: velocità con esempio nella query, arrotondato a 2 decimali',
  // `from=kmh&to=mph` shown as examples: the tables spell km/h, and a converter limited to the two example units
  // would refuse units the feature never excluded; left unrealised rather than guessed.
  'en: example values answered in the feature',
  // No word says the path's value is a Roman numeral (the roman family asks for one).
  'pt: numeral de exemplo no caminho, lido de volta',
]);

/** Whether the designer reads the numeral row as written and the gate holds it realised. */
function readsNumeral(row: NumeralRow): boolean {
  const intent = familyIntent('placeholder-routes', 'a small service', [row.feature]);
  const { contract } = designSpec(intent);
  const found = contract.endpoints.filter(
    (e) => e.features.includes(row.feature) && e.behavior.kind === 'function',
  );
  if (found.length !== 1) return false;
  const [e] = found;
  if (e.behavior.kind !== 'function' || e.behavior.function !== row.fn) return false;
  const [method, path] = row.route.split(' ');
  if (e.method !== method || routeShape(e.path) !== routeShape(path)) return false;
  const param = row.fn === 'roman.to-roman' ? 'number' : 'roman';
  const input = e.behavior.inputs[param];
  const place =
    row.from === 'path'
      ? e.path.includes(`{${input}}`)
      : (e.request.query ?? []).some((q) => q.name === input);
  if (!place || e.behavior.outputs[row.fn === 'roman.to-roman' ? 'roman' : 'number'] !== row.output) {
    return false;
  }
  const run = runCatalogFunction(e.behavior.function, { [param]: row.example[0] }, e.behavior.options ?? {});
  const result = run.ok ? run.value[row.fn === 'roman.to-roman' ? 'roman' : 'number'] : undefined;
  const fidelity = featureFidelity(extractContract(offlineSpec(intent)), [row.feature]);
  return result === row.example[1] && fidelity[0].problems.length === 0;
}

function unrealised(feature: string): boolean {
  const intent = familyIntent('placeholder-routes', 'a small service', [feature]);
  return featureFidelity(extractContract(offlineSpec(intent)), [feature])[0].problems.length > 0;
}

describe('converters on routes written with placeholders or example values (phrasing table)', () => {
  for (const row of CONVERTER_ROWS) {
    const read = !NOT_YET_READ.has(row.name);
    it(`${read ? 'reads' : 'does not read yet'}: ${row.name}`, () => {
      expect(readsRow(row, 'placeholder-routes', 'Unit conversions for a small dashboard.')).toBe(read);
    });
  }
});

describe('numerals on paths and queries written with placeholders or example values (phrasing table)', () => {
  for (const row of NUMERAL_ROWS) {
    const read = !NOT_YET_READ.has(row.name);
    it(`${read ? 'reads' : 'does not read yet'}: ${row.name}`, () => {
      expect(readsNumeral(row)).toBe(read);
    });
  }

  it.each(NUMERAL_NEAR_MISSES)('leaves %s unrealised', (_name, feature) => {
    expect(unrealised(feature)).toBe(true);
  });

  it('has distinct row names and names only rows of the tables in NOT_YET_READ', () => {
    const names = [...CONVERTER_ROWS, ...NUMERAL_ROWS].map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...NOT_YET_READ].filter((n) => !names.includes(n))).toEqual([]);
  });
});
