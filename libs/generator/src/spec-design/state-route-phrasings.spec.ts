import type { IntentInput } from '@sf/contracts';
import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * The phrasing table of a record's state set through a literal route whose body names the state it moves to
 * (`POST /tickets/{id}/status with {"status": s}`, `PUT /antraege/{id}/status mit {"status": "genehmigt"}`):
 * the route is one `transition` of the record's state field, the moves are the arrows the features write, every
 * other move is 409 and a state outside the machine 400. Each row is a whole intent: the route, the field and
 * the moves it must design, and every feature must pass the fidelity gate. Rows not read yet are named in
 * NOT_YET_READ: such a row fails as soon as it is read, so the set only shrinks.
 */

type Row = [name: string, features: string[], route: string, field: string, moves: Record<string, string[]>];

const ROWS: Row[] = [
  [
    'tickets, arrows in the route feature (d2 wording)',
    [
      'POST /tickets with {"title": string} returns 201 and the ticket with an id and "status": "open"',
      'POST /tickets/{id}/status with {"status": s} moves it: open -> in_progress -> resolved -> closed, and resolved -> in_progress reopens; returns the ticket',
      'any other move (e.g. open -> closed, or anything out of closed) returns 409; an unknown status value returns 400',
      'GET /tickets/{id} returns the ticket with its current status; an unknown id returns 404',
    ],
    'POST /tickets/{id}/status',
    'status',
    { open: ['in_progress'], in_progress: ['resolved'], resolved: ['closed', 'in_progress'], closed: [] },
  ],
  [
    'orders, PATCH with a state field, unicode arrows',
    [
      'POST /orders {"item": string} → 201 with "state": "pending"',
      'PATCH /orders/{id}/state with {"state": string} moves the order pending → paid → shipped and returns it',
      'every other move is 409',
    ],
    'PATCH /orders/{id}/state',
    'state',
    { pending: ['paid'], paid: ['shipped'], shipped: [] },
  ],
  [
    'Bestellungen auf Deutsch, PUT',
    [
      'POST /bestellungen mit {"artikel": string} legt eine Bestellung an (201) mit "status": "offen"',
      'PUT /bestellungen/{id}/status mit {"status": string} ändert den Status: offen -> bezahlt -> versandt',
      'jeder andere Statuswechsel gibt 409',
    ],
    'PUT /bestellungen/{id}/status',
    'status',
    { offen: ['bezahlt'], bezahlt: ['versandt'], versandt: [] },
  ],
  [
    'pedidos en español',
    [
      'POST /pedidos con {"cliente": string} crea un pedido (201) con "estado": "pendiente"',
      'POST /pedidos/{id}/estado con {"estado": s} lo mueve: pendiente -> enviado -> entregado; cualquier otro cambio devuelve 409',
    ],
    'POST /pedidos/{id}/estado',
    'estado',
    { pendiente: ['enviado'], enviado: ['entregado'], entregado: [] },
  ],
  [
    'articles en français',
    [
      'POST /articles avec {"titre": string} crée un article (201) avec "statut": "brouillon"',
      'PATCH /articles/{id}/statut avec {"statut": s} : brouillon -> relu -> publie, et relu -> brouillon ; tout autre changement → 409',
    ],
    'PATCH /articles/{id}/statut',
    'statut',
    { brouillon: ['relu'], relu: ['publie', 'brouillon'], publie: [] },
  ],
  [
    'richieste in italiano',
    [
      'POST /richieste con {"titolo": string} crea una richiesta (201) con "stato": "aperta"',
      'PUT /richieste/{id}/stato con {"stato": s}: aperta -> in_corso -> chiusa; ogni altro passaggio dà 409',
    ],
    'PUT /richieste/{id}/stato',
    'stato',
    { aperta: ['in_corso'], in_corso: ['chiusa'], chiusa: [] },
  ],
  [
    'Urlaubsanträge: a decision from the first state to the written states (d2 wording)',
    [
      'POST /antraege mit {"mitarbeiter": string, "von": "YYYY-MM-DD", "bis": "YYYY-MM-DD"} legt einen Antrag an (201) mit id und Status "beantragt"',
      'PUT /antraege/{id}/status mit {"status": "genehmigt"} oder {"status": "abgelehnt"} entscheidet über einen beantragten Antrag und liefert ihn zurück',
      'ist der Antrag schon genehmigt oder abgelehnt, gibt jede weitere Statusänderung 409',
      'bis vor von gibt 400; GET /antraege/{id} liefert den Antrag, eine unbekannte id 404',
    ],
    'PUT /antraege/{id}/status',
    'status',
    { beantragt: ['genehmigt', 'abgelehnt'], genehmigt: [], abgelehnt: [] },
  ],
  [
    'leave requests in English, a decision',
    [
      'POST /requests with {"employee": string} returns 201 with an id and "status": "pending"',
      'PUT /requests/{id}/status with {"status": "approved"} or {"status": "rejected"} decides a pending request and returns it',
      'once a request is approved or rejected, any further status change returns 409',
    ],
    'PUT /requests/{id}/status',
    'status',
    { pending: ['approved', 'rejected'], approved: [], rejected: [] },
  ],
  [
    'solicitudes en español, una decisión',
    [
      'POST /solicitudes con {"nombre": string} crea una solicitud (201) con "estado": "pendiente"',
      'PATCH /solicitudes/{id}/estado con {"estado": "aprobada"} o {"estado": "rechazada"} decide una solicitud pendiente',
      'una solicitud ya aprobada o rechazada no cambia más: 409',
    ],
    'PATCH /solicitudes/{id}/estado',
    'estado',
    { pendiente: ['aprobada', 'rechazada'], aprobada: [], rechazada: [] },
  ],
  [
    'demandes en français, une décision',
    [
      'POST /demandes avec {"nom": string} crée une demande (201) avec "statut": "en_attente"',
      'PUT /demandes/{id}/statut avec {"statut": "acceptee"} ou {"statut": "refusee"} tranche une demande en attente',
      'une demande déjà acceptée ou refusée ne change plus : 409',
    ],
    'PUT /demandes/{id}/statut',
    'statut',
    { en_attente: ['acceptee', 'refusee'], acceptee: [], refusee: [] },
  ],
];

/** Rows the designer does not read yet (the set only shrinks). */
const NOT_YET_READ = new Set<string>([
  // The state route is read; "von"/"bis" as "YYYY-MM-DD" with "bis vor von gibt 400" is a from–until pair of
  // dates where one day (von = bis) is allowed: no interval the contract holds (date-times, end after start), so
  // the gate names the date rule its fields do not declare.
  'Urlaubsanträge: a decision from the first state to the written states (d2 wording)',
]);

function intent(name: string, features: string[]): IntentInput {
  return {
    ...familyIntent(`state-route-${ROWS.findIndex((r) => r[0] === name) + 1}`, '', features),
    priority: 'medium',
  };
}

describe.each(ROWS)('%s', (name, features, route, field, moves) => {
  const { contract, fidelity } = judgedOffline(intent(name, features));
  const [method, path] = route.split(' ');
  const e = contract.endpoints.find((x) => x.method === method && x.path === path);
  const read =
    e?.behavior.kind === 'transition' &&
    e.behavior.field === field &&
    e.behavior.to === undefined &&
    JSON.stringify(e.behavior.moves) === JSON.stringify(moves) &&
    fidelity.length === features.length &&
    fidelity.every((f) => f.realised);

  if (NOT_YET_READ.has(name)) {
    it('is not read yet (remove it from NOT_YET_READ once it is)', () => expect(read).toBe(false));
    return;
  }
  it(`designs ${route} as the machine of "${field}"`, () => {
    expect(e?.behavior).toMatchObject({ kind: 'transition', field, moves });
    if (e?.behavior.kind === 'transition') expect(e.behavior.to).toBeUndefined();
  });
  it('passes the fidelity gate on every feature', () => {
    expect(fidelity).toHaveLength(features.length);
    expect(fidelity.filter((f) => !f.realised)).toEqual([]);
  });
});
