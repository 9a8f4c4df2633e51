import type { ScenarioStep } from '../testing/scenario';
import { scenarioTableTests, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of four record kinds the read sets kept refusing, written before the code that reads them:
 *
 * - an X-Api-Key header: "callers identify with an X-Api-Key header; a request without it returns 401", beside a
 *   per-key quota (429) on a route that answers what the request says (an echo, a ping);
 * - capacity under a parent record said in free text: "a session with a title and how many places it has … once a
 *   session has no places left, reservations are refused with 409";
 * - read once: "the secret can be read exactly once, after that it's gone for good" (the second read is 404);
 * - low stock against each record's own reorder level, said as a question ("show me which products are at or
 *   below their reorder level").
 *
 * A row is a scenario run against the reference interpreter of the designed contract (the gate must find every
 * feature realised and the contract's own acceptance pack must pass); refusal rows must leave a feature
 * unrealised. Rows the designer does not read yet are named in NOT_YET_READ.
 */

type Row = ScenarioRow;

// An X-Api-Key header beside a per-key quota. ----------------------------------------------------------------

const KEY_ROWS: Row[] = [
  {
    name: 'en spelled: GET /echo answers its query, 401 without X-Api-Key, 3 calls per key',
    features: [
      'GET /echo?text=hi returns {"text": "hi"}',
      'callers identify with an X-Api-Key header; a request without it returns 401',
      'each key may make 3 requests per minute; the 4th gets 429',
    ],
    steps: [
      { method: 'GET', path: '/echo', query: { text: 'hi' }, status: 401 },
      ...[1, 2, 3].map((n): ScenarioStep => ({
        method: 'GET',
        path: '/echo',
        query: { text: `m${n}` },
        headers: { 'X-Api-Key': 'k-one' },
        status: 200,
        has: { text: `m${n}` },
      })),
      { method: 'GET', path: '/echo', query: { text: 'm4' }, headers: { 'X-Api-Key': 'k-one' }, status: 429 },
      {
        method: 'GET',
        path: '/echo',
        query: { text: 'other' },
        headers: { 'X-Api-Key': 'k-two' },
        status: 200,
        has: { text: 'other' },
      },
    ],
  },
  {
    name: 'de GET /ping, ohne Kopfzeile X-Api-Key 401, 2 Anfragen je Schlüssel',
    features: [
      'GET /ping antwortet {"pong": true}',
      'höchstens 2 Anfragen pro Minute je Schlüssel aus der Kopfzeile X-Api-Key, die dritte wird mit 429 abgelehnt; ohne die Kopfzeile 401',
    ],
    steps: [
      { method: 'GET', path: '/ping', status: 401 },
      { method: 'GET', path: '/ping', headers: { 'X-Api-Key': 'a' }, status: 200, has: { pong: true } },
      { method: 'GET', path: '/ping', headers: { 'X-Api-Key': 'a' }, status: 200, has: { pong: true } },
      { method: 'GET', path: '/ping', headers: { 'X-Api-Key': 'a' }, status: 429 },
      { method: 'GET', path: '/ping', headers: { 'X-Api-Key': 'b' }, status: 200 },
    ],
  },
  {
    name: 'es POST /eco devuelve el mensaje, sin cabecera X-Api-Key 401',
    features: [
      'POST /eco con {"mensaje": string} devuelve {"mensaje": string}, el mismo que recibe',
      'las llamadas sin la cabecera X-Api-Key se rechazan con 401; cada clave puede hacer 2 llamadas por minuto y la tercera recibe 429',
    ],
    steps: [
      { method: 'POST', path: '/eco', body: { mensaje: 'hola' }, status: 401 },
      {
        method: 'POST',
        path: '/eco',
        body: { mensaje: 'hola' },
        headers: { 'X-Api-Key': 'c1' },
        status: 200,
        has: { mensaje: 'hola' },
      },
      {
        method: 'POST',
        path: '/eco',
        body: { mensaje: 'adiós' },
        headers: { 'X-Api-Key': 'c1' },
        status: 200,
        has: { mensaje: 'adiós' },
      },
      { method: 'POST', path: '/eco', body: { mensaje: 'x' }, headers: { 'X-Api-Key': 'c1' }, status: 429 },
    ],
  },
];

// Capacity under a parent record, said in free text. ----------------------------------------------------------

/** A parent made through feature 0 with `capacity` places, `capacity` sign-ups through feature 1, one more refused. */
function placesUnder(
  parent: Record<string, unknown>,
  capacity: number,
  signUp: (i: number) => Record<string, unknown>,
): ScenarioStep[] {
  return [
    { method: 'POST', feature: 0, body: parent, status: 201, save: { id: 'id' } },
    ...Array.from({ length: capacity }, (_, i): ScenarioStep => ({
      method: 'POST',
      feature: 1,
      params: ['{{id}}'],
      body: signUp(i),
      status: 201,
    })),
    { method: 'POST', feature: 1, params: ['{{id}}'], body: signUp(capacity), status: 409 },
    { method: 'POST', feature: 1, params: ['nope'], body: signUp(0), status: 404 },
  ];
}

const CAPACITY_ROWS: Row[] = [
  {
    name: 'en courses with how many seats they have, enrolments refused when none are left',
    features: [
      'create a course with a name and how many seats it has',
      'a student enrols in a course with their name; once a course has no seats left, enrolments are refused with 409',
    ],
    steps: placesUnder({ name: 'Pottery', 'seats|capacity': 2 }, 2, (i) => ({ name: `s${i}` })),
  },
  {
    name: 'fr ateliers avec un nombre de places, réservation refusée quand il n’en reste plus',
    features: [
      'créer un atelier avec un titre et un nombre de places',
      'une personne réserve une place dans un atelier avec son nom ; quand il ne reste plus de places, la réservation est refusée avec 409',
    ],
    steps: placesUnder({ 'titre|title': 'Aquarelle', 'places|nombre_de_places|capacity': 1 }, 1, (i) => ({
      'nom|name': `p${i}`,
    })),
  },
  {
    name: 'es clases con plazas, reserva rechazada cuando no quedan',
    features: [
      'crear una clase con un nombre y un número de plazas',
      'la gente reserva una plaza en una clase dando su nombre; cuando no quedan plazas la reserva se rechaza con 409',
    ],
    steps: placesUnder({ 'nombre|name': 'Yoga', 'plazas|numero_de_plazas|capacity': 2 }, 2, (i) => ({
      'nombre|name': `p${i}`,
    })),
  },
];

// Read once. ---------------------------------------------------------------------------------------------------

/** A secret made through feature 0, read once through feature 1, then gone (404). */
function readOnce(body: Record<string, unknown>, shown: Record<string, unknown>): ScenarioStep[] {
  return [
    { method: 'POST', feature: 0, body, status: 201, save: { id: 'id' } },
    { method: 'GET', feature: 1, params: ['{{id}}'], status: 200, has: shown },
    { method: 'GET', feature: 1, params: ['{{id}}'], status: 404 },
    { method: 'GET', feature: 1, params: ['nope'], status: 404 },
  ];
}

const READ_ONCE_ROWS: Row[] = [
  {
    name: 'en a secret read exactly once, then gone for good',
    features: [
      'save a secret message and return its id',
      "the secret can be read exactly once, after that it's gone for good",
    ],
    steps: readOnce({ 'message|text|secret': 'hunter2' }, { 'message|text|secret': 'hunter2' }),
  },
  {
    name: 'de ein Geheimnis genau einmal lesen, danach ist es weg',
    features: [
      'ein Geheimnis mit Text speichern und seine ID zurückgeben',
      'ein Geheimnis kann genau einmal gelesen werden; danach ist es für immer weg',
    ],
    steps: readOnce({ 'text|geheimnis': 'pssst' }, { 'text|geheimnis': 'pssst' }),
  },
  {
    name: 'fr un secret lu une seule fois, ensuite il disparaît',
    features: [
      'enregistrer un secret (un texte) et renvoyer son id',
      'le secret ne peut être lu qu’une seule fois ; ensuite il disparaît',
    ],
    steps: readOnce({ 'texte|text|secret': 'chut' }, { 'texte|text|secret': 'chut' }),
  },
  {
    name: 'pt um segredo lido uma só vez, depois desaparece',
    features: [
      'guardar um segredo com um texto e devolver o id',
      'o segredo só pode ser lido uma vez; depois desaparece',
    ],
    steps: readOnce({ 'texto|text|segredo': 'psiu' }, { 'texto|text|segredo': 'psiu' }),
  },
];

// Low stock against each record's own reorder level. -----------------------------------------------------------

const LEVEL = 'quantity|cantidad|quantita|stock|in_stock|quantity_in_stock';
const OWN = 'reorder_level|nivel_de_reposicion|livello_di_riordino';

/** Three records: one below its own level, one on it, one above; the low list holds the first two. */
function lowStock(name: string): ScenarioStep[] {
  return [
    ...[
      { [name]: 'Bolt', [LEVEL]: 2, [OWN]: 5 },
      { [name]: 'Nut', [LEVEL]: 5, [OWN]: 5 },
      { [name]: 'Washer', [LEVEL]: 9, [OWN]: 3 },
    ].map((body): ScenarioStep => ({ method: 'POST', feature: 0, body, status: 201 })),
    { method: 'GET', feature: 1, status: 200, list: [{ [name]: 'Bolt' }, { [name]: 'Nut' }] },
  ];
}

const REORDER_ROWS: Row[] = [
  {
    name: 'en show me which products are at or below their reorder level',
    features: [
      'add products with a name, a quantity and a reorder level',
      'show me which products are at or below their reorder level',
    ],
    steps: lowStock('name'),
  },
  {
    name: 'en stock items: list those whose quantity is at or below their reorder level',
    features: [
      'keep stock items: a name, the quantity in stock and a reorder level',
      'list the items whose quantity is at or below their reorder level',
    ],
    steps: lowStock('name'),
  },
  {
    name: 'es muéstrame qué productos están en su nivel de reposición o por debajo',
    features: [
      'dar de alta productos con nombre, cantidad y nivel de reposición',
      'muéstrame qué productos están en su nivel de reposición o por debajo',
    ],
    steps: lowStock('nombre|name'),
  },
  {
    name: 'it quali prodotti sono al loro livello di riordino o sotto',
    features: [
      'aggiungere prodotti con nome, quantità e livello di riordino',
      'mostrami quali prodotti sono al loro livello di riordino o sotto',
    ],
    steps: lowStock('nome|name'),
  },
];

const ROWS: Row[] = [...KEY_ROWS, ...CAPACITY_ROWS, ...READ_ONCE_ROWS, ...REORDER_ROWS];

/** Rows the designer does not read yet (named in the branch's final report). */
const NOT_YET_READ = new Set<string>(['fr un secret lu une seule fois, ensuite il disparaît']);

scenarioTableTests({
  title: 'key headers, places under a parent, read-once secrets and reorder levels, as people write them',
  service: 'keys-capacity-svc',
  purpose: 'a record service',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
  atLeast: 14,
});
