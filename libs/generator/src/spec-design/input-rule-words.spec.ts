import { realisedNearMiss, refusalRowProblem, type RefusalRow } from './testing/refusal-rows';

/*
 * A second phrasing table of input rules stated as a key feature of their own (the first is
 * refusal-rules-phrasings.spec.ts), written in the words people use when they only say what is refused:
 * contractions ("isn't", "that's"), words of refusal beyond "refused" ("bad request", "client error", "not
 * accepted", "validation error", "invalid input", "no good"), a JSON error body after the status, "nothing
 * sent" as missing, "not one of those" as unknown, several clauses over several inputs in one sentence, and
 * inputs named by a word the computation's field does not use ("the speed" for `value`, "a unit" for from/to).
 * A row is read when the rule is realised on the endpoint the other features designed, with a 4xx worked
 * example (the status it writes, else 400), and the other features stay realised. Near misses are operations of
 * their own that speak of refusals or errors; they must stay unrealised.
 */

const SPEED = 'Convert speeds between km/h, mph and m/s';
const TEMP = 'Convert temperatures between Celsius, Fahrenheit and Kelvin';
const LENGTH = 'Convert lengths between metres, feet, inches and kilometres';
const WEIGHT = 'Convert weights between kilograms, pounds and ounces';
const SLUG = 'Turn a title into a URL slug';
const WORDS = 'Count the words in a text';
const DICE = 'Roll dice written in dice notation like 2d6+3';
const SPLIT = 'Split a restaurant bill with a tip percentage among several people and say what each one pays';
const ZONES = 'Convert a time from one time zone to another';
const BMI = 'Compute the body mass index from weight in kilograms and height in metres';
const ROMAN = 'Convert numbers to Roman numerals';
const LUHN = 'Check a credit card number with the Luhn algorithm';
const GUESTS = 'Register guests with a name, an email and an age';

const ROWS: RefusalRow[] = [
  // English: contractions, other words of refusal, JSON error bodies, "nothing sent", "not one of those"
  { base: [SPEED], text: "answer 400 when the speed isn't a number" },
  { base: [SPEED], text: 'a negative speed is a bad request' },
  { base: [WEIGHT], text: 'a zero or negative weight is a client error (400)' },
  { base: [LENGTH], text: "if the unit isn't one of those, that's a 400" },
  { base: [WORDS], text: "if the text is empty that's a bad request" },
  { base: [SLUG], text: 'nothing sent => 400' },
  { base: [SLUG], text: 'an empty title is not accepted' },
  { base: [TEMP], text: 'unknown units are a validation error' },
  { base: [TEMP], text: 'a unit that is not one of the listed units gives 400 {"error": string}' },
  { base: [ZONES], text: 'unknown zone or malformed time -> 400 {"error": string}' },
  { base: [DICE], text: "notation that doesn't parse is invalid input" },
  { base: [LENGTH], text: 'negative lengths and unknown units are an error' },
  { base: [SPLIT], text: 'zero people is no good, and a negative tip is nonsense too: both 400' },
  { base: [SPLIT], text: "a bill that isn't a number, or no bill sent, is a bad request" },
  { base: [BMI], text: "we don't accept a height of zero or less" },
  { base: [ROMAN], text: 'numbers above 3999 are a client error' },
  { base: [LUHN], text: 'an empty card number is invalid input' },
  { base: [GUESTS], text: 'no name sent is a bad request' },
  // German
  { base: [LENGTH], text: 'Negative Werte ablehnen' },
  { base: [SPEED], text: 'Ist die Geschwindigkeit keine Zahl, antwortet der Dienst mit 400' },
  { base: [TEMP], text: 'Eine Einheit, die nicht in der Liste steht, ist ein Fehler (400)' },
  { base: [WORDS], text: 'Leerer Text wird nicht akzeptiert' },
  { base: [SPLIT], text: 'Weniger als 1 Person oder ein negatives Trinkgeld: 400' },
  // Spanish
  { base: [WORDS], text: 'un texto vacío devuelve 400' },
  { base: [SPEED], text: 'Una velocidad negativa no se acepta' },
  { base: [TEMP], text: 'Si la unidad no es una de esas, error 400' },
  { base: [SLUG], text: 'Un título vacío es una petición incorrecta' },
  // French
  { base: [WEIGHT], text: 'refuser un poids négatif' },
  { base: [LENGTH], text: "Une unité inconnue n'est pas acceptée" },
  { base: [SPEED], text: "Si la vitesse n'est pas un nombre, on répond 400" },
  { base: [DICE], text: 'Une notation mal formée est une erreur' },
  // Italian, Portuguese
  { base: [WORDS], text: 'un testo vuoto va rifiutato' },
  { base: [LENGTH], text: 'valores negativos dão erro 400' },
  { base: [SPEED], text: 'Una velocità negativa non è accettata' },
  // Written after the first pass, as probes of generality: "without" words, verbs giving a status
  { base: [LENGTH], text: 'Werte, die keine Zahl sind, ergeben 400' },
  { base: [SLUG], text: 'une requête sans titre est refusée' },
  { base: [WORDS], text: 'eine Anfrage ohne Text ergibt 400' },
  { base: [SPEED], text: 'una petición sin velocidad da 400' },
  { base: [SPLIT], text: "we don't take a negative bill" },
  { base: [ZONES], text: 'unknown time zones are not accepted' },
  // 422 written for a bound of the split's input: the endpoint restates its validation's refusals with it
  { base: [SPLIT], text: 'a tip above 30 is answered with 422 {"error": string}' },
];

/** Operations of their own that speak of refusals or errors, or rules naming what the SPEC does not have. */
const NEAR_MISSES: RefusalRow[] = [
  { base: [WORDS], text: 'count the rejected orders' },
  { base: [GUESTS], text: 'list refused bookings' },
  { base: [WORDS], text: 'return an error rate' },
  { base: [WORDS], text: 'the maximum of a list' },
  { base: [SPEED], text: 'log every 400 response' },
  { base: [SPEED], text: 'a negative distance is a bad request' },
  { base: [SLUG], text: "a price that isn't a number is a client error" },
  { base: [SPLIT], text: 'a tip above 30 is answered with 409 {"error": string}' },
  { base: [WORDS], text: 'Zähle die abgelehnten Anfragen' },
  { base: [TEMP], text: 'muestra las peticiones incorrectas' },
  // two computations reading the same fields (value, from, to): one rule between them is not told apart
  { base: [SPEED, LENGTH], text: "a value that isn't a number is a bad request" },
  { base: [WORDS], text: 'eine Anfrage ohne Preis ergibt 400' },
  { base: [SLUG], text: 'une requête sans montant est refusée' },
];

/**
 * Rows not yet read, each failing its own check; the set shrinks as the designer learns them (at the start: 10
 * of 34 read; now 34, and the 6 rows written after).
 */
const NOT_YET_READ = new Set<string>([]);

describe('input rules in the words people use when they only say what is refused', () => {
  it('has at least 30 rows and 10 near misses', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(10);
  });

  for (const row of ROWS.filter((r) => !NOT_YET_READ.has(r.text))) {
    it(`reads ${JSON.stringify(row.text)} against its intent`, () => {
      expect(refusalRowProblem(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them from the list once read)', () => {
    const read = ROWS.filter((r) => NOT_YET_READ.has(r.text) && refusalRowProblem(r) === '');
    expect(read.map((r) => r.text)).toEqual([]);
  });

  for (const row of NEAR_MISSES) {
    it(`leaves ${JSON.stringify(row.text)} unrealised`, () => {
      expect(realisedNearMiss(row)).toBe(false);
    });
  }
});
