import { def, type UnitDef } from './units-define';

/*
 * Pressures and energies of the units family, written like the other tables (units-tables.ts): exact
 * definitions, and words in English, German, Spanish, French, Italian and Portuguese.
 */

/**
 * Pressures in pascals, absolute (a gauge pressure, which may be negative, is not converted). 1 Torr is 1/760
 * atm, a fraction that never ends: its factor is written to the 17 digits a double holds.
 */
export const PRESSURE: UnitDef[] = [
  def('Pa', 'pressure', '1', 'pascal|pascals|pascals', '', 'pascales', 'Pa', ''),
  def(
    'hPa',
    'pressure',
    '100',
    'hectopascal|hectopascals|hectopascals',
    '1 hPa = 100 Pa',
    'hectopascal, hectopascals, hektopascal, hectopascales, ettopascal',
    'hPa HPa',
  ),
  def(
    'kPa',
    'pressure',
    '1000',
    'kilopascal|kilopascals|kilopascals',
    '1 kPa = 1000 Pa',
    'kilopascal, kilopascals, kilopascales, chilopascal, quilopascal, quilopascais',
    'kPa KPa kpa',
  ),
  def(
    'MPa',
    'pressure',
    '1000000',
    'megapascal|megapascals|megapascals',
    '1 MPa = 1000000 Pa',
    'megapascal, megapascals, megapascales',
    'MPa',
  ),
  def('bar', 'pressure', '100000', 'bar|bar|bar', '1 bar = 100000 Pa', 'bares', '', 'bar'),
  def(
    'mbar',
    'pressure',
    '100',
    'millibar|millibar|millibar',
    '1 mbar = 100 Pa',
    'millibar, millibars, milibar, milibares, millibares',
    'mbar mBar',
  ),
  def(
    'psi',
    'pressure',
    '6894.757293168',
    'pound per square inch|pounds per square inch|psi',
    '1 psi = 6894.757293168 Pa',
    'pound per square inch, pounds per square inch, pound force per square inch, pounds force per square inch, ' +
      'pfund pro quadratzoll, libra por pulgada cuadrada, libras por pulgada cuadrada, livre par pouce carre, ' +
      'livres par pouce carre, libbra per pollice quadrato, libbre per pollice quadrato, ' +
      'libra por polegada quadrada, libras por polegada quadrada',
    'psi PSI',
  ),
  def(
    'atm',
    'pressure',
    '101325',
    'standard atmosphere|standard atmospheres|atmospheres',
    '1 atm = 101325 Pa',
    'atmosphere, atmospheres, standard atmosphere, standard atmospheres, atmosphare, atmospharen, atmosfera, ' +
      'atmosferas, atmosphere normale, atmospheres normales, atmosfere',
    'atm',
  ),
  def(
    'mmHg',
    'pressure',
    '133.322387415',
    'millimetre of mercury|millimetres of mercury|mm_hg',
    '1 mmHg = 133.322387415 Pa',
    'millimetre of mercury, millimetres of mercury, millimeter of mercury, millimeters of mercury, ' +
      'millimeter quecksilbersaule, millimeter quecksilber, milimetro de mercurio, milimetros de mercurio, ' +
      'millimetre de mercure, millimetres de mercure, millimetro di mercurio, millimetri di mercurio, ' +
      'milimetro de mercurio, milimetros de mercurio, mm hg',
    'mmHg MMHG',
  ),
  def('Torr', 'pressure', '133.32236842105263', 'torr|torr|torr', '1 Torr = 1/760 atm', 'torr', 'Torr'),
  def(
    'inHg',
    'pressure',
    '3386.389',
    'inch of mercury|inches of mercury|in_hg',
    '1 inHg = 3386.389 Pa',
    'inch of mercury, inches of mercury, zoll quecksilbersaule, pulgada de mercurio, pulgadas de mercurio, ' +
      'pouce de mercure, pouces de mercure, pollice di mercurio, pollici di mercurio, polegada de mercurio, ' +
      'polegadas de mercurio, in hg',
    'inHg',
  ),
];
PRESSURE[0].contextual = ['pascal', 'pascals'];
PRESSURE[4].contextual = ['bar', 'bars'];

/**
 * Energies in joules. The calorie is the thermochemical one (4.184 J) and the BTU the International Table one;
 * "calories" of food are kilocalories on their labels, so the family reads them only where no food is said.
 */
export const ENERGY: UnitDef[] = [
  def('J', 'energy', '1', 'joule|joules|joules', '', 'joule, joules, julio, julios', '', 'J'),
  def(
    'kJ',
    'energy',
    '1000',
    'kilojoule|kilojoules|kilojoules',
    '1 kJ = 1000 J',
    'kilojoule, kilojoules, kilojulio, kilojulios, quilojoule, quilojoules, chilojoule',
    'kJ KJ kj',
  ),
  def(
    'MJ',
    'energy',
    '1000000',
    'megajoule|megajoules|megajoules',
    '1 MJ = 1000000 J',
    'megajoule, megajoules, megajulio, megajulios',
    'MJ',
  ),
  def(
    'Wh',
    'energy',
    '3600',
    'watt-hour|watt-hours|watt_hours',
    '1 Wh = 3600 J',
    'watt hour, watt hours, watthour, watthours, wattstunde, wattstunden, vatio hora, vatios hora, ' +
      'wattheure, wattheures, watt heure, watts heure, wattora, wattore, watt hora, watts hora',
    'Wh',
  ),
  def(
    'kWh',
    'energy',
    '3600000',
    'kilowatt-hour|kilowatt-hours|kilowatt_hours',
    '1 kWh = 3600000 J',
    'kilowatt hour, kilowatt hours, kilowatthour, kilowatthours, kilowattstunde, kilowattstunden, ' +
      'kilovatio hora, kilovatios hora, kilowattheure, kilowattheures, kilowatt heure, kilowatts heure, ' +
      'chilowattora, chilowattore, quilowatt hora, quilowatts hora',
    'kWh KWh kwh',
  ),
  def(
    'cal',
    'energy',
    '4.184',
    'calorie|calories|calories',
    '1 cal = 4.184 J (thermochemical)',
    'calorie, calories, kalorie, kalorien, caloria, calorias',
    'cal',
  ),
  def(
    'kcal',
    'energy',
    '4184',
    'kilocalorie|kilocalories|kilocalories',
    '1 kcal = 4184 J',
    'kilocalorie, kilocalories, kilokalorie, kilokalorien, kilocaloria, kilocalorias, chilocaloria, ' +
      'chilocalorie, quilocaloria, quilocalorias',
    'kcal Kcal',
  ),
  def(
    'BTU',
    'energy',
    '1055.05585262',
    'British thermal unit|British thermal units|btu',
    '1 BTU = 1055.05585262 J (International Table)',
    'british thermal unit, british thermal units',
    'BTU Btu btu BTUs',
  ),
];
