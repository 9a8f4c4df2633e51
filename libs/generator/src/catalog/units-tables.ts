/*
 * The units the units family converts, with their exact definitions and the words that name them in English,
 * German, Spanish, French, Italian and Portuguese. Words are folded like `featureWords` (lower-case, accents
 * dropped; a phrase is its words separated by spaces). Symbols are matched as written, so "MB" is a megabyte
 * and "Mb" (a megabit) is not; "m", "g", "l", "t" and "B" only name a unit right after a number.
 */

import { def, type Quantity, type UnitDef } from './units-define';
import { AREA } from './units-area';
import { ENERGY, PRESSURE } from './units-physics';

export type { Quantity, UnitDef } from './units-define';

const LENGTH: UnitDef[] = [
  def(
    'mm',
    'length',
    '0.001',
    'millimetre|millimetres|millimetres',
    '1 mm = 0.001 m',
    'millimetre, millimetres, millimeter, millimeters, millimetern, millimetro, millimetri, milimetro, milimetros',
    'mm',
  ),
  def(
    'cm',
    'length',
    '0.01',
    'centimetre|centimetres|centimetres',
    '1 cm = 0.01 m',
    'centimetre, centimetres, centimeter, centimeters, zentimeter, zentimetern, centimetro, centimetros, centimetri',
    'cm',
  ),
  def(
    'm',
    'length',
    '1',
    'metre|metres|metres',
    '',
    'metre, metres, meter, meters, metern, metro, metros, metri',
    '',
    'm',
  ),
  def(
    'km',
    'length',
    '1000',
    'kilometre|kilometres|kilometres',
    '1 km = 1000 m',
    'kilometre, kilometres, kilometer, kilometers, kilometern, kilometro, kilometros, chilometro, chilometri, ' +
      'quilometro, quilometros',
    'km KM Km kms',
  ),
  def(
    'in',
    'length',
    '0.0254',
    'inch|inches|inches',
    '1 in = 0.0254 m',
    'inch, inches, zoll, pulgada, pulgadas, pouce, pouces, pollice, pollici, polegada, polegadas',
  ),
  def(
    'ft',
    'length',
    '0.3048',
    'foot|feet|feet',
    '1 ft = 0.3048 m',
    'foot, feet, fuß, fuss, pies, pied, pieds, piede, piedi, pes',
    'ft',
  ),
  def(
    'yd',
    'length',
    '0.9144',
    'yard|yards|yards',
    '1 yd = 0.9144 m',
    'yard, yards, yarda, yardas, iarda, iarde, jarda, jardas',
    'yd yds',
  ),
  def(
    'mi',
    'length',
    '1609.344',
    'mile|miles|miles',
    '1 mi = 1609.344 m',
    'mile, miles, meile, meilen, milla, millas, milles, miglio, miglia, milha, milhas',
    'mi',
  ),
  def(
    'nmi',
    'length',
    '1852',
    'nautical mile|nautical miles|nautical_miles',
    '1 nmi = 1852 m',
    'nautical mile, nautical miles, seemeile, seemeilen, milla nautica, millas nauticas, mille nautique, ' +
      'milles nautiques, mille marin, milles marins, miglio nautico, miglia nautiche, milha nautica, milhas nauticas',
    'nmi',
  ),
];

const MASS: UnitDef[] = [
  def(
    'mg',
    'mass',
    '0.000001',
    'milligram|milligrams|milligrams',
    '1 mg = 0.000001 kg',
    'milligram, milligrams, milligramme, milligrammes, milligramm, milligrammo, milligrammi, miligramo, ' +
      'miligramos, miligrama, miligramas',
    'mg',
  ),
  def(
    'g',
    'mass',
    '0.001',
    'gram|grams|grams',
    '1 g = 0.001 kg',
    'gram, grams, gramme, grammes, gramm, gramo, gramos, grammo, grammi, grama, gramas',
    '',
    'g',
  ),
  def(
    'kg',
    'mass',
    '1',
    'kilogram|kilograms|kilograms',
    '',
    'kilogram, kilograms, kilogramme, kilogrammes, kilogramm, kilogramo, kilogramos, chilogrammo, chilogrammi, ' +
      'quilograma, quilogramas, kilo, kilos, quilo, quilos',
    'kg KG Kg kgs',
  ),
  def(
    't',
    'mass',
    '1000',
    'tonne|tonnes|tonnes',
    '1 t = 1000 kg',
    'tonne, tonnes, tonnen, metric ton, metric tons, tonelada, toneladas, tonnellata, tonnellate',
    '',
    't',
  ),
  def(
    'oz',
    'mass',
    '0.028349523125',
    'ounce|ounces|ounces',
    '1 oz = 1/16 lb = 28.349523125 g',
    'ounce, ounces, unze, unzen, onza, onzas, onces, oncia, onca, oncas',
    'oz',
  ),
  def(
    'lb',
    'mass',
    '0.45359237',
    'pound|pounds|pounds',
    '1 lb = 0.45359237 kg',
    'pound, pounds, pfund, libra, libras, livre, livres, libbra, libbre',
    'lb lbs',
  ),
  def('st', 'mass', '6.35029318', 'stone|stone|stone', '1 st = 14 lb', 'stone, stones'),
];

const VOLUME: UnitDef[] = [
  def(
    'ml',
    'volume',
    '0.001',
    'millilitre|millilitres|millilitres',
    '1 mL = 0.001 L',
    'millilitre, millilitres, milliliter, milliliters, millilitern, millilitro, millilitri, mililitro, mililitros',
    'ml mL ML',
  ),
  def(
    'l',
    'volume',
    '1',
    'litre|litres|litres',
    '',
    'litre, litres, liter, liters, litern, litro, litros, litri',
    '',
    'l L',
  ),
  def(
    'm3',
    'volume',
    '1000',
    'cubic metre|cubic metres|cubic_metres',
    '1 m³ = 1000 L',
    'cubic metre, cubic metres, cubic meter, cubic meters, kubikmeter, kubikmetern, metro cubico, metros cubicos, ' +
      'metre cube, metres cubes, metro cubo, metri cubi',
    'm3 m³',
  ),
  def(
    'gal',
    'volume',
    '3.785411784',
    'US gallon|US gallons|gallons',
    '1 US gal = 3.785411784 L',
    'gallon, gallons, gallone, gallonen, galon, galones, galloni, galao, galoes',
    'gal',
  ),
  def(
    'qt',
    'volume',
    '0.946352946',
    'US quart|US quarts|quarts',
    '1 US qt = 1/4 US gal',
    'quart, quarts',
    'qt',
  ),
  def(
    'pt',
    'volume',
    '0.473176473',
    'US pint|US pints|pints',
    '1 US pt = 1/8 US gal',
    'pint, pints, pinte, pinten, pintes, pinta, pintas',
  ),
  def(
    'cup',
    'volume',
    '0.2365882365',
    'US cup|US cups|cups',
    '1 US cup = 1/16 US gal',
    'cup, cups, tasse, tassen, tasses, taza, tazas, tazza, tazze, xicara, xicaras',
  ),
  def(
    'tbsp',
    'volume',
    '0.01478676478125',
    'US tablespoon|US tablespoons|tablespoons',
    '1 US tbsp = 1/16 US cup',
    'tablespoon, tablespoons, essloffel, essloffeln, cucharada, cucharadas, cuillere a soupe, cuilleres a soupe, ' +
      'cucchiaio, cucchiai, colher de sopa, colheres de sopa',
    'tbsp Tbsp TBSP',
  ),
  def(
    'tsp',
    'volume',
    '0.00492892159375',
    'US teaspoon|US teaspoons|teaspoons',
    '1 US tsp = 1/3 US tbsp',
    'teaspoon, teaspoons, teeloffel, teeloffeln, cucharadita, cucharaditas, cuillere a cafe, cuilleres a cafe, ' +
      'cucchiaino, cucchiaini, colher de cha, colheres de cha',
    'tsp TSP',
  ),
  def(
    'floz',
    'volume',
    '0.0295735295625',
    'US fluid ounce|US fluid ounces|fluid_ounces',
    '1 US fl oz = 1/128 US gal',
    'fluid ounce, fluid ounces, fl oz, floz, flussigunze, flussigunzen, onza liquida, onzas liquidas, ' +
      'once liquide, onces liquides, oncia liquida, onca liquida, oncas liquidas',
  ),
  def(
    'imp_gal',
    'volume',
    '4.54609',
    'imperial gallon|imperial gallons|imperial_gallons',
    '1 imp gal = 4.54609 L exactly',
    'imperial gallon, imperial gallons, uk gallon, uk gallons, british gallon, british gallons, ' +
      'gallone imperiale, galloni imperiali, galon imperial, galones imperiales, gallon imperial, gallons imperiaux',
    'imp gal',
  ),
  def(
    'imp_pt',
    'volume',
    '0.56826125',
    'imperial pint|imperial pints|imperial_pints',
    '1 imp pt = 1/8 imp gal',
    'imperial pint, imperial pints, uk pint, uk pints, british pint, british pints, pinta imperial, pintas imperiales',
    'imp pt',
  ),
];

/** Speeds in metres per hour, so that every factor is exact. */
const SPEED: UnitDef[] = [
  def('m/s', 'speed', '3600', 'metre per second|metres per second|metres_per_second', '', '', 'm/s'),
  def(
    'km/h',
    'speed',
    '1000',
    'kilometre per hour|kilometres per hour|kilometres_per_hour',
    '1 km/h = 1/3.6 m/s',
    'kph, kmh, stundenkilometer, stundenkilometern',
    'km/h KM/H Km/h',
  ),
  def(
    'mph',
    'speed',
    '1609.344',
    'mile per hour|miles per hour|miles_per_hour',
    '1 mph = 0.44704 m/s',
    'mph',
  ),
  def(
    'kn',
    'speed',
    '1852',
    'knot|knots|knots',
    '1 kn = 1 nmi/h = 1852/3600 m/s',
    'knot, knots, knoten, nudo, nudos, nœud, nœuds, noeud, noeuds, nodo, nodi',
    'kn',
  ),
];

/** Data sizes in bytes: KB, MB, GB, TB are powers of 1000; KiB, MiB, GiB, TiB powers of 1024. */
function dataUnits(): UnitDef[] {
  const units = ['', 'kilo', 'mega', 'giga', 'tera'].map((prefix, power) => {
    const symbol = power === 0 ? 'B' : `${prefix[0].toUpperCase()}B`;
    const bytes = String(1000 ** power);
    return def(
      symbol,
      'data_size',
      bytes,
      `${prefix}byte|${prefix}bytes|${prefix}bytes`,
      power === 0 ? '' : `1 ${symbol} = ${power === 1 ? '' : `1000^${power} B = `}${bytes} B`,
      `${prefix}byte, ${prefix}bytes, ${prefix}octet, ${prefix}octets`,
      power === 0 ? '' : power === 1 ? 'KB kB' : symbol,
      power === 0 ? 'B' : '',
    );
  });
  ['kibi', 'mebi', 'gibi', 'tebi'].forEach((prefix, i) => {
    const symbol = `${prefix[0].toUpperCase()}iB`;
    const bytes = String(1024 ** (i + 1));
    units.push(
      def(
        symbol,
        'data_size',
        bytes,
        `${prefix}byte|${prefix}bytes|${prefix}bytes`,
        `1 ${symbol} = ${i === 0 ? '' : `1024^${i + 1} B = `}${bytes} B`,
        `${prefix}byte, ${prefix}bytes`,
        symbol,
      ),
    );
  });
  // The French symbols (octet): Ko, Mo, Go, To and Kio, Mio, Gio, Tio, beside the word of a file size.
  units.slice(1).forEach((u) => (u.localSymbols = [u.symbol.replace('B', 'o').replace('k', 'K')]));
  return units;
}

export const UNITS: readonly UnitDef[] = [
  ...LENGTH,
  ...MASS,
  ...VOLUME,
  ...SPEED,
  ...dataUnits(),
  ...PRESSURE,
  ...ENERGY,
  ...AREA,
];

/** The unit with symbol `symbol`. */
export function unit(symbol: string): UnitDef {
  const found = UNITS.find((u) => u.symbol === symbol);
  if (!found) throw new Error(`no unit ${symbol}`);
  return found;
}

/** The units of a quantity, in the order the tables list them. */
export function unitsOf(quantity: Quantity): UnitDef[] {
  return UNITS.filter((u) => u.quantity === quantity);
}
