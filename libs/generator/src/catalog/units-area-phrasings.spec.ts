import { readsRow, type Probe, type Row } from './testing/unit-rows';
import { mentionsIn, tokensOf } from './units-read';

/*
 * Phrasing table of area conversions (units family): features as users write them, in English, German, Spanish,
 * French, Italian and Portuguese, with what a faithful service answers. Each row is a small intent: its
 * features, the computation every feature is realised on, and probes `[value, from, to, answer]` (units by their
 * symbols m2, cm2, mm2, km2, ha, a, ft2, in2, yd2, ac, mi2, or as a spelled route writes them) computed by hand
 * from the exact definitions (1 ft = 0.3048 m, so 1 ft2 = 0.09290304 m2; 1 in2 = 6.4516 cm2; 1 yd2 =
 * 0.83612736 m2; 1 acre = 4840 yd2 = 4046.8564224 m2; 1 mi2 = 2589988.110336 m2; 1 ha = 10000 m2; 1 a =
 * 100 m2) and rounded as the feature asks (6 decimals when it says nothing); `'refused'` as the answer: the
 * service answers 400. `refused` as the row's expectation: a faithful generator leaves the intent unrealised.
 * Rows not read yet are in NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const area = (probes: Probe[], path?: string) => ({
  fn: 'units.area',
  probes,
  ...(path ? { path } : {}),
});

const ROWS: Row[] = [
  // One way, words.
  {
    name: 'en: square feet to square metres, 2 decimals',
    features: ['Convert square feet to square metres, rounded to 2 decimals'],
    expect: area([[1000, 'ft2', 'm2', 92.9]]),
  },
  {
    name: 'en: acres to hectares',
    features: ['Convert a field size from acres to hectares'],
    expect: area([[1, 'ac', 'ha', 0.404686]]),
  },
  {
    name: 'de: Quadratmeter in Quadratfuß, 2 Nachkommastellen',
    features: ['Rechnet eine Wohnfläche von Quadratmeter in Quadratfuß um, auf 2 Nachkommastellen gerundet'],
    expect: area([[50, 'm2', 'ft2', 538.2]]),
  },
  {
    name: 'es: hectáreas a acres con 2 decimales',
    features: ['Convierte hectáreas a acres con 2 decimales'],
    expect: area([[10, 'ha', 'ac', 24.71]]),
  },
  {
    name: 'fr: mètres carrés en pieds carrés, 1 décimale',
    features: ['Convertit une surface de mètres carrés en pieds carrés, arrondie à 1 décimale'],
    expect: area([[100, 'm2', 'ft2', 1076.4]]),
  },
  {
    name: 'it: ettari in metri quadrati',
    features: ['Converte la superficie da ettari a metri quadrati'],
    expect: area([[2.5, 'ha', 'm2', 25000]]),
  },
  {
    name: 'pt: metros quadrados para hectares',
    features: ['Converter uma área de metros quadrados para hectares'],
    expect: area([[15000, 'm2', 'ha', 1.5]]),
  },
  {
    name: 'en: symbols km² to mi²',
    features: ['Convert km² to mi²'],
    expect: area([[1, 'km2', 'mi2', 0.386102]]),
  },
  {
    name: 'en: square miles to square kilometres, 3 decimals',
    features: ['Convert square miles to square kilometres, rounded to 3 decimals'],
    expect: area([[1, 'mi2', 'km2', 2.59]]),
  },
  {
    name: 'en: square inches to square centimetres',
    features: ['Convert square inches to square centimetres'],
    expect: area([[1, 'in2', 'cm2', 6.4516]]),
  },
  {
    name: 'en: sq yd to m2 with ASCII symbols, 2 decimals',
    features: ['Convert floor areas from sq yd to m2, 2 decimals'],
    expect: area([[100, 'yd2', 'm2', 83.61]]),
  },
  {
    name: 'de: Hektar in Ar',
    features: ['Fläche von Hektar in Ar umrechnen'],
    expect: area([[1, 'ha', 'a', 100]]),
  },
  {
    name: 'de: Quadratkilometer in Hektar',
    features: ['Rechnet Quadratkilometer in Hektar um'],
    expect: area([[3, 'km2', 'ha', 300]]),
  },
  {
    name: 'es: kilómetros cuadrados a millas cuadradas',
    features: ['Convierte kilómetros cuadrados a millas cuadradas'],
    expect: area([[10, 'km2', 'mi2', 3.861022]]),
  },
  {
    name: 'fr: hectares en acres, 2 décimales',
    features: ['Convertir des hectares en acres, arrondi à 2 décimales'],
    expect: area([[1, 'ha', 'ac', 2.47]]),
  },
  {
    name: 'it: piedi quadrati in metri quadrati, 2 decimali',
    features: ['Converte da piedi quadrati a metri quadrati con 2 decimali'],
    expect: area([[500, 'ft2', 'm2', 46.45]]),
  },
  {
    name: 'pt: acres em metros quadrados',
    features: ['Converte acres em metros quadrados'],
    expect: area([[1, 'ac', 'm2', 4046.856422]]),
  },
  {
    name: 'en: mm² to cm²',
    features: ['Convert mm² to cm²'],
    expect: area([[250, 'mm2', 'cm2', 2.5]]),
  },
  // Negative areas.
  {
    name: 'en: acres to hectares, a negative area is a 400',
    features: ['Convert acres to hectares', 'A negative area is rejected with 400'],
    expect: area([
      [1, 'ac', 'ha', 0.404686],
      [-1, 'ac', 'ha', 'refused'],
    ]),
  },
  // Either way, lists.
  {
    name: 'en: between m² and ft², both ways',
    features: ['Convert areas between m² and ft², both ways'],
    expect: area([
      [10, 'm2', 'ft2', 107.639104],
      [100, 'ft2', 'm2', 9.290304],
    ]),
  },
  {
    name: 'en: prose list of area units',
    features: [
      'Area converter between square metres, square kilometres, hectares, acres, square feet and square miles',
    ],
    // The units the feature lists, spelled as it writes them, are the values of from and to.
    expect: area([
      [1, 'acres', 'square feet', 43560],
      [1, 'square miles', 'acres', 640],
      [1, 'square kilometres', 'hectares', 100],
      [1, 'ac', 'ft2', 'refused'],
    ]),
  },
  {
    name: 'de: Flächen umrechnen, Liste',
    features: ['Flächen zwischen Quadratmeter, Hektar, Ar und Acre umrechnen'],
    expect: area([
      [1, 'ha', 'm2', 10000],
      [1, 'a', 'm2', 100],
      [2, 'ac', 'ha', 0.809371],
    ]),
  },
  {
    name: 'spelled route: POST /area/convert with its units as values',
    features: [
      'POST /area/convert {"value": number, "from": "m2"|"ft2"|"acre"|"ha", "to": "m2"|"ft2"|"acre"|"ha"} returns {"value": number} rounded to 3 decimals',
      'An unknown unit or a negative value returns 400',
    ],
    expect: area(
      [
        [1, 'acre', 'm2', 4046.856],
        [1, 'ha', 'acre', 2.471],
        [1, 'km2', 'm2', 'refused'],
        [-5, 'm2', 'ft2', 'refused'],
      ],
      '/area/convert',
    ),
  },
  {
    name: 'en: stated definition of the acre beside a list',
    features: ['Convert areas between acres, hectares and square feet (1 acre = 4046.8564224 m²)'],
    expect: area([
      [2, 'acres', 'hectares', 0.809371],
      [1, 'acres', 'square feet', 43560],
    ]),
  },
  // Refused: not one quantity, or no conversion of areas.
  {
    name: 'refused: square metres to cubic metres mixes two quantities',
    features: ['Convert square metres to cubic metres'],
    expect: 'refused',
  },
  {
    name: 'refused: hectares to litres mixes two quantities',
    features: ['Convert hectares to litres'],
    expect: 'refused',
  },
];

const NOT_YET_READ = new Set<string>([]);

describe('area conversions (phrasing table)', () => {
  it('has at least 20 rows with distinct names', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
  });

  for (const row of ROWS.filter((r) => !NOT_YET_READ.has(r.name))) {
    it(`reads: ${row.name}`, () => {
      expect(readsRow(row, 'units-area', 'Conversions of areas.')).toBe(true);
    });
  }

  for (const row of ROWS.filter((r) => NOT_YET_READ.has(r.name))) {
    it(`does not read yet: ${row.name}`, () => {
      expect(readsRow(row, 'units-area', 'Conversions of areas.')).toBe(false);
    });
  }
});

describe('area symbols and words read only where they name an area', () => {
  const units = (text: string) => mentionsIn(tokensOf(text)).map((m) => m.unit);

  it('reads m², m2, sq ft and "ha" / "Ar" beside an area', () => {
    expect(units('Convert 20 m² to ft²')).toEqual(['m2', 'ft2']);
    expect(units('Convert m2 to sq ft')).toEqual(['m2', 'ft2']);
    expect(units('Fläche von Hektar in Ar umrechnen')).toEqual(['ha', 'a']);
    expect(units('Convert an area from ha to acres')).toEqual(['ha', 'ac']);
  });

  it('leaves "km 2", Italian "ha" and a square of something else alone', () => {
    expect(units('Convert 5 km 2 times to miles')).toEqual(['km', 'mi']);
    expect(units('Il corridore ha percorso 5 km, convertili in miglia')).toEqual(['km', 'mi']);
    expect(units('Convert feet to metres, then square the result')).toEqual(['ft', 'm']);
  });
});
