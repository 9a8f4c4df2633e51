import { refusalTableTests, type RefusalRow } from './testing/refusal-rows';

/*
 * Refusal-only features that still bound to nothing after the several-clause rounds (table first; rounds 1–4 are
 * refusal-binding-phrasings*.spec.ts, refusal-combos-phrasings.spec.ts, refusal-only-phrasings*.spec.ts): a
 * subject that names no input in particular ("speeds", "amounts of any currency", "a reading") beside a
 * computation whose one number it can only mean; a computation's one input refused as empty or with letters;
 * membership of a table ("not in the rate table", "besides those four"); a domain bound said in words ("only 1
 * through 3999", "a digit the source base does not have", "under 12 or over 19 digits" with no subject); a
 * status other than 400 the computation does not answer (near misses). en/de/es/fr/it/pt. A row is read when
 * every clause is realised on an endpoint the other features designed, with a 4xx worked example (the status it
 * writes, else 400/422), the other features still realised. A near miss has a clause naming what the service does
 * not have, a range the computation cannot honour or a status it does not answer: it stays unrealised (never a
 * clause dropped).
 */

const TEMP = 'Convert temperatures between Celsius, Fahrenheit and Kelvin';
const GREENHOUSE =
  'Convert the temperature readings of our greenhouse sensors between Celsius and Fahrenheit';
const SPEED = 'Convert speeds between km/h, mph and m/s';
const GESCHW = 'Geschwindigkeiten zwischen km/h, mph und m/s umrechnen';
const VELOC = 'Convertir velocidades entre km/h, mph y m/s';
const MASS = 'Convert weights between grams, ounces and pounds';
const LENGTH = 'Convert lengths between metres, feet, inches and kilometres';
const LUNGH = 'Convertire lunghezze tra metri, piedi, pollici e chilometri';
const LUHN = 'tell me whether a card number passes the Luhn checksum';
const LUHN_DE = 'Prüfen, ob eine Kartennummer die Luhn-Prüfsumme besteht';
const LUHN_FR = "Vérifier un numéro de carte bancaire avec l'algorithme de Luhn";
const BMI = 'Compute the body mass index from weight in kilograms and height in metres';
const RATES = 'Convert amounts between EUR, USD and GBP with fixed rates: 1 EUR = 1.10 USD, 1 EUR = 0.85 GBP';
const KURSE = 'Beträge zwischen EUR, USD und GBP umrechnen, feste Kurse: 1 EUR = 1,10 USD, 1 EUR = 0,85 GBP';
const TASAS = 'Convertir importes entre EUR, USD y GBP con tasas fijas: 1 EUR = 1,10 USD, 1 EUR = 0,85 GBP';
const TAXAS = 'Converter valores entre EUR, USD e GBP com taxas fixas: 1 EUR = 1,10 USD, 1 EUR = 0,85 GBP';
const ROMAN = 'Convert numbers to Roman numerals';
const ROEMISCH = 'Ganze Zahlen in römische Zahlen umwandeln';
const ROMANOS = 'Convertir un número entero a números romanos';
const BASES = 'Convert a number written in one base into another base, bases 2 to 36';
const BASES_FR = 'Convertir un nombre écrit dans une base vers une autre base, de 2 à 36';
const MONEY = 'Format an amount of money in a given currency for a given locale';
const PARTS = 'Store spare parts with a name, a stock count and a minimum stock; list them';

const ROWS: RefusalRow[] = [
  // a subject naming no input in particular: the one number the computation reads
  { base: [SPEED], text: 'a speed below zero means nothing, reject it' },
  { base: [GESCHW], text: 'Negative Geschwindigkeiten sind sinnlos und werden abgelehnt' },
  { base: [VELOC], text: 'Una velocidad negativa no tiene sentido: se rechaza' },
  { base: [RATES], text: 'negative amounts of any currency make no sense and are refused' },
  { base: [MASS], text: 'nothing weighs less than zero, so negative weights are an error' },
  { base: [GREENHOUSE], text: 'a reading that is not numeric gets refused' },
  // several stored fields named by one subject
  { base: [PARTS], text: 'stock counts and minimum stock levels can never be below zero' },
  // "empty", "with letters", "missing", "zero" of the computation's inputs
  { base: [LUHN], text: 'an empty card number, or one with letters in it, is refused' },
  { base: [LUHN_DE], text: 'Eine leere Nummer oder eine mit Buchstaben wird abgelehnt' },
  { base: [LUHN_FR], text: 'Un numéro vide ou qui contient des lettres renvoie une erreur 400' },
  { base: [BMI], text: 'a height or a weight that is missing, zero or below zero is a client error' },
  { base: [BMI], text: 'Peso o altezza mancanti, pari a zero o negativi vengono rifiutati' },
  // membership of a table or of the units listed
  {
    base: [RATES],
    text: 'a currency code that is not in the rate table, or an amount below zero, is refused',
  },
  {
    base: [KURSE],
    text: 'Eine Währung, die nicht in der Kurstabelle steht, oder ein negativer Betrag ergibt 400',
  },
  { base: [TASAS], text: 'Una divisa que no figure en la tabla o un importe negativo devuelve 400' },
  { base: [RATES], text: 'currencies missing from the table are refused, and so are negative amounts' },
  { base: [TAXAS], text: 'Moedas que não estão na tabela são recusadas' },
  { base: [LENGTH], text: 'any unit besides those four is an error' },
  { base: [LUNGH], text: 'Unità diverse da queste quattro sono un errore' },
  // domain bounds said in words
  { base: [ROMAN], text: 'Roman numerals only exist for 1 through 3999; other numbers are refused' },
  { base: [ROEMISCH], text: 'Nur 1 bis 3999 lässt sich römisch schreiben, alles andere wird abgelehnt' },
  { base: [ROMAN], text: 'n equal to 0, below zero, over 3999 or with a fraction -> 400' },
  { base: [ROMANOS], text: 'Un número igual a 0, negativo, mayor que 3999 o con decimales devuelve 400' },
  { base: [BASES], text: 'a digit that the source base does not have (such as 8 in base 8) answers 400' },
  { base: [BASES_FR], text: "Un chiffre qui n'existe pas dans la base de départ est refusé avec 400" },
  { base: [LUHN], text: 'under 12 or over 19 digits gives 400' },
  {
    base: [MONEY],
    text: 'a currency code that is not 3 letters long, an amount that is not numeric or no locale at all -> 400',
  },
  // 422 written for the converter's validation: the endpoint restates its refusals with it
  { base: [LENGTH], text: 'any unit besides those four returns 422' },
];

/** A clause naming what the service lacks, a range the computation cannot honour, a status it does not answer. */
const NEAR_MISSES: RefusalRow[] = [
  { base: [TEMP], text: 'a price that is not numeric gets refused' },
  { base: [SPEED], text: 'a negative temperature means nothing, reject it' },
  { base: [RATES], text: 'a currency that is not in the rate table or a negative weight is refused' },
  { base: [ROMAN], text: 'Roman numerals only exist for 1 through 5000; other numbers are refused' },
  { base: [LENGTH], text: 'any unit besides those four returns 409' },
  { base: [LUHN], text: 'under 12 or over 19 digits gives 422' },
  { base: [PARTS], text: 'stock counts and prices can never be below zero' },
  { base: [MONEY], text: 'a currency code that is not 3 letters long or a negative tip -> 400' },
];

/**
 * Rows not yet read, each failing its own check; the set shrinks as the designer learns them (at the start: 17 of
 * 27; now 2).
 */
const NOT_YET_READ = new Set<string>([
  // "can never be below zero" has no word of refusal: a record rule of the stock moves, claimed by the adjustment
  // endpoint it designs rather than by the store's two fields
  'stock counts and minimum stock levels can never be below zero',
  // "not 3 letters long" is no kind the input rules read (a currency code's form), nor "no locale at all"
  'a currency code that is not 3 letters long, an amount that is not numeric or no locale at all -> 400',
]);

/**
 * Near misses the gate still counts realised (at the start: 1 of 8; now none: a floor naming prices beside a store
 * without one is refused by stock-fidelity.ts).
 */
const STILL_REALISED = new Set<string>();

describe('refusal-only features that bound to nothing: generic subjects, tables, bounds in words', () => {
  refusalTableTests({
    rows: ROWS,
    nearMisses: NEAR_MISSES,
    notYetRead: NOT_YET_READ,
    stillRealised: STILL_REALISED,
    statuses: [400, 422],
    atLeast: { rows: 27, nearMisses: 8 },
  });
});
