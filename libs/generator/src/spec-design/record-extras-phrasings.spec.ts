import type { ScenarioStep } from '../testing/scenario';
import { scenarioTableTests, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of record features intents ask for that a store realises only with one more piece:
 *
 * - low stock against each record's own threshold: "the items whose quantity is at or below their reorder level"
 *   lists exactly the records whose level is <= their own threshold field (equal counts as low);
 * - a default order: "the books of one author, oldest first", "GET /bookings?room=X lists them ordered by start
 *   time": every answer of the list comes in that order, also when a client asks for no sort;
 * - capacity: "the workshop has 3 seats; once they are gone further sign-ups are turned away" (a count of records,
 *   overall or per key, refused with 409 past N), and places under a parent record in free text;
 * - expiry shown: a store whose records expire answers the expiry it enforces ("expires_at") on create and read;
 * - an X-Api-Key header: a request without it is 401 when the keys are configurable; a feature that does not say
 *   how keys are known is refused rather than guessed;
 * - pagination with a default page size ("limit defaults to 10").
 *
 * A row is a scenario run against the reference interpreter of the designed contract (the gate must find every
 * feature realised and the contract's own acceptance pack must pass); refusal rows must leave a feature
 * unrealised. Rows the designer does not read yet are named in NOT_YET_READ.
 */

type Row = ScenarioRow;

/** Creates one record per body through the endpoint of feature `feature`. */
function created(bodies: Record<string, unknown>[], feature = 0): ScenarioStep[] {
  return bodies.map((body) => ({ method: 'POST', feature, body, status: 201 }));
}

/** `n` creates through feature `feature` that are taken, then one more refused with 409. */
function fullAfter(n: number, body: (i: number) => Record<string, unknown>, feature = 0): ScenarioStep[] {
  return [
    ...created(
      Array.from({ length: n }, (_, i) => body(i)),
      feature,
    ),
    { method: 'POST', feature, body: body(n), status: 409 },
  ];
}

/** An ISO date-time string (an expiry time as a service answers it). */
const DATE_TIME = { $shape: { pattern: '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z' } };

// Low stock against each record's own threshold. -----------------------------------------------------------

const LEVEL = 'quantity|cantidad|bestand|quantite|quantita|quantidade|stock';
const OWN =
  'reorder_level|reorder_point|minimum|stock_minimo|meldebestand|seuil_de_reapprovisionnement|seuil|scorta_minima|estoque_minimo';

/** Three records: one below its threshold, one equal to it, one above; the low list holds the first two. */
function lowStock(name: string, feature = 1): ScenarioStep[] {
  return [
    ...created([
      { [name]: 'Bolt', [LEVEL]: 2, [OWN]: 5 },
      { [name]: 'Nut', [LEVEL]: 5, [OWN]: 5 },
      { [name]: 'Washer', [LEVEL]: 9, [OWN]: 3 },
    ]),
    { method: 'GET', feature, status: 200, list: [{ [name]: 'Bolt' }, { [name]: 'Nut' }] },
  ];
}

const LOW_ROWS: Row[] = [
  {
    name: 'en free text: at or below their reorder level',
    features: [
      'add items with a name, a quantity and a reorder level',
      'list the items whose quantity is at or below their reorder level',
    ],
    steps: lowStock('name'),
  },
  {
    name: 'en spelled: GET /items/low lists quantity <= reorder_point',
    features: [
      'POST /items with {"name": string, "quantity": integer, "reorder_point": integer} returns 201 with the item',
      'GET /items/low returns the items whose quantity is less than or equal to their reorder_point',
    ],
    steps: [
      ...lowStock('name').slice(0, 3),
      { method: 'GET', path: '/items/low', status: 200, list: [{ name: 'Bolt' }, { name: 'Nut' }] },
    ],
  },
  {
    name: 'de Artikel bei oder unter ihrem Meldebestand',
    features: [
      'Artikel mit Bezeichnung, Bestand und Meldebestand anlegen',
      'alle Artikel auflisten, deren Bestand bei oder unter ihrem Meldebestand liegt',
    ],
    steps: lowStock('bezeichnung|name'),
  },
  {
    name: 'es productos con cantidad igual o menor que su stock mínimo',
    features: [
      'dar de alta productos con nombre, cantidad y stock mínimo',
      'listar los productos cuya cantidad es igual o menor que su stock mínimo',
    ],
    steps: lowStock('nombre|name'),
  },
  {
    name: 'fr articles dont la quantité atteint leur seuil',
    features: [
      'ajouter des articles avec un nom, une quantité et un seuil de réapprovisionnement',
      'lister les articles dont la quantité est inférieure ou égale à leur seuil',
    ],
    steps: lowStock('nom|name'),
  },
  {
    name: 'it articoli con quantità minore o uguale alla loro scorta minima',
    features: [
      'registrare articoli con nome, quantità e scorta minima',
      'elencare gli articoli con quantità minore o uguale alla loro scorta minima',
    ],
    steps: lowStock('nome|name'),
  },
  {
    name: 'pt produtos com quantidade menor ou igual ao seu estoque mínimo',
    features: [
      'cadastrar produtos com nome, quantidade e estoque mínimo',
      'listar os produtos com quantidade menor ou igual ao seu estoque mínimo',
    ],
    steps: lowStock('nome|name'),
  },
];

// A default order. ---------------------------------------------------------------------------------------------

const ORDER_ROWS: Row[] = [
  {
    name: 'en books of one author, oldest first',
    features: [
      'add books with a title, an author and a publication year',
      'list the books of one author, oldest first',
    ],
    steps: [
      ...created([
        { title: 'Later', author: 'Le Guin', 'year|publication_year': 1974 },
        { title: 'Other', author: 'Herbert', 'year|publication_year': 1965 },
        { title: 'Earlier', author: 'Le Guin', 'year|publication_year': 1969 },
      ]),
      {
        method: 'GET',
        feature: 1,
        query: { author: 'Le Guin' },
        status: 200,
        list: [{ title: 'Earlier' }, { title: 'Later' }],
      },
    ],
  },
  {
    name: 'es libros de un autor, del más antiguo al más reciente',
    features: [
      'registrar un libro con título, autor y año de publicación',
      'ver los libros de un autor, del más antiguo al más reciente',
    ],
    steps: [
      ...created([
        { 'titulo|title': 'Cien años', 'autor|author': 'García', 'ano_de_publicacion|ano': 1967 },
        { 'titulo|title': 'Rayuela', 'autor|author': 'Cortázar', 'ano_de_publicacion|ano': 1963 },
        { 'titulo|title': 'La hojarasca', 'autor|author': 'García', 'ano_de_publicacion|ano': 1955 },
      ]),
      {
        method: 'GET',
        feature: 1,
        query: { 'autor|author': 'García' },
        status: 200,
        list: [{ 'titulo|title': 'La hojarasca' }, { 'titulo|title': 'Cien años' }],
      },
    ],
  },
  {
    name: 'en spelled GET /bookings?room=X ordered by start time',
    features: [
      'POST /bookings with {"room": string, "start": ISO 8601 datetime, "end": ISO 8601 datetime} creates a booking (201)',
      'GET /bookings?room=X lists the bookings of room X ordered by start time',
    ],
    steps: [
      ...created([
        { room: 'A', start: '2026-05-02T10:00:00Z', end: '2026-05-02T11:00:00Z' },
        { room: 'B', start: '2026-05-01T08:00:00Z', end: '2026-05-01T09:00:00Z' },
        { room: 'A', start: '2026-05-01T09:00:00Z', end: '2026-05-01T10:00:00Z' },
      ]),
      {
        method: 'GET',
        path: '/bookings',
        query: { room: 'A' },
        status: 200,
        list: [{ start: '2026-05-01T09:00:00Z' }, { start: '2026-05-02T10:00:00Z' }],
      },
    ],
  },
  {
    name: 'es tareas de un proyecto, ordenadas por fecha límite',
    features: [
      'crear tareas con un título, un proyecto y una fecha límite (YYYY-MM-DD)',
      'ver las tareas de un proyecto ordenadas por fecha límite, la más próxima primero',
    ],
    steps: [
      ...created([
        { 'titulo|title': 'B', 'proyecto|project': 'web', 'fecha_limite|fecha': '2026-07-10' },
        { 'titulo|title': 'A', 'proyecto|project': 'web', 'fecha_limite|fecha': '2026-06-01' },
        { 'titulo|title': 'C', 'proyecto|project': 'app', 'fecha_limite|fecha': '2026-05-01' },
      ]),
      {
        method: 'GET',
        feature: 1,
        query: { 'proyecto|project': 'web' },
        status: 200,
        list: [{ 'titulo|title': 'A' }, { 'titulo|title': 'B' }],
      },
    ],
  },
];

// Capacity: a count of records refused past N. ---------------------------------------------------------------

const CAPACITY_ROWS: Row[] = [
  {
    name: 'en the workshop has 3 seats, then sign-ups are turned away',
    features: [
      'people sign up for the workshop with a name and an email',
      'the workshop has 3 seats; once they are gone further sign-ups are turned away with 409',
    ],
    steps: fullAfter(3, (i) => ({ name: `p${i}`, email: `p${i}@example.com` })),
  },
  {
    name: 'en spelled: each class takes at most 2 bookings',
    features: [
      'POST /bookings with {"class_name": string, "member": string} books a place (201)',
      'a class takes at most 2 bookings: a third booking for the same class_name returns 409',
    ],
    steps: [
      ...fullAfter(2, (i) => ({ class_name: 'yoga', member: `m${i}` })),
      { method: 'POST', path: '/bookings', body: { class_name: 'pilates', member: 'm9' }, status: 201 },
    ],
  },
  {
    name: 'de nur 2 Plätze, danach 409',
    features: [
      'Anmeldungen mit Name und E-Mail entgegennehmen',
      'es gibt nur 2 Plätze; jede weitere Anmeldung wird mit 409 abgelehnt',
    ],
    steps: fullAfter(2, (i) => ({ name: `n${i}`, 'e_mail|email': `n${i}@example.de` })),
  },
  {
    name: 'en free text: places in a session, none left is 409',
    features: [
      'create a session with a title and a number of places',
      'members reserve a place in a session with their name; a session with no places left refuses with 409',
    ],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { 'title|name': 'Pilates', 'places|capacity': 1 },
        status: 201,
        save: { id: 'id' },
      },
      { method: 'POST', feature: 1, params: ['{{id}}'], body: { name: 'Ana' }, status: 201 },
      { method: 'POST', feature: 1, params: ['{{id}}'], body: { name: 'Ben' }, status: 409 },
    ],
  },
];

// Expiry shown. ------------------------------------------------------------------------------------------------

const EXPIRY_ROWS: Row[] = [
  {
    name: 'en spelled: POST /links answers expires_at',
    features: [
      'POST /links with {"url": string, "ttl_seconds": integer} returns 201 {"id": string, "expires_at": string}; a link expires ttl_seconds after it is created',
      'GET /links/{id} returns the link with its expires_at until it expires; then 404',
    ],
    steps: [
      {
        method: 'POST',
        path: '/links',
        body: { url: 'https://example.com', ttl_seconds: 60 },
        status: 201,
        has: { expires_at: DATE_TIME },
        save: { id: 'id' },
      },
      {
        method: 'GET',
        path: '/links/{{id}}',
        status: 200,
        has: { url: 'https://example.com', expires_at: DATE_TIME },
      },
      { method: 'GET', path: '/links/nope', status: 404 },
    ],
  },
  {
    name: 'en free text: codes valid for 10 minutes show when they expire',
    features: [
      'issue a code for an email address',
      'a code is valid for 10 minutes; the answer tells when it expires (expires_at)',
    ],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { email: 'a@example.com' },
        status: 201,
        has: { expires_at: DATE_TIME },
      },
    ],
  },
  {
    name: 'de Notizen verfallen nach 1 Stunde, die Antwort zeigt wann',
    features: [
      'eine Notiz mit Text speichern',
      'Notizen verfallen nach 1 Stunde; die Antwort zeigt, wann die Notiz verfällt (expires_at)',
    ],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { text: 'hallo' },
        status: 201,
        has: { expires_at: DATE_TIME },
      },
    ],
  },
  {
    name: 'es enlaces que caducan a las 24 horas, con expires_at',
    features: [
      'POST /enlaces con {"url": string} guarda un enlace (201) y devuelve id y expires_at',
      'los enlaces caducan a las 24 horas',
    ],
    steps: [
      {
        method: 'POST',
        path: '/enlaces',
        body: { url: 'https://example.es' },
        status: 201,
        has: { expires_at: DATE_TIME },
      },
    ],
  },
];

// An API key header and pagination with a default. ----------------------------------------------------------

const KEY_AND_PAGE_ROWS: Row[] = [
  {
    name: 'en spelled: without X-Api-Key 401, keys from API_KEYS',
    features: [
      'POST /notes with {"text": string} stores a note (201); GET /notes lists them',
      'every request must send an X-Api-Key header holding one of the keys configured in API_KEYS; without it or with another key the answer is 401',
    ],
    steps: [
      { method: 'POST', path: '/notes', body: { text: 'x' }, status: 401 },
      { method: 'GET', path: '/notes', headers: { 'X-Api-Key': 'wrong' }, status: 401 },
    ],
  },
  {
    name: 'en a key header whose keys nobody states is refused',
    features: [
      'store notes with a text and list them',
      'calls without the X-Api-Key header are rejected',
      'only our partners may use it',
    ],
    steps: null,
  },
  {
    name: 'en page (from 1) and limit (default 10)',
    features: [
      'add products with a name and a price',
      'list the products page by page: page (from 1) and limit (default 10), with the total',
    ],
    steps: [
      ...created(Array.from({ length: 12 }, (_, i) => ({ name: `p${i}`, price: i + 1 }))),
      { method: 'GET', feature: 1, status: 200, has: { total: 12 } },
      {
        method: 'GET',
        feature: 1,
        query: { page: '2' },
        status: 200,
        list: [{ name: 'p10' }, { name: 'p11' }],
      },
    ],
  },
  {
    name: 'de Seiten zu standardmäßig 10 Einträgen',
    features: [
      'Kunden mit Name und Stadt anlegen',
      'Kunden seitenweise auflisten: limit ist standardmäßig 10, offset ab 0, mit Gesamtzahl',
    ],
    steps: [
      ...created(Array.from({ length: 11 }, (_, i) => ({ name: `k${i}`, 'stadt|city': 'Bonn' }))),
      {
        method: 'GET',
        feature: 1,
        query: { offset: '10' },
        status: 200,
        list: [{ name: 'k10' }],
      },
    ],
  },
  {
    name: 'es páginas de 5 por defecto',
    features: [
      'registrar clientes con nombre y ciudad',
      'listar los clientes por páginas: page desde 1 y limit, 5 por defecto; con el total',
    ],
    steps: [
      ...created(Array.from({ length: 6 }, (_, i) => ({ 'nombre|name': `c${i}`, 'ciudad|city': 'Lima' }))),
      { method: 'GET', feature: 1, query: { page: '2' }, status: 200, list: [{ 'nombre|name': 'c5' }] },
    ],
  },
  {
    name: 'fr taille de page par défaut 5',
    features: [
      'ajouter des clients avec un nom et une ville',
      'lister les clients page par page : page à partir de 1, limit par défaut 5, avec le total',
    ],
    steps: [
      ...created(Array.from({ length: 6 }, (_, i) => ({ nom: `c${i}`, 'ville|city': 'Lyon' }))),
      { method: 'GET', feature: 1, query: { page: '2' }, status: 200, list: [{ nom: 'c5' }] },
    ],
  },
];

const ROWS: Row[] = [...LOW_ROWS, ...ORDER_ROWS, ...CAPACITY_ROWS, ...EXPIRY_ROWS, ...KEY_AND_PAGE_ROWS];

/** Rows the designer does not read yet (named in the branch's final report). */
const NOT_YET_READ = new Set<string>([
  'en free text: codes valid for 10 minutes show when they expire',
  'es páginas de 5 por defecto',
  'en the workshop has 3 seats, then sign-ups are turned away',
  'en spelled: each class takes at most 2 bookings',
  'de nur 2 Plätze, danach 409',
  'en spelled: without X-Api-Key 401, keys from API_KEYS',
]);

scenarioTableTests({
  title:
    'low stock, default orders, capacity, expiry shown, key headers and page sizes, as people write them',
  service: 'extras-svc',
  purpose: 'a record service',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
  atLeast: 20,
});
