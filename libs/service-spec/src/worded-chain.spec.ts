import { wordedChainSubject, wordedChainsAsArrows } from './worded-chain';
import { readArrowMachine } from './state-machine';

describe('a chain of moves written in words', () => {
  it.each([
    [
      'a ticket goes from open to in progress and from in progress to closed',
      { open: ['in_progress'], in_progress: ['closed'], closed: [] },
    ],
    [
      'un ticket pasa de abierto a en_curso y de en_curso a cerrado; cualquier otro cambio devuelve 409',
      { abierto: ['en_curso'], en_curso: ['cerrado'], cerrado: [] },
    ],
    [
      'le statut passe de ouvert à en_cours puis à clos ; tout autre changement est refusé avec 409',
      { ouvert: ['en_cours'], en_cours: ['clos'], clos: [] },
    ],
    [
      'lo stato va da aperto a in_lavorazione e da in_lavorazione a chiuso',
      { aperto: ['in_lavorazione'], in_lavorazione: ['chiuso'], chiuso: [] },
    ],
    [
      'o estado passa de aberto para em_andamento e de em_andamento para fechado',
      { aberto: ['em_andamento'], em_andamento: ['fechado'], fechado: [] },
    ],
    [
      'der Status geht von offen nach in_bearbeitung und von in_bearbeitung nach geschlossen',
      { offen: ['in_bearbeitung'], in_bearbeitung: ['geschlossen'], geschlossen: [] },
    ],
  ])('reads "%s" as the arrows it means', (feature, moves) => {
    expect(readArrowMachine(feature)?.moves).toEqual(moves);
  });

  it.each([
    ['a trip between capitals', 'the bus goes from Berlin to Paris and from Paris to Rome'],
    ['hours of a rental', 'a bike goes from 9h to 18h'],
    ['two lowercase words and nothing saying they are states', 'the light goes from red to green'],
    ['a span longer than two words', 'a ticket goes from open to closed when the customer confirms it'],
    ['an article inside the chain', 'a ticket goes from the queue to an agent'],
    ['a spelled route (its own reader)', 'PATCH /tickets/{id} goes from open to closed'],
  ])('leaves %s alone', (_what, feature) => {
    expect(wordedChainsAsArrows(feature)).toBe(feature);
  });

  it('names the subject written before the verb of moving', () => {
    expect(wordedChainSubject('le statut passe de ouvert à en_cours puis à clos ; refusé sinon')).toBe(
      'le statut ',
    );
    expect(wordedChainSubject('un ticket pasa de abierto a en_curso y de en_curso a cerrado')).toBe(
      'un ticket ',
    );
    expect(wordedChainSubject('a ticket has a title')).toBeNull();
  });
});
