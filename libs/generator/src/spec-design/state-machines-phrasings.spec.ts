import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * The phrasing table of the whole state-machine class as users write it: tickets (open → in_progress → resolved →
 * closed, back to in_progress, reopen), hiring stages (no skipping, no going backwards, hired/rejected final),
 * repairs (returned/scrapped final), vacation requests (beantragt → genehmigt/abgelehnt, "already decided → 409"),
 * each as arrows on one state route, as `PATCH /<records>/{id}` with `{"status": s}`, or in free text, in en, de,
 * es, fr, it and pt, with the features that come with them: any other move → 409 and the state stays, a state
 * outside the list → 400, an unknown id → 404, and a list filtered by state. A row is read when every transition
 * endpoint it expects is designed with exactly the written moves, the list it names filters on the state field,
 * and every feature passes the fidelity gate. Rows not read yet are in NOT_YET_READ (the set only shrinks).
 */

interface Machine {
  /** `METHOD path` of the transition endpoint. */
  route: string;
  field: string;
  moves: Record<string, string[]>;
  /** The state an action route moves to. */
  to?: string;
}

type Row = [name: string, features: string[], machines: Machine[], filteredList?: string];

const TICKETS = {
  open: ['in_progress'],
  in_progress: ['resolved'],
  resolved: ['closed', 'in_progress'],
  closed: [],
};

const ROWS: Row[] = [
  [
    'en spelled, arrows on a status route, filter by status',
    [
      'POST /tickets with {"title": string} returns 201 with an id and "status": "open"',
      'PATCH /tickets/{id}/status with {"status": string}: open → in_progress → resolved → closed, and resolved → in_progress',
      'any other move → 409 and the status stays; a status outside the list → 400; an unknown id → 404',
      'GET /tickets?status=open lists the tickets in that status',
    ],
    [{ route: 'PATCH /tickets/{id}/status', field: 'status', moves: TICKETS }],
    'GET /tickets',
  ],
  [
    'en spelled, PATCH on the record itself with {"status"}, reopen',
    [
      'POST /tickets with {"title": string} creates a ticket (201) with "status": "open"',
      'PATCH /tickets/{id} with {"status": string} changes the status: open → in_progress → resolved → closed; resolved → in_progress; closed → open',
      'any other move → 409 and the status stays; a status outside the list → 400; unknown id → 404',
    ],
    [
      {
        route: 'PATCH /tickets/{id}',
        field: 'status',
        moves: {
          open: ['in_progress'],
          in_progress: ['resolved'],
          resolved: ['closed', 'in_progress'],
          closed: ['open'],
        },
      },
    ],
  ],
  [
    'en spelled, one route per action, "moves an open ticket to in_progress"',
    [
      'POST /tickets with {"title": string} returns 201 with "status": "open"',
      'POST /tickets/{id}/start moves an open ticket to in_progress',
      'POST /tickets/{id}/resolve moves an in_progress ticket to resolved',
      'POST /tickets/{id}/close moves a resolved ticket to closed',
      'any other action returns 409 and the status stays; an unknown id returns 404',
    ],
    [
      {
        route: 'POST /tickets/{id}/start',
        field: 'status',
        to: 'in_progress',
        moves: { open: ['in_progress'], in_progress: ['resolved'], resolved: ['closed'], closed: [] },
      },
      {
        route: 'POST /tickets/{id}/resolve',
        field: 'status',
        to: 'resolved',
        moves: { open: ['in_progress'], in_progress: ['resolved'], resolved: ['closed'], closed: [] },
      },
      {
        route: 'POST /tickets/{id}/close',
        field: 'status',
        to: 'closed',
        moves: { open: ['in_progress'], in_progress: ['resolved'], resolved: ['closed'], closed: [] },
      },
    ],
  ],
  [
    'en spelled, one route per action with arrows',
    [
      'POST /tickets with {"title": string} returns 201 with "status": "open"',
      'POST /tickets/{id}/start moves open -> in_progress; POST /tickets/{id}/resolve moves in_progress -> resolved',
      'any other action returns 409 and the status stays',
    ],
    [
      {
        route: 'POST /tickets/{id}/start',
        field: 'status',
        to: 'in_progress',
        moves: { open: ['in_progress'], in_progress: ['resolved'], resolved: [] },
      },
      {
        route: 'POST /tickets/{id}/resolve',
        field: 'status',
        to: 'resolved',
        moves: { open: ['in_progress'], in_progress: ['resolved'], resolved: [] },
      },
    ],
  ],
  [
    'en free text, a two-word state "in progress"',
    [
      'Support tickets with a title and a description; a new ticket is open',
      'A ticket goes open → in progress → resolved → closed; a resolved ticket can go back to in progress',
      'Any other status change is refused with 409 and the ticket keeps its status',
    ],
    [{ route: 'PATCH /tickets/{id}/status', field: 'status', moves: TICKETS }],
  ],
  [
    'en free text, hiring stages, rejected from any stage before hired',
    [
      'Keep candidates with a name and the position they applied for',
      'Each candidate moves through the stages applied → screening → interview → offer → hired; rejected is possible from any stage before hired',
      'No skipping stages and no going backwards; hired and rejected are final (409)',
    ],
    [
      {
        route: 'PATCH /candidates/{id}/stage',
        field: 'stage',
        moves: {
          applied: ['screening', 'rejected'],
          screening: ['interview', 'rejected'],
          interview: ['offer', 'rejected'],
          offer: ['hired', 'rejected'],
          hired: [],
          rejected: [],
        },
      },
    ],
  ],
  [
    'en spelled, hiring stages on PUT /candidates/{id}/stage, filter by stage',
    [
      'POST /candidates with {"name": string} returns 201 with an id and "stage": "applied"',
      'PUT /candidates/{id}/stage with {"stage": string}: applied -> screening -> interview -> offer -> hired; applied, screening, interview and offer may also go to rejected',
      'a change that skips a stage, goes backwards, or leaves hired or rejected is refused with 409; a stage name outside the list is 400',
      'GET /candidates?stage=interview lists the candidates in that stage',
    ],
    [
      {
        route: 'PUT /candidates/{id}/stage',
        field: 'stage',
        moves: {
          applied: ['screening', 'rejected'],
          screening: ['interview', 'rejected'],
          interview: ['offer', 'rejected'],
          offer: ['hired', 'rejected'],
          hired: [],
          rejected: [],
        },
      },
    ],
    'GET /candidates',
  ],
  [
    'de spelled, Urlaubsanträge with two action routes and "bereits entschieden → 409"',
    [
      'POST /urlaubsantraege mit {"mitarbeiter": string, "tage": integer} legt einen Antrag an (201) mit "status": "beantragt"',
      'POST /urlaubsantraege/{id}/genehmigen setzt einen beantragten Antrag auf "status": "genehmigt"',
      'POST /urlaubsantraege/{id}/ablehnen setzt einen beantragten Antrag auf "status": "abgelehnt"',
      'Ein bereits entschiedener Antrag → 409; eine unbekannte id → 404',
    ],
    [
      {
        route: 'POST /urlaubsantraege/{id}/genehmigen',
        field: 'status',
        to: 'genehmigt',
        moves: { beantragt: ['genehmigt', 'abgelehnt'], genehmigt: [], abgelehnt: [] },
      },
      {
        route: 'POST /urlaubsantraege/{id}/ablehnen',
        field: 'status',
        to: 'abgelehnt',
        moves: { beantragt: ['genehmigt', 'abgelehnt'], genehmigt: [], abgelehnt: [] },
      },
    ],
  ],
  [
    'de free text, Urlaubsanträge decided once',
    [
      'Mitarbeiter stellen Urlaubsanträge mit Name und Anzahl der Tage',
      'Der Status eines Antrags geht beantragt → genehmigt oder beantragt → abgelehnt',
      'Ein bereits entschiedener Antrag kann nicht mehr geändert werden (409)',
    ],
    [
      {
        route: 'PATCH /urlaubsantrages/{id}/status',
        field: 'status',
        moves: { beantragt: ['genehmigt', 'abgelehnt'], genehmigt: [], abgelehnt: [] },
      },
    ],
  ],
  [
    'es spelled, repairs with "desechado" reached from any state but "devuelto"',
    [
      'POST /reparaciones con {"aparato": string} crea una reparación (201) con "estado": "recibido"',
      'PATCH /reparaciones/{id}/estado con {"estado": string}: recibido → en_reparacion → reparado → devuelto',
      'devuelto es final; cualquier otro cambio → 409 y el estado no cambia; un estado desconocido → 400',
    ],
    [
      {
        route: 'PATCH /reparaciones/{id}/estado',
        field: 'estado',
        moves: {
          recibido: ['en_reparacion'],
          en_reparacion: ['reparado'],
          reparado: ['devuelto'],
          devuelto: [],
        },
      },
    ],
  ],
  [
    'es free text, tickets refused "con 409"',
    [
      'Tickets de soporte con título; todo ticket nuevo empieza abierto',
      'El estado avanza abierto → en_proceso → resuelto → cerrado, y un ticket resuelto puede volver a en_proceso',
      'Cualquier otro cambio de estado se rechaza con 409',
    ],
    [
      {
        route: 'PATCH /tickets/{id}/estado',
        field: 'estado',
        moves: {
          abierto: ['en_proceso'],
          en_proceso: ['resuelto'],
          resuelto: ['cerrado', 'en_proceso'],
          cerrado: [],
        },
      },
    ],
  ],
  [
    'fr spelled, a decision written "a → b ou a → c"',
    [
      'POST /conges avec {"employe": string, "jours": integer} crée une demande (201) avec "statut": "demandee"',
      'PATCH /conges/{id}/statut avec {"statut": string} : demandee → approuvee ou demandee → refusee',
      'une demande déjà décidée → 409 ; un statut inconnu → 400 ; un id inconnu → 404',
    ],
    [
      {
        route: 'PATCH /conges/{id}/statut',
        field: 'statut',
        moves: { demandee: ['approuvee', 'refusee'], approuvee: [], refusee: [] },
      },
    ],
  ],
  [
    'it spelled, orders with a cancel branch and a filter',
    [
      'POST /ordini con {"cliente": string} crea un ordine (201) con "stato": "nuovo"',
      'PATCH /ordini/{id}/stato con {"stato": string}: nuovo -> preparato -> spedito -> consegnato; nuovo -> annullato',
      'ogni altro passaggio → 409 e lo stato resta invariato; uno stato fuori dalla lista → 400',
      'GET /ordini?stato=spedito elenca gli ordini in quello stato',
    ],
    [
      {
        route: 'PATCH /ordini/{id}/stato',
        field: 'stato',
        moves: {
          nuovo: ['preparato', 'annullato'],
          preparato: ['spedito'],
          spedito: ['consegnato'],
          consegnato: [],
          annullato: [],
        },
      },
    ],
    'GET /ordini',
  ],
  [
    'pt spelled, arrows and "id desconhecido → 404"',
    [
      'POST /pedidos com {"cliente": string} cria um pedido (201) com "estado": "novo"',
      'PATCH /pedidos/{id}/estado com {"estado": string}: novo → pago → enviado → entregue',
      'qualquer outra mudança → 409 e o estado fica igual; estado fora da lista → 400; id desconhecido → 404',
    ],
    [
      {
        route: 'PATCH /pedidos/{id}/estado',
        field: 'estado',
        moves: { novo: ['pago'], pago: ['enviado'], enviado: ['entregue'], entregue: [] },
      },
    ],
  ],
  [
    'pt free text, tarefas',
    [
      'Tarefas com título; uma tarefa nova fica pendente',
      'O estado de uma tarefa avança pendente → em_andamento → concluida',
      'Qualquer outra mudança de estado devolve 409',
    ],
    [
      {
        route: 'PATCH /tarefas/{id}/estado',
        field: 'estado',
        moves: { pendente: ['em_andamento'], em_andamento: ['concluida'], concluida: [] },
      },
    ],
  ],
];

/** Rows the designer does not read yet (the set only shrinks). */
const NOT_YET_READ = new Set<string>(['es free text, tickets refused "con 409"', 'pt free text, tarefas']);

describe.each(ROWS)('%s', (name, features, machines, filteredList) => {
  const { contract, fidelity } = judgedOffline({
    ...familyIntent(`state-machines-${ROWS.findIndex((r) => r[0] === name) + 1}`, '', features),
    priority: 'medium',
  });
  const designed = machines.map((m) => {
    const [method, path] = m.route.split(' ');
    const e = contract.endpoints.find((x) => x.method === method && x.path === path);
    return e?.behavior.kind === 'transition'
      ? { route: m.route, field: e.behavior.field, moves: e.behavior.moves, to: e.behavior.to }
      : { route: m.route, missing: true };
  });
  const wanted = machines.map((m) => ({ ...m, to: m.to }));
  const list = contract.endpoints.find((e) => `${e.method} ${e.path}` === filteredList);
  const filters =
    list?.behavior.kind === 'list'
      ? (list.behavior.filters ?? []).map((f) => `${f.kind} ${'field' in f ? f.field : ''}`)
      : [];
  const filterWanted = filteredList === undefined ? [] : [`equals ${machines[0].field}`];
  const read =
    JSON.stringify(designed) === JSON.stringify(wanted) &&
    filterWanted.every((f) => filters.includes(f)) &&
    fidelity.length === features.length &&
    fidelity.every((f) => f.realised);

  if (NOT_YET_READ.has(name)) {
    it('is not read yet (remove it from NOT_YET_READ once it is)', () => expect(read).toBe(false));
    return;
  }
  it(`designs ${machines.map((m) => m.route).join(' and ')} with the written moves`, () => {
    expect(designed).toEqual(wanted);
  });
  if (filteredList !== undefined) {
    it(`filters ${filteredList} on the state field`, () =>
      expect(filters).toEqual(expect.arrayContaining(filterWanted)));
  }
  it('passes the fidelity gate on every feature', () => {
    expect(fidelity).toHaveLength(features.length);
    expect(fidelity.filter((f) => !f.realised)).toEqual([]);
  });
});

/** Near misses: a status nobody moves, arrows of a conversion, a from/to record. No transition is designed. */
const NEAR_MISSES: [string, string[]][] = [
  [
    'a status field written by the client, no moves',
    [
      'POST /notes with {"text": string, "status": string} stores a note and returns 201',
      'GET /notes/{id} returns the note; an unknown id returns 404',
    ],
  ],
  [
    'arrows of a conversion',
    ['POST /convert with {"value": number} converts °C → °F and returns {"value": number}'],
  ],
  [
    'a route with a from and a to that is a trip',
    ['POST /trips with {"from": string, "to": string} records a trip from Berlin to Paris and returns 201'],
  ],
  [
    'a state named in free text without moves',
    ['Tickets have a title and a status chosen by the user', 'List all tickets with their status'],
  ],
];

describe.each(NEAR_MISSES)('near miss: %s', (_name, features) => {
  const { contract } = judgedOffline({
    ...familyIntent('state-machines-near', '', features),
    priority: 'medium',
  });
  it('designs no transition', () => {
    expect(contract.endpoints.filter((e) => e.behavior.kind === 'transition')).toEqual([]);
  });
});
