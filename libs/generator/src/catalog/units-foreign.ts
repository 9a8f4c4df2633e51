import type { Mention, Token } from './units-read';

/*
 * What the units family must not claim: a feature naming a temperature, a currency or price, a rate, bits, a
 * gauge pressure, a power, food "calories", or units of its quantities it does not convert (a square unit
 * outside the area table: "Quadratrute", "square chain").
 */

/** Words (folded, whole tokens) that say the feature is about something this family must not claim. */
const FOREIGN = new Set(
  // Temperatures and angles (another family), currencies and prices (need a declared rate table).
  (
    'celsius fahrenheit kelvin rankine temperature temperatures temperatur temperaturen temperatura ' +
    'temperaturas temperature grad grade grados degre degres degree degrees gradi graus radian radians ' +
    'currency currencies exchange euro euros eur usd gbp jpy chf dollar dollars yen franc francs sterling ' +
    'esterlina esterlinas wahrung wahrungen devise devises divisa divisas moneda monedas valuta moeda moedas ' +
    'wechselkurs cambio price prices cost costs preis preise precio precios prix prezzo prezzi preco precos ' +
    'money geld dinero argent soldi dinheiro ' +
    // Square units outside the area table, other volumes, rates and consumption, bits, ambiguous tons, units this family does not convert.
    'square squared sq cubic cu kubik cubico cubicos cube cubes cubi cubo mpg pace ritmo allure density dichte ' +
    'densidad densite densita consumption verbrauch consumo consommation bit bits kilobit kilobits megabit ' +
    'megabits gigabit gigabits terabit terabits kbit mbit gbit kbps mbps gbps bps bandwidth throughput ton ' +
    'tons furlong furlongs league leagues fathom fathoms angstrom angstroms micron microns micrometre ' +
    'micrometres micrometer micrometers nanometre nanometres nanometer nanometers parsec parsecs lightyear ' +
    'lightyears grain grains dram drams carat carats karat hundredweight troy gill gills barrel barrels ' +
    'bushel bushels tablespoon tablespoons teaspoon teaspoons tbsp tsp centilitre centilitres centiliter ' +
    'centiliters decilitre decilitres deciliter deciliters cl dl mach petabyte petabytes exabyte exabytes ' +
    'pebibyte pebibytes readable human discount discounts percent percentage percentages prozent ' +
    'porcentaje pourcentage percentuale decibel decibels loudness lautstarke ' +
    // A gauge pressure may be negative (this family converts absolute ones); powers, forces and torques are
    // no pressures or energies; units of those this family does not convert.
    'gauge gage psig psia barg bara vacuum vakuum unterdruck uberdruck overpressure manometrico manometrica ' +
    'watt watts kilowatt kilowatts megawatt megawatts gigawatt gigawatts horsepower hp ' +
    'pferdestarke pferdestarken newton newtons erg ergs therm therms thermie thermies electronvolt ' +
    'electronvolts elektronvolt torque drehmoment ksi'
  ).split(' '),
);
const FOREIGN_SIGNS = ['°', '€', '$', '£', '¥', '²'];
// "Cal" is the food Calorie (a kcal), "kW" a power, "eV" an energy this family does not convert.
const FOREIGN_SYMBOLS = [
  'Kb',
  'Mb',
  'Gb',
  'Tb',
  'PB',
  'EB',
  'PiB',
  'EiB',
  'Cal',
  'kW',
  'MW',
  'GW',
  'eV',
  'Nm',
];
/**
 * Words of food and diet. The "calories" of food are kilocalories on their labels, but a calorie is 4.184 J:
 * a feature about food that names calories is not guessed either way (kcal, written as such, is clear).
 */
const FOOD = new Set(
  (
    'food foods diet diets dietary meal meals nutrition nutritional recipe recipes snack snacks menu dish dishes ' +
    'lebensmittel lebensmitteln nahrung nahrungsmittel ernahrung diat essen mahlzeit mahlzeiten rezept rezepte ' +
    'gericht gerichte alimento alimentos dieta comida comidas nutricion receta recetas plato platos aliment ' +
    'aliments nourriture regime repas recette recettes plat plats cibo cibi alimentazione pasto pasti ricetta ' +
    'ricette piatto piatti alimentacao refeicao refeicoes receita receitas prato pratos'
  ).split(' '),
);
/** Stems of area and volume words written as one ("Quadratmeter", "Kubikzentimeter", "cuadrados"). */
const FOREIGN_STEMS = ['quadrat', 'kubik', 'cuadrad', 'carre', 'quadrad', 'temperat'];
const IMPERIAL = [
  'imperial',
  'uk',
  'british',
  'imperiale',
  'imperiales',
  'imperiali',
  'britische',
  'britannique',
];

/**
 * Whether the feature names something outside this family: a temperature, a currency or price, an area, a
 * rate, bits, an imperial (UK) volume, a unit it does not convert, or an area/volume symbol ("m2", "km²").
 */
export function namesForeign(tokens: Token[], mentions: Mention[]): boolean {
  const inMention = (i: number) => mentions.some((m) => i >= m.start && i < m.end);
  if (mentions.some((m) => m.unit === null)) return true;
  if (mentions.some((m) => m.unit === 'cal') && tokens.some((t) => FOOD.has(t.low))) return true;
  const volume = mentions.some((m) => m.quantity === 'volume');
  return tokens.some((t, i) => {
    if (inMention(i)) {
      // "m2", "km²", "ft3": an area or a volume written with the symbol of a length.
      const last = mentions.some((m) => m.end === i + 1 && m.quantity === 'length');
      const next = tokens[i + 1];
      return last && next !== undefined && next.at === t.end && ['2', '3', '²', '³'].includes(next.raw);
    }
    return (
      FOREIGN.has(t.low) ||
      FOREIGN_STEMS.some((stem) => t.low.startsWith(stem)) ||
      FOREIGN_SIGNS.includes(t.raw) ||
      FOREIGN_SYMBOLS.includes(t.raw) ||
      (volume && IMPERIAL.includes(t.low))
    );
  });
}
