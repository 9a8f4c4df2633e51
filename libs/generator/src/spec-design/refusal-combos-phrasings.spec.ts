import { refusalTableTests, type RefusalRow } from './testing/refusal-rows';

/*
 * Refusal-only features with several clauses, bound to ONE computation (table first): each clause ("or", "and",
 * commas, semicolons; en/de/es/fr/it/pt) is read with its own kind and words — unknown, negative, zero, missing,
 * "at least N", "between A and B" / "from A to B" (two ranges in one feature), "not a number", "not a whole
 * number" — and words that name inputs loosely ("people", "person", "amount", "anything"). A row is read when the
 * feature is realised on an endpoint the other features designed, with a 4xx worked example (the status it
 * writes, else 400/422), the other features still realised. Near misses have one clause naming something the
 * computation does not have, or a range its own semantics refuse: the whole feature stays unrealised (never a
 * clause dropped silently).
 */

const SPLIT = 'Split a restaurant bill with a tip percentage among several people and say what each one pays';
const BMI = 'Compute the body mass index from weight in kilograms and height in metres';
const TEMP = 'Convert temperatures between Celsius, Fahrenheit and Kelvin';
const LENGTH = 'Convert lengths between metres, feet, inches and kilometres';
const LONGITUDES = 'Convierte longitudes entre metros, pies, pulgadas y kilómetros';
const RATES = 'Convert amounts between EUR, USD and GBP with fixed rates: 1 EUR = 1.10 USD, 1 EUR = 0.85 GBP';
const KURSE = 'Beträge zwischen EUR, USD und GBP umrechnen, feste Kurse: 1 EUR = 1,10 USD, 1 EUR = 0,85 GBP';
const DICE = 'Roll a number of dice with a number of sides each; a seed makes the roll repeatable';
const WUERFEL = 'Eine Anzahl Würfel mit einer Anzahl Seiten würfeln; ein Seed macht den Wurf wiederholbar';
const FUEL = 'Convert fuel consumption between L/100km, US mpg, UK mpg and km/L';

const ROWS: RefusalRow[] = [
  // English
  { base: [RATES], text: 'an unknown currency, a negative amount or a missing amount is 400' },
  { base: [SPLIT], text: 'zero people or a negative bill cannot be split' },
  { base: [SPLIT], text: 'there has to be at least one person, otherwise 400' },
  { base: [DICE], text: '1 to 50 dice and 2 to 100 sides; anything outside that is refused' },
  { base: [BMI], text: 'a weight or a height that is not a number, or a negative one, is rejected' },
  { base: [FUEL], text: 'the value has to be greater than 0 and the unit must be one we know, else 400' },
  { base: [SPLIT], text: 'a number of people that is not a whole number, or under 1, is refused' },
  // German
  { base: [KURSE], text: 'Unbekannte Währung oder negativer Betrag → 400' },
  { base: [WUERFEL], text: 'Zwischen 1 und 20 Würfel und 2 bis 100 Seiten, alles andere wird abgelehnt' },
  { base: [SPLIT], text: 'Null Personen oder eine negative Rechnung werden mit 400 abgelehnt' },
  // Spanish
  { base: [LONGITUDES], text: 'unidad desconocida o cantidad negativa: error 400' },
  { base: [SPLIT], text: 'Cero personas o una cuenta negativa se rechazan' },
  // French
  { base: [TEMP], text: 'Une unité inconnue ou une température écrite en lettres est refusée' },
  { base: [SPLIT], text: 'Il faut au moins une personne ; un pourboire négatif est refusé' },
  // Italian
  { base: [BMI], text: 'Peso o altezza negativi o mancanti vengono rifiutati' },
  // Portuguese
  { base: [BMI], text: 'Peso ou altura iguais a zero ou negativos dão erro 400' },
  { base: [LENGTH], text: 'Unidade desconhecida ou comprimento que não é um número: erro 400' },
  // Added with the code (an in-view intent's missing amount was named by a word for numbers only)
  { base: [KURSE], text: 'Ein fehlender oder negativer Betrag wird mit 400 abgelehnt' },
];

/** One clause naming what the computation lacks, or a range its own semantics refuse. */
const NEAR_MISSES: RefusalRow[] = [
  { base: [RATES], text: 'an unknown currency or a negative weight is 400' },
  { base: [SPLIT], text: 'zero people or a missing currency cannot be split' },
  { base: [DICE], text: '1 to 50 dice and 2 to 5000 sides; anything outside that is refused' },
  { base: [LONGITUDES], text: 'unidad desconocida o temperatura negativa: error 400' },
  { base: [BMI], text: 'a negative weight or an unknown currency returns 400' },
  { base: [KURSE], text: 'Unbekannte Währung oder negatives Gewicht → 400' },
];

/**
 * Rows not yet read, each failing its own check; the set shrinks as the designer learns them (at the start: 6 of
 * 17; now 1).
 */
const NOT_YET_READ = new Set<string>([
  // "Convierte longitudes entre metros, pies, pulgadas y kilómetros" designs no conversion ("convierte" is not
  // read as a verb of converting beside three or more units): no computation to bind to. Reading it would design
  // the converter of the units as spelled ("metros", "pies"), which longitudes-rechazo-es probes with "km", "m".
  'unidad desconocida o cantidad negativa: error 400',
]);

describe('refusal-only features with several clauses, bound to one computation', () => {
  refusalTableTests({
    rows: ROWS,
    nearMisses: NEAR_MISSES,
    notYetRead: NOT_YET_READ,
    statuses: [400, 422],
    atLeast: { rows: 18, nearMisses: 6 },
  });
});
