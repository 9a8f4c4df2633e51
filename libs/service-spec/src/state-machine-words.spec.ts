import { readArrowMachine, readFinalStates } from './state-machine';

/*
 * Machines whose moves are not all arrows: a state reached "from A or B", moves written in words on a state
 * route, and states said to be final.
 */

describe('a state reached from several states', () => {
  it.each([
    [
      'PUT /pedidos/{id}/estado com {"estado": e}: novo → pago → enviado, ou cancelado a partir de novo ou pago',
      { novo: ['pago', 'cancelado'], pago: ['enviado', 'cancelado'], enviado: [], cancelado: [] },
    ],
    [
      "a shipment's status goes packed → shipped → delivered, or lost from packed or shipped",
      { packed: ['shipped', 'lost'], shipped: ['delivered', 'lost'], delivered: [], lost: [] },
    ],
    [
      'stato: nuovo → pagato → spedito; annullato da nuovo o pagato',
      { nuovo: ['pagato', 'annullato'], pagato: ['spedito', 'annullato'], spedito: [], annullato: [] },
    ],
    [
      'statut : recu → trie → livre, ou perdu depuis recu ou trie',
      { recu: ['trie', 'perdu'], trie: ['livre', 'perdu'], livre: [], perdu: [] },
    ],
    [
      'Status: offen -> bezahlt -> versandt; storniert von offen oder bezahlt',
      { offen: ['bezahlt', 'storniert'], bezahlt: ['versandt', 'storniert'], versandt: [], storniert: [] },
    ],
    [
      'status: todo -> doing -> done or dropped from todo',
      { todo: ['doing', 'dropped'], doing: ['done'], done: [], dropped: [] },
    ],
  ])('reads %j', (feature, moves) => {
    expect(readArrowMachine(feature)?.moves).toEqual(moves);
  });

  it('reads no move from a state the arrows do not have', () => {
    expect(readArrowMachine('status: open -> closed; archived from last year')?.moves).toEqual({
      open: ['closed'],
      closed: [],
    });
  });
});

describe('moves written in words on a state route', () => {
  it.each([
    [
      'PATCH /issues/{id}/status with {"status": string} moves an issue from new to triaged, then to closed',
      { new: ['triaged'], triaged: ['closed'], closed: [] },
    ],
    [
      'PUT /pakete/{id}/status mit {"status": s}: von angenommen nach sortiert, dann nach zugestellt',
      { angenommen: ['sortiert'], sortiert: ['zugestellt'], zugestellt: [] },
    ],
    [
      'PATCH /envios/{id}/estado con {"estado": s} pasa un envío de preparado a enviado, luego a entregado',
      { preparado: ['enviado'], enviado: ['entregado'], entregado: [] },
    ],
  ])('reads %j', (feature, moves) => {
    expect(readArrowMachine(feature)?.moves).toEqual(moves);
  });

  it('reads no words as moves without a state route', () => {
    expect(readArrowMachine('opening hours from monday to friday, then to saturday')).toBeNull();
    expect(
      readArrowMachine('GET /rooms/{id}/status shows whether the room is free from noon to evening'),
    ).toBeNull();
  });
});

describe('readFinalStates', () => {
  it.each([
    ['returned and scrapped are final; any move not listed returns 409', ['returned', 'scrapped']],
    ['zugestellt ist endgültig; jeder andere Wechsel gibt 409', ['zugestellt']],
    ['entregado y cancelado son finales', ['entregado', 'cancelado']],
    ['livre et perdu sont définitifs', ['livre', 'perdu']],
    ['consegnato è finale', ['consegnato']],
    ['concluida e cancelada são finais', ['concluida', 'cancelada']],
    ['delivered and lost are final and any other change is refused with 409', ['delivered', 'lost']],
  ])('reads %j', (feature, states) => {
    expect(readFinalStates(feature)).toEqual(states);
  });

  it('reads none where nothing is said to be final', () => {
    expect(readFinalStates('the final score is the sum of the rounds')).toEqual([]);
    expect(readFinalStates('open -> closed')).toEqual([]);
  });
});
