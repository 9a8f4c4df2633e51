import { refusalTableTests, type RefusalRow } from './testing/refusal-rows';

/*
 * The phrasing table of input rules stated as a key feature of their own: one feature names a computation or a
 * record, another says which of its inputs are refused — below or above a number, outside a range, not a number,
 * empty, missing, unknown, malformed — in five languages, several kinds or several inputs in one sentence, with
 * or without a status. A row is read when the rule is realised on the endpoints the other features designed,
 * with a 4xx worked example (the status it writes, when it writes one) and the other features still realised.
 * Near misses are not refusal rules (an error count, a list of rejected orders), or name an input the SPEC does
 * not have, a status the service does not answer, or two computations equally: they stay unrealised.
 */

const BMI = 'Compute the body mass index from weight in kilograms and height in metres';
const IMC = 'Calcula el IMC a partir del peso en kilos y la altura en metros';
const TEMP = 'Convert temperatures between Celsius, Fahrenheit and Kelvin';
const SPLIT = 'Split a restaurant bill with a tip percentage among several people and say what each one pays';
const LENGTH = 'Convert lengths between metres, feet, inches and kilometres';
const LOAN =
  'Compute the monthly payment of a loan from the principal, the yearly interest rate and the number of months';
const ROMAN = 'Convert numbers to Roman numerals';
const FROM_ROMAN = 'Convert Roman numerals back to numbers';
const WORDS = 'Count the words in a text';
const DICE = 'Roll dice written in dice notation like 2d6+3';
const ZONES = 'Convert a time from one time zone to another';
const RATE = 'Convert an amount between currencies with a fixed rate table: 1 EUR = 1.10 USD';
const GUESTS = 'Register guests with a name, an email and an age';
const ORDER = 'Compute an order total from lines of quantity and unit price, with a tax rate';

const ROWS: RefusalRow[] = [
  // English: above, ranges, several inputs, not a number, empty, unknown, malformed, records
  { base: [SPLIT], text: 'a bill of more than 10000 is rejected' },
  { base: [BMI], text: 'weights above 500 kg or heights over 3 m are refused' },
  { base: [SPLIT], text: 'fewer than 1 guest or a negative tip -> 400' },
  { base: [SPLIT], text: 'the number of people must be between 1 and 20, anything else is rejected' },
  { base: [LOAN], text: 'a number of months outside 1 to 600 is an error' },
  { base: [BMI], text: 'a weight of 0 kg or less is refused' },
  { base: [BMI], text: 'non-numeric weights are rejected with 400' },
  { base: [SPLIT], text: 'letters instead of a number of people are refused' },
  { base: [WORDS], text: 'empty text is rejected' },
  { base: [TEMP], text: 'any unit not in that list is refused' },
  { base: [DICE], text: 'anything that is not dice notation is refused' },
  { base: [ZONES], text: 'a time that is not valid HH:MM is rejected' },
  { base: [FROM_ROMAN], text: 'a string that is not a valid numeral gets a 400' },
  { base: [GUESTS], text: 'a missing name or an age outside 0..130 -> 400' },
  { base: [GUESTS], text: 'an unknown id is a 404' },
  { base: [ORDER], text: 'a quantity above 999 is refused' },
  { base: [RATE], text: 'an amount that is not a number is rejected' },
  { base: [RATE], text: 'negative amounts are rejected' },
  { base: [LENGTH], text: 'measurements below zero are rejected' },
  { base: [LENGTH], text: 'a negative quantity is refused' },
  { base: [LOAN], text: 'a yearly rate above 100 is refused' },
  // German
  { base: [BMI], text: 'Ein Gewicht über 400 kg oder eine Größe unter 0,5 m wird abgelehnt' },
  { base: [SPLIT], text: 'Personen von 1 bis 12, alles andere ist ungültig' },
  { base: [SPLIT], text: 'Eine Rechnung, die keine Zahl ist, wird abgelehnt' },
  { base: [WORDS], text: 'Ein leerer Text ist ungültig' },
  { base: [TEMP], text: 'Temperaturen über 100000 werden abgelehnt' },
  { base: [GUESTS], text: 'Ein fehlender Name wird mit 400 abgelehnt' },
  { base: [SPLIT], text: 'Höchstens 50 Personen, mehr werden abgelehnt' },
  { base: [LENGTH], text: 'Negative Mengen sind ungültig' },
  // Spanish
  { base: [IMC], text: 'Un peso de más de 400 kg se rechaza' },
  { base: [SPLIT], text: 'El número de personas debe estar entre 1 y 30; si no, se rechaza' },
  { base: [SPLIT], text: 'Una propina que no es numérica se rechaza' },
  { base: [LENGTH], text: 'Una unidad que no está en la lista se rechaza con 400' },
  { base: [WORDS], text: 'Un texto vacío se rechaza' },
  // French
  { base: [BMI], text: 'Un poids de plus de 400 kg est refusé' },
  { base: [SPLIT], text: 'Au plus 50 personnes, au-delà la requête est refusée' },
  { base: [SPLIT], text: "Une addition qui n'est pas un nombre est refusée" },
  { base: [ROMAN], text: 'Un nombre hors de 1..3999 est refusé' },
  { base: [WORDS], text: 'Un texte vide est refusé' },
  // Italian, Portuguese
  { base: [SPLIT], text: 'Un conto con lettere va rifiutato' },
  { base: [BMI], text: 'Un peso superiore a 400 kg va rifiutato' },
  { base: [IMC], text: 'Uma altura acima de 3 m é inválida' },
  { base: [SPLIT], text: 'Um número de pessoas negativo é inválido' },
];

/** Not refusal rules, or rules naming what the SPEC lacks, a status it does not answer, or two computations. */
const NEAR_MISSES: RefusalRow[] = [
  { base: [WORDS], text: 'return an error count' },
  { base: [GUESTS], text: 'count the invalid emails in a list' },
  { base: [GUESTS], text: 'list the rejected orders' },
  { base: [SPLIT], text: 'a negative deposit is refused' },
  { base: [LOAN], text: 'an age outside 0..130 is refused' },
  { base: [BMI, LENGTH], text: 'negative values are rejected' },
  { base: [SPLIT], text: 'a tip above 30 is answered with 422' },
  { base: [GUESTS], text: 'an unknown currency is refused' },
  { base: [TEMP], text: 'Negative Preise werden abgelehnt' },
  { base: [RATE], text: 'Los pesos negativos se rechazan' },
  { base: [WORDS], text: 'reject empty baskets and compute the total of the others' },
  { base: [SPLIT], text: 'Une distance hors de 1..100 est refusée' },
];

/**
 * Rows not yet read, each failing its own check; the set shrinks as the designer learns them (at the start: 31
 * of 41; now 1).
 */
const NOT_YET_READ = new Set<string>([
  // an input of the items of a list (order lines) is not yet bounded by a rule
  'a quantity above 999 is refused',
]);

/**
 * Near misses the gate still counts realised (at the start: an error count read as a result, a 422 answered 400;
 * now the error count, and, since a near miss is judged beside the other features of its intent as the gate
 * judges it, "negative values are rejected" beside a BMI and a length converter: the designer bounds the length
 * and the BMI refuses negatives of its own, so the service refuses them everywhere, but it was not designed as
 * one rule on both).
 */
const STILL_REALISED = new Set<string>(['return an error count', 'negative values are rejected']);

describe('input rules stated as a key feature of their own', () => {
  refusalTableTests({
    rows: ROWS,
    nearMisses: NEAR_MISSES,
    notYetRead: NOT_YET_READ,
    stillRealised: STILL_REALISED,
    statuses: [400, 404],
    atLeast: { rows: 30, nearMisses: 10 },
  });
});
