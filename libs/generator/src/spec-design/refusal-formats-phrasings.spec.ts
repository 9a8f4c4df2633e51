import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from './spec-designer';
import { refusalTableTests, type RefusalRow } from './testing/refusal-rows';

/*
 * Refusal-only features of numerals, dice, number bases and unit converters (table first, written before the
 * code): the main feature is realised, and a sentence that only says what is refused must bind to that endpoint
 * with a 4xx worked example sending exactly what it names — malformed numerals (IIII, VX, IC), numbers outside
 * 1..3999, dice nonsense (0d6, 2d0, banana) and limits on dice and sides, digits a base does not have, negative,
 * non-numeric or unknown units of a converter (restricted to the units the intent names). en/de/es/fr/it/pt. A
 * row is read when the refusal is realised on an endpoint the other features designed, with a 4xx worked example
 * (the status it writes, else 400/422), the other features still realised. A near miss names a refusal the
 * computation cannot make (a temperature converter answers -5 °C; bases have no Roman numerals): it stays
 * unrealised.
 */

const ROMAN = 'Convert numbers to Roman numerals';
// Both ways as two features: one feature saying both designs one direction only (a limit of the designer, not of
// the refusals here).
const ROMAN_BOTH = ['Convert numbers to Roman numerals', 'Convert Roman numerals back to numbers'];
const ROMAN_READ = 'Turn a Roman numeral into the integer it stands for';
const ROMANOS = ['Convertir números enteros a números romanos', 'Convertir números romanos a enteros'];
const ROEMISCH = [
  'Ganze Zahlen in römische Zahlen umwandeln',
  'Römische Zahlen zurück in ganze Zahlen umwandeln',
];
const ROMAINS = ['Convertir des nombres en chiffres romains', 'Convertir des chiffres romains en nombres'];
const ROMANI = 'Convertire numeri romani in numeri interi';
const ROMANOS_PT = 'Converter numerais romanos em números inteiros';
const DICE = 'Roll dice written in dice notation like 2d6+3';
const DICE_SEED =
  'Roll dice in NdM notation with a seed so a roll can be repeated; give every roll and the total';
const WUERFEL = 'Würfel in Würfelnotation wie 3d6 würfeln und die Summe liefern';
const DADOS = 'Tirar dados escritos en notación como 2d6 y devolver cada tirada y el total';
const DES = 'Lancer des dés écrits en notation 2d6 et renvoyer chaque lancer et le total';
const BASES = 'Convert a number written in one base into another base, bases 2 to 36';
const BASES_PT = 'Converter um número escrito numa base para outra base, bases de 2 a 36';
const BASES_ES = 'Convertir un número escrito en una base a otra base, bases de 2 a 36';
const BASEN = 'Eine Zahl aus einer Basis in eine andere Basis umrechnen, Basen 2 bis 36';
const LENGTH = 'Convert lengths between metres, feet, inches and kilometres';
const SPEED = 'Convert speeds between km/h, mph, m/s and knots';
const MASS = 'Convert weights between grams, ounces and pounds';
const MASS_NAMED = 'Convert weights between kg, g and lb';
const MASSE = 'Gewichte zwischen Gramm, Unzen und Pfund umrechnen';
const LONGUEURS = 'Convertir des longueurs entre mètres, pieds, pouces et kilomètres';
const LUNGH = 'Convertire lunghezze tra metri, piedi, pollici e chilometri';
const TEMP = 'Convert temperatures between Celsius, Fahrenheit and Kelvin';
const RATES_PT = 'Converter valores entre EUR, USD e GBP com taxas fixas: 1 EUR = 1,10 USD, 1 EUR = 0,85 GBP';

const ROWS: RefusalRow[] = [
  // 1. Roman numerals: a range in words, canonical numerals only, malformed numerals named by example
  {
    base: [ROMAN],
    text: 'only 1 to 3999 can be written the classic way, so anything outside that is refused',
  },
  { base: ROMAN_BOTH, text: 'only canonical numerals are accepted: IIII, VX, IC or MMMM -> 400' },
  { base: ROMAN_BOTH, text: 'malformed numerals (IIII, VX, ABC) and numbers outside 1..3999 are rejected' },
  { base: ROMAN_BOTH, text: 'years outside 1-3999 and malformed numerals like IIII are refused' },
  { base: [ROMAN_READ], text: 'a numeral written wrong, like IIII or VX, is rejected' },
  {
    base: ROMANOS,
    text: 'Se rechazan los romanos mal escritos como IIII o VX y los enteros fuera de 1 a 3999',
  },
  {
    base: ROEMISCH,
    text: 'Falsch geschriebene römische Zahlen wie IIII oder IC und Zahlen außerhalb von 1 bis 3999 werden abgelehnt',
  },
  {
    base: ROMAINS,
    text: 'Les chiffres romains mal formés (IIII, VX) et les nombres hors de 1 à 3999 sont refusés',
  },
  { base: [ROMANI], text: 'I numeri romani scritti male, come IIII o VX, vengono rifiutati' },
  { base: [ROMANOS_PT], text: 'Numerais romanos inválidos como IIII ou VX são recusados com 400' },
  // 2. dice: nonsense by example, limits on dice and sides (the limits written become the emitted ones)
  { base: [DICE], text: 'nonsense like 0d6, 2d0 or banana gets rejected' },
  {
    base: [DICE_SEED],
    text: 'fewer than 1 die, more than 100 dice, fewer than 2 sides, or text that is not dice notation is invalid input',
  },
  { base: [DICE_SEED], text: "reject nonsense like 0d6, 3d1, 'd' or more than fifty dice" },
  {
    base: [WUERFEL],
    text: 'Weniger als ein Würfel, mehr als 50 Würfel oder Würfel mit weniger als 2 Seiten ergeben 400',
  },
  { base: [DADOS], text: 'Una notación sin sentido como 0d6, 2d0 o "plátano" se rechaza con 400' },
  { base: [DES], text: 'Une notation absurde comme 0d6 ou "banane" est refusée' },
  // 3. number bases: digits the source base does not have, bases outside 2..36
  {
    base: [BASES_PT],
    text: 'Dígitos que não existem na base de origem (como 2 na base 2) ou outras bases dão erro 400',
  },
  { base: [BASES_ES], text: 'Dígitos que no existen en la base de origen (como 2 en base 2) dan error 400' },
  { base: [BASES], text: 'a digit that does not exist in the source base, like 2 in base 2, is refused' },
  {
    base: [BASEN],
    text: 'Ziffern, die es in der Ausgangsbasis nicht gibt (etwa 9 in Basis 8), werden mit 400 abgelehnt',
  },
  // 4. unit converters: negative, non-numeric, unknown units; the units the intent names and no others
  { base: [LENGTH], text: 'negative values, non-numeric values and unknown units are rejected with 400' },
  { base: [SPEED], text: "answer 400 if a unit isn't one of those four or the speed isn't a number" },
  { base: [MASS], text: 'negative amounts are invalid and are refused' },
  { base: [MASSE], text: 'Negative Mengen sind ungültig' },
  { base: [RATES_PT], text: 'moeda desconhecida ou valor negativo deve dar erro' },
  { base: [MASS_NAMED], text: 'any other unit, such as ounces, is refused' },
  { base: [LONGUEURS], text: 'Une unité inconnue ou une longueur négative renvoie une erreur 400' },
  { base: [LUNGH], text: 'Valori negativi o non numerici e unità sconosciute vengono rifiutati' },
  {
    base: [MASS, TEMP],
    text: 'a negative amount of anything is nonsense, and so is an oven colder than absolute zero',
  },
];

/** Refusals the computation cannot make, or naming what the intent does not have. */
const NEAR_MISSES: RefusalRow[] = [
  // a temperature converter answers -5 °C
  { base: [TEMP], text: 'negative amounts are invalid and are refused' },
  // no numerals in a base converter, no currencies beside dice
  { base: [BASES], text: 'malformed numerals like IIII or VX are refused' },
  { base: [DICE], text: 'an unknown currency is refused' },
  // 2d6 is a roll the dice answer: the feature cannot hold there
  { base: [DICE], text: 'nonsense like 2d6 or banana gets rejected' },
  // a range the numerals do not have
  {
    base: [ROMAN],
    text: 'only 1 to 5000 can be written the classic way, so anything outside that is refused',
  },
  // ounces are among the units the intent names: refusing them contradicts it
  { base: ['Convert weights between kg, g, lb and oz'], text: 'any other unit, such as ounces, is refused' },
  // no oven beside a length converter
  { base: [LENGTH], text: 'an oven colder than absolute zero is refused' },
];

/** Rows not yet read, each failing its own check (at the start: 19 of 29; now 7). */
const NOT_YET_READ = new Set<string>([
  "reject nonsense like 0d6, 3d1, 'd' or more than fifty dice",
  'Dígitos que não existem na base de origem (como 2 na base 2) ou outras bases dão erro 400',
  'Dígitos que no existen en la base de origen (como 2 en base 2) dan error 400',
  'moeda desconhecida ou valor negativo deve dar erro',
  'a negative amount of anything is nonsense, and so is an oven colder than absolute zero',
  // Read before by a bound put on the roll's optional seed (maximum 50) while the roll took up to 100 dice: unread
  // until the roll takes the limits the user writes.
  'Weniger als ein Würfel, mehr als 50 Würfel oder Würfel mit weniger als 2 Seiten ergeben 400',
]);

/**
 * Near misses the gate still counts realised (at the start: 1 of 6): the temperature converter is made to refuse
 * every negative value (-0.5 °C too), so the feature holds there, if oddly.
 */
const STILL_REALISED = new Set<string>(['negative amounts are invalid and are refused']);

describe('refusal-only features of numerals, dice, bases and unit converters', () => {
  refusalTableTests({
    rows: ROWS,
    nearMisses: NEAR_MISSES,
    notYetRead: NOT_YET_READ,
    stillRealised: STILL_REALISED,
    statuses: [400, 422],
    atLeast: { rows: 29, nearMisses: 7 },
  });
});

describe('a refusal naming a unit never makes the converter take it', () => {
  for (const [base, refusal] of [
    ['Convert weights between kg, g and lb', 'any other unit, such as ounces, is refused'],
    [
      'convert a weight between kg, g and lb',
      'anything but those three units, ounces for instance, gets a 400',
    ],
  ]) {
    it(`leaves ounces out of the units of whatever claims ${JSON.stringify(refusal)}`, () => {
      const { contract } = designSpec(intentOf({ service_name: 'ounces', key_features: [base, refusal] }));
      const units = contract.endpoints
        .filter((e) => e.features.includes(refusal))
        .flatMap((e) => (e.request.body?.fields ?? []).flatMap((f) => f.enum ?? []));
      expect(units.filter((u) => /^(oz|ounces?)$/i.test(String(u)))).toEqual([]);
    });
  }
});
