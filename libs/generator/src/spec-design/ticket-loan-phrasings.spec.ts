import type { IntentInput } from '@sf/contracts';
import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * The phrasing table of the ticket states and loans users write beside bookings (the bookings themselves are
 * booking-phrasings / booking-rules-phrasings): a ticket's states said as a chain of "from … to …" in words
 * ("goes from open to in progress and from in progress to closed", "pasa de abierto a en_curso y de en_curso a
 * cerrado", "passe de ouvert à en_cours puis à fermé", "va da aperto a in_lavorazione a chiuso", "passa de
 * aberto para em_andamento", "von offen nach in_bearbeitung"), a spelled create whose record starts "in state
 * open", and lends refused while the thing is out with their returns refused while it is in ("si ya está
 * prestada, 409", "già prestato … 409", "ein nicht verliehenes Werkzeug zurückzugeben ergibt 409"). In English,
 * German, Spanish, French, Italian and Portuguese, free text and spelled out.
 *
 * A machine row is read when every feature is realised and every transition the designer makes moves exactly as
 * written; a loan row when every feature is realised and the record is lent (reserve) and returned (release).
 * Near misses (a "from … to …" that moves no record through states) must design no transition. Rows the
 * designer does not read yet are in NOT_YET_READ: such a row fails the suite once it is read, so the set only
 * shrinks.
 */

type Moves = Record<string, string[]>;
type MachineRow = [name: string, features: string[], moves: Moves, actions?: Record<string, string>];

const OPEN_PROGRESS_CLOSED: Moves = { open: ['in_progress'], in_progress: ['closed'], closed: [] };

const MACHINES: MachineRow[] = [
  [
    'en free: goes from open to in progress and from in progress to closed',
    [
      'Support tickets with a title; a new ticket is open',
      'a ticket goes from open to in progress and from in progress to closed',
      'any other status change is refused with 409',
    ],
    OPEN_PROGRESS_CLOSED,
  ],
  [
    'en free: open → in progress → closed, other moves refused',
    [
      'open a ticket with a subject',
      'a ticket goes open → in progress → closed; any other status change is refused with 409',
    ],
    OPEN_PROGRESS_CLOSED,
  ],
  [
    'en spelled: created in state open, one route per action',
    [
      'POST /tickets with {"title": string} creates a ticket in state open (201)',
      'POST /tickets/{id}/start moves open → in_progress; POST /tickets/{id}/close moves in_progress → closed',
      'any other transition returns 409',
    ],
    OPEN_PROGRESS_CLOSED,
    { 'POST /tickets/{id}/start': 'in_progress', 'POST /tickets/{id}/close': 'closed' },
  ],
  [
    'es free: pasa de abierto a en_curso y de en_curso a cerrado',
    [
      'crear tickets con título; todo ticket nuevo empieza abierto',
      'un ticket pasa de abierto a en_curso y de en_curso a cerrado; cualquier otro cambio devuelve 409',
    ],
    { abierto: ['en_curso'], en_curso: ['cerrado'], cerrado: [] },
  ],
  [
    'es free: el estado avanza con flechas',
    [
      'crear tickets con título; todo ticket nuevo empieza abierto',
      'el estado avanza abierto → en_curso → cerrado; cualquier otro cambio de estado se rechaza con 409',
    ],
    { abierto: ['en_curso'], en_curso: ['cerrado'], cerrado: [] },
  ],
  [
    'fr free: passe de ouvert à en_cours puis à fermé',
    [
      'créer des tickets avec un titre ; un nouveau ticket est ouvert',
      'le statut passe de ouvert à en_cours puis à fermé ; tout autre changement est refusé avec 409',
    ],
    { ouvert: ['en_cours'], en_cours: ['fermé'], fermé: [] },
  ],
  [
    'it free: va da aperto a in_lavorazione a chiuso',
    [
      'creare ticket con un titolo; un nuovo ticket è aperto',
      'lo stato va da aperto a in_lavorazione e da in_lavorazione a chiuso; qualsiasi altro cambio di stato è rifiutato con 409',
    ],
    { aperto: ['in_lavorazione'], in_lavorazione: ['chiuso'], chiuso: [] },
  ],
  [
    'pt free: passa de aberto para em_andamento',
    [
      'criar tickets com um título; um ticket novo começa aberto',
      'o estado passa de aberto para em_andamento e de em_andamento para fechado; qualquer outra mudança devolve 409',
    ],
    { aberto: ['em_andamento'], em_andamento: ['fechado'], fechado: [] },
  ],
  [
    'de free: Status offen → in_bearbeitung → geschlossen',
    [
      'Tickets mit Titel anlegen; ein neues Ticket ist offen',
      'Status: offen → in_bearbeitung → geschlossen; jeder andere Statuswechsel wird mit 409 abgelehnt',
    ],
    { offen: ['in_bearbeitung'], in_bearbeitung: ['geschlossen'], geschlossen: [] },
  ],
  [
    'de free: von offen nach in_bearbeitung',
    [
      'Tickets mit Titel anlegen; ein neues Ticket ist offen',
      'der Status geht von offen nach in_bearbeitung und von in_bearbeitung nach geschlossen; jeder andere Wechsel ergibt 409',
    ],
    { offen: ['in_bearbeitung'], in_bearbeitung: ['geschlossen'], geschlossen: [] },
  ],
];

type LoanRow = [name: string, features: string[]];

const LOANS: LoanRow[] = [
  [
    'es free: si ya está prestada, 409',
    [
      'registrar herramientas con nombre',
      'prestar una herramienta a un vecino; si ya está prestada, 409',
      'devolver una herramienta; devolver una que no está prestada da 409',
    ],
  ],
  [
    'it free: un libro già prestato non può essere prestato di nuovo (409)',
    [
      'registrare libri con titolo',
      'prestare un libro a un socio; un libro già prestato non può essere prestato di nuovo (409)',
      'restituire un libro; restituire un libro non prestato dà 409',
    ],
  ],
  [
    'de free: ein nicht verliehenes Werkzeug zurückzugeben ergibt 409',
    [
      'Werkzeuge anlegen mit Name',
      'ein Werkzeug an ein Mitglied ausleihen; ein bereits verliehenes Werkzeug kann nicht erneut verliehen werden (409)',
      'ein Werkzeug zurückgeben; ein nicht verliehenes Werkzeug zurückzugeben ergibt 409',
    ],
  ],
  [
    'pt free: um livro já emprestado não pode ser emprestado de novo',
    [
      'cadastrar livros com título',
      'emprestar um livro a um sócio; um livro já emprestado não pode ser emprestado de novo (409)',
      'devolver um livro; devolver um livro que não está emprestado dá 409',
    ],
  ],
  [
    'en free: rent a bike, return one not rented is 409',
    [
      'add a bike with a frame number',
      'rent a bike to a customer; a bike that is already rented cannot be rented again (409)',
      'return a bike; returning a bike that is not rented returns 409',
    ],
  ],
  [
    'fr free: rendre un livre qui n’est pas prêté renvoie 409',
    [
      'ajouter un livre avec son titre',
      'prêter un livre à un membre ; un livre déjà prêté ne peut pas être prêté à nouveau (409)',
      "rendre un livre ; rendre un livre qui n'est pas prêté renvoie 409",
    ],
  ],
];

/** Near misses: a "from … to …" that moves no record through states. */
const NEAR_MISSES: [string, string[]][] = [
  [
    'en: a ticket handed from one agent to another',
    [
      'POST /tickets with {"title": string, "agent": string} creates a ticket (201)',
      'PUT /tickets/{id}/agent with {"agent": string} hands a ticket from one agent to another',
    ],
  ],
  [
    'fr: un vélo loué de 9h à 18h',
    ['louer un vélo avec le client, le début et la fin, par exemple de 9h à 18h', 'lister les locations'],
  ],
  [
    'it: un ombrellone prenotato da lunedì a venerdì',
    [
      'prenotare un ombrellone con il numero, il nome, la data di inizio e la data di fine (da lunedì a venerdì per esempio)',
      'due prenotazioni dello stesso ombrellone non possono sovrapporsi (409)',
    ],
  ],
];

/**
 * A queue ordered by a field of ranked words (priority high > medium > low, then oldest first): no list sorts by a
 * rank, and sorting the words as text puts "low" before "medium", so the ordering feature (the index given) must
 * stay unrealised until a list sorts by rank.
 */
const RANKED_QUEUES: [string, string[], number][] = [
  [
    'en spelled: GET /tickets ordered by priority (high first) then oldest first',
    [
      'POST /tickets with {"title": string, "priority": "low"|"medium"|"high"} creates a ticket (201)',
      'GET /tickets lists tickets ordered by priority (high first) then by creation time (oldest first)',
    ],
    1,
  ],
  [
    'en free: highest priority first and oldest first within a priority',
    [
      'create a ticket with a title and a priority (low, medium, high)',
      'list the tickets, highest priority first and oldest first within a priority',
    ],
    1,
  ],
  [
    'es free: ordenados por prioridad y luego por antigüedad',
    [
      'crear tickets con título y prioridad (baja, media, alta)',
      'listar los tickets ordenados por prioridad y luego por antigüedad',
    ],
    1,
  ],
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>(['en free: open → in progress → closed, other moves refused']);

function intent(service: string, features: string[]): IntentInput {
  return { ...familyIntent(service, '', features), priority: 'medium' };
}

/** Whether a machine row is read as written. */
function readsMachine([name, features, moves, actions]: MachineRow): boolean {
  const { contract, fidelity } = judgedOffline(intent(`ticket-loan-${name.length}`, features));
  if (fidelity.length !== features.length || !fidelity.every((f) => f.realised)) return false;
  const transitions = contract.endpoints.filter((e) => e.behavior.kind === 'transition');
  if (transitions.length === 0) return false;
  for (const e of transitions) {
    if (e.behavior.kind !== 'transition' || JSON.stringify(e.behavior.moves) !== JSON.stringify(moves))
      return false;
    if (actions && actions[`${e.method} ${e.path}`] !== e.behavior.to) return false;
  }
  return !actions || Object.keys(actions).length === transitions.length;
}

/** Whether a loan row lends (reserve) and returns (release) with every feature realised. */
function readsLoan([, features]: LoanRow): boolean {
  const { contract, fidelity } = judgedOffline(intent('ticket-loan-loans', features));
  const kinds = new Set(contract.endpoints.map((e) => e.behavior.kind));
  return fidelity.every((f) => f.realised) && kinds.has('reserve') && kinds.has('release');
}

describe('ticket states and loans as ordinary intents write them', () => {
  const names = [...MACHINES, ...LOANS, ...NEAR_MISSES, ...RANKED_QUEUES].map((r) => r[0]);

  it('has rows in six languages with distinct names', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names.map((n) => n.slice(0, 2)))).toEqual(new Set(['en', 'de', 'es', 'fr', 'it', 'pt']));
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    expect([...NOT_YET_READ].filter((n) => !names.includes(n))).toEqual([]);
  });

  it.each(MACHINES.filter((r) => !NOT_YET_READ.has(r[0])).map((r) => [r[0], r] as const))(
    'reads the machine of %s',
    (_name, row) => expect(readsMachine(row)).toBe(true),
  );

  it.each(LOANS.filter((r) => !NOT_YET_READ.has(r[0])).map((r) => [r[0], r] as const))(
    'reads the loan of %s',
    (_name, row) => expect(readsLoan(row)).toBe(true),
  );

  it.each(NEAR_MISSES)('designs no transition for the near miss %s', (_name, features) => {
    const { contract } = judgedOffline(intent('ticket-loan-near', features));
    expect(contract.endpoints.filter((e) => e.behavior.kind === 'transition')).toEqual([]);
  });

  it.each(RANKED_QUEUES)('leaves the ranked order of %s unrealised', (_name, features, index) => {
    const { fidelity } = judgedOffline(intent('ticket-loan-queue', features));
    expect(fidelity.filter((f) => !f.realised).map((f) => features.indexOf(f.feature))).toEqual([index]);
  });

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = [
      ...MACHINES.filter((r) => NOT_YET_READ.has(r[0]) && readsMachine(r)),
      ...LOANS.filter((r) => NOT_YET_READ.has(r[0]) && readsLoan(r)),
    ];
    expect(read.map((r) => r[0])).toEqual([]);
  });
});
