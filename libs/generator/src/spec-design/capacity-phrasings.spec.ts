import type { HttpMethod, SpecContract } from '@sf/service-spec';
import { familyIntent, judgedOffline } from '../testing/offline-spec';
import {
  ReferenceService,
  containsInOrder,
  containsSubset,
  runAcceptancePack,
} from '../testing/reference-service';

/*
 * The phrasing table of four record classes that intents kept asking for and the designer refused:
 *
 * - capacity: sign-ups / bookings / passengers hung under a parent record with a number of places (cupo,
 *   places, seats, spots, plazas, Plätze, posti, vagas): each sign-up takes one, a full parent answers 409,
 *   a derived "remaining" field is capacity − taken, and a cancellation frees a place when a feature says so.
 *   A "full → 409" with no capacity anywhere in the records is refused (full of what?).
 * - latest N: "most recent first, and only the last few (the latest 5)": newest first by default (creation
 *   order when the records hold no date) and a parameter that keeps only the first n of that order.
 * - partial updates of named fields: `PATCH /items/{sku} with {"quantity": integer}` changes that field only,
 *   keeps every other field, 404 for an unknown key and 400 for a value outside the field's domain.
 * - look-up by id: "look a guest up by its id" is the record's get.
 *
 * A row is a scenario a faithful service must answer, run against the reference interpreter of the contract
 * the designer writes (ReferenceService): a request either names its literal path or, for free-text rows, the
 * endpoint of a feature (by index and method, like eval probes). Every feature must be realised (the gate's
 * verdict) and the contract's own acceptance pack must pass; refusal rows must leave a feature unrealised.
 */

interface Step {
  method: HttpMethod;
  /** A literal path; `{{name}}` is a value saved by an earlier step. */
  path?: string;
  /** Otherwise the endpoint realising this feature (index into the row's features) with this method. */
  feature?: number;
  /** Path parameters of a feature's endpoint, in path order. */
  params?: string[];
  query?: Record<string, string>;
  /** A key may list `|` alternatives: the first one the endpoint's request body names is sent. */
  body?: Record<string, unknown>;
  status: number;
  /** Subset of the answer (keys may list `|` alternatives); `in_order` for arrays that must come in order. */
  has?: unknown;
  in_order?: boolean;
  /** Saves `body.<field>` of the answer under a name. */
  save?: Record<string, string>;
}

interface Row {
  name: string;
  features: string[];
  /** The scenario a faithful service answers; null when the intent must be refused. */
  steps: Step[] | null;
}

const fill = (s: string, vars: Record<string, unknown>) =>
  s.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

function fillValue(v: unknown, vars: Record<string, unknown>): unknown {
  if (typeof v === 'string') {
    const whole = /^\{\{(\w+)\}\}$/.exec(v);
    return whole && whole[1] in vars ? vars[whole[1]] : fill(v, vars);
  }
  if (Array.isArray(v)) return v.map((x) => fillValue(x, vars));
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillValue(x, vars)]));
  return v;
}

/** An expected subset whose keys may list alternatives, resolved against the actual answer. */
function resolveKeys(expected: unknown, actual: unknown): unknown {
  if (Array.isArray(expected))
    return expected.map((x, i) => resolveKeys(x, Array.isArray(actual) ? actual[i] : undefined));
  if (expected === null || typeof expected !== 'object') return expected;
  const got = (actual ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(expected).map(([k, v]) => {
      const key = k.split('|').find((a) => a in got) ?? k.split('|')[0];
      return [key, resolveKeys(v, got[key])];
    }),
  );
}

function bodyFields(contract: SpecContract, method: HttpMethod, path: string): string[] {
  const e = contract.endpoints.find((x) => x.method === method && x.path === path);
  const body = e?.request.body as { fields?: { name: string }[] } | undefined;
  return (body?.fields ?? []).map((f) => f.name);
}

function runScenario(contract: SpecContract, features: string[], steps: Step[]): string[] {
  const service = new ReferenceService(contract);
  const vars: Record<string, unknown> = {};
  for (const [i, step] of steps.entries()) {
    let path: string;
    let pattern: string;
    if (step.path !== undefined) {
      path = fill(step.path, vars);
      pattern = step.path;
    } else {
      const e = contract.endpoints.find(
        (x) => x.method === step.method && x.features.includes(features[step.feature ?? -1]),
      );
      if (!e) return [`step ${i + 1}: no ${step.method} endpoint realises feature ${step.feature}`];
      pattern = e.path;
      let n = 0;
      path = e.path.replace(/\{[^}]+\}/g, (m) => fill(step.params?.[n++] ?? m, vars));
    }
    const names = bodyFields(contract, step.method, pattern);
    const body =
      step.body === undefined
        ? undefined
        : Object.fromEntries(
            Object.entries(fillValue(step.body, vars) as Record<string, unknown>).map(([k, v]) => [
              k.split('|').find((a) => names.includes(a)) ?? k.split('|')[0],
              v,
            ]),
          );
    const query =
      step.query === undefined
        ? undefined
        : Object.fromEntries(Object.entries(step.query).map(([k, v]) => [k, fill(v, vars)]));
    const res = service.handle({ method: step.method, path, body, query });
    const where = `step ${i + 1} ${step.method} ${path}`;
    if (res.status !== step.status)
      return [`${where}: ${res.status} ${JSON.stringify(res.body)}, expected ${step.status}`];
    if (step.has !== undefined) {
      const want = resolveKeys(fillValue(step.has, vars), res.body);
      const match = step.in_order ? containsInOrder : containsSubset;
      if (!match(want, res.body))
        return [`${where}: ${JSON.stringify(res.body)} lacks ${JSON.stringify(want)}`];
    }
    for (const [name, field] of Object.entries(step.save ?? {}))
      vars[name] = (res.body as Record<string, unknown>)[field];
  }
  return [];
}

// Capacity rows. ---------------------------------------------------------------------------------------------

const TALLERES = [
  'POST /talleres con {"nombre": string, "cupo": entero > 0} crea un taller (201) con id',
  'POST /talleres/{id}/inscripciones con {"email": string} inscribe a una persona (201); si el taller ya está lleno devuelve 409',
];

function fullAfter(create: Step, join: (n: number) => Step, taken: number, extra: Step[] = []): Step[] {
  return [
    { ...create, save: { id: 'id' } },
    ...Array.from({ length: taken }, (_, n) => join(n)),
    { ...join(taken), status: 409 },
    ...extra,
  ];
}

const ROWS: Row[] = [
  {
    name: 'es talleres: cupo 2, la tercera inscripción es 409',
    features: TALLERES,
    steps: fullAfter(
      { method: 'POST', path: '/talleres', body: { nombre: 'Cerámica', cupo: 2 }, status: 201 },
      (n) => ({
        method: 'POST',
        path: '/talleres/{{id}}/inscripciones',
        body: { email: `p${n}@example.es` },
        status: 201,
      }),
      2,
    ),
  },
  {
    name: 'es talleres: inscritos counts the sign-ups',
    features: [
      ...TALLERES,
      'GET /talleres/{id} devuelve el taller con "inscritos": el número de personas inscritas',
    ],
    steps: [
      {
        method: 'POST',
        path: '/talleres',
        body: { nombre: 'Cocina', cupo: 3 },
        status: 201,
        save: { id: 'id' },
      },
      {
        method: 'POST',
        path: '/talleres/{{id}}/inscripciones',
        body: { email: 'a@example.es' },
        status: 201,
      },
      {
        method: 'POST',
        path: '/talleres/{{id}}/inscripciones',
        body: { email: 'b@example.es' },
        status: 201,
      },
      { method: 'GET', path: '/talleres/{{id}}', status: 200, has: { nombre: 'Cocina', inscritos: 2 } },
      { method: 'GET', path: '/talleres/nope', status: 404 },
      { method: 'POST', path: '/talleres/nope/inscripciones', body: { email: 'c@example.es' }, status: 404 },
    ],
  },
  {
    name: 'fr covoiturage: places_restantes, complet 409',
    features: [
      'POST /trajets {"conducteur": string, "depart": date-heure ISO, "places": entier de 1 à 8} répond 201 {"id", "places_restantes"} ; places hors de 1 à 8 → 400',
      'POST /trajets/{id}/passagers {"nom": string} réserve une place : 201, places_restantes baisse de 1 ; trajet complet → 409 ; même nom deux fois → 409',
    ],
    steps: [
      {
        method: 'POST',
        path: '/trajets',
        body: { conducteur: 'Hugo', depart: '2026-09-15T07:00:00Z', places: 2 },
        status: 201,
        has: { places_restantes: 2 },
        save: { id: 'id' },
      },
      {
        method: 'POST',
        path: '/trajets',
        body: { conducteur: 'X', depart: '2026-09-15T07:00:00Z', places: 9 },
        status: 400,
      },
      { method: 'POST', path: '/trajets/{{id}}/passagers', body: { nom: 'Lea' }, status: 201 },
      { method: 'POST', path: '/trajets/{{id}}/passagers', body: { nom: 'Lea' }, status: 409 },
      { method: 'POST', path: '/trajets/{{id}}/passagers', body: { nom: 'Marc' }, status: 201 },
      { method: 'POST', path: '/trajets/{{id}}/passagers', body: { nom: 'Zoe' }, status: 409 },
    ],
  },
  {
    name: 'en events: registrations until the event is full',
    features: [
      'POST /events with {"title": string, "capacity": integer} creates an event (201)',
      'POST /events/{id}/registrations with {"name": string} registers a person (201); when the event is full it returns 409',
    ],
    steps: fullAfter(
      { method: 'POST', path: '/events', body: { title: 'Meetup', capacity: 3 }, status: 201 },
      (n) => ({
        method: 'POST',
        path: '/events/{{id}}/registrations',
        body: { name: `guest ${n}` },
        status: 201,
      }),
      3,
    ),
  },
  {
    name: 'en tours: seats_left goes down by one per booking',
    features: [
      'POST /tours with {"name": string, "seats": integer} returns 201 {"id", "seats_left"}',
      'POST /tours/{id}/bookings with {"name": string} books a seat (201) and seats_left goes down by 1; a full tour → 409',
      'GET /tours/{id} returns the tour with seats_left',
    ],
    steps: [
      {
        method: 'POST',
        path: '/tours',
        body: { name: 'Old town', seats: 2 },
        status: 201,
        has: { seats_left: 2 },
        save: { id: 'id' },
      },
      { method: 'POST', path: '/tours/{{id}}/bookings', body: { name: 'Ann' }, status: 201 },
      { method: 'GET', path: '/tours/{{id}}', status: 200, has: { seats_left: 1 } },
      { method: 'POST', path: '/tours/{{id}}/bookings', body: { name: 'Bob' }, status: 201 },
      { method: 'GET', path: '/tours/{{id}}', status: 200, has: { seats_left: 0 } },
      { method: 'POST', path: '/tours/{{id}}/bookings', body: { name: 'Cy' }, status: 409 },
    ],
  },
  {
    name: 'en tours: cancelling a booking frees its seat',
    features: [
      'POST /tours with {"name": string, "seats": integer} returns 201 {"id", "seats_left"}',
      'POST /tours/{id}/bookings with {"name": string} books a seat (201); a full tour → 409',
      'DELETE /tours/{id}/bookings/{name} cancels the booking (204) and frees the seat',
    ],
    steps: fullAfter(
      { method: 'POST', path: '/tours', body: { name: 'Harbour', seats: 1 }, status: 201 },
      (n) => ({ method: 'POST', path: '/tours/{{id}}/bookings', body: { name: `b${n}` }, status: 201 }),
      1,
      [
        { method: 'DELETE', path: '/tours/{{id}}/bookings/b0', status: 204 },
        { method: 'POST', path: '/tours/{{id}}/bookings', body: { name: 'late' }, status: 201 },
      ],
    ),
  },
  {
    name: 'en free text: spots in a class',
    features: [
      'create a class with a name and a number of spots',
      'people book a spot in a class by giving their name; when no spots are left the booking is refused with 409',
    ],
    steps: fullAfter(
      { method: 'POST', feature: 0, body: { name: 'Yoga', 'spots|capacity': 1 }, status: 201 },
      (n) => ({ method: 'POST', feature: 1, params: ['{{id}}'], body: { name: `p${n}` }, status: 201 }),
      1,
    ),
  },
  {
    name: 'de Kurse: Plätze, voll ist 409',
    features: [
      'POST /kurse mit {"titel": string, "plaetze": integer} legt einen Kurs an (201)',
      'POST /kurse/{id}/anmeldungen mit {"name": string} meldet eine Person an (201); ist der Kurs voll, antwortet er mit 409',
    ],
    steps: fullAfter(
      { method: 'POST', path: '/kurse', body: { titel: 'Töpfern', plaetze: 2 }, status: 201 },
      (n) => ({ method: 'POST', path: '/kurse/{{id}}/anmeldungen', body: { name: `n${n}` }, status: 201 }),
      2,
    ),
  },
  {
    name: 'it corsi: posti, pieno è 409',
    features: [
      'POST /corsi con {"nome": string, "posti": intero} crea un corso (201)',
      'POST /corsi/{id}/iscrizioni con {"nome": string} iscrive una persona (201); se il corso è pieno risponde 409',
    ],
    steps: fullAfter(
      { method: 'POST', path: '/corsi', body: { nome: 'Cucina', posti: 2 }, status: 201 },
      (n) => ({ method: 'POST', path: '/corsi/{{id}}/iscrizioni', body: { nome: `n${n}` }, status: 201 }),
      2,
    ),
  },
  {
    name: 'pt oficinas: vagas, sem vagas 409',
    features: [
      'POST /oficinas com {"titulo": string, "vagas": inteiro} cria uma oficina (201)',
      'POST /oficinas/{id}/inscricoes com {"email": string} inscreve uma pessoa (201); sem vagas → 409',
    ],
    steps: fullAfter(
      { method: 'POST', path: '/oficinas', body: { titulo: 'Cerâmica', vagas: 1 }, status: 201 },
      (n) => ({
        method: 'POST',
        path: '/oficinas/{{id}}/inscricoes',
        body: { email: `e${n}@example.pt` },
        status: 201,
      }),
      1,
    ),
  },
  {
    name: 'es excursiones: plazas, sin plazas libres 409',
    features: [
      'POST /excursiones con {"destino": string, "plazas": entero} crea una excursión (201)',
      'POST /excursiones/{id}/reservas con {"nombre": string} reserva una plaza (201); sin plazas libres devuelve 409',
    ],
    steps: fullAfter(
      { method: 'POST', path: '/excursiones', body: { destino: 'Toledo', plazas: 2 }, status: 201 },
      (n) => ({
        method: 'POST',
        path: '/excursiones/{{id}}/reservas',
        body: { nombre: `n${n}` },
        status: 201,
      }),
      2,
    ),
  },
  {
    name: 'en refuse full with no capacity anywhere',
    features: [
      'POST /events with {"title": string} creates an event (201)',
      'POST /events/{id}/registrations with {"name": string} registers a person (201); when the event is full it returns 409',
    ],
    steps: null,
  },

  // Latest N. ------------------------------------------------------------------------------------------------
  {
    name: 'en guestbook: most recent first, only the latest few',
    features: [
      'visitors sign the guestbook with their name and a message of at most 280 characters; longer messages or a missing name are turned away',
      'show the most recent entries first, and let me ask for only the last few (e.g. the latest 5)',
    ],
    steps: [
      { method: 'POST', feature: 0, body: { name: 'First', message: 'a' }, status: 201 },
      { method: 'POST', feature: 0, body: { name: 'Second', message: 'b' }, status: 201 },
      { method: 'POST', feature: 0, body: { name: 'Third', message: 'c' }, status: 201 },
      {
        method: 'GET',
        feature: 1,
        query: { limit: '2' },
        status: 200,
        has: [{ name: 'Third' }, { name: 'Second' }],
        in_order: true,
      },
    ],
  },
  {
    name: 'en spelled limit, newest first',
    features: [
      'POST /notes with {"text": string} adds a note (201)',
      'GET /notes?limit=<n> returns the n most recent notes, newest first',
    ],
    steps: [
      { method: 'POST', path: '/notes', body: { text: 'one' }, status: 201 },
      { method: 'POST', path: '/notes', body: { text: 'two' }, status: 201 },
      { method: 'POST', path: '/notes', body: { text: 'three' }, status: 201 },
      {
        method: 'GET',
        path: '/notes',
        query: { limit: '2' },
        status: 200,
        has: [{ text: 'three' }, { text: 'two' }],
        in_order: true,
      },
    ],
  },
  {
    name: 'de die neuesten zuerst, nur die letzten N',
    features: [
      'einen Eintrag mit Name und Text anlegen',
      'die neuesten Einträge zuerst zeigen, auf Wunsch nur die letzten N (z. B. die letzten 10)',
    ],
    steps: [
      { method: 'POST', feature: 0, body: { name: 'A', text: 'x' }, status: 201 },
      { method: 'POST', feature: 0, body: { name: 'B', text: 'y' }, status: 201 },
      {
        method: 'GET',
        feature: 1,
        query: { limit: '1' },
        status: 200,
        has: [{ name: 'B' }],
        in_order: true,
      },
    ],
  },
  {
    name: 'es los últimos primero, solo los N más recientes',
    features: [
      'dejar un mensaje con autor y texto',
      'mostrar los mensajes más recientes primero y poder pedir solo los últimos N (por ejemplo los 5 más recientes)',
    ],
    steps: [
      { method: 'POST', feature: 0, body: { autor: 'A', texto: 'x' }, status: 201 },
      { method: 'POST', feature: 0, body: { autor: 'B', texto: 'y' }, status: 201 },
      { method: 'POST', feature: 0, body: { autor: 'C', texto: 'z' }, status: 201 },
      {
        method: 'GET',
        feature: 1,
        query: { limit: '2' },
        status: 200,
        has: [{ autor: 'C' }, { autor: 'B' }],
        in_order: true,
      },
    ],
  },
  {
    name: 'fr les plus récents d’abord, seulement les derniers',
    features: [
      'publier un avis avec un auteur et un commentaire',
      'afficher les avis les plus récents d’abord, et ne demander que les derniers (par exemple les 3 derniers)',
    ],
    steps: [
      { method: 'POST', feature: 0, body: { auteur: 'A', commentaire: 'x' }, status: 201 },
      { method: 'POST', feature: 0, body: { auteur: 'B', commentaire: 'y' }, status: 201 },
      {
        method: 'GET',
        feature: 1,
        query: { limit: '5' },
        status: 200,
        has: [{ auteur: 'B' }, { auteur: 'A' }],
        in_order: true,
      },
    ],
  },
  {
    name: 'en latest readings by their date',
    features: [
      'record a reading with a value (number) and a taken_on date',
      'show the latest readings first, and only the last n when asked (the latest 10 by default)',
    ],
    steps: [
      { method: 'POST', feature: 0, body: { value: 1, taken_on: '2026-03-02' }, status: 201 },
      { method: 'POST', feature: 0, body: { value: 2, taken_on: '2026-03-05' }, status: 201 },
      { method: 'POST', feature: 0, body: { value: 3, taken_on: '2026-03-01' }, status: 201 },
      {
        method: 'GET',
        feature: 1,
        query: { limit: '2' },
        status: 200,
        has: [{ value: 2 }, { value: 1 }],
        in_order: true,
      },
    ],
  },

  // Partial updates of named fields. -------------------------------------------------------------------------
  {
    name: 'en stock: PATCH quantity only, keeps the name',
    features: [
      'POST /items with {"sku": string, "name": string, "quantity": integer, "reorder_level": integer} returns 201; a duplicate sku returns 409',
      'PATCH /items/{sku} with {"quantity": integer} sets the quantity and returns the item; unknown sku 404, negative quantity 400',
    ],
    steps: [
      {
        method: 'POST',
        path: '/items',
        body: { sku: 'P-1', name: 'Belt', quantity: 100, reorder_level: 10 },
        status: 201,
      },
      {
        method: 'PATCH',
        path: '/items/P-1',
        body: { quantity: 40 },
        status: 200,
        has: { sku: 'P-1', name: 'Belt', quantity: 40, reorder_level: 10 },
      },
      { method: 'PATCH', path: '/items/NOPE', body: { quantity: 4 }, status: 404 },
      { method: 'PATCH', path: '/items/P-1', body: { quantity: -3 }, status: 400 },
      { method: 'PATCH', path: '/items/P-1', body: {}, status: 400 },
    ],
  },
  {
    name: 'en tasks: PATCH done only',
    features: [
      'POST /tasks with {"title": string, "done": boolean} creates a task (201)',
      'PATCH /tasks/{id} with {"done": boolean} marks the task done or not done and returns it; unknown id 404',
    ],
    steps: [
      {
        method: 'POST',
        path: '/tasks',
        body: { title: 'Dishes', done: false },
        status: 201,
        save: { id: 'id' },
      },
      {
        method: 'PATCH',
        path: '/tasks/{{id}}',
        body: { done: true },
        status: 200,
        has: { title: 'Dishes', done: true },
      },
      { method: 'PATCH', path: '/tasks/{{id}}', body: { done: 'yes' }, status: 400 },
    ],
  },
  {
    name: 'de PATCH Preis',
    features: [
      'POST /artikel mit {"name": string, "preis": number} legt einen Artikel an (201)',
      'PATCH /artikel/{id} mit {"preis": number} ändert den Preis und gibt den Artikel zurück; unbekannte id → 404',
    ],
    steps: [
      {
        method: 'POST',
        path: '/artikel',
        body: { name: 'Tasse', preis: 4.5 },
        status: 201,
        save: { id: 'id' },
      },
      {
        method: 'PATCH',
        path: '/artikel/{{id}}',
        body: { preis: 5 },
        status: 200,
        has: { name: 'Tasse', preis: 5 },
      },
      { method: 'PATCH', path: '/artikel/nope', body: { preis: 5 }, status: 404 },
    ],
  },
  {
    name: 'es PATCH precio',
    features: [
      'POST /productos con {"nombre": string, "precio": number} crea un producto (201)',
      'PATCH /productos/{id} con {"precio": number} cambia el precio y devuelve el producto',
    ],
    steps: [
      {
        method: 'POST',
        path: '/productos',
        body: { nombre: 'Taza', precio: 3 },
        status: 201,
        save: { id: 'id' },
      },
      {
        method: 'PATCH',
        path: '/productos/{{id}}',
        body: { precio: 3.5 },
        status: 200,
        has: { nombre: 'Taza', precio: 3.5 },
      },
    ],
  },
  {
    name: 'fr PATCH statut',
    features: [
      'POST /livres avec {"titre": string, "statut": "lu"|"non_lu"} ajoute un livre (201)',
      'PATCH /livres/{id} avec {"statut": "lu"|"non_lu"} change le statut et renvoie le livre',
    ],
    steps: [
      {
        method: 'POST',
        path: '/livres',
        body: { titre: 'Nana', statut: 'non_lu' },
        status: 201,
        save: { id: 'id' },
      },
      {
        method: 'PATCH',
        path: '/livres/{{id}}',
        body: { statut: 'lu' },
        status: 200,
        has: { titre: 'Nana', statut: 'lu' },
      },
      { method: 'PATCH', path: '/livres/{{id}}', body: { statut: 'peut-être' }, status: 400 },
    ],
  },

  // Look-up by id. -------------------------------------------------------------------------------------------
  {
    name: 'en look a guest up by its id',
    features: ['keep a guest list: add guests with a name, an email and an age', 'look a guest up by its id'],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { name: 'Ada', email: 'ada@example.com', age: 36 },
        status: 201,
        save: { id: 'id' },
      },
      { method: 'GET', feature: 1, params: ['{{id}}'], status: 200, has: { name: 'Ada' } },
      { method: 'GET', feature: 1, params: ['nope'], status: 404 },
    ],
  },
  {
    name: 'en fetch a single order by id',
    features: ['add an order with a customer and a total (number)', 'fetch a single order by id'],
    steps: [
      { method: 'POST', feature: 0, body: { customer: 'Bo', total: 12 }, status: 201, save: { id: 'id' } },
      { method: 'GET', feature: 1, params: ['{{id}}'], status: 200, has: { customer: 'Bo' } },
    ],
  },
  {
    name: 'de einen Gast über seine ID abrufen',
    features: ['einen Gast mit Name und E-Mail anlegen', 'einen Gast über seine ID abrufen'],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { name: 'Ida', 'e_mail|email': 'ida@example.de' },
        status: 201,
        save: { id: 'id' },
      },
      { method: 'GET', feature: 1, params: ['{{id}}'], status: 200, has: { name: 'Ida' } },
    ],
  },
  {
    name: 'es consultar un libro por su id',
    features: ['registrar un libro con título y autor', 'consultar un libro por su id'],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { 'titulo|title': 'Niebla', 'autor|author': 'Unamuno' },
        status: 201,
        save: { id: 'id' },
      },
      { method: 'GET', feature: 1, params: ['{{id}}'], status: 200 },
    ],
  },
  {
    name: 'fr retrouver un contact par son identifiant',
    features: ['ajouter un contact avec un nom et un téléphone', 'retrouver un contact par son identifiant'],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { nom: 'Léa', 'telephone|téléphone': '0102' },
        status: 201,
        save: { id: 'id' },
      },
      { method: 'GET', feature: 1, params: ['{{id}}'], status: 200, has: { nom: 'Léa' } },
    ],
  },
];

/** Rows the designer does not read yet (named in the branch's final report). */
const NOT_YET_READ = new Set<string>([
  'fr les plus récents d’abord, seulement les derniers',
  'en latest readings by their date',
  'es talleres: inscritos counts the sign-ups',
  'fr covoiturage: places_restantes, complet 409',
  'en tours: seats_left goes down by one per booking',
  'en tours: cancelling a booking frees its seat',
  'en tasks: PATCH done only',
  'fr PATCH statut',
  'en fetch a single order by id',
]);

function problemsOf(row: Row): string[] {
  const { contract, fidelity } = judgedOffline(
    familyIntent('capacity-svc', 'a record service', row.features),
  );
  if (row.steps === null)
    return fidelity.every((f) => f.realised)
      ? ['every feature realised, but the intent must be refused']
      : [];
  const unrealised = fidelity
    .filter((f) => !f.realised)
    .map((f) => `unrealised: ${f.feature} (${f.problems.join('; ')})`);
  if (unrealised.length > 0) return unrealised;
  return [...runAcceptancePack(contract), ...runScenario(contract, row.features, row.steps)];
}

describe('capacity, latest-N lists, named-field patches and look-ups, as people write them', () => {
  it('names every row once', () => {
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
