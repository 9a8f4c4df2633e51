import type { ScenarioStep } from '../testing/scenario';
import { scenarioTableTests, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of what a record's create and read answer beyond what was sent, as people write it:
 *
 * - fields the service assigns, written in a spelled-out answer: a literal value is where every record starts
 *   (`201 {"id", "title", "status": "open"}`, `"stimmen": 0`), `created_at` the instant the record was made;
 *   also said in words ("answers the new ticket with its id and a status of 'new'");
 * - counts on read, derived from the action the intent has ("each post shows how many likes it has" beside "like
 *   a post"); without the action that counts, nothing can be counted and the intent is refused;
 * - whether a lent record is available, from its lend / return actions ("see whether a book is available or lent
 *   out"); without a lend action nothing is ever out and the intent is refused.
 *
 * A row is a scenario run against the reference interpreter of the designed contract (the gate must find every
 * feature realised and the contract's own acceptance pack must pass); the expected answers are worked out by hand
 * from what the features say. Near misses (steps null) ask for an answer nothing fills and must be refused. Rows
 * the designer does not read yet are named in NOT_YET_READ: such a row fails the suite as soon as it is read, so
 * the set only shrinks.
 */

type Row = ScenarioRow;

/** An ISO 8601 instant in UTC, as `Date.toISOString()` writes it. */
const INSTANT = { $shape: { pattern: String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z` } };

/** A record created with `sent` answers `answered` (201), and its read by id answers it again. */
function createdAndRead(
  path: string,
  sent: Record<string, unknown>,
  answered: Record<string, unknown>,
): ScenarioStep[] {
  return [
    { method: 'POST', path, body: sent, status: 201, has: { ...sent, ...answered }, save: { id: 'id' } },
    { method: 'GET', path: `${path}/{{id}}`, status: 200, has: { ...sent, ...answered } },
  ];
}

const ASSIGNED_ROWS: Row[] = [
  {
    name: 'en spelled: 201 {"id", "title", "status": "open"} starts every ticket open',
    features: [
      'POST /tickets with {"title": string} returns 201 {"id", "title", "status": "open"}',
      'GET /tickets/{id} returns the ticket or 404',
    ],
    steps: createdAndRead('/tickets', { title: 'Printer jam' }, { status: 'open' }),
  },
  {
    name: 'de spelled: "stimmen": 0 in the answer of a new idea',
    features: [
      'POST /ideen mit {"titel": string} antwortet 201 {"id": string, "titel": string, "stimmen": 0}',
      'GET /ideen/{id} liefert die Idee oder 404',
    ],
    steps: createdAndRead('/ideen', { titel: 'Stehpulte' }, { stimmen: 0 }),
  },
  {
    name: 'es spelled: a new order answers "estado": "pendiente"',
    features: [
      'POST /pedidos con {"cliente": string, "total": number} devuelve 201 {"id": string, "cliente": string, "total": number, "estado": "pendiente"}',
      'GET /pedidos/{id} devuelve el pedido o 404',
    ],
    steps: createdAndRead('/pedidos', { cliente: 'Lucía', total: 12.5 }, { estado: 'pendiente' }),
  },
  {
    name: 'fr spelled: a state and a counter, "statut": "nouveau" and "votes": 0',
    features: [
      'POST /signalements avec {"sujet": string} répond 201 {"id": string, "sujet": string, "statut": "nouveau", "votes": 0}',
      'GET /signalements/{id} renvoie le signalement ou 404',
    ],
    steps: createdAndRead('/signalements', { sujet: 'Lampadaire cassé' }, { statut: 'nouveau', votes: 0 }),
  },
  {
    name: 'it spelled: a request starts "in_attesa"',
    features: [
      'POST /richieste con {"nome": string} risponde 201 {"id": string, "nome": string, "stato": "in_attesa"}',
      'GET /richieste/{id} restituisce la richiesta o 404',
    ],
    steps: createdAndRead('/richieste', { nome: 'Giulia' }, { stato: 'in_attesa' }),
  },
  {
    name: 'pt spelled: a call answers "situacao": "aberto" and "respostas": 0',
    features: [
      'POST /chamados com {"assunto": string} responde 201 {"id": string, "assunto": string, "situacao": "aberto", "respostas": 0}',
      'GET /chamados/{id} devolve o chamado ou 404',
    ],
    steps: createdAndRead('/chamados', { assunto: 'Sem rede' }, { situacao: 'aberto', respostas: 0 }),
  },
  {
    name: 'en spelled: created_at is the instant the note was made',
    features: [
      'POST /notes with {"text": string} returns 201 {"id": string, "text": string, "created_at": date-time}',
      'GET /notes/{id} returns the note or 404',
    ],
    steps: createdAndRead('/notes', { text: 'buy milk' }, { created_at: INSTANT }),
  },
  {
    name: 'en free text: answers the new ticket with its id and a status of new',
    features: [
      "open a ticket with a title; it answers the new ticket with its id and a status of 'new'",
      'look up one ticket',
    ],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { title: 'Printer jam' },
        status: 201,
        has: { title: 'Printer jam', status: 'new' },
        save: { id: 'id' },
      },
      { method: 'GET', feature: 1, params: ['{{id}}'], status: 200, has: { status: 'new' } },
    ],
  },
  {
    name: 'de free text: die Antwort enthält die id und den Status "neu"',
    features: [
      'ein Ticket mit einem Titel anlegen; die Antwort enthält die id und den Status "neu"',
      'ein Ticket ansehen',
    ],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { 'titel|title': 'Drucker klemmt' },
        status: 201,
        has: { status: 'neu' },
        save: { id: 'id' },
      },
      { method: 'GET', feature: 1, params: ['{{id}}'], status: 200, has: { status: 'neu' } },
    ],
  },
  {
    name: 'near miss: a priority nobody sends and no value written',
    features: [
      'POST /tickets with {"title": string} returns 201 {"id", "title", "priority": string}',
      'GET /tickets/{id} returns the ticket or 404',
    ],
    steps: null,
  },
  {
    name: 'near miss: a score computed from what was sent (no starting value)',
    features: [
      'POST /answers with {"text": string} returns 201 {"id": string, "text": string, "score": number}',
    ],
    steps: null,
  },
];

// Counts on read. ---------------------------------------------------------------------------------------------

const LIKES = 'likes|like_count|likes_count|mi_piace';

/** A post created, liked twice, read with its two likes. */
function twoLikes(title: Record<string, unknown>): ScenarioStep[] {
  return [
    { method: 'POST', feature: 0, body: title, status: 201, save: { id: 'id' } },
    { method: 'POST', feature: 1, params: ['{{id}}'], status: 200 },
    { method: 'POST', feature: 1, params: ['{{id}}'], status: 200 },
    { method: 'GET', feature: 2, params: ['{{id}}'], status: 200, has: { ...title, [LIKES]: 2 } },
  ];
}

const COUNT_ROWS: Row[] = [
  {
    name: 'en each post shows how many likes it has',
    features: ['publish a post with a title', 'like a post', 'each post shows how many likes it has'],
    steps: twoLikes({ title: 'Hello' }),
  },
  {
    name: 'it ogni post mostra quanti like ha',
    features: [
      'pubblicare un post con un titolo',
      'mettere like a un post',
      'vedere un post con il numero di like',
    ],
    steps: twoLikes({ 'titolo|title': 'Ciao' }),
  },
  {
    name: 'en each photo shows how many likes it has',
    features: ['add a photo with a caption', 'like a photo', 'each photo shows how many likes it has'],
    steps: twoLikes({ caption: 'Sunset' }),
  },
  {
    name: 'it vedere una ricetta con il numero di mi piace',
    features: [
      'aggiungere una ricetta con un titolo',
      'mettere mi piace a una ricetta',
      'vedere una ricetta con il numero di mi piace',
    ],
    steps: twoLikes({ 'titolo|title': 'Tiramisù' }),
  },
  {
    name: 'near miss: how many likes without a way to like',
    features: ['publish a post with a title', 'each post shows how many likes it has'],
    steps: null,
  },
];

// Availability of lent records. -------------------------------------------------------------------------------

const AVAILABLE = 'available|disponible|disponibile|disponivel|verfuegbar';

/** A book created (available), lent (not available), returned (available again). */
function availability(title: Record<string, unknown>, lent: Record<string, unknown>): ScenarioStep[] {
  return [
    { method: 'POST', feature: 0, body: title, status: 201, save: { id: 'id' } },
    { method: 'GET', feature: 3, params: ['{{id}}'], status: 200, has: { [AVAILABLE]: true } },
    { method: 'POST', feature: 1, params: ['{{id}}'], body: lent, status: 200 },
    { method: 'GET', feature: 3, params: ['{{id}}'], status: 200, has: { [AVAILABLE]: false } },
    { method: 'POST', feature: 2, params: ['{{id}}'], status: 200 },
    { method: 'GET', feature: 3, params: ['{{id}}'], status: 200, has: { [AVAILABLE]: true } },
  ];
}

const AVAILABILITY_ROWS: Row[] = [
  {
    name: 'en see whether a book is available or lent out',
    features: [
      'add a book with a title',
      'lend a book to a member; a book that is out cannot be lent again',
      'return a book',
      'see whether a book is available or lent out',
    ],
    steps: availability({ title: 'Dune' }, { 'member|borrower': 'Ana' }),
  },
  {
    name: 'it vedere se un libro è disponibile o in prestito',
    features: [
      'registrare un libro con un titolo',
      'prestare un libro a un socio; se è già in prestito, 409',
      'restituire un libro',
      'vedere se un libro è disponibile o in prestito',
    ],
    steps: availability({ 'titolo|title': 'Il nome della rosa' }, { 'socio|member': 'Marco' }),
  },
  {
    name: 'near miss: available or lent out without a way to lend',
    features: ['add a book with a title', 'see whether a book is available or lent out'],
    steps: null,
  },
];

const ROWS: Row[] = [...ASSIGNED_ROWS, ...COUNT_ROWS, ...AVAILABILITY_ROWS];

/** Rows the designer does not read yet (named in the branch's final report). */
const NOT_YET_READ = new Set<string>([
  // "publish a post" and "pubblicare un post" are read as a hold (published) beside the create, so the scenario's
  // first POST of feature 0 reaches the hold: the create verb, not the count, is not read yet.
  'en each post shows how many likes it has',
  'it ogni post mostra quanti like ha',
  'en see whether a book is available or lent out',
  'it vedere se un libro è disponibile o in prestito',
]);

scenarioTableTests({
  title: 'what a create and a read answer beyond what was sent: assigned fields, counts, availability',
  service: 'create-answers-svc',
  purpose: 'a small service',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
  atLeast: 19,
});
