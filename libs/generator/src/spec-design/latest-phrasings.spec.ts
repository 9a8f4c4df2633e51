import type { ScenarioStep } from '../testing/scenario';
import { scenarioTableTests, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of records listed newest first and of "the latest N": "show the most recent entries first,
 * and let me ask for only the last few", "the last 10 messages", "die neuesten 20 Einträge", "los últimos 5
 * mensajes", "les 10 derniers", "gli ultimi 10", "as últimas N mensagens". A faithful service answers:
 *
 * - newest first by the records' one date when they hold one (ties: the record added later first), else in
 *   reverse creation order (a guestbook without dates: the entry signed last comes first);
 * - "the latest 5" written as a fixed count: that many, the newest; "only the last few / the last N when asked":
 *   a count parameter (every record when it is not given, or the stated default), at most the stated maximum;
 * - a count of 0, a negative, a fractional or a non-number count → 400, and one above the stated maximum → 400,
 *   or that maximum when the feature says larger counts are capped.
 *
 * An order naming nothing the records hold ("most popular first") or a date the records cannot pick one of is
 * refused. A row is a scenario run against the reference interpreter of the designed contract (the gate must
 * find every feature realised and the contract's own acceptance pack must pass); refusal rows must leave a feature
 * unrealised. Rows the designer does not read yet are named in NOT_YET_READ.
 */

type Row = ScenarioRow;

/** The count parameter's name as a client guesses it (the one the list declares is sent). */
const N = 'limit|n|count|last|latest|anzahl|cantidad|nombre|numero|quantidade';

/** Creates one record per body through the endpoint of feature 0. */
function created(bodies: Record<string, unknown>[]): ScenarioStep[] {
  return bodies.map((body) => ({ method: 'POST', feature: 0, body, status: 201 }));
}

/** The list of feature 1 asked for `n` records (no count when undefined). */
function latest(n: string | undefined, list?: Record<string, unknown>[], status = 200): ScenarioStep {
  return { method: 'GET', feature: 1, ...(n === undefined ? {} : { query: { [N]: n } }), status, list };
}

/** Counts a client must not send: zero, negative, fractional, not a number. */
const BAD_COUNTS = ['0', '-2', '1.5', 'abc'].map((n) => latest(n, undefined, 400));

const named = (key: string, names: string[], extra: Record<string, unknown> = {}) =>
  names.map((n) => ({ [key]: n, ...extra }));

const ROWS: Row[] = [
  {
    name: 'en guestbook: most recent first, only the last few',
    features: [
      'visitors sign the guestbook with their name and a message of at most 280 characters; longer messages or a missing name are turned away',
      'show the most recent entries first, and let me ask for only the last few (e.g. the latest 5)',
    ],
    steps: [
      ...created(named('name', ['First', 'Second', 'Third'], { message: 'hi' })),
      latest('2', [{ name: 'Third' }, { name: 'Second' }]),
      latest(undefined, [{ name: 'Third' }, { name: 'Second' }, { name: 'First' }]),
      latest('9', [{ name: 'Third' }, { name: 'Second' }, { name: 'First' }]),
      ...BAD_COUNTS,
    ],
  },
  {
    name: 'en spelled ?limit=<n>, newest first',
    features: [
      'POST /notes with {"text": string} adds a note and returns it with its id (201)',
      'GET /notes?limit=<n> returns the n most recent notes, newest first',
    ],
    steps: [
      ...created(named('text', ['one', 'two', 'three'])),
      latest('2', [{ text: 'three' }, { text: 'two' }]),
      latest(undefined, [{ text: 'three' }, { text: 'two' }, { text: 'one' }]),
      ...BAD_COUNTS,
    ],
  },
  {
    name: 'en spelled default and maximum',
    features: [
      'POST /messages with {"author": string, "body": string} returns 201 with the message',
      'GET /messages returns the latest messages first; the limit query parameter says how many (default 2, at most 3)',
    ],
    steps: [
      ...created(named('author', ['a', 'b', 'c', 'd'], { body: 'x' })),
      latest(undefined, [{ author: 'd' }, { author: 'c' }]),
      latest('3', [{ author: 'd' }, { author: 'c' }, { author: 'b' }]),
      latest('4', undefined, 400),
      ...BAD_COUNTS,
    ],
  },
  {
    name: 'en larger counts are capped',
    features: [
      'post a message with an author and a text',
      'list the newest messages first; a limit parameter picks how many, at most 3 (larger limits are capped at 3)',
    ],
    steps: [
      ...created(named('author', ['a', 'b', 'c', 'd'], { text: 'x' })),
      latest('10', [{ author: 'd' }, { author: 'c' }, { author: 'b' }]),
      latest('1', [{ author: 'd' }]),
      latest('0', undefined, 400),
    ],
  },
  {
    name: 'en the last 3 messages (a fixed count)',
    features: ['post a message with an author and a text', 'show the last 3 messages, newest first'],
    steps: [
      ...created(named('author', ['a', 'b', 'c', 'd', 'e'], { text: 'x' })),
      latest(undefined, [{ author: 'e' }, { author: 'd' }, { author: 'c' }]),
    ],
  },
  {
    name: 'en latest readings by their date',
    features: [
      'record a reading with a value (number) and a taken_on date',
      'show the latest readings first, and only the last n when asked',
    ],
    steps: [
      ...created([
        { value: 1, taken_on: '2026-03-02' },
        { value: 2, taken_on: '2026-03-05' },
        { value: 3, taken_on: '2026-03-01' },
      ]),
      latest('2', [{ value: 2 }, { value: 1 }]),
      latest(undefined, [{ value: 2 }, { value: 1 }, { value: 3 }]),
    ],
  },
  {
    name: 'en same date: the one added later first',
    features: ['log a visit with a patient and a date', 'list the visits most recent first'],
    steps: [
      ...created([
        { patient: 'A', date: '2026-03-01' },
        { patient: 'B', date: '2026-03-01' },
        { patient: 'C', date: '2026-02-01' },
      ]),
      latest(undefined, [{ patient: 'B' }, { patient: 'A' }, { patient: 'C' }]),
    ],
  },
  {
    name: 'de die neuesten zuerst, auf Wunsch nur die letzten N',
    features: [
      'einen Eintrag mit Name und Text anlegen',
      'die neuesten Einträge zuerst zeigen, auf Wunsch nur die letzten N (z. B. die letzten 10)',
    ],
    steps: [
      ...created(named('name', ['A', 'B', 'C'], { text: 'x' })),
      latest('1', [{ name: 'C' }]),
      latest(undefined, [{ name: 'C' }, { name: 'B' }, { name: 'A' }]),
      ...BAD_COUNTS,
    ],
  },
  {
    name: 'de die 3 neuesten Einträge',
    features: [
      'einen Eintrag mit Name und Text anlegen',
      'die 3 neuesten Einträge anzeigen, der neueste zuerst',
    ],
    steps: [
      ...created(named('name', ['A', 'B', 'C', 'D'], { text: 'x' })),
      latest(undefined, [{ name: 'D' }, { name: 'C' }, { name: 'B' }]),
    ],
  },
  {
    name: 'es los más recientes primero, solo los últimos N',
    features: [
      'dejar un mensaje con autor y texto',
      'mostrar los mensajes más recientes primero y poder pedir solo los últimos N (por ejemplo los 5 más recientes)',
    ],
    steps: [
      ...created(named('autor', ['A', 'B', 'C'], { texto: 'x' })),
      latest('2', [{ autor: 'C' }, { autor: 'B' }]),
      ...BAD_COUNTS,
    ],
  },
  {
    name: 'es los últimos 2 mensajes',
    features: [
      'publicar un mensaje con autor y texto',
      'ver los últimos 2 mensajes, el más reciente primero',
    ],
    steps: [
      ...created(named('autor', ['A', 'B', 'C'], { texto: 'x' })),
      latest(undefined, [{ autor: 'C' }, { autor: 'B' }]),
    ],
  },
  {
    name: "fr les plus récents d'abord, seulement les derniers",
    features: [
      'publier un avis avec un auteur et un commentaire',
      "afficher les avis les plus récents d'abord, et ne demander que les derniers (par exemple les 3 derniers)",
    ],
    steps: [
      ...created(named('auteur', ['A', 'B', 'C'], { commentaire: 'x' })),
      latest('2', [{ auteur: 'C' }, { auteur: 'B' }]),
      ...BAD_COUNTS,
    ],
  },
  {
    name: 'fr les 2 derniers messages',
    features: [
      'laisser un message avec un pseudo et un texte',
      'afficher les 2 derniers messages, du plus récent au plus ancien',
    ],
    steps: [
      ...created(named('pseudo', ['A', 'B', 'C'], { texte: 'x' })),
      latest(undefined, [{ pseudo: 'C' }, { pseudo: 'B' }]),
    ],
  },
  {
    name: 'it gli ultimi N, i più recenti prima',
    features: [
      'lasciare un messaggio con autore e testo',
      'mostrare i messaggi più recenti prima, e poter chiedere solo gli ultimi N',
    ],
    steps: [
      ...created(named('autore', ['A', 'B', 'C'], { testo: 'x' })),
      latest('2', [{ autore: 'C' }, { autore: 'B' }]),
      ...BAD_COUNTS,
    ],
  },
  {
    name: 'pt as mais recentes primeiro, só as últimas N',
    features: [
      'deixar uma mensagem com autor e texto',
      'mostrar as mensagens mais recentes primeiro e poder pedir só as últimas N',
    ],
    steps: [
      ...created(named('autor', ['A', 'B', 'C'], { texto: 'x' })),
      latest('1', [{ autor: 'C' }]),
      ...BAD_COUNTS,
    ],
  },
  {
    name: 'en refuse most popular first (no such field)',
    features: ['post a message with an author and a text', 'show the 5 most popular messages first'],
    steps: null,
  },
  {
    name: 'en refuse newest first between two dates',
    features: [
      'record a parcel with a sender, a sent_on date and a received_on date',
      'show the newest parcels first, only the last n when asked',
    ],
    steps: null,
  },
];

/**
 * Rows the designer does not read yet (named in the branch's final report), each for a reason outside the latest
 * N: "a taken_on date" becomes a field `taken_on_date`; "publicar un mensaje" reads as a publish transition;
 * "publier un avis avec un auteur et un commentaire" keeps neither field.
 */
const NOT_YET_READ = new Set<string>([
  'en latest readings by their date',
  'es los últimos 2 mensajes',
  "fr les plus récents d'abord, seulement les derniers",
]);

scenarioTableTests({
  title: 'newest first and the latest N, as people write them',
  service: 'latest-svc',
  purpose: 'a record service',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
  atLeast: 15,
});
