import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { runAcceptancePack } from '../testing/reference-service';
import { runScenario, type ScenarioStep } from '../testing/scenario';

/*
 * The phrasing table of the numbers and list parameters a records feature states, as people write them:
 *
 * - stated defaults and bounds: "page (from 1) and limit (default 10)", "limit defaults to 10", "GET
 *   /leaderboard?limit=N returns the top N players", "score must be an integer ≥ 0, else 400", "a priority from 1
 *   (low) to 5 (urgent) … new tickets have status open", "text of 1..10000 chars, ttl_seconds integer 1..86400";
 *   each number is the service's default or bound, shown at and just past each edge;
 * - filters and sorts as the user words them: "optionally only those in one room" (a filter by room, never a store
 *   named after the adverb), "filter by room and a min/max price, sort by price or purchase date (asc/desc)",
 *   "at most 10 per request";
 * - uniqueness ignoring letter case: "the same e-mail signs up only once … ignoring upper / lower case", a second
 *   sign-up differing only in case is 409.
 *
 * A row is a scenario run against the reference interpreter of the designed contract (the gate must find every
 * feature realised and the contract's own acceptance pack must pass); refusal rows (steps null) must leave a
 * feature unrealised. Rows the designer does not read yet are named in NOT_YET_READ.
 */

interface Row {
  name: string;
  features: string[];
  /** The scenario a faithful service answers; null when the intent must be refused. */
  steps: ScenarioStep[] | null;
}

/** Creates one record per body through the endpoint of feature `feature`. */
function created(bodies: Record<string, unknown>[], feature = 0): ScenarioStep[] {
  return bodies.map((body) => ({ method: 'POST', feature, body, status: 201 }));
}

/** `n` records named `<prefix>0` … through feature `feature`, each with the further fields `more(i)`. */
function many(
  n: number,
  name: string,
  prefix: string,
  more: (i: number) => Record<string, unknown> = () => ({}),
  feature = 0,
): ScenarioStep[] {
  return created(
    Array.from({ length: n }, (_, i) => ({ [name]: `${prefix}${i}`, ...more(i) })),
    feature,
  );
}

/** The records `<prefix>from` … `<prefix>to` (inclusive) as a list expects them. */
function named(name: string, prefix: string, from: number, to: number): Record<string, unknown>[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ [name]: `${prefix}${from + i}` }));
}

// Stated defaults and bounds. ---------------------------------------------------------------------------------

const DEFAULT_ROWS: Row[] = [
  {
    name: 'en spelled: GET /assets also takes page (from 1) and limit (default 10)',
    features: [
      'POST /assets with {"name": string, "owner": string} registers an asset and returns 201 with its id',
      'GET /assets lists all assets',
      'GET /assets also takes page (from 1) and limit (default 10) for pagination',
    ],
    steps: [
      ...many(12, 'name', 'a', () => ({ owner: 'ops' })),
      { method: 'GET', path: '/assets', status: 200, list: named('name', 'a', 0, 9) },
      { method: 'GET', path: '/assets', query: { page: '2' }, status: 200, list: named('name', 'a', 10, 11) },
      {
        method: 'GET',
        path: '/assets',
        query: { page: '1', limit: '5' },
        status: 200,
        list: named('name', 'a', 0, 4),
      },
    ],
  },
  {
    name: 'en free text: limit defaults to 10',
    features: ['keep tools with a name and a shelf', 'list the tools with paging; limit defaults to 10'],
    steps: [
      ...many(11, 'name', 't', () => ({ shelf: 'A' })),
      { method: 'GET', feature: 1, status: 200, list: named('name', 't', 0, 9) },
    ],
  },
  {
    name: 'pt limite padrão 10',
    features: [
      'cadastrar ferramentas com nome e prateleira',
      'listar as ferramentas com paginação: page a partir de 1 e limit (padrão 10)',
    ],
    steps: [
      ...many(11, 'nome|name', 'f', () => ({ 'prateleira|shelf': 'B' })),
      { method: 'GET', feature: 1, status: 200, list: named('nome|name', 'f', 0, 9) },
      { method: 'GET', feature: 1, query: { page: '2' }, status: 200, list: named('nome|name', 'f', 10, 10) },
    ],
  },
  {
    name: 'en spelled: leaderboard top N by best score, score ≥ 0',
    features: [
      'POST /scores with {"player": string, "score": integer} records a score and returns 201',
      'score must be an integer ≥ 0, else 400',
      'GET /leaderboard?limit=N returns the top N players by best score',
    ],
    steps: [
      ...created([
        { player: 'ana', score: 5 },
        { player: 'ben', score: 9 },
        { player: 'ana', score: 12 },
        { player: 'cy', score: 1 },
      ]),
      { method: 'POST', path: '/scores', body: { player: 'dee', score: -1 }, status: 400 },
      { method: 'POST', path: '/scores', body: { player: 'dee', score: 2.5 }, status: 400 },
      { method: 'POST', path: '/scores', body: { player: 'dee', score: 0 }, status: 201 },
      {
        method: 'GET',
        path: '/leaderboard',
        query: { limit: '2' },
        status: 200,
        list: [
          { player: 'ana', 'best|score|best_score': 12 },
          { player: 'ben', 'best|score|best_score': 9 },
        ],
      },
    ],
  },
  {
    name: 'it punteggio intero ≥ 0, altrimenti 400',
    features: [
      'POST /punteggi con {"giocatore": string, "punti": integer} registra un punteggio e risponde 201',
      'i punti devono essere un intero ≥ 0, altrimenti 400',
    ],
    steps: [
      { method: 'POST', path: '/punteggi', body: { giocatore: 'eva', punti: -1 }, status: 400 },
      { method: 'POST', path: '/punteggi', body: { giocatore: 'eva', punti: 0 }, status: 201 },
    ],
  },
  {
    name: 'en tickets: priority 1 (low) to 5 (urgent), optional assignee, status open',
    features: [
      'create tickets with a title, a priority from 1 (low) to 5 (urgent) and an optional assignee; new tickets have status open',
      'show a ticket by its id',
    ],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { title: 'Printer jam', priority: 5 },
        status: 201,
        has: { status: 'open', priority: 5 },
        save: { id: 'id' },
      },
      { method: 'GET', feature: 1, params: ['{{id}}'], status: 200, has: { title: 'Printer jam' } },
      { method: 'POST', feature: 0, body: { title: 'Mouse', priority: 1, assignee: 'kim' }, status: 201 },
      { method: 'POST', feature: 0, body: { title: 'Low', priority: 0 }, status: 400 },
      { method: 'POST', feature: 0, body: { title: 'High', priority: 6 }, status: 400 },
    ],
  },
  {
    name: 'fr tickets : priorité de 1 à 5, statut ouvert',
    features: [
      'créer des tickets avec un titre et une priorité de 1 (basse) à 5 (urgente) ; un nouveau ticket a le statut "ouvert"',
    ],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { 'titre|title': 'Panne', 'priorite|priority|priorité': 5 },
        status: 201,
        has: { 'statut|status': 'ouvert' },
      },
      {
        method: 'POST',
        feature: 0,
        body: { 'titre|title': 'X', 'priorite|priority|priorité': 6 },
        status: 400,
      },
    ],
  },
  {
    name: 'en spelled: text 1..10000 chars, ttl_seconds 1..86400',
    features: [
      'POST /pastes with {"text": string, "ttl_seconds": integer} stores a paste and returns 201 with its id',
      'text of 1..10000 chars, ttl_seconds integer 1..86400; anything else returns 400',
    ],
    steps: [
      { method: 'POST', path: '/pastes', body: { text: '', ttl_seconds: 60 }, status: 400 },
      { method: 'POST', path: '/pastes', body: { text: 'k'.repeat(10001), ttl_seconds: 60 }, status: 400 },
      { method: 'POST', path: '/pastes', body: { text: 'hi', ttl_seconds: 0 }, status: 400 },
      { method: 'POST', path: '/pastes', body: { text: 'hi', ttl_seconds: 86401 }, status: 400 },
      { method: 'POST', path: '/pastes', body: { text: 'hi', ttl_seconds: 1.5 }, status: 400 },
      {
        method: 'POST',
        path: '/pastes',
        body: { text: 'k'.repeat(10000), ttl_seconds: 86400 },
        status: 201,
      },
      { method: 'POST', path: '/pastes', body: { text: 'k', ttl_seconds: 1 }, status: 201 },
    ],
  },
  {
    name: 'de Text 1 bis 500 Zeichen, sonst 400',
    features: [
      'POST /notizen mit {"text": string} speichert eine Notiz und antwortet 201',
      'der text hat 1 bis 500 Zeichen, sonst 400',
    ],
    steps: [
      { method: 'POST', path: '/notizen', body: { text: '' }, status: 400 },
      { method: 'POST', path: '/notizen', body: { text: 'k'.repeat(501) }, status: 400 },
      { method: 'POST', path: '/notizen', body: { text: 'k'.repeat(500) }, status: 201 },
    ],
  },
];

// Filters and sorts as the user words them. -------------------------------------------------------------------

const DEVICES = [
  { name: 'lamp', room: 'kitchen' },
  { name: 'fan', room: 'hall' },
  { name: 'radio', room: 'kitchen' },
];

const FILTER_ROWS: Row[] = [
  {
    name: 'en list devices, optionally only those in one room',
    features: ['add devices with a name and a room', 'list devices, optionally only those in one room'],
    steps: [
      ...created(DEVICES),
      {
        method: 'GET',
        feature: 1,
        status: 200,
        list: [{ name: 'lamp' }, { name: 'fan' }, { name: 'radio' }],
      },
      {
        method: 'GET',
        feature: 1,
        query: { room: 'kitchen' },
        status: 200,
        list: [{ name: 'lamp' }, { name: 'radio' }],
      },
    ],
  },
  {
    name: 'de Geräte auflisten, optional nur die eines Raums',
    features: ['Geräte mit Name und Raum erfassen', 'Geräte auflisten, optional nur die eines Raums'],
    steps: [
      ...created([
        { name: 'Lampe', 'raum|room': 'Küche' },
        { name: 'Radio', 'raum|room': 'Flur' },
      ]),
      { method: 'GET', feature: 1, query: { 'raum|room': 'Küche' }, status: 200, list: [{ name: 'Lampe' }] },
    ],
  },
  {
    name: 'fr lister les appareils, éventuellement seulement ceux d’une pièce',
    features: [
      'ajouter des appareils avec un nom et une pièce',
      'lister les appareils, éventuellement seulement ceux d’une pièce',
    ],
    steps: [
      ...created([
        { 'nom|name': 'lampe', 'piece|room': 'cuisine' },
        { 'nom|name': 'radio', 'piece|room': 'salon' },
      ]),
      {
        method: 'GET',
        feature: 1,
        query: { 'piece|room': 'salon' },
        status: 200,
        list: [{ 'nom|name': 'radio' }],
      },
    ],
  },
  {
    name: 'en instruments: filter by room and min/max price, sort by price or purchase date, paging',
    features: [
      'add instruments with a name, a room, a price and a purchase date',
      'list instruments: filter by room and a min/max price, sort by price or purchase date (asc/desc), with paging',
    ],
    steps: [
      ...created([
        { name: 'cello', room: 'A', price: 900, purchase_date: '2024-03-01' },
        { name: 'flute', room: 'B', price: 300, purchase_date: '2023-01-15' },
        { name: 'piano', room: 'A', price: 5000, purchase_date: '2022-06-30' },
        { name: 'oboe', room: 'A', price: 450, purchase_date: '2025-02-02' },
      ]),
      {
        method: 'GET',
        feature: 1,
        query: { room: 'A' },
        status: 200,
        list: [{ name: 'cello' }, { name: 'piano' }, { name: 'oboe' }],
      },
      {
        method: 'GET',
        feature: 1,
        query: { room: 'A', min_price: '450', max_price: '900' },
        status: 200,
        list: [{ name: 'cello' }, { name: 'oboe' }],
      },
      {
        method: 'GET',
        feature: 1,
        query: { 'sort|sort_by': 'price', 'order|dir': 'desc' },
        status: 200,
        list: [{ name: 'piano' }, { name: 'cello' }, { name: 'oboe' }, { name: 'flute' }],
      },
      {
        method: 'GET',
        feature: 1,
        query: { 'sort|sort_by': 'purchase_date', 'order|dir': 'asc' },
        status: 200,
        list: [{ name: 'piano' }, { name: 'flute' }, { name: 'cello' }, { name: 'oboe' }],
      },
    ],
  },
  {
    name: 'es instrumentos: solo los de una sala, ordenados por precio',
    features: [
      'registrar instrumentos con nombre, sala y precio',
      'listar los instrumentos, opcionalmente solo los de una sala, ordenados por precio',
    ],
    steps: [
      ...created([
        { 'nombre|name': 'violin', 'sala|room': 'A', 'precio|price': 700 },
        { 'nombre|name': 'tuba', 'sala|room': 'B', 'precio|price': 200 },
        { 'nombre|name': 'arpa', 'sala|room': 'A', 'precio|price': 300 },
      ]),
      {
        method: 'GET',
        feature: 1,
        query: { 'sala|room': 'A' },
        status: 200,
        list: [{ 'nombre|name': 'arpa' }, { 'nombre|name': 'violin' }],
      },
    ],
  },
  {
    name: 'en at most 10 per request',
    features: ['store readings with a sensor and a value', 'list the readings, at most 10 per request'],
    steps: [
      ...many(12, 'sensor', 's', (i) => ({ value: i })),
      { method: 'GET', feature: 1, status: 200, list: named('sensor', 's', 0, 9) },
    ],
  },
  {
    name: 'en an optional filter on a field the records lack is refused',
    features: ['add devices with a name and a brand', 'list devices, optionally only those in one room'],
    steps: null,
  },
];

// Uniqueness ignoring letter case. ----------------------------------------------------------------------------

/** A sign-up, then the same address in other letter case refused with 409, then another address taken. */
function onceIgnoringCase(field: string, feature = 0): ScenarioStep[] {
  return [
    {
      method: 'POST',
      feature,
      body: { [field]: 'ana@example.org', 'name|nom|nombre|nome': 'Ana' },
      status: 201,
    },
    {
      method: 'POST',
      feature,
      body: { [field]: 'Ana@Example.ORG', 'name|nom|nombre|nome': 'A2' },
      status: 409,
    },
    {
      method: 'POST',
      feature,
      body: { [field]: 'ben@example.org', 'name|nom|nombre|nome': 'Ben' },
      status: 201,
    },
  ];
}

const EMAIL = 'email|e_mail|correo|courriel|mail';

const UNIQUE_ROWS: Row[] = [
  {
    name: 'en the same e-mail signs up only once, ignoring upper / lower case',
    features: [
      'sign up with an e-mail and a name',
      'the same e-mail signs up only once: a second sign-up returns 409, ignoring upper / lower case',
    ],
    steps: onceIgnoringCase(EMAIL),
  },
  {
    name: 'fr le même e-mail une seule fois, sans tenir compte des majuscules',
    features: [
      'inscrire des membres avec un e-mail et un nom',
      'le même e-mail ne peut s’inscrire qu’une seule fois, sans tenir compte des majuscules : sinon 409',
    ],
    steps: onceIgnoringCase(EMAIL),
  },
  {
    name: 'es el mismo correo solo una vez, sin distinguir mayúsculas',
    features: [
      'registrar socios con un correo y un nombre',
      'el mismo correo solo se puede registrar una vez, sin distinguir mayúsculas y minúsculas (409)',
    ],
    steps: onceIgnoringCase(EMAIL),
  },
  {
    name: 'it la stessa email una sola volta, senza distinguere maiuscole',
    features: [
      'iscrivere utenti con email e nome',
      'la stessa email si può iscrivere una sola volta, senza distinguere maiuscole e minuscole: altrimenti 409',
    ],
    steps: onceIgnoringCase(EMAIL),
  },
  {
    name: 'pt o mesmo e-mail uma única vez, sem diferenciar maiúsculas',
    features: [
      'cadastrar clientes com e-mail e nome',
      'o mesmo e-mail só pode ser cadastrado uma única vez, sem diferenciar maiúsculas de minúsculas (409)',
    ],
    steps: onceIgnoringCase(EMAIL),
  },
  {
    name: 'de dieselbe E-Mail nur einmal, Groß-/Kleinschreibung egal',
    features: [
      'Mitglieder mit E-Mail und Name anmelden',
      'dieselbe E-Mail kann sich nur einmal anmelden, Groß-/Kleinschreibung egal; sonst 409',
    ],
    steps: onceIgnoringCase(EMAIL),
  },
];

const ROWS: Row[] = [...DEFAULT_ROWS, ...FILTER_ROWS, ...UNIQUE_ROWS];

/**
 * Rows the designer does not read yet (named in the branch's final report). Why each waits: a German length
 * bound ("der text hat 1 bis 500 Zeichen, sonst 400") gets its worked 400s, but the gate finds none of them its
 * own (it matches no German word of the feature to them); "Mitglieder … anmelden" is no create ("anmelden" is
 * also logging in), so the rule has no records to hold.
 */
const NOT_YET_READ = new Set<string>([
  'de Text 1 bis 500 Zeichen, sonst 400',
  'de dieselbe E-Mail nur einmal, Groß-/Kleinschreibung egal',
]);

function problemsOf(row: Row): string[] {
  const { contract, fidelity } = judgedOffline(familyIntent('lists-svc', 'a record service', row.features));
  if (row.steps === null)
    return fidelity.every((f) => f.realised)
      ? ['every feature realised, but the intent must be refused']
      : [];
  const unrealised = fidelity
    .filter((f) => !f.realised)
    .map((f) => `unrealised: ${f.feature} (${f.problems.join('; ')})`);
  if (unrealised.length > 0) return unrealised;
  // A store named after a word of a list option ("optionally", "only") is the wrong domain, however it answers.
  const misnamed = contract.resources
    .map((r) => r.name)
    .filter((n) => /^(optional|optionall|only|nur|solo|seulement|eventuel|opcional)/.test(n));
  if (misnamed.length > 0) return [`a store named after a word of a list option: ${misnamed.join(', ')}`];
  return [...runAcceptancePack(contract), ...runScenario(contract, row.features, row.steps)];
}

describe('list defaults, field bounds, filters, sorts and case-blind uniqueness, as people write them', () => {
  it('names every row once, and every row not read yet is one of them', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
    expect([...NOT_YET_READ].filter((n) => !ROWS.some((r) => r.name === n))).toEqual([]);
  });

  const read = ROWS.filter((r) => !NOT_YET_READ.has(r.name)).map((r) => [r.name, r] as const);
  if (read.length > 0) {
    it.each(read)('%s is designed faithfully', (_, row) => {
      expect(problemsOf(row)).toEqual([]);
    });
  }

  const notYet = ROWS.filter((r) => NOT_YET_READ.has(r.name)).map((r) => [r.name, r] as const);
  if (notYet.length > 0) {
    it.each(notYet)('%s is not read yet (drop it from NOT_YET_READ once it is)', (_, row) => {
      expect(problemsOf(row)).not.toEqual([]);
    });
  }
});
