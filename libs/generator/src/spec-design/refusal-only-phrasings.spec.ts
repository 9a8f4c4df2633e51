import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from './spec-designer';
import { refusalTableTests, type RefusalRow } from './testing/refusal-rows';

/*
 * The phrasing table of refusal-only features as users write them beside a computation or a record store: generic
 * words for the refused value ("anything", "input", "otherwise", "never accepted"), several kinds in one sentence
 * ("a negative amount or a missing currency"), letters or other characters instead of a number, text made of
 * spaces only, and rules on the fields of a record store ("negative prices are rejected", "a book without a
 * title is refused") in six languages. A row is read when the refusal is realised on an endpoint the other
 * features designed, with a 4xx worked example (the status it writes, when it writes one), the other features
 * still realised. Near misses name what the intent does not have (or a text where a number is meant): they stay
 * unrealised.
 */

const BMI = 'Compute the body mass index from weight in kilograms and height in metres';
const IMC = 'Calcula el IMC a partir del peso en kilos y la altura en metros';
const TEMP = 'Convert temperatures between Celsius, Fahrenheit and Kelvin';
const SPLIT = 'Split a restaurant bill with a tip percentage among several people and say what each one pays';
const LENGTH = 'Convert lengths between metres, feet, inches and kilometres';
const RATE = 'Convert an amount between currencies with a fixed rate table: 1 EUR = 1.10 USD';
const RATES = 'Convert amounts between EUR, USD and GBP with fixed rates: 1 EUR = 1.10 USD, 1 EUR = 0.85 GBP';
const WORDS = 'Count the words in a text';
const DICE = 'Roll dice written in dice notation like 2d6+3';
const ZONES = 'Convert a time from one time zone to another';
const ORDER = 'Compute an order total from lines of quantity and unit price, with a tax rate';
const PRODUCTS = 'Store products with a name and a price: add, list, update and delete them';
const BOOKS = 'Store books with a title, an author and a year; list them and delete them';
const TASKS = 'A to-do list: add tasks with a title, mark them done, list them';
const GUESTS = 'Register guests with a name, an email and an age';
const PRODOTTI = 'Registrare prodotti con un nome e un prezzo; elencarli ed eliminarli';
const LIVROS = 'Cadastrar livros com título, autor e ano; listar e apagar';

const ROWS: RefusalRow[] = [
  // English: computations, generic words, several kinds, letters
  { base: [BMI], text: 'anything that is not a number is rejected' },
  { base: [TEMP], text: 'letters or other characters instead of a temperature -> 400' },
  { base: [SPLIT], text: 'a negative bill or a missing number of people returns 400' },
  { base: [RATES], text: 'a negative amount or a missing currency returns 400' },
  { base: [WORDS], text: 'a text of spaces only is an error' },
  { base: [LENGTH], text: 'negative lengths are never accepted' },
  { base: [ZONES], text: 'a time zone we do not know is rejected' },
  { base: [DICE], text: 'malformed dice notation is rejected' },
  { base: [ORDER], text: 'an order without lines is refused, and so is a negative quantity' },
  { base: [TEMP], text: 'input that is not a number is rejected, otherwise convert it' },
  { base: [SPLIT], text: 'zero people or a negative tip is an error' },
  // English: record stores
  { base: [PRODUCTS], text: 'negative prices are rejected' },
  { base: [BOOKS], text: 'a book without a title is refused' },
  { base: [TASKS], text: 'an empty title is rejected' },
  { base: [GUESTS], text: 'an age that is not a number is refused' },
  { base: [PRODUCTS], text: 'a product with an empty name or a negative price gets a 400' },
  // German
  { base: [RATES], text: 'Ein negativer Betrag oder eine unbekannte Währung wird abgelehnt' },
  { base: [TEMP], text: 'Unbekannte Werte werden abgelehnt' },
  { base: [WORDS], text: 'Ein Text nur aus Leerzeichen wird abgelehnt' },
  { base: [PRODUCTS], text: 'Produkte mit negativem Preis werden abgelehnt' },
  // Spanish
  { base: [IMC], text: 'Si el peso no es un número, se rechaza' },
  { base: [BOOKS], text: 'Un libro sin título se rechaza' },
  { base: [SPLIT], text: 'Una cuenta con letras o negativa se rechaza con 400' },
  // French
  { base: [TEMP], text: 'Une valeur qui contient des lettres est refusée' },
  { base: [PRODUCTS], text: 'Les prix négatifs sont refusés' },
  { base: [GUESTS], text: 'Un invité sans nom est refusé' },
  // Italian
  { base: [WORDS], text: 'Un testo vuoto viene rifiutato' },
  { base: [PRODOTTI], text: 'Prezzi negativi vengono rifiutati' },
  // Portuguese
  { base: [RATES], text: 'Um valor negativo é rejeitado' },
  { base: [LIVROS], text: 'Livros sem título são rejeitados' },
  // said of two computations: each refuses letters in its number inputs, so each takes it
  { base: [BMI, LENGTH], text: 'anything that is not a number is rejected' },
];

/** Refusals naming what the intent lacks, a text where a number is meant, or two things: never a guess. */
const NEAR_MISSES: RefusalRow[] = [
  { base: [BMI], text: 'negative prices are rejected' },
  { base: [BOOKS], text: 'negative prices are rejected' },
  { base: [PRODUCTS], text: 'an unknown currency is refused' },
  { base: [WORDS], text: 'a negative amount is rejected' },
  { base: [TEMP], text: 'an empty title is rejected' },
  { base: [GUESTS, PRODUCTS], text: 'an empty name is rejected' },
  { base: [TASKS], text: 'Aufgaben mit negativem Preis werden abgelehnt' },
  { base: [GUESTS], text: 'un precio negativo se rechaza' },
  { base: [DICE], text: 'a negative weight is refused' },
  // a single EUR -> USD conversion takes no currency: a request without one is answered, not refused
  { base: [RATE], text: 'a negative amount or a missing currency returns 400' },
  { base: [RATE], text: 'Ein negativer Betrag oder eine unbekannte Währung wird abgelehnt' },
];

/**
 * Rows not yet read, each failing its own check; the set shrinks as the designer learns them (at the start: 14
 * of 30; now 1).
 */
const NOT_YET_READ = new Set<string>([
  // a bound on a field of a list's items (order lines) is not yet put by an input rule
  'an order without lines is refused, and so is a negative quantity',
]);

/** Near misses the gate still counts realised (at the start: 2, a currency the conversion has no input for). */
const STILL_REALISED = new Set<string>([]);

describe('refusal-only features in everyday words, beside computations and record stores', () => {
  refusalTableTests({
    rows: ROWS,
    nearMisses: NEAR_MISSES,
    notYetRead: NOT_YET_READ,
    stillRealised: STILL_REALISED,
    statuses: [400, 422],
    atLeast: { rows: 25, nearMisses: 8 },
  });
});

describe('the gate on refusal-only features in everyday words', () => {
  /** The verdict on `refusal` once the worked examples sending `sent` are taken out of the designed contract. */
  function withoutExamplesSending(base: string, refusal: string, sent: unknown): boolean {
    const { contract } = designSpec(intentOf({ service_name: 'gate', key_features: [base, refusal] }));
    expect(featureFidelity(contract, [refusal, base])[0].realised).toBe(true);
    contract.acceptance = contract.acceptance.filter(
      (c) => !c.steps.some((s) => Object.values(s.request.body ?? {}).includes(sent)),
    );
    return featureFidelity(contract, [refusal, base])[0].realised;
  }

  it('refuses a rule naming no input ("anything that is not a number") without an example sending letters', () => {
    expect(withoutExamplesSending(BMI, 'anything that is not a number is rejected', 'abc')).toBe(false);
  });

  it('refuses an empty record field the contract no longer shows refused', () => {
    expect(withoutExamplesSending(TASKS, 'an empty title is rejected', '')).toBe(false);
  });

  it('refuses letters for a record number the contract no longer shows refused', () => {
    expect(withoutExamplesSending(GUESTS, 'an age that is not a number is refused', 'abc')).toBe(false);
  });

  it('refuses an empty record field the record allows', () => {
    const refusal = 'an empty title is rejected';
    const { contract } = designSpec(intentOf({ service_name: 'gate', key_features: [TASKS, refusal] }));
    const title = contract.resources.flatMap((r) => r.fields).find((f) => f.name === 'title');
    if (title) title.allow_empty = true;
    expect(featureFidelity(contract, [refusal, TASKS])[0].realised).toBe(false);
  });
});
