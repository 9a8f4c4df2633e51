import type { ScenarioStep } from '../testing/scenario';
import { scenarioTableTests, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of three kinds the read sets kept refusing, written before the code that reads them:
 *
 * - echo and ping routes whose answer is built from the request: "GET /echo?msg=hi returns {"echo": "hi"}" answers
 *   the query parameter in the named response field (a constant answer only where the feature states a constant:
 *   "GET /ping returns {"pong": true}");
 * - a header requirement: "callers identify with the X-Api-Key header; a request without it returns 401" (any
 *   non-empty value identifies a caller: the feature names no list of accepted keys);
 * - a per-key quota counted on that same route, keyed by the header ("each key may make 3 calls per minute; the
 *   4th gets 429").
 *
 * A row is a scenario run against the reference interpreter of the designed contract (the gate must find every
 * feature realised and the contract's own acceptance pack must pass); refusal rows (steps null) must leave a
 * feature unrealised. Rows the designer does not read yet are named in NOT_YET_READ.
 */

type Row = ScenarioRow;

const get = (
  path: string,
  query: Record<string, string>,
  status: number,
  has?: Record<string, unknown>,
  headers?: Record<string, string>,
): ScenarioStep => ({
  method: 'GET',
  path,
  query,
  status,
  ...(has ? { has } : {}),
  ...(headers ? { headers } : {}),
});

// Echo and ping routes that answer the request. ----------------------------------------------------------------

const ECHO_ROWS: Row[] = [
  {
    name: 'en GET /echo?msg=hi returns {"echo": "hi"}',
    features: ['GET /echo?msg=hi returns {"echo": "hi"}'],
    steps: [
      get('/echo', { msg: 'hello there' }, 200, { echo: 'hello there' }),
      get('/echo', { msg: 'Grüße' }, 200, { echo: 'Grüße' }),
      get('/echo', {}, 400),
    ],
  },
  {
    name: 'de GET /wiederhole?text=hallo antwortet mit demselben Text',
    features: [
      'GET /wiederhole?text=hallo antwortet {"text": "hallo"} – also genau den Text, der gesendet wurde',
    ],
    steps: [
      get('/wiederhole', { text: 'guten Tag' }, 200, { text: 'guten Tag' }),
      get('/wiederhole', {}, 400),
    ],
  },
  {
    name: 'es POST /eco con {"mensaje": string} devuelve {"eco": string}, el mismo mensaje',
    features: ['POST /eco con {"mensaje": string} devuelve {"eco": string} con el mismo mensaje recibido'],
    steps: [
      { method: 'POST', path: '/eco', body: { mensaje: 'hola' }, status: 200, has: { eco: 'hola' } },
      { method: 'POST', path: '/eco', body: { mensaje: 'adiós' }, status: 200, has: { eco: 'adiós' } },
      { method: 'POST', path: '/eco', body: {}, status: 400 },
    ],
  },
  {
    name: 'fr GET /ping?nom=Ana renvoie {"pong": "Ana"}',
    features: ['GET /ping?nom=Ana renvoie {"pong": "Ana"}'],
    steps: [get('/ping', { nom: 'Zoé' }, 200, { pong: 'Zoé' }), get('/ping', {}, 400)],
  },
  {
    name: 'it GET /ripeti?parola=ciao restituisce {"parola": "ciao"}',
    features: ['GET /ripeti?parola=ciao restituisce {"parola": "ciao"}'],
    steps: [get('/ripeti', { parola: 'buongiorno' }, 200, { parola: 'buongiorno' })],
  },
  {
    name: 'pt GET /eco?texto=oi devolve {"eco": "oi"}',
    features: ['GET /eco?texto=oi devolve {"eco": "oi"}'],
    steps: [get('/eco', { texto: 'bom dia' }, 200, { eco: 'bom dia' })],
  },
  {
    name: 'en constant: GET /ping returns {"pong": true}',
    features: ['GET /ping returns {"pong": true}'],
    steps: [get('/ping', {}, 200, { pong: true }), get('/ping', { x: '1' }, 200, { pong: true })],
  },
];

// A header every call must carry, answered 401 without it. -----------------------------------------------------

const KEY = { 'X-Api-Key': 'partner-1' };

const HEADER_ROWS: Row[] = [
  {
    name: 'en GET /v1/echo?msg=<text> returns {"msg": <text>}, 401 without X-Api-Key',
    features: [
      'GET /v1/echo?msg=<text> returns {"msg": <text>}',
      'callers identify with the X-Api-Key header; a request without it gets 401',
    ],
    steps: [
      get('/v1/echo', { msg: 'hi' }, 401),
      get('/v1/echo', { msg: 'hi' }, 200, { msg: 'hi' }, KEY),
      get('/v1/echo', { msg: 'again' }, 200, { msg: 'again' }, { 'X-Api-Key': 'any-other' }),
    ],
  },
  {
    name: 'de GET /ping, Aufrufe ohne Kopfzeile X-Api-Key werden mit 401 abgewiesen',
    features: [
      'GET /ping antwortet {"pong": true}',
      'Aufrufe ohne die Kopfzeile X-Api-Key werden mit 401 abgewiesen',
    ],
    steps: [get('/ping', {}, 401), get('/ping', {}, 200, { pong: true }, KEY)],
  },
  {
    name: 'fr GET /echo?texte=salut, un appel sans en-tête X-Api-Key est refusé (401)',
    features: [
      'GET /echo?texte=salut renvoie {"echo": "salut"}',
      'un appel sans en-tête X-Api-Key est refusé avec 401',
    ],
    steps: [
      get('/echo', { texte: 'salut' }, 401),
      get('/echo', { texte: 'bonsoir' }, 200, { echo: 'bonsoir' }, KEY),
    ],
  },
  {
    name: 'en another header: every call must carry X-Client-Id, otherwise 401',
    features: [
      'GET /status returns {"status": "up"}',
      'every call must carry an X-Client-Id header, otherwise 401',
    ],
    steps: [
      get('/status', {}, 401),
      get('/status', {}, 401, undefined, { 'X-Api-Key': 'wrong-header' }),
      get('/status', {}, 200, { status: 'up' }, { 'X-Client-Id': 'c-7' }),
    ],
  },
];

// The header's key also counted by a per-key quota on the same route. -----------------------------------------

const QUOTA_ROWS: Row[] = [
  {
    name: 'en echo with 401 without X-Api-Key and 3 calls per key per minute',
    features: [
      'GET /echo?msg=hi returns {"echo": "hi"}',
      'callers identify with an X-Api-Key header, a request without it returns 401',
      'each key may make 3 calls per minute; the 4th gets 429 with remaining and reset',
    ],
    steps: [
      get('/echo', { msg: 'a' }, 401),
      ...['1', '2', '3'].map((n) =>
        get('/echo', { msg: `m${n}` }, 200, { echo: `m${n}` }, { 'X-Api-Key': 'k1' }),
      ),
      get('/echo', { msg: 'm4' }, 429, undefined, { 'X-Api-Key': 'k1' }),
      get('/echo', { msg: 'b' }, 200, { echo: 'b' }, { 'X-Api-Key': 'k2' }),
    ],
  },
  {
    name: 'es GET /eco?texto=hola, 401 sin cabecera X-Api-Key, 2 peticiones por clave y minuto',
    features: [
      'GET /eco?texto=hola devuelve {"texto": "hola"}',
      'las peticiones sin la cabecera X-Api-Key se rechazan con 401',
      'cada clave puede hacer 2 peticiones por minuto; la tercera recibe 429',
    ],
    steps: [
      get('/eco', { texto: 'x' }, 401),
      get('/eco', { texto: 'uno' }, 200, { texto: 'uno' }, { 'X-Api-Key': 'c' }),
      get('/eco', { texto: 'dos' }, 200, { texto: 'dos' }, { 'X-Api-Key': 'c' }),
      get('/eco', { texto: 'tres' }, 429, undefined, { 'X-Api-Key': 'c' }),
      get('/eco', { texto: 'otra' }, 200, { texto: 'otra' }, { 'X-Api-Key': 'd' }),
    ],
  },
  {
    name: 'it GET /ping con intestazione X-Api-Key obbligatoria (401) e 2 chiamate al minuto per chiave',
    features: [
      'GET /ping risponde {"pong": true}',
      'senza l’intestazione X-Api-Key la chiamata è rifiutata con 401',
      'al massimo 2 chiamate al minuto per chiave, la terza riceve 429',
    ],
    steps: [
      get('/ping', {}, 401),
      get('/ping', {}, 200, { pong: true }, { 'X-Api-Key': 'p' }),
      get('/ping', {}, 200, { pong: true }, { 'X-Api-Key': 'p' }),
      get('/ping', {}, 429, undefined, { 'X-Api-Key': 'p' }),
      get('/ping', {}, 200, { pong: true }, { 'X-Api-Key': 'q' }),
    ],
  },
  {
    name: 'pt GET /eco?msg=oi, sem cabeçalho X-Api-Key 401, 3 chamadas por chave por minuto',
    features: [
      'GET /eco?msg=oi devolve {"msg": "oi"}; quem chama se identifica pelo cabeçalho X-Api-Key e sem ele recebe 401',
      'cada chave pode fazer 3 chamadas por minuto; a quarta recebe 429',
    ],
    steps: [
      get('/eco', { msg: 'oi' }, 401),
      ...['a', 'b', 'c'].map((m) => get('/eco', { msg: m }, 200, { msg: m }, { 'X-Api-Key': 'z' })),
      get('/eco', { msg: 'd' }, 429, undefined, { 'X-Api-Key': 'z' }),
    ],
  },
];

// Refused: what a header check cannot know. --------------------------------------------------------------------

const REFUSAL_ROWS: Row[] = [
  {
    name: 'en only keys issued by the partner portal are accepted (the keys are nowhere in the intent)',
    features: [
      'GET /ping returns {"pong": true}',
      'only API keys issued by our partner portal are accepted in X-Api-Key; any other key gets 403',
    ],
    steps: null,
  },
  {
    name: 'en a request without a valid JWT bearer token returns 401 (a signature the intent gives no secret for)',
    features: [
      'GET /echo?msg=hi returns {"echo": "hi"}',
      'a request without a valid JWT bearer token returns 401',
    ],
    steps: null,
  },
];

const ROWS: Row[] = [...ECHO_ROWS, ...HEADER_ROWS, ...QUOTA_ROWS, ...REFUSAL_ROWS];

/** Rows the designer does not read yet (named in the branch's final report). */
const NOT_YET_READ = new Set<string>([]);

scenarioTableTests({
  title: 'echo routes that answer the request, X-Api-Key headers and per-key quotas, as people write them',
  service: 'api-key-svc',
  purpose: 'a small partner API',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
  atLeast: 17,
});
