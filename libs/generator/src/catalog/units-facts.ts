import type { Quantity } from './units-tables';

/*
 * What the units family knows about each quantity: its catalog function, its words in English, German,
 * Spanish, French, Italian and Portuguese, and FACTS: equal amounts in every unit, written out by hand from the
 * exact definitions (1 mi = 1609.344 m, so a marathon of 42.195 km is 26.218757456454... mi), to 20
 * significant digits when they never end. Worked examples are read from these, never computed by the emitted
 * code.
 */

/** The same amount in every unit of a quantity, with what it is when it has a name. */
export interface Fact {
  amounts: Record<string, number>;
  /** The units whose amount is exact (the others are rounded to 20 significant digits). */
  exact: string[];
  label?: string;
}

export interface QuantityDef {
  quantity: Quantity;
  functionId: string;
  exportName: string;
  /** Path prefix of its endpoints. */
  prefix: string;
  /** What one value of it is called in summaries, descriptions and problems. */
  noun: string;
  /** The noun with its other name, for summaries. */
  summaryNoun: string;
  /** How its units are built, for summaries ("decimal prefixes are powers of 1000, …"), when there is a rule. */
  scale?: string;
  /** Words and phrases naming the quantity (folded). */
  words: string[];
  /** Conversions its general converter shows first. */
  pairs: [string, string][];
  facts: Fact[];
}

/**
 * Facts from a table: the units, then one row per fact. An amount written as a string is rounded to 20
 * significant digits (its exact value never ends); a number is exact. `labels` name facts by their row.
 */
function facts(units: string[], rows: (number | string)[][], labels: Record<number, string> = {}): Fact[] {
  return rows.map((row, i) => ({
    amounts: Object.fromEntries(units.map((u, k) => [u, Number(row[k])])),
    exact: units.filter((_, k) => typeof row[k] === 'number'),
    ...(labels[i] ? { label: labels[i] } : {}),
  }));
}

/**
 * Decimals a conversion answers with when its feature states no rounding: data sizes convert exactly (powers of
 * 1000 and 1024; 9 decimals hold 1 B in TB); physical units through exact but long factors, kept to 6 decimals
 * (1 mi is 1.609344 km, not 1.61: rounding nobody asked for loses what the user converts for).
 */
export function unstatedDecimals(quantity: Quantity | null): number {
  return quantity === 'data_size' ? 9 : 6;
}

export const QUANTITIES: Record<Quantity, QuantityDef> = {
  length: {
    quantity: 'length',
    functionId: 'units.length',
    exportName: 'convertLengthUnits',
    prefix: '/length',
    noun: 'distance',
    summaryNoun: 'distance (length)',
    words: (
      'length, lengths, distance, distances, lange, langen, entfernung, entfernungen, strecke, ' +
      'strecken, distanz, distanzen, longitud, longitudes, distancia, distancias, longueur, ' +
      'longueurs, lunghezza, lunghezze, distanza, distanze, comprimento, comprimentos'
    ).split(', '),
    pairs: [
      ['km', 'mi'],
      ['mi', 'km'],
      ['ft', 'm'],
      ['in', 'cm'],
    ],
    // prettier-ignore
    facts: facts(['mm', 'cm', 'm', 'km', 'in', 'ft', 'yd', 'mi', 'nmi'], [
      [1609344, 160934.4, 1609.344, 1.609344, 63360, 5280, 1760, 1, '0.86897624190064794816'],
      [42195000, 4219500, 42195, 42.195, '1661220.4724409448819', '138435.03937007874016', '46145.013123359580052', '26.218757456454306848', '22.783477321814254860'],
      [1000000, 100000, 1000, 1, '39370.078740157480315', '3280.8398950131233596', '1093.6132983377077865', '0.62137119223733396962', '0.53995680345572354212'],
      [304.8, 30.48, 0.3048, 0.0003048, 12, 1, '0.33333333333333333333', '0.00018939393939393939394', '0.00016457883369330453564'],
      [25.4, 2.54, 0.0254, 0.0000254, 1, '0.083333333333333333333', '0.027777777777777777778', '0.000015782828282828282828', '0.000013714902807775377970'],
      [914.4, 91.44, 0.9144, 0.0009144, 36, 3, 1, '0.00056818181818181818182', '0.00049373650107991360691'],
      [1852000, 185200, 1852, 1.852, '72913.385826771653543', '6076.1154855643044619', '2025.3718285214348206', '1.1507794480235425117', 1],
      [100000, 10000, 100, 0.1, '3937.0078740157480315', '328.08398950131233596', '109.36132983377077865', '0.062137119223733396962', '0.053995680345572354212'],
      [5000000, 500000, 5000, 5, '196850.39370078740157', '16404.199475065616798', '5468.0664916885389326', '3.1068559611866698481', '2.6997840172786177106'],
      [16093440, 1609344, 16093.44, 16.09344, 633600, 52800, 17600, 10, '8.6897624190064794816'],
      [160934400, 16093440, 160934.4, 160.9344, 6336000, 528000, 176000, 100, '86.897624190064794816'],
      [22224000, 2222400, 22224, 22.224, '874960.62992125984252', '72913.385826771653543', '24304.461942257217848', '13.809353376282510141', 12],
      [370400000, 37040000, 370400, 370.4, '14582677.165354330709', '1215223.0971128608924', '405074.36570428696413', '230.15588960470850235', 200],
      [1828.8, 182.88, 1.8288, 0.0018288, 72, 6, 2, '0.0011363636363636363636', '0.00098747300215982721382'],
      [91440, 9144, 91.44, 0.09144, 3600, 300, 100, '0.056818181818181818182', '0.049373650107991360691'],
    ], { 1: 'a marathon', 8: 'a 5K run', 11: 'the width of the territorial sea', 12: 'the width of an exclusive economic zone' }),
  },
  mass: {
    quantity: 'mass',
    functionId: 'units.mass',
    exportName: 'convertMassUnits',
    prefix: '/weight',
    noun: 'weight',
    summaryNoun: 'weight (mass)',
    words: (
      'weight, weights, mass, masses, gewicht, gewichte, masse, massen, peso, pesos, pesi, ' +
      'poids, masa, masas, massa'
    ).split(', '),
    pairs: [
      ['kg', 'lb'],
      ['lb', 'kg'],
      ['oz', 'g'],
      ['st', 'kg'],
    ],
    // prettier-ignore
    facts: facts(['mg', 'g', 'kg', 't', 'oz', 'lb', 'st'], [
      [453592.37, 453.59237, 0.45359237, 0.00045359237, 16, 1, '0.071428571428571428571'],
      [10000000, 10000, 10, 0.01, '352.73961949580412916', '22.046226218487758072', '1.5747304441776970052'],
      [1000000, 1000, 1, 0.001, '35.273961949580412916', '2.2046226218487758072', '0.15747304441776970052'],
      [28349.523125, 28.349523125, 0.028349523125, 0.000028349523125, 1, 0.0625, '0.0044642857142857142857'],
      [6350293.18, 6350.29318, 6.35029318, 0.00635029318, 224, 14, 1],
      [1000000000, 1000000, 1000, 1, '35273.961949580412916', '2204.6226218487758072', '157.47304441776970052'],
      [100000, 100, 0.1, 0.0001, '3.5273961949580412916', '0.22046226218487758072', '0.015747304441776970052'],
      [500, 0.5, 0.0005, 0.0000005, '0.017636980974790206458', '0.0011023113109243879036', '0.000078736522208884850258'],
      [2267961.85, 2267.96185, 2.26796185, 0.00226796185, 80, 5, '0.35714285714285714286'],
      [63502931.8, 63502.9318, 63.5029318, 0.0635029318, 2240, 140, 10],
      [3175146.59, 3175.14659, 3.17514659, 0.00317514659, 112, 7, 0.5],
    ]),
  },
  volume: {
    quantity: 'volume',
    functionId: 'units.volume',
    exportName: 'convertVolumeUnits',
    prefix: '/volume',
    noun: 'volume',
    summaryNoun: 'volume',
    words: 'volume, volumes, volumen, volumenes, volumi'.split(', '),
    pairs: [
      ['gal', 'l'],
      ['l', 'gal'],
      ['cup', 'ml'],
      ['floz', 'ml'],
    ],
    // prettier-ignore
    facts: facts(['ml', 'l', 'm3', 'gal', 'qt', 'pt', 'cup', 'floz', 'imp_gal', 'imp_pt'], [
      [3785.411784, 3.785411784, 0.003785411784, 1, 4, 8, 16, 128, '0.83267418462898886736', '6.6613934770319109389'],
      [1000, 1, 0.001, '0.26417205235814841538', '1.0566882094325936615', '2.1133764188651873230', '4.2267528377303746461', '33.814022701842997169', '0.21996924829908778753', '1.7597539863927023002'],
      [946.352946, 0.946352946, 0.000946352946, 0.25, 1, 2, 4, 32, '0.20816854615724721684', '1.6653483692579777347'],
      [473.176473, 0.473176473, 0.000473176473, 0.125, 0.5, 1, 2, 16, '0.10408427307862360842', '0.83267418462898886736'],
      [236.5882365, 0.2365882365, 0.0002365882365, 0.0625, 0.25, 0.5, 1, 8, '0.052042136539311804210', '0.41633709231449443368'],
      [29.5735295625, 0.0295735295625, 0.0000295735295625, 0.0078125, 0.03125, 0.0625, 0.125, 1, '0.0065052670674139755262', '0.052042136539311804210'],
      [1000000, 1000, 1, '264.17205235814841538', '1056.6882094325936615', '2113.3764188651873230', '4226.7528377303746461', '33814.022701842997169', '219.96924829908778753', '1759.7539863927023002'],
      [500, 0.5, 0.0005, '0.13208602617907420769', '0.52834410471629683076', '1.0566882094325936615', '2.1133764188651873230', '16.907011350921498584', '0.10998462414954389376', '0.87987699319635115011'],
      [10000, 10, 0.01, '2.6417205235814841538', '10.566882094325936615', '21.133764188651873230', '42.267528377303746461', '338.14022701842997169', '2.1996924829908778753', '17.597539863927023002'],
      [4546.09, 4.54609, 0.00454609, '1.2009499255048549297', '4.8037997020194197187', '9.6075994040388394374', '19.215198808077678875', '153.72159046462143100', 1, 8],
      [568.26125, 0.56826125, 0.00056826125, '0.15011874068810686621', '0.60047496275242746484', '1.2009499255048549297', '2.4018998510097098593', '19.215198808077678875', 0.125, 1],
      [9092.18, 9.09218, 0.00909218, '2.4018998510097098593', '9.6075994040388394374', '19.215198808077678875', '38.430397616155357750', '307.44318092924286200', 2, 16],
], { 7: 'a 500 mL bottle' }),
  },
  speed: {
    quantity: 'speed',
    functionId: 'units.speed',
    exportName: 'convertSpeedUnits',
    prefix: '/speed',
    noun: 'speed',
    summaryNoun: 'speed',
    words: (
      'speed, speeds, velocity, velocities, geschwindigkeit, geschwindigkeiten, velocidad, ' +
      'velocidades, vitesse, vitesses, velocita, velocidade'
    ).split(', '),
    pairs: [
      ['km/h', 'mph'],
      ['mph', 'km/h'],
      ['kn', 'km/h'],
      ['m/s', 'km/h'],
    ],
    // prettier-ignore
    facts: facts(['m/s', 'km/h', 'mph', 'kn'], [
      ['27.777777777777777778', 100, '62.137119223733396962', '53.995680345572354212'],
      [26.8224, 96.56064, 60, '52.138574514038876890'],
      ['0.51444444444444444444', 1.852, '1.1507794480235425117', 1],
      [10, 36, '22.369362920544022906', '19.438444924406047516'],
      [0.44704, 1.609344, 1, '0.86897624190064794816'],
      ['13.888888888888888889', 50, '31.068559611866698481', '26.997840172786177106'],
      ['10.288888888888888889', 37.04, '23.015588960470850235', 20],
      [44.704, 160.9344, 100, '86.897624190064794816'],
      ['15.433333333333333333', 55.56, '34.523383440706275352', 30],
    ]),
  },
  data_size: {
    quantity: 'data_size',
    functionId: 'units.data_size',
    exportName: 'convertDataSizeUnits',
    prefix: '/data-size',
    noun: 'data size',
    summaryNoun: 'data size',
    scale:
      'the decimal prefixes (KB, MB, GB, TB) are powers of 1000 and the binary ones (KiB, MiB,' +
      ' GiB, TiB) powers of 1024 of the byte (B) (Potenzen, potencias, puissances, potenze, potências)',
    words: (
      'file size, file sizes, data size, data sizes, storage size, storage sizes, dateigroße, ' +
      'dateigroßen, datenmenge, datenmengen, speichergroße, tamano de archivo, ' +
      'tamanos de archivo, taille de fichier, tailles de fichier, dimensione del file, ' +
      'tamanho de arquivo, tamanho do arquivo'
    ).split(', '),
    pairs: [
      ['GiB', 'MiB'],
      ['GB', 'MB'],
      ['GiB', 'GB'],
      ['TB', 'TiB'],
    ],
    // prettier-ignore
    facts: facts(['B', 'KB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'TiB'], [
      [1073741824, 1073741.824, 1073.741824, 1.073741824, 0.001073741824, 1048576, 1024, 1, 0.0009765625],
      [1000000000, 1000000, 1000, 1, 0.001, 976562.5, 953.67431640625, '0.93132257461547851562', '0.00090949470177292823792'],
      [1099511627776, 1099511627.776, 1099511.627776, 1099.511627776, 1.099511627776, 1073741824, 1048576, 1024, 1],
      [1000000000000, 1000000000, 1000000, 1000, 1, 976562500, 953674.31640625, '931.32257461547851562', '0.90949470177292823792'],
      [1048576, 1048.576, 1.048576, 0.001048576, 0.000001048576, 1024, 1, 0.0009765625, 0.00000095367431640625],
      [1000000, 1000, 1, 0.001, 0.000001, 976.5625, 0.95367431640625, '0.00093132257461547851562', '0.00000090949470177292823792'],
      [1024, 1.024, 0.001024, 0.000001024, 0.000000001024, 1, 0.0009765625, 0.00000095367431640625, '0.00000000093132257461547851562'],
      [1000, 1, 0.001, 0.000001, 0.000000001, 0.9765625, 0.00095367431640625, '0.00000093132257461547851562', '0.00000000090949470177292823792'],
      [500000000000, 500000000, 500000, 500, 0.5, 488281250, 476837.158203125, '465.66128730773925781', '0.45474735088646411896'],
      [17179869184, 17179869.184, 17179.869184, 17.179869184, 0.017179869184, 16777216, 16384, 16, 0.015625],
      [536870912, 536870.912, 536.870912, 0.536870912, 0.000536870912, 524288, 512, 0.5, 0.00048828125],
    ]),
  },
};
