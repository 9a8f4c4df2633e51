import { isDeepStrictEqual } from 'node:util';
import { extractContract, featureFidelity, type EndpointSpec } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { designSpec } from './spec-designer';

/*
 * The phrasing table of literal answers (a fixed status and body a feature spells out) and of state machines
 * written with arrows: how the designer reads them across phrasings and languages, and what it must not read as
 * either. Rows the designer does not read yet are listed in NOT_YET_READ; a row there must really fail, so the
 * set can only shrink.
 */

function endpointsFor(feature: string): EndpointSpec[] {
  const { contract } = designSpec(familyIntent('literal-service', 'a small service', [feature]));
  return contract.endpoints.filter((e) => e.features.includes(feature));
}

function realised(feature: string): boolean {
  const contract = extractContract(
    offlineSpec(familyIntent('literal-service', 'a small service', [feature])),
  );
  return featureFidelity(contract, [feature])[0].problems.length === 0;
}

/** A fixed answer: the one endpoint's method, path, status and body (undefined when the status carries none). */
interface FixedAnswer {
  method: string;
  path: string;
  status: number;
  body?: unknown;
}

function fixedAnswer(feature: string): FixedAnswer | null {
  const fixed = endpointsFor(feature).filter((e) => e.behavior.kind === 'static');
  if (fixed.length !== 1) return null;
  const e = fixed[0];
  if (e.behavior.kind !== 'static') return null;
  const { status, body } = e.behavior;
  return { method: e.method, path: e.path, status, ...(status === 204 ? {} : { body }) };
}

const FIXED_ANSWERS: [string, FixedAnswer][] = [
  [
    'POST /events receives an event and responds 202 {"received": true}',
    { method: 'POST', path: '/events', status: 202, body: { received: true } },
  ],
  ['POST /ping answers 204 with no body', { method: 'POST', path: '/ping', status: 204 }],
  [
    'POST /jobs returns 202 {"status": "accepted"}',
    { method: 'POST', path: '/jobs', status: 202, body: { status: 'accepted' } },
  ],
  ['POST /beacon -> 204 (no content)', { method: 'POST', path: '/beacon', status: 204 }],
  [
    'POST /feedback always answers 202 with {"queued": true}',
    { method: 'POST', path: '/feedback', status: 202, body: { queued: true } },
  ],
  ['DELETE /cache answers 204 with an empty body', { method: 'DELETE', path: '/cache', status: 204 }],
  [
    'GET /status returns {"status": "ok", "version": "2.1.0"}',
    { method: 'GET', path: '/status', status: 200, body: { status: 'ok', version: '2.1.0' } },
  ],
  [
    'GET /motd returns {"message": "Welcome back!"}',
    { method: 'GET', path: '/motd', status: 200, body: { message: 'Welcome back!' } },
  ],
  [
    'POST /telemetry: respond with status 202 and {"accepted": true, "batch": 1}',
    { method: 'POST', path: '/telemetry', status: 202, body: { accepted: true, batch: 1 } },
  ],
  [
    'POST /ereignisse nimmt ein Ereignis an und antwortet 202 {"angenommen": true}',
    { method: 'POST', path: '/ereignisse', status: 202, body: { angenommen: true } },
  ],
  ['Auf POST /ping antwortet der Dienst mit 204 ohne Inhalt', { method: 'POST', path: '/ping', status: 204 }],
  [
    'GET /info liefert {"name": "lager", "version": "1.2.0"}',
    { method: 'GET', path: '/info', status: 200, body: { name: 'lager', version: '1.2.0' } },
  ],
  [
    'POST /eventos recibe un evento y responde 202 {"recibido": true}',
    { method: 'POST', path: '/eventos', status: 202, body: { recibido: true } },
  ],
  ['POST /latido responde 204 sin cuerpo', { method: 'POST', path: '/latido', status: 204 }],
  [
    'POST /evenements reçoit un événement et répond 202 {"recu": true}',
    { method: 'POST', path: '/evenements', status: 202, body: { recu: true } },
  ],
  ['POST /ping répond 204 sans contenu', { method: 'POST', path: '/ping', status: 204 }],
  [
    'POST /eventi riceve un evento e risponde 202 {"ricevuto": true}',
    { method: 'POST', path: '/eventi', status: 202, body: { ricevuto: true } },
  ],
  [
    'POST /sinais responde 202 com {"recebido": true}',
    { method: 'POST', path: '/sinais', status: 202, body: { recebido: true } },
  ],
];

/** Features with a route and an answer that is not one fixed document: never a static answer. */
const FIXED_NEAR_MISSES = [
  'POST /notes with {"text": string} creates a note and returns 201 with the note',
  'GET /time returns {"now": string} with the current time',
  'POST /sum with {"values": [numbers]} returns {"sum": number}',
  'POST /convert with body {"value": number, "from": "C"|"F"|"K", "to": "C"|"F"|"K"} returns {"value": number}',
  'GET /todos returns every todo',
  'DELETE /todos/{id} -> 204',
  'POST /orders/{id}/cancel answers 200 with the order',
];

/** A state machine: its states, the first one, and for each target state the states it may be reached from. */
interface Machine {
  field: string;
  initial: string;
  moves: Record<string, string[]>;
}

function machine(feature: string): Machine | null {
  const { contract } = designSpec(familyIntent('literal-service', 'a small service', [feature]));
  const moves: Record<string, string[]> = {};
  let field: string | null = null;
  let resource: string | null = null;
  for (const e of contract.endpoints.filter((x) => x.features.includes(feature))) {
    const b = e.behavior;
    if (b.kind !== 'transition') continue;
    field = b.field;
    resource = b.resource;
    // Read as "each state and where it is reached from", as the rows are written.
    for (const [from, tos] of Object.entries(b.moves)) {
      for (const to of tos) moves[to] = [...(moves[to] ?? []), from].sort();
    }
  }
  if (field === null || resource === null) return null;
  const fieldSpec = contract.resources.find((r) => r.name === resource)?.fields.find((f) => f.name === field);
  return { field, initial: String(fieldSpec?.default), moves };
}

const MACHINES: [string, Machine][] = [
  [
    'Tickets with a title and a status: open → in_progress → done',
    { field: 'status', initial: 'open', moves: { in_progress: ['open'], done: ['in_progress'] } },
  ],
  [
    'Articles with a title and a state: draft -> review -> published, review -> draft',
    {
      field: 'state',
      initial: 'draft',
      moves: { review: ['draft'], published: ['review'], draft: ['review'] },
    },
  ],
  [
    'Tasks move open → in_progress → done; cancel from any state except done',
    {
      field: 'status',
      initial: 'open',
      moves: { in_progress: ['open'], done: ['in_progress'], cancelled: ['in_progress', 'open'] },
    },
  ],
  [
    'Orders with a customer and a status: pending → paid → shipped → delivered',
    {
      field: 'status',
      initial: 'pending',
      moves: { paid: ['pending'], shipped: ['paid'], delivered: ['shipped'] },
    },
  ],
  [
    'Bug reports go new -> triaged -> fixed -> closed; triaged -> closed',
    {
      field: 'status',
      initial: 'new',
      moves: { triaged: ['new'], fixed: ['triaged'], closed: ['fixed', 'triaged'] },
    },
  ],
  [
    'Leave requests with an employee and dates; status: submitted → approved or submitted → rejected',
    { field: 'status', initial: 'submitted', moves: { approved: ['submitted'], rejected: ['submitted'] } },
  ],
  [
    'Bestellungen mit Status: offen → bezahlt → versandt',
    { field: 'status', initial: 'offen', moves: { bezahlt: ['offen'], versandt: ['bezahlt'] } },
  ],
  [
    'Aufträge durchlaufen die Zustände neu -> in_arbeit -> erledigt',
    { field: 'status', initial: 'neu', moves: { in_arbeit: ['neu'], erledigt: ['in_arbeit'] } },
  ],
  [
    'Pedidos con estado: pendiente → enviado → entregado',
    { field: 'estado', initial: 'pendiente', moves: { enviado: ['pendiente'], entregado: ['enviado'] } },
  ],
  [
    'Incidencias: abierta -> en_curso -> cerrada, en_curso -> abierta',
    {
      field: 'estado',
      initial: 'abierta',
      moves: { en_curso: ['abierta'], cerrada: ['en_curso'], abierta: ['en_curso'] },
    },
  ],
  [
    'Commandes avec un statut : brouillon → validee → livree',
    { field: 'statut', initial: 'brouillon', moves: { validee: ['brouillon'], livree: ['validee'] } },
  ],
  [
    'Les demandes passent de nouvelle -> acceptee -> terminee',
    { field: 'statut', initial: 'nouvelle', moves: { acceptee: ['nouvelle'], terminee: ['acceptee'] } },
  ],
  [
    'Ordini con stato: aperto → spedito → consegnato',
    { field: 'stato', initial: 'aperto', moves: { spedito: ['aperto'], consegnato: ['spedito'] } },
  ],
  [
    'Pedidos com status: novo → pago → enviado',
    { field: 'status', initial: 'novo', moves: { pago: ['novo'], enviado: ['pago'] } },
  ],
];

/** Arrows that are not transitions between states of a record. */
const MACHINE_NEAR_MISSES = [
  'Convert temperatures °C → °F',
  'Convert Roman numerals to numbers (IV → 4)',
  'POST /convert with {"value": number} → {"value": number}',
  'Length conversion: km → miles and miles → km',
  'Slugify titles: "Hello World" → "hello-world"',
  'Notes with a title and a body',
  'Shorten URLs: GET /{code} → 302 to the stored URL',
];

/** Rows not read yet: each must still fail its row, so the set only shrinks. */
const NOT_YET_READ = new Set<string>([
  // The machine was always kept on records named after its last state ("erledigt", not the Aufträge); since the
  // gen-bookings2 merge (twenty-sixth session) the gate sees the record's own terms missing and refuses it.
  'Aufträge durchlaufen die Zustände neu -> in_arbeit -> erledigt',
  // Read as a machine, but with too few words to tell the language the state field is named "status".
  'Incidencias: abierta -> en_curso -> cerrada, en_curso -> abierta',
  // The machine is read, but the store keeps a request's name and description, not the employee and dates the
  // feature lists: every request sent as written was a 400, and the gate now says so (listed-fields.ts).
  'Leave requests with an employee and dates; status: submitted → approved or submitted → rejected',
]);

describe('fixed answers a feature spells', () => {
  it.each(FIXED_ANSWERS)('reads %j', (feature, expected) => {
    const read = (() => {
      const answer = fixedAnswer(feature);
      return answer !== null && isDeepStrictEqual(answer, expected) && realised(feature);
    })();
    expect(read).toBe(!NOT_YET_READ.has(feature));
    if (!NOT_YET_READ.has(feature)) expect(fixedAnswer(feature)).toEqual(expected);
  });

  it.each(FIXED_NEAR_MISSES)('does not realise %j as a fixed answer', (feature) => {
    // The designer may still draft a placeholder document; the gate must never accept it as the feature.
    expect(fixedAnswer(feature) === null || !realised(feature)).toBe(true);
  });
});

describe('state machines written with arrows', () => {
  it.each(MACHINES)('reads %j', (feature, expected) => {
    const read = (() => {
      const m = machine(feature);
      return m !== null && isDeepStrictEqual(m, expected) && realised(feature);
    })();
    expect(read).toBe(!NOT_YET_READ.has(feature));
    if (!NOT_YET_READ.has(feature)) expect(machine(feature)).toEqual(expected);
  });

  it.each(MACHINE_NEAR_MISSES)('does not read %j as a state machine', (feature) => {
    expect(machine(feature)).toBeNull();
  });
});
