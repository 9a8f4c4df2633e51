import { refusalTableTests, type RefusalRow } from './testing/refusal-rows';

/*
 * Round 5 of the refusals bound to the computation or record whose input they speak of (table first): a key
 * feature that is only a refusal clause about an input the service already reads from its other features —
 * presence, emptiness, sign, wholeness, "not a number", an unknown unit or currency, several kinds in one
 * sentence — in en/de/es/fr/it/pt, one-line and written as users do. A row is read when the refusal is realised
 * on an endpoint the other features designed, with a 400 worked example, the other features still realised.
 * Near misses name an input no endpoint reads, or a status the computation does not answer: they stay unrealised.
 */

const WORDS_EN = 'Count the words and characters of a text';
const WORDS_DE = 'Wörter und Zeichen eines Textes zählen';
const WORDS_IT = 'Contare le parole e i caratteri di un testo';
const SLUG_FR = 'Transformer un titre en slug pour une URL (minuscules, tirets, sans accents)';
const PRIMES = 'Split a number into its prime factors';
const RECIPE =
  'Scale a recipe: given the ingredient quantities and a number of servings, return the quantities for the new servings';
const CAMBIO_PT = 'Converter um valor entre reais, dólares e euros com taxas fixas';
const VOLUME_IT = 'Convertire volumi tra litri, millilitri, tazze e cucchiai';
const KUNDEN = 'Kunden mit Name und Jahresumsatz speichern und auflisten';
const PROPINA =
  'Calcular la propina y cuánto paga cada persona a partir del total, el porcentaje y el número de personas';
const BASES_ES = 'Convertir un número decimal a binario y hexadecimal';
const KITCHEN = 'Convert kitchen amounts between cups, tablespoons, teaspoons and millilitres';
const PANTRY =
  'Keep pantry items with a name, a count and a minimum; list the items whose count is below their minimum';
const MWST = 'Aus einem Nettobetrag und einem Steuersatz die Mehrwertsteuer und den Bruttobetrag berechnen';
const TVA = "Calculer la TVA et le prix TTC à partir d'un prix HT et d'un taux";
const DADI = 'Lanciare N dadi da F facce e restituire i risultati e la somma';
const PALINDROMO = 'Decir si un texto es un palíndromo, ignorando espacios y acentos';
const PACE = 'Compute the running pace per kilometre from a distance in kilometres and a time in minutes';
const ROMANOS = 'Converter números inteiros em algarismos romanos';
const NOTES = 'Store notes with a title and a body; list them';

const ROWS: RefusalRow[] = [
  // emptiness of a text the computation reads
  { base: [WORDS_EN], text: 'empty text => 400' },
  { base: [WORDS_EN], text: 'empty text is an error' },
  { base: [WORDS_DE], text: 'Leere Texte werden abgelehnt' },
  { base: [WORDS_IT], text: 'un testo vuoto va rifiutato' },
  { base: [SLUG_FR], text: 'un titre vide est refusé' },
  // wholeness and bounds of a number
  { base: [PRIMES], text: 'numbers below 2 and numbers that are not whole get a clear error' },
  { base: [RECIPE], text: 'servings has to be a whole number, at least 1' },
  // "not a number" / malformed
  { base: [BASES_ES], text: 'si el número trae letras u otros caracteres raros, devolver un error 400' },
  // unknown code and sign, several kinds in one sentence
  { base: [CAMBIO_PT], text: 'moeda desconhecida ou valor negativo tem que dar erro' },
  { base: [VOLUME_IT], text: 'valori negativi o unità sconosciute danno 400' },
  // a record's fields
  { base: [KUNDEN], text: 'ein Kunde ohne Namen oder mit negativem Umsatz wird abgelehnt' },
  // several inputs of a computation
  { base: [PROPINA], text: 'si somos cero personas o el total es negativo, que devuelva un error' },
  // several kinds about a conversion's inputs, as users write them
  {
    base: [KITCHEN],
    text: 'a negative or missing value, or a unit outside that list, returns 400 {"error": string}',
  },
  { base: [PANTRY], text: 'counts and minimums can never be negative' },
  { base: [MWST], text: 'Fehlt der Betrag oder ist er negativ, kommt 400 zurück' },
  { base: [TVA], text: 'Un montant négatif ou manquant est refusé' },
  { base: [MWST], text: 'Ein negativer oder fehlender Betrag wird abgelehnt' },
  { base: [TVA], text: 'Un montant manquant est refusé' },
  { base: [DADI], text: 'se il numero di dadi non è intero o è minore di 1, errore 400' },
  { base: [PALINDROMO], text: 'Si falta el texto, error 400' },
  { base: [PACE], text: 'the distance and the time must be positive numbers, else 400' },
  { base: [ROMANOS], text: 'números menores que 1 ou maiores que 3999 dão erro' },
  { base: [NOTES], text: "titles can't be blank" },
  { base: [WORDS_EN], text: 'the text must not be empty or only spaces' },
];

/** An input no endpoint reads, or a status the computation does not answer. */
const NEAR_MISSES: RefusalRow[] = [
  { base: [WORDS_EN], text: 'an empty password is an error' },
  { base: [PRIMES], text: 'texts that are not whole get a clear error' },
  { base: [CAMBIO_PT], text: 'peso desconhecido tem que dar erro 418' },
  { base: [KUNDEN], text: 'ein Produkt ohne Preis wird abgelehnt' },
  { base: [WORDS_DE], text: 'Leere Bilder werden abgelehnt' },
];

/** Rows not yet read, each failing its own check; the set shrinks as the designer learns them (at the start: 9 of 22; now 8 of 24). */
const NOT_YET_READ = new Set<string>([
  'servings has to be a whole number, at least 1',
  'moeda desconhecida ou valor negativo tem que dar erro',
  'si somos cero personas o el total es negativo, que devuelva un error',
  'counts and minimums can never be negative',
  'Fehlt der Betrag oder ist er negativ, kommt 400 zurück',
  'se il numero di dadi non è intero o è minore di 1, errore 400',
  "titles can't be blank",
  'the text must not be empty or only spaces',
]);

describe('refusals of the inputs a computation or record already reads (round 5)', () => {
  refusalTableTests({
    rows: ROWS,
    nearMisses: NEAR_MISSES,
    notYetRead: NOT_YET_READ,
    statuses: [400],
    atLeast: { rows: 24, nearMisses: 5 },
  });
});
