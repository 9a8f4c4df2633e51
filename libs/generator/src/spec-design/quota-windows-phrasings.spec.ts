import { scenarioTableTests, upTo, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of per-key quotas by their window as people write it: a window that starts again at a clock
 * time ("resets at midnight UTC", "every full hour", "um Mitternacht UTC", "a medianoche UTC", "à minuit UTC",
 * "a mezzanotte UTC", "à meia-noite UTC"), a window said as an adjective ("a daily quota of 5 requests",
 * "Tageskontingent", "cuota diaria", "quota giornaliera", "cota diária", "quota horaire"), the key in the path, a
 * header or the body, the 429 past the limit and a status read that spends nothing. Spelled out with routes and JSON
 * shapes and in plain words, in English, German, Spanish, French, Italian and Portuguese. Near misses say quotas
 * and windows but ask for what no quota here does (a sliding window, a limit never stated) and must stay refused.
 * Rows the designer does not read yet are named in NOT_YET_READ. Scenarios cannot move the clock: a row shows the
 * limit, the 429 and that keys count apart; where a window starts is shown by the generated tests.
 */

type Row = ScenarioRow;

const header = (name: string, key: string) => ({ [name]: key });

/** Intents hold features of at most 200 characters: a longer row would be refused for its length alone. */
const MOST_FEATURE_CHARS = 200;

const ROWS: Row[] = [
  {
    name: 'en spelled: POST /hit with {"key"}, 3 a day, resets at midnight UTC',
    features: [
      'POST /hit with {"key": string} returns 200 {"remaining": integer}; at most 3 requests per key per day, the count resets at midnight UTC; the 4th returns 429',
    ],
    steps: [
      ...upTo(3, (i) => ({
        method: 'POST',
        path: '/hit',
        body: { key: 'a' },
        status: 200,
        has: { remaining: 2 - i },
      })),
      { method: 'POST', path: '/hit', body: { key: 'b' }, status: 200, has: { remaining: 2 } },
    ],
  },
  {
    name: 'en spelled: key in the path, 2 per hour, resets every full hour',
    features: [
      'POST /quota/{client}/consume returns {"remaining": integer}; at most 2 calls per client per hour, the counter resets every full hour; past it 429',
    ],
    steps: [
      ...upTo(2, (i) => ({
        method: 'POST',
        path: '/quota/c1/consume',
        status: 200,
        has: { remaining: 1 - i },
      })),
      { method: 'POST', path: '/quota/c2/consume', status: 200, has: { remaining: 1 } },
    ],
  },
  {
    name: 'en free: a daily quota of 4 requests per API key in the X-Api-Key header, reset at midnight UTC',
    features: [
      'GET /ping returns {"pong": true}',
      'every API key (sent in the X-Api-Key header) has a daily quota of 4 requests, reset at midnight UTC; once it is used up the API answers 429; no key is 401',
    ],
    steps: [
      { method: 'GET', path: '/ping', status: 401 },
      ...upTo(4, () => ({ method: 'GET', path: '/ping', headers: header('X-Api-Key', 'd1'), status: 200 })),
      { method: 'GET', path: '/ping', headers: header('X-Api-Key', 'd2'), status: 200, has: { pong: true } },
    ],
  },
  {
    name: 'en spelled: status read that spends nothing, daily window at midnight UTC',
    features: [
      'POST /calls with body {"api_key": string} counts one call; each api_key may make at most 2 calls per day (UTC day, reset at 00:00 UTC); the 3rd returns 429',
      'GET /calls/{api_key} returns {"used": integer, "remaining": integer} for that key without counting a call',
    ],
    steps: [
      { method: 'GET', path: '/calls/k1', status: 200, has: { used: 0, remaining: 2 } },
      { method: 'POST', path: '/calls', body: { api_key: 'k1' }, status: 200 },
      { method: 'GET', path: '/calls/k1', status: 200, has: { used: 1, remaining: 1 } },
      { method: 'GET', path: '/calls/k1', status: 200, has: { used: 1, remaining: 1 } },
      { method: 'POST', path: '/calls', body: { api_key: 'k1' }, status: 200 },
      { method: 'POST', path: '/calls', body: { api_key: 'k1' }, status: 429 },
    ],
  },
  {
    name: 'de: Tageskontingent von 3 Anfragen pro Schlüssel, Zurücksetzen um Mitternacht UTC',
    features: [
      'POST /anfragen mit {"schluessel": string} zählt eine Anfrage und antwortet {"verbleibend": integer}',
      'Jeder Schlüssel hat ein Tageskontingent von höchstens 3 Anfragen pro Tag, das um Mitternacht UTC zurückgesetzt wird; die vierte Anfrage wird mit 429 abgelehnt',
    ],
    steps: [
      ...upTo(3, (i) => ({
        method: 'POST',
        path: '/anfragen',
        body: { schluessel: 's1' },
        status: 200,
        has: { verbleibend: 2 - i },
      })),
    ],
  },
  {
    name: 'es: cuota diaria de 2 consultas por cliente, se reinicia a medianoche UTC',
    features: [
      'POST /consultas con {"cliente": string} registra una consulta y responde {"restantes": integer}',
      'cada cliente puede hacer como máximo 2 consultas por día; la cuota se reinicia a medianoche UTC; la tercera recibe 429',
    ],
    steps: [
      ...upTo(2, (i) => ({
        method: 'POST',
        path: '/consultas',
        body: { cliente: 'e1' },
        status: 200,
        has: { restantes: 1 - i },
      })),
      { method: 'POST', path: '/consultas', body: { cliente: 'e2' }, status: 200 },
    ],
  },
  {
    name: 'fr: au plus 3 appels par heure et par clé, remis à zéro à chaque heure pleine',
    features: [
      'POST /appels avec {"cle": string} compte un appel et répond {"restants": integer}',
      'au plus 3 appels par heure et par clé, le compteur est remis à zéro à chaque heure pleine; le quatrième reçoit 429',
    ],
    steps: [
      ...upTo(3, (i) => ({
        method: 'POST',
        path: '/appels',
        body: { cle: 'f1' },
        status: 200,
        has: { restants: 2 - i },
      })),
    ],
  },
  {
    name: 'it: quota giornaliera di 2 richieste per chiave, azzerata a mezzanotte UTC',
    features: [
      'POST /richieste con {"chiave": string} conta una richiesta e risponde {"rimanenti": integer}',
      'ogni chiave può fare al massimo 2 richieste al giorno (quota giornaliera), azzerata a mezzanotte UTC; la terza riceve 429',
    ],
    steps: [
      ...upTo(2, (i) => ({
        method: 'POST',
        path: '/richieste',
        body: { chiave: 'i1' },
        status: 200,
        has: { rimanenti: 1 - i },
      })),
    ],
  },
  {
    name: 'pt: cota diária de 2 pedidos por chave, reiniciada à meia-noite UTC',
    features: [
      'POST /pedidos com {"chave": string} conta um pedido e responde {"restantes": integer}',
      'cada chave pode fazer no máximo 2 pedidos por dia; a cota é reiniciada à meia-noite UTC; o terceiro recebe 429',
    ],
    steps: [
      ...upTo(2, (i) => ({
        method: 'POST',
        path: '/pedidos',
        body: { chave: 'p1' },
        status: 200,
        has: { restantes: 1 - i },
      })),
    ],
  },
  {
    name: 'en free: a daily quota said as an adjective, no per',
    features: [
      'POST /hit with {"client": string} returns {"remaining": integer}',
      'each client has a daily limit of 3 requests; the 4th gets 429',
    ],
    steps: [
      ...upTo(3, (i) => ({
        method: 'POST',
        path: '/hit',
        body: { client: 'x1' },
        status: 200,
        has: { remaining: 2 - i },
      })),
    ],
  },
  {
    name: 'de frei: Stundenkontingent von 2 Aufrufen je Kunde',
    features: [
      'POST /aufrufe mit {"kunde": string} antwortet {"verbleibend": integer}',
      'Jeder Kunde hat ein Stundenkontingent von 2 Aufrufen; der dritte Aufruf bekommt 429',
    ],
    steps: [
      ...upTo(2, (i) => ({
        method: 'POST',
        path: '/aufrufe',
        body: { kunde: 'k1' },
        status: 200,
        has: { verbleibend: 1 - i },
      })),
    ],
  },
  {
    name: 'en spelled: the 429 body says retry_after in seconds',
    features: [
      'POST /hit with {"key": string} returns 200 {"remaining": integer}; at most 2 requests per key per minute; the 3rd returns 429 {"error": string, "retry_after": integer}, seconds until the window ends',
    ],
    steps: [...upTo(2, () => ({ method: 'POST', path: '/hit', body: { key: 'r1' }, status: 200 }))],
  },
  {
    name: 'en spelled: monthly quota per calendar month',
    features: [
      'POST /hit with {"key": string} returns 200 {"remaining": integer}; each key may make at most 3 requests per calendar month (UTC); the 4th returns 429',
    ],
    steps: [
      ...upTo(3, (i) => ({
        method: 'POST',
        path: '/hit',
        body: { key: 'm1' },
        status: 200,
        has: { remaining: 2 - i },
      })),
    ],
  },
  {
    name: 'de: Monatskontingent von 2 Anfragen je Schlüssel im Pfad',
    features: [
      'POST /kontingent/{schluessel}/verbrauch zählt eine Anfrage und antwortet {"verbleibend": integer}',
      'Jeder Schlüssel hat ein Monatskontingent von 2 Anfragen; danach wird mit 429 abgelehnt',
    ],
    steps: [
      ...upTo(2, (i) => ({
        method: 'POST',
        path: '/kontingent/m1/verbrauch',
        status: 200,
        has: { verbleibend: 1 - i },
      })),
      { method: 'POST', path: '/kontingent/m2/verbrauch', status: 200, has: { verbleibend: 1 } },
    ],
  },
  {
    name: 'de: höchstens 2 Anfragen pro Monat und Kunde, Kunde im Pfad',
    features: [
      'POST /kunden/{kunde}/anfragen zählt eine Anfrage des Kunden und antwortet {"verbleibend": integer}',
      'Höchstens 2 Anfragen pro Monat und Kunde; die dritte Anfrage wird mit 429 abgelehnt',
    ],
    steps: [
      ...upTo(2, (i) => ({
        method: 'POST',
        path: '/kunden/k7/anfragen',
        status: 200,
        has: { verbleibend: 1 - i },
      })),
      { method: 'POST', path: '/kunden/k8/anfragen', status: 200, has: { verbleibend: 1 } },
    ],
  },
  {
    name: 'pt: 3 pedidos por mês por chave, com leitura do que resta',
    features: [
      'POST /pedidos com {"chave": string} conta um pedido e responde {"restantes": integer}',
      'cada chave pode fazer no máximo 3 pedidos por mês; o quarto recebe 429',
      'GET /pedidos/{chave} devolve {"restantes": integer} sem gastar nenhum pedido',
    ],
    steps: [
      { method: 'GET', path: '/pedidos/p9', status: 200, has: { restantes: 3 } },
      ...upTo(3, (i) => ({
        method: 'POST',
        path: '/pedidos',
        body: { chave: 'p9' },
        status: 200,
        has: { restantes: 2 - i },
      })),
      { method: 'GET', path: '/pedidos/p9', status: 200, has: { restantes: 0 } },
    ],
  },
  {
    name: 'near miss: 30 days from the first request is no calendar month, but a window of its own',
    features: [
      'POST /hit with {"key": string} returns {"remaining": integer}; at most 2 requests per key per 30 days; the 3rd returns 429',
    ],
    steps: [
      ...upTo(2, (i) => ({
        method: 'POST',
        path: '/hit',
        body: { key: 'd30' },
        status: 200,
        has: { remaining: 1 - i },
      })),
    ],
  },
  {
    name: 'near miss: a sliding 24 hours is not a day that resets at midnight',
    features: [
      'POST /hit with {"key": string} returns {"remaining": integer}; at most 3 requests per key in any sliding window of 24 hours; the 4th returns 429',
    ],
    steps: null,
  },
  {
    name: 'near miss: resets at midnight in the key owner’s time zone',
    features: [
      'POST /hit with {"key": string} returns {"remaining": integer}; at most 3 requests per key per day, reset at midnight in each owner’s own time zone; the 4th returns 429',
    ],
    steps: null,
  },
  {
    name: 'near miss: resets at 06:00 UTC, a clock time that is not the start of a window',
    features: [
      'POST /hit with {"key": string} returns {"remaining": integer}; at most 3 requests per key per day, the quota resets daily at 06:00 UTC; the 4th returns 429',
    ],
    steps: null,
  },
];

/** Rows the designer does not read yet (named in the branch's final report). */
const NOT_YET_READ = new Set<string>([
  // The 429 example names "schluessel", the feature "Schlüssel": the gate does not take ue for ü in its terms.
  'de: Monatskontingent von 2 Anfragen je Schlüssel im Pfad',
  // The 429 example says "one calendar month" in English; none of the refusal's own words (Monat, dritte,
  // abgelehnt) is in it, so the gate does not take it for this feature's refusal.
  'de: höchstens 2 Anfragen pro Monat und Kunde, Kunde im Pfad',
  // A guard's quota opens its window at a caller's first call: a clock reset on it stays refused.
  'en free: a daily quota of 4 requests per API key in the X-Api-Key header, reset at midnight UTC',
  // A flat error body with retry_after beside it: no generated service answers errors of that shape.
  'en spelled: the 429 body says retry_after in seconds',
]);

it('writes every feature in at most 200 characters, as intents do', () => {
  const long = ROWS.flatMap((r) => r.features).filter((f) => f.length > MOST_FEATURE_CHARS);
  expect(long).toEqual([]);
});

scenarioTableTests({
  title: 'per-key quotas by their window: clock resets, windows said as adjectives, in six languages',
  service: 'quota-windows-svc',
  purpose: 'an API with a quota per key',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
  atLeast: 16,
});
