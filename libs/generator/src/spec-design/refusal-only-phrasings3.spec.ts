import { realisedNearMiss, refusalRowProblem, type RefusalRow } from './testing/refusal-rows';

/*
 * Round 3 of the refusal-only features (table first): the phrasings that still fell through after round 2 (see
 * refusal-only-phrasings.spec.ts). A refusal said in a sentence of its own after the feature's rule ("The price
 * must not be negative. A negative price returns 400."), "returns 400 if …" before the value, "otherwise 400",
 * a refused input named by its unit ("kilograms") or a synonym, integers only, a record's end before its start;
 * conflicts stated as their own feature (a second overlapping booking of a room, a code already taken, signing
 * up twice → 409) attached to the store rule that already refuses them; a wrong or missing signature (401)
 * attached to the webhook receiver that checks it; an unknown id (404) attached to the store's look-up. Six
 * languages, computations, record stores and webhooks. A row is read when the refusal is realised on an
 * endpoint the other features designed, with a 4xx worked example of the status it writes (400/422 when it
 * writes none), the other features still realised. Near misses name what the intent does not have: they stay
 * unrealised.
 */

const BMI = 'Compute the body mass index from weight in kilograms and height in metres';
const TEMP = 'Convert temperatures between Celsius, Fahrenheit and Kelvin';
const SPLIT = 'Split a restaurant bill with a tip percentage among several people and say what each one pays';
const LENGTH = 'Convert lengths between metres, feet, inches and kilometres';
const RATES = 'Convert amounts between EUR, USD and GBP with fixed rates: 1 EUR = 1.10 USD, 1 EUR = 0.85 GBP';
const WORDS = 'Count the words in a text';
const PRODUCTS = 'Store products with a name and a price: add, list, update and delete them';
const BOOKS = 'Store books with a title, an author and a year; list them and delete them';
const GUESTS = 'Register guests with a name, an email and an age';
const TASKS = 'A to-do list: add tasks with a title, mark them done, list them';
const PRODOTTI = 'Registrare prodotti con un nome e un prezzo; elencarli ed eliminarli';
const LIVROS = 'Cadastrar livros com título, autor e ano; listar e apagar';
const PRODUCTOS = 'Guardar productos con un nombre y un precio; listarlos y borrarlos';
const ROOMS = 'Book a room with a start and an end; list the bookings of a room';
const OVERLAP = 'Two bookings of the same room must not overlap';
const RAUM = 'Eine Buchung für einen Raum mit Beginn und Ende anlegen';
const RAUM_RULE = 'Buchungen desselben Raums dürfen sich nicht überschneiden';
const SKUS = 'Store items with an SKU, a name and a stock count; list them';
const SKU_RULE = 'Each SKU is unique';
const SIGNUP = 'Sign up users with a username and an email';
const SIGNUP_RULE = 'Usernames are unique';
const KENNZ = 'Fahrzeuge mit Kennzeichen und Halter anlegen und auflisten';
const KENNZ_RULE = 'Kennzeichen dürfen nicht doppelt vorkommen';
const WEBHOOK =
  'Receive webhooks signed with an HMAC-SHA256 of the raw body in the X-Signature header, secret "whsec_r3"';
const EVENTS = 'List the received events and get one by id';
const WEBHOOK_DE =
  'Webhooks empfangen: die HMAC-SHA256-Signatur des Rohkörpers steht im Header X-Shop-Signature, Secret "whsec_de"';

const ROWS: RefusalRow[] = [
  // English, computations: a sentence of its own, "returns 400 if", "otherwise", a unit or synonym, integers
  { base: [BMI], text: 'The weight has to be positive. A weight of zero or less returns 400.' },
  { base: [SPLIT], text: 'returns 400 if the number of people is zero' },
  { base: [TEMP], text: 'a temperature given as text → 400' },
  { base: [RATES], text: 'only EUR, USD and GBP are accepted; anything else returns 400' },
  { base: [BMI], text: 'a negative number of kilograms is rejected' },
  { base: [LENGTH], text: 'a length below zero is answered with 400' },
  { base: [WORDS], text: 'Sending no text at all returns 400' },
  { base: [SPLIT], text: 'the number of people must be a whole number, otherwise 400' },
  // English, record stores
  { base: [PRODUCTS], text: 'The price must not be negative. A negative price returns 400.' },
  { base: [GUESTS], text: 'guests younger than 18 are refused' },
  { base: [BOOKS], text: 'a year written in letters returns 400' },
  { base: [PRODUCTS], text: 'a product without a price returns 400' },
  // conflicts, signatures, unknown ids
  { base: [ROOMS, OVERLAP], text: 'a second booking of the same room that overlaps returns 409' },
  { base: [SKUS, SKU_RULE], text: 'an SKU that is already taken → 409' },
  { base: [SIGNUP, SIGNUP_RULE], text: 'you cannot sign up twice with the same username (409)' },
  { base: [WEBHOOK, EVENTS], text: 'a wrong or missing signature returns 401' },
  { base: [PRODUCTS], text: 'an unknown product id returns 404' },
  // German
  { base: [GUESTS], text: 'Das Alter darf nicht negativ sein, sonst 400' },
  { base: [RAUM, RAUM_RULE], text: 'Eine überschneidende Buchung wird mit 409 abgelehnt' },
  { base: [KENNZ, KENNZ_RULE], text: 'Ein bereits vergebenes Kennzeichen ergibt 409' },
  { base: [WEBHOOK_DE], text: 'Ereignisse ohne gültige Signatur werden mit 401 abgelehnt' },
  // Spanish
  { base: [PRODUCTOS], text: 'Un producto con precio negativo devuelve 400' },
  { base: [SPLIT], text: 'Devuelve 400 si la propina es negativa' },
  // French
  { base: [BOOKS], text: 'Un livre sans auteur renvoie une erreur 400' },
  { base: [TEMP], text: 'Une température écrite en lettres renvoie une erreur' },
  // Italian
  { base: [PRODOTTI], text: 'Se il prezzo è negativo, la richiesta viene rifiutata con 400' },
  { base: [TASKS], text: 'Un id sconosciuto restituisce 404' },
  // Portuguese
  { base: [LIVROS], text: 'O ano precisa ser um número; caso contrário, 400' },
  { base: [RATES], text: 'Uma moeda desconhecida devolve 400' },
];

/** Refusals naming what the intent lacks: a signature without a webhook, an overlap without bookings. */
const NEAR_MISSES: RefusalRow[] = [
  { base: [PRODUCTS], text: 'a wrong or missing signature returns 401' },
  { base: [PRODUCTS], text: 'a booking that overlaps returns 409' },
  { base: [BMI], text: 'an unknown id returns 404' },
  { base: [BOOKS], text: 'the end must not be before the start (400)' },
  { base: [SPLIT], text: 'returns 400 if the price is negative' },
  { base: [WEBHOOK, EVENTS], text: 'a negative price returns 400' },
  { base: [GUESTS], text: 'a product without a price returns 400' },
  { base: [TEMP], text: 'an SKU that is already taken → 409' },
];

/** Rows not yet read, each failing its own check (at the start: 15 of 29). */
const NOT_YET_READ = new Set<string>([
  'a temperature given as text → 400',
  'only EUR, USD and GBP are accepted; anything else returns 400',
  'Sending no text at all returns 400',
  'the number of people must be a whole number, otherwise 400',
  'guests younger than 18 are refused',
  'a second booking of the same room that overlaps returns 409',
  'you cannot sign up twice with the same username (409)',
  'a wrong or missing signature returns 401',
  'an unknown product id returns 404',
  'Eine überschneidende Buchung wird mit 409 abgelehnt',
  'Ein bereits vergebenes Kennzeichen ergibt 409',
  'Ereignisse ohne gültige Signatur werden mit 401 abgelehnt',
  'Un id sconosciuto restituisce 404',
  'O ano precisa ser um número; caso contrário, 400',
  'Uma moeda desconhecida devolve 400',
]);

/** Near misses the gate still counts realised. */
const STILL_REALISED = new Set<string>([]);

describe('refusal-only features, round 3: separate sentences, conflicts, signatures, unknown ids', () => {
  it('has at least 25 rows and 6 near misses', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(25);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(6);
  });

  for (const row of ROWS.filter((r) => !NOT_YET_READ.has(r.text))) {
    it(`reads ${JSON.stringify(row.text)} against its intent`, () => {
      expect(refusalRowProblem(row, [400, 422])).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them from the list once read)', () => {
    const read = ROWS.filter((r) => NOT_YET_READ.has(r.text) && refusalRowProblem(r, [400, 422]) === '');
    expect(read.map((r) => r.text)).toEqual([]);
  });

  for (const row of NEAR_MISSES.filter((r) => !STILL_REALISED.has(r.text))) {
    it(`leaves ${JSON.stringify(row.text)} unrealised`, () => {
      expect(realisedNearMiss(row)).toBe(false);
    });
  }

  it('still realises the near misses marked so (remove them from the list once refused)', () => {
    const refused = NEAR_MISSES.filter((r) => STILL_REALISED.has(r.text) && !realisedNearMiss(r));
    expect(refused.map((r) => r.text)).toEqual([]);
  });
});
