import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { designSpec } from './spec-designer';
import { refusalTableTests, type RefusalRow } from './testing/refusal-rows';

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
// Stores with a look-up by id, where an unknown id is answered 404.
const PRODUCTS_BY_ID = 'Store products with a name and a price; list them and look one up by id';
const PRODOTTI_BY_ID = [
  'Registrare prodotti con un nome e un prezzo',
  'Elencare i prodotti',
  'Leggere un prodotto per id',
];
const LIVROS = 'Cadastrar livros com título, autor e ano; listar e apagar';
const PRODUCTOS = 'Guardar productos con un nombre y un precio; listarlos y borrarlos';
const ROOMS = 'Create a booking for a room with a start and an end';
const OVERLAP = 'Two bookings of the same room must not overlap';
const RAUM = 'Eine Buchung für einen Raum mit Beginn und Ende anlegen';
const RAUM_RULE = 'Buchungen desselben Raums dürfen sich nicht überschneiden';
const EVENTS_STORE = 'Store events with a title, a start date and an end date';
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
  { base: [SKUS, SKU_RULE], text: 'an SKU that is already taken → 409' },
  { base: [SIGNUP, SIGNUP_RULE], text: 'you cannot sign up twice with the same username (409)' },
  { base: [WEBHOOK, EVENTS], text: 'a wrong or missing signature returns 401' },
  { base: [PRODUCTS_BY_ID], text: 'an unknown product id returns 404' },
  // German
  { base: [GUESTS], text: 'Das Alter darf nicht negativ sein, sonst 400' },
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
  { base: PRODOTTI_BY_ID, text: 'Un id sconosciuto restituisce 404' },
  // Portuguese
  { base: [LIVROS], text: 'O ano precisa ser um número; caso contrário, 400' },
  { base: [RATES], text: 'Uma moeda desconhecida devolve 400' },
  // A record's end before its start (rows added with the code, not before it: the class surfaced in the brief's
  // word counts — end, start, before — after the first rows were read)
  { base: [ROOMS], text: 'the end must not be before the start' },
  { base: [ROOMS], text: 'a booking whose end is before its start returns 400' },
  { base: [RAUM], text: 'Das Ende darf nicht vor dem Beginn liegen' },
  { base: [EVENTS_STORE], text: 'an end date before the start date is rejected' },
];

/**
 * Conflicts of intervals: the overlap rule's 409 examples are written when the SPEC is optimized (the draft
 * holds happy paths only), so these rows are judged as the factory judges them — draft, optimized, gate.
 */
const OPTIMIZED_ROWS: RefusalRow[] = [
  { base: [ROOMS, OVERLAP], text: 'a second booking of the same room that overlaps returns 409' },
  { base: [RAUM, RAUM_RULE], text: 'Eine überschneidende Buchung wird mit 409 abgelehnt' },
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
  // a to-do list without a look-up by id: no GET route of an id to answer 404
  { base: [TASKS], text: 'Un id sconosciuto restituisce 404' },
  // a signature refusal naming something the receiver does not check
  { base: [WEBHOOK, EVENTS], text: 'a signature older than five minutes returns 401' },
  // only listed values the converter does not list (it also takes GBP)
  { base: [RATES], text: 'only EUR and USD are accepted; anything else returns 400' },
];

/**
 * Rows not yet read, each failing its own check (at the start: 15 of 29 — 13 of 27 here, the two overlap rows
 * now judged optimized; now 0).
 */
const NOT_YET_READ = new Set<string>([]);

/** Near misses the gate still counts realised. */
const STILL_REALISED = new Set<string>([]);

describe('refusal-only features, round 3: separate sentences, conflicts, signatures, unknown ids', () => {
  refusalTableTests({
    rows: ROWS,
    nearMisses: NEAR_MISSES,
    notYetRead: NOT_YET_READ,
    stillRealised: STILL_REALISED,
    statuses: [400, 422],
    atLeast: { rows: 25, nearMisses: 6 },
  });

  for (const row of OPTIMIZED_ROWS) {
    it(`reads ${JSON.stringify(row.text)} once the SPEC is optimized, on the create that refuses overlaps`, () => {
      const features = [...row.base, row.text];
      const { contract, fidelity } = judgedOffline(familyIntent('refusal-409', 'Bookings', features));
      const creates = contract.endpoints.filter(
        (e) => e.behavior.kind === 'create' && e.features.includes(row.text),
      );
      expect(creates.map((e) => e.method)).toEqual(['POST']);
      expect(contract.resources.some((r) => (r.interval?.no_overlap ?? []).length > 0)).toBe(true);
      expect(fidelity.map((f) => [f.feature, f.realised, f.problems])).toEqual(
        features.map((f) => [f, true, []]),
      );
    });
  }
});

describe('the gate on refusal-only features, round 3', () => {
  /** The draft contract of `base` with `refusal`, the refusal realised on it. */
  function realised(base: string[], refusal: string) {
    const { contract } = designSpec(intentOf({ service_name: 'gate', key_features: [...base, refusal] }));
    expect(featureFidelity(contract, [refusal, ...base])[0].realised).toBe(true);
    return contract;
  }

  it('refuses "only EUR, USD and GBP" when the converter also takes another currency', () => {
    const refusal = 'only EUR, USD and GBP are accepted; anything else returns 400';
    const contract = realised([RATES], refusal);
    const from = contract.endpoints[0].request.body?.fields.find((f) => f.name === 'from');
    if (!from) throw new Error('the converter reads no "from"');
    from.enum = [...(from.enum ?? []), 'JPY'];
    const [verdict] = featureFidelity(contract, [refusal, RATES]);
    expect(verdict.realised).toBe(false);
    expect(verdict.problems.join(' ')).toContain('also takes JPY');
  });

  it('refuses a whole-number refusal on a number field (its validation takes 2.5)', () => {
    const refusal = 'the number of people must be a whole number, otherwise 400';
    const contract = realised([SPLIT], refusal);
    const people = contract.endpoints[0].request.body?.fields.find((f) => f.name === 'people');
    if (!people) throw new Error('the split reads no "people"');
    people.type = 'number';
    expect(featureFidelity(contract, [refusal, SPLIT])[0].realised).toBe(false);
  });

  it('refuses a signature refusal claimed by the list of received events instead of the receiver', () => {
    const refusal = 'a wrong or missing signature returns 401';
    const contract = realised([WEBHOOK, EVENTS], refusal);
    const receiver = contract.endpoints.find((e) => e.behavior.kind === 'webhook_receive');
    const list = contract.endpoints.find(
      (e) => e.behavior.kind === 'webhook_events' && !e.path.includes('{'),
    );
    if (!receiver || !list) throw new Error('no receiver or list');
    receiver.features = receiver.features.filter((f) => f !== refusal);
    list.features.push(refusal);
    list.summary = `${list.summary} In the intent's words: "${refusal}".`;
    for (const c of contract.acceptance)
      if (c.endpoint_id === receiver.id && c.kind === 'error') c.endpoint_id = list.id;
    const [verdict] = featureFidelity(contract, [refusal, WEBHOOK, EVENTS]);
    expect(verdict.realised).toBe(false);
    expect(verdict.problems.join(' ')).toContain('verifies one');
  });

  it('refuses a signature refusal whose 401 examples are gone', () => {
    const refusal = 'Ereignisse ohne gültige Signatur werden mit 401 abgelehnt';
    const contract = realised([WEBHOOK_DE], refusal);
    contract.acceptance = contract.acceptance.filter((c) => !c.description.includes(refusal));
    expect(featureFidelity(contract, [refusal, WEBHOOK_DE])[0].realised).toBe(false);
  });

  it('refuses an end-before-start rule claimed by a store whose dates are no interval', () => {
    const refusal = 'the end must not be before the start';
    const contract = realised([ROOMS], refusal);
    for (const r of contract.resources) delete r.interval;
    expect(featureFidelity(contract, [refusal, ROOMS])[0].realised).toBe(false);
  });

  it('refuses a second username the store no longer refuses (its 409 example gone)', () => {
    const refusal = 'you cannot sign up twice with the same username (409)';
    const contract = realised([SIGNUP], refusal);
    contract.acceptance = contract.acceptance.filter((c) => !c.description.includes(refusal));
    expect(featureFidelity(contract, [refusal, SIGNUP])[0].realised).toBe(false);
  });
});
