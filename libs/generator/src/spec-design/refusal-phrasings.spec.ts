import { refusalTableTests, type RefusalRow } from './testing/refusal-rows';

/*
 * The phrasing table of refusal-only features: a key feature that only says what is refused, in free text,
 * naming inputs of another feature of the same intent by their domain words ("zero or negative weights are
 * rejected", "unbekannte Einheiten werden abgelehnt", "si falta la altura, error"). Each row is read when the
 * feature is realised by the gate on an endpoint the other features designed (no record store made of its
 * words), with a 4xx worked example of its own. Near misses name nothing the intent has: they stay unrealised.
 */

const BMI = 'Compute the body mass index from weight in kilograms and height in metres';
const IMC = 'Calcula el IMC a partir del peso en kilos y la altura en metros';
const TEMP = 'Convert temperatures between Celsius, Fahrenheit and Kelvin';
const SPLIT = 'Split a restaurant bill with a tip percentage among several people and say what each one pays';
const LENGTH = 'Convert lengths between metres, feet, inches and kilometres';
const ROOMS = 'Add rooms with a name, a floor and a number of seats; list and delete them';
const ORDER = 'Compute an order total from lines of quantity and unit price, with a tax rate';
const STATS = 'Compute the mean, median and standard deviation of a list of numbers';
const ISBN = 'Check whether an ISBN-13 is valid';

type Row = RefusalRow;

const ROWS: Row[] = [
  // English, spelled-out and free text
  { base: [BMI], text: 'zero or negative weights are rejected' },
  { base: [BMI], text: 'A weight or height of zero or less is refused with an error' },
  { base: [BMI], text: 'heights below 0.5 m are rejected' },
  { base: [BMI], text: 'a missing height is an error' },
  { base: [BMI], text: 'Reject the request when the weight is not positive' },
  { base: [TEMP], text: 'an unknown unit is refused' },
  { base: [TEMP], text: 'a unit we do not know is rejected' },
  { base: [BMI], text: 'a height of zero or below gets refused' },
  { base: [SPLIT], text: 'if the number of people is missing, answer with an error' },
  { base: [TEMP], text: 'units other than C, F and K are rejected with 400' },
  { base: [LENGTH], text: 'Unknown units of length are rejected' },
  { base: [SPLIT], text: 'a bill of zero or less is rejected' },
  { base: [SPLIT], text: 'fewer than 1 person is an error' },
  { base: [SPLIT], text: 'negative tips are refused' },
  { base: [ROOMS], text: 'rooms with a negative number of seats are rejected' },
  { base: [ORDER], text: 'a negative price is refused' },
  { base: [ORDER], text: 'quantities below 1 are rejected' },
  { base: [ORDER], text: 'an order with no lines is rejected' },
  { base: [STATS], text: 'an empty list of numbers is refused' },
  // German
  { base: [BMI], text: 'Gewicht oder Größe von null oder weniger werden abgelehnt' },
  { base: [BMI], text: 'Ein negatives Gewicht wird abgelehnt' },
  { base: [TEMP], text: 'Unbekannte Einheiten werden mit einem Fehler abgelehnt' },
  { base: [SPLIT], text: 'Eine Rechnung von 0 oder weniger wird abgelehnt' },
  { base: [ORDER], text: 'Negative Preise sind nicht erlaubt' },
  { base: [STATS], text: 'Eine leere Zahlenliste wird abgelehnt' },
  // Spanish
  { base: [IMC], text: 'Un peso o una altura de cero o menos se rechaza' },
  { base: [IMC], text: 'Si falta la altura, se responde con un error' },
  { base: [TEMP], text: 'Las unidades desconocidas se rechazan' },
  { base: [SPLIT], text: 'Una cuenta negativa se rechaza con un error' },
  { base: [ORDER], text: 'Cantidades menores de 1 se rechazan' },
  // French
  { base: [BMI], text: 'Un poids négatif ou nul est refusé' },
  { base: [TEMP], text: 'Une unité inconnue est refusée' },
  { base: [TEMP], text: 'Une unité que nous ne connaissons pas est refusée' },
  { base: [SPLIT], text: 'Une addition négative est refusée avec une erreur' },
  { base: [ORDER], text: 'Les prix négatifs sont rejetés' },
  { base: [STATS], text: 'Une liste vide est refusée' },
  // Italian, Portuguese
  { base: [BMI], text: 'Un peso negativo viene rifiutato' },
  { base: [TEMP], text: 'Unità sconosciute vengono rifiutate con un errore' },
  { base: [IMC], text: 'Peso negativo é rejeitado' },
  { base: [ISBN], text: 'an ISBN that is not 13 digits is refused' },
];

/** Refusals naming nothing the intent has, or operations of their own: never realised by a guess. */
const NEAR_MISSES: Row[] = [
  { base: [BMI], text: 'an unknown currency is refused' },
  { base: [BMI], text: 'negative prices are rejected' },
  { base: [TEMP], text: 'a missing email is an error' },
  { base: [SPLIT], text: 'unknown time zones are rejected' },
  { base: [STATS], text: 'zero or negative weights are rejected' },
  { base: [ROOMS], text: 'unknown currencies are refused with 400' },
  { base: [ORDER], text: 'Unbekannte Zeitzonen werden abgelehnt' },
  { base: [TEMP], text: 'Los precios negativos se rechazan' },
  { base: [ISBN], text: 'Un poids négatif est refusé' },
  { base: [LENGTH], text: 'an empty basket is refused' },
  { base: [ROOMS], text: 'rooms with a negative price are rejected' },
];

/**
 * Rows not yet read, each failing its own check; the set shrinks as the designer learns them (at the start:
 * 26 of 36; now 3 of 40: an empty list, which the statistics show no refusal of).
 */
const NOT_YET_READ = new Set<string>([
  'an empty list of numbers is refused',
  'Eine leere Zahlenliste wird abgelehnt',
  'Une liste vide est refusée',
]);

describe('refusal-only features across phrasings', () => {
  refusalTableTests({
    rows: ROWS,
    nearMisses: NEAR_MISSES,
    notYetRead: NOT_YET_READ,
    statuses: [400],
    atLeast: { rows: 30, nearMisses: 10 },
  });
});
