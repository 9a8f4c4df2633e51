import { def, type UnitDef } from './units-define';

/*
 * Areas of the units family, written like the other tables (units-tables.ts): exact definitions from the
 * international yard and pound agreement (1 ft = 0.3048 m, so 1 ft² = 0.09290304 m²; 1 mi = 1609.344 m) and the
 * acre as 4840 square yards, with words in English, German, Spanish, French, Italian and Portuguese. Symbols are
 * the ASCII forms clients type (m2, ft2); "m²", "sq ft" name the same units in a feature.
 */

/** Words of a square unit in the six languages: `<prefix>` is the length word, as each language joins it. */
function squares(
  en: string[],
  de: string[],
  es: [string, string],
  fr: [string, string],
  it: [string, string],
  pt: [string, string],
): string {
  const [esS, esP] = es;
  const [frS, frP] = fr;
  const [itS, itP] = it;
  const [ptS, ptP] = pt;
  return [
    ...en.flatMap((w) => [`square ${w}`, `sq ${w}`]),
    ...de.map((w) => `quadrat${w}`),
    `${esS} cuadrado`,
    `${esP} cuadrados`,
    `${esS} cuadrada`,
    `${esP} cuadradas`,
    `${frS} carre`,
    `${frP} carres`,
    `${frS} carree`,
    `${frP} carrees`,
    `${itS} quadrato`,
    `${itP} quadrati`,
    `${itS} quadrata`,
    `${itP} quadrate`,
    `${ptS} quadrado`,
    `${ptP} quadrados`,
    `${ptS} quadrada`,
    `${ptP} quadradas`,
  ].join(', ');
}

/** Areas in square metres. */
export const AREA: UnitDef[] = [
  def(
    'm2',
    'area',
    '1',
    'square metre|square metres|square_metres',
    '',
    `${squares(['metre', 'metres', 'meter', 'meters'], ['meter', 'metern', 'metre'], ['metro', 'metros'], ['metre', 'metres'], ['metro', 'metri'], ['metro', 'metros'])}, sqm, sq m`,
    'm² m2',
  ),
  def(
    'cm2',
    'area',
    '0.0001',
    'square centimetre|square centimetres|square_centimetres',
    '1 cm² = 0.0001 m²',
    `${squares(['centimetre', 'centimetres', 'centimeter', 'centimeters'], ['zentimeter', 'zentimetern'], ['centimetro', 'centimetros'], ['centimetre', 'centimetres'], ['centimetro', 'centimetri'], ['centimetro', 'centimetros'])}, sq cm`,
    'cm² cm2',
  ),
  def(
    'mm2',
    'area',
    '0.000001',
    'square millimetre|square millimetres|square_millimetres',
    '1 mm² = 0.000001 m²',
    `${squares(['millimetre', 'millimetres', 'millimeter', 'millimeters'], ['millimeter', 'millimetern'], ['milimetro', 'milimetros'], ['millimetre', 'millimetres'], ['millimetro', 'millimetri'], ['milimetro', 'milimetros'])}, sq mm`,
    'mm² mm2',
  ),
  def(
    'km2',
    'area',
    '1000000',
    'square kilometre|square kilometres|square_kilometres',
    '1 km² = 1000000 m²',
    `${squares(['kilometre', 'kilometres', 'kilometer', 'kilometers'], ['kilometer', 'kilometern'], ['kilometro', 'kilometros'], ['kilometre', 'kilometres'], ['chilometro', 'chilometri'], ['quilometro', 'quilometros'])}, sq km`,
    'km² km2',
  ),
  def(
    'ha',
    'area',
    '10000',
    'hectare|hectares|hectares',
    '1 ha = 10000 m²',
    'hectare, hectares, hektar, hektare, hektaren, hectarea, hectareas, ettaro, ettari',
    '',
    'ha',
  ),
  def('a', 'area', '100', 'are|ares|ares', '1 a = 100 m²', 'ares', '', 'Ar'),
  def(
    'ft2',
    'area',
    '0.09290304',
    'square foot|square feet|square_feet',
    '1 ft² = 0.09290304 m² (1 ft = 0.3048 m)',
    `${squares(['foot', 'feet'], ['fuss', 'fuß'], ['pie', 'pies'], ['pied', 'pieds'], ['piede', 'piedi'], ['pe', 'pes'])}, sqft, sq ft`,
    'ft² ft2',
  ),
  def(
    'in2',
    'area',
    '0.00064516',
    'square inch|square inches|square_inches',
    '1 in² = 0.00064516 m² (1 in = 2.54 cm)',
    `${squares(['inch', 'inches'], ['zoll'], ['pulgada', 'pulgadas'], ['pouce', 'pouces'], ['pollice', 'pollici'], ['polegada', 'polegadas'])}, sq in`,
    'in² in2',
  ),
  def(
    'yd2',
    'area',
    '0.83612736',
    'square yard|square yards|square_yards',
    '1 yd² = 0.83612736 m² (1 yd = 0.9144 m)',
    `${squares(['yard', 'yards'], ['yard'], ['yarda', 'yardas'], ['yard', 'yards'], ['iarda', 'iarde'], ['jarda', 'jardas'])}, sq yd`,
    'yd² yd2',
  ),
  def(
    'ac',
    'area',
    '4046.8564224',
    'acre|acres|acres',
    '1 acre = 4840 yd² = 4046.8564224 m²',
    'acre, acres, acri, acro, acros',
    '',
    'ac',
  ),
  def(
    'mi2',
    'area',
    '2589988.110336',
    'square mile|square miles|square_miles',
    '1 mi² = 2589988.110336 m² (1 mi = 1609.344 m)',
    `${squares(['mile', 'miles'], ['meile', 'meilen'], ['milla', 'millas'], ['mille', 'milles'], ['miglio', 'miglia'], ['milha', 'milhas'])}, sq mi`,
    'mi² mi2',
  ),
];
// "ha" and "Ar" are words too (Italian "ha", German "Ar" of a name): units only beside an area.
AREA[4].contextual = ['ha'];
AREA[5].contextual = ['ar'];
