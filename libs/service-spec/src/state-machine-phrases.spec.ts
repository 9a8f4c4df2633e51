import { readArrowMachine, readRouteMove } from './state-machine';

/*
 * Machines as users write them beyond bare arrows: a decision "a → b or a → c" (two moves, never one between the
 * decisions), a state of two words between arrows ("in progress"), a way back said in words ("can go back to",
 * "puede volver a"), a state reached "from any stage before" another, and one move per action route in words.
 */

describe('a machine written with arrows and words', () => {
  it.each([
    [
      'PATCH /conges/{id}/statut avec {"statut": string} : demandee → approuvee ou demandee → refusee',
      { demandee: ['approuvee', 'refusee'], approuvee: [], refusee: [] },
    ],
    [
      'Der Status geht beantragt → genehmigt oder beantragt → abgelehnt',
      { beantragt: ['genehmigt', 'abgelehnt'], genehmigt: [], abgelehnt: [] },
    ],
    [
      'A ticket goes open → in progress → resolved → closed; a resolved ticket can go back to in progress',
      { open: ['in_progress'], in_progress: ['resolved'], resolved: ['closed', 'in_progress'], closed: [] },
    ],
    [
      'El estado avanza abierto → en proceso → resuelto → cerrado, y un ticket resuelto puede volver a en proceso',
      { abierto: ['en_proceso'], en_proceso: ['resuelto'], resuelto: ['cerrado', 'en_proceso'], cerrado: [] },
    ],
    [
      'Each candidate moves through the stages applied → screening → interview → offer → hired; rejected is possible from any stage before hired',
      {
        applied: ['screening', 'rejected'],
        screening: ['interview', 'rejected'],
        interview: ['offer', 'rejected'],
        offer: ['hired', 'rejected'],
        hired: [],
        rejected: [],
      },
    ],
    [
      "set a candidate's stage: applied -> screening -> interview -> offer -> hired, and from any stage before hired to rejected",
      {
        applied: ['screening', 'rejected'],
        screening: ['interview', 'rejected'],
        interview: ['offer', 'rejected'],
        offer: ['hired', 'rejected'],
        hired: [],
        rejected: [],
      },
    ],
    // Kept as they were read before: "or" before an arrow from states not the target of a chain, a list joined.
    [
      'status: created → packed → shipped; created or packed → cancelled',
      { created: ['packed', 'cancelled'], packed: ['shipped', 'cancelled'], shipped: [], cancelled: [] },
    ],
    [
      'allowed moves: open->in_progress->resolved->closed and resolved->in_progress; others return 409',
      { open: ['in_progress'], in_progress: ['resolved'], resolved: ['closed', 'in_progress'], closed: [] },
    ],
  ])('reads %j', (feature, moves) => {
    expect(readArrowMachine(feature)?.moves).toEqual(moves);
  });

  it.each([
    'status: new -> packed -> shipped, and from any state except shipped to lost',
    'estado: nuevo -> pagado -> enviado, y desde cualquier estado a perdido',
  ])('reads no machine from %j when a "from any … to" clause names a move it cannot place', (feature) => {
    const machine = readArrowMachine(feature);
    expect(machine === null || Object.values(machine.moves).some((tos) => tos.includes('lost'))).toBe(true);
    expect(machine === null || !('perdido' in machine.moves) || machine.moves.nuevo.includes('perdido')).toBe(
      true,
    );
  });

  it('reads no back move between words that are not its states', () => {
    const machine = readArrowMachine(
      'status: open → in_progress → done; a done ticket can go back to the queue',
    );
    expect(machine?.moves).toEqual({ open: ['in_progress'], in_progress: ['done'], done: [] });
  });
});

describe('one move per action route, in words', () => {
  it.each([
    ['POST /tickets/{id}/start moves an open ticket to in_progress', { from: ['open'], to: 'in_progress' }],
    [
      'POST /tickets/{id}/reopen sets a closed ticket back to in_progress',
      { from: ['closed'], to: 'in_progress' },
    ],
    [
      'POST /tickets/{id}/close moves the ticket from resolved to closed',
      { from: ['resolved'], to: 'closed' },
    ],
    [
      'POST /tickets/{id}/iniciar pasa un ticket abierto a en_proceso',
      { from: ['abierto'], to: 'en_proceso' },
    ],
    ['POST /tickets/{id}/commencer passe un ticket ouvert à en_cours', { from: ['ouvert'], to: 'en_cours' }],
    [
      'POST /tarefas/{id}/iniciar move uma tarefa pendente para em_andamento',
      { from: ['pendente'], to: 'em_andamento' },
    ],
  ])('reads %j', (part, move) => {
    expect(readRouteMove(part)).toEqual(move);
  });

  it.each([
    // A state route's body names the target; its words are a chain, not one action's move.
    'PATCH /issues/{id}/status with {"status": string} moves an issue from new to triaged, then to closed',
    'POST /files/{id}/archive moves the file to the archive',
    'POST /tickets/{id}/start starts the ticket',
    'POST /books/{id}/return sets the state back to "on_shelf"',
    'POST /books/{id}/return sets the book state to on_shelf',
  ])('reads no move in %j', (part) => {
    expect(readRouteMove(part)).toBeNull();
  });
});
