import { refusalTableTests, type RefusalRow } from './testing/refusal-rows';

/*
 * The phrasing table of refusals bound to the computation or store whose input they speak of: one feature states
 * a computation (a Luhn check, a Roman numeral, a length conversion) or a store (short links, books), another
 * only what it refuses — letters in a card number, numbers outside 1..3999, an unknown unit named by examples
 * ("z. B. parsec, elle"), a URL that is not http(s), a year in the future. A row is read when the refusal is
 * realised on the endpoints the other features designed, with a 4xx worked example (the status it writes, when
 * it writes one) and the other features still realised: either the computation already refuses that input, or
 * the check the feature states is added to the emitted code. Near misses name an input the service does not
 * have, a range the computation cannot honour, or a status it does not answer: they stay unrealised.
 */

const LUHN = 'tell me whether a card number passes the Luhn checksum';
const CARTAO =
  'Dizer se um número de cartão é válido pelo algoritmo de Luhn; espaços entre os blocos de dígitos são aceitos.';
const ROMANOS = 'Convertir un número entero entre 1 y 3999 a números romanos';
const ROMAN = 'Convert numbers to Roman numerals';
const QUERY_LENGTH =
  'GET /measure/length?qty=<number>&src=<unit>&dst=<unit> -> {"qty": number, "unit": "<dst>"}; units m, km, ft, yd and mi, rounded to 2 decimals';
const LAENGE =
  'POST /umrechnen/laenge {"wert": Zahl, "von": Einheit, "nach": Einheit} -> {"wert": Zahl}; Einheiten m, km, ft, mi';
const LONGITUDES = 'Convierte longitudes entre metros, pies, pulgadas y kilómetros';
const LENGTH = 'Convert lengths between metres, feet, inches and kilometres';
const SHORTEN = 'shorten a long URL and hand back a short code';
const REDIRECT = 'opening the short code redirects to the original URL';
const BOOKS = 'add a book with title, author and publication year';

const ROWS: RefusalRow[] = [
  // a card number with letters: the Luhn check refuses it already
  { base: [LUHN], text: 'anything with letters in it is bad input and should be rejected' },
  { base: [LUHN], text: 'Eine Kartennummer mit Buchstaben wird abgelehnt' },
  { base: [LUHN], text: 'Un número de tarjeta con letras se rechaza' },
  { base: [LUHN], text: 'Un numéro de carte contenant des lettres est refusé' },
  { base: [LUHN], text: 'Un numero di carta con lettere va rifiutato' },
  // a digit count the check does not bound of its own: the bound is added to the emitted code
  {
    base: [CARTAO],
    text: 'Se vier algo que não seja só dígitos e espaços, ou com menos de 12 ou mais de 19 dígitos, responder 400.',
  },
  { base: [LUHN], text: 'card numbers with fewer than 12 or more than 19 digits are rejected' },
  // a range the conversion refuses already
  { base: [ROMANOS], text: 'Rechazar los números fuera del rango de 1 a 3999' },
  { base: [ROMAN], text: 'numbers outside 1 to 3999 are rejected' },
  { base: [ROMAN], text: 'Zahlen außerhalb von 1 bis 3999 werden abgelehnt' },
  { base: [ROMAN], text: "Numeri fuori dall'intervallo da 1 a 3999 vanno rifiutati" },
  // unknown units (named by examples) and negative values of a length conversion
  {
    base: [QUERY_LENGTH],
    text: 'A missing or non-numeric qty, a negative qty or an unknown unit answers 400',
  },
  { base: [LAENGE], text: 'Jede andere Einheit (z. B. parsec, elle, furlong) und ein negativer Wert -> 400' },
  { base: [LONGITUDES], text: 'Si la unidad no es una de esas, error 400' },
  { base: [LENGTH], text: 'any other unit (e.g. parsec or furlong) is rejected with 400' },
  { base: [LENGTH], text: 'Toute autre unité (par exemple la lieue) est refusée' },
  // a URL that is not http or https
  { base: [SHORTEN, REDIRECT], text: 'reject anything that is not an http or https URL' },
  {
    base: [SHORTEN, REDIRECT],
    text: 'Nur http- und https-Adressen werden angenommen, alles andere wird abgelehnt',
  },
  { base: [SHORTEN, REDIRECT], text: 'Una URL que no sea http o https se rechaza' },
  // a year bounded by today
  { base: [BOOKS], text: "the year can't be in the future and the title is required" },
  { base: [BOOKS], text: 'a publication year in the future is rejected' },
  { base: [BOOKS], text: 'Ein Erscheinungsjahr in der Zukunft wird abgelehnt' },
  { base: [BOOKS], text: "L'année de publication ne peut pas être dans le futur" },
  { base: [BOOKS], text: 'O ano de publicação no futuro é recusado' },
  // 422 written for a refusal of the check's validation: the endpoint restates its refusals with it
  { base: [LUHN], text: 'a card number with letters is answered with 422' },
];

/** Inputs the service does not have, a range the computation cannot honour, a status it does not answer. */
const NEAR_MISSES: RefusalRow[] = [
  { base: [LUHN], text: 'letters in the name on the card are rejected' },
  { base: [ROMAN], text: 'numbers outside 1 to 5000 are rejected' },
  { base: [QUERY_LENGTH], text: 'an unknown currency answers 400' },
  { base: [BOOKS], text: "the price can't be in the future" },
  // a status no refusal of a computation answers (422 is: the endpoint restates its validation with it)
  { base: [LUHN], text: 'a card number with letters is answered with 409' },
  { base: [SHORTEN, REDIRECT], text: 'reject anything that is not an ftp URL' },
];

/**
 * Rows not yet read, each failing its own check; the set shrinks as the designer learns them (at the start: 19
 * of 24; now 2).
 */
const NOT_YET_READ = new Set<string>([
  // "una de esas" beside a conversion that lists its units in words: the conversion is not designed beside it
  'Si la unidad no es una de esas, error 400',
  // "only http and https, everything else" reads as two unknown values, not a malformed URL
  'Nur http- und https-Adressen werden angenommen, alles andere wird abgelehnt',
]);

describe('refusals bound to the computation or store whose input they speak of', () => {
  refusalTableTests({
    rows: ROWS,
    nearMisses: NEAR_MISSES,
    notYetRead: NOT_YET_READ,
    statuses: [400],
    atLeast: { rows: 20, nearMisses: 5 },
  });
});
