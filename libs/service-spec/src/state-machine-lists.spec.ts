import { readArrowMachine } from './state-machine';

/*
 * Machines whose moves are written as a list of "A to B" pairs after a colon on a state route (a body of one
 * field, whatever its name), and states that "may also go to" another one, listed or as "any stage before X".
 */

describe('moves listed as pairs on a state route', () => {
  it.each([
    [
      'PATCH /tickets/{id}/status with {"status": string}; allowed moves: open to in_progress, in_progress to resolved, resolved to closed, resolved to in_progress',
      { open: ['in_progress'], in_progress: ['resolved'], resolved: ['closed', 'in_progress'], closed: [] },
    ],
    [
      'POST /jobs/{id}/transition with {"to": string}; allowed: queued to running, running to done and running to failed',
      { queued: ['running'], running: ['done', 'failed'], done: [], failed: [] },
    ],
    [
      'PUT /encomendas/{id}/situacao com {"situacao": string}; transições válidas: de recebida para separada, de separada para enviada',
      { recebida: ['separada'], separada: ['enviada'], enviada: [] },
    ],
  ])('reads %j', (feature, moves) => {
    expect(readArrowMachine(feature)?.moves).toEqual(moves);
  });

  it.each([
    // One pair only: "moves it to resolved" is never a move out of "it".
    'PATCH /tickets/{id}/status with {"status": string}: moves it to resolved',
    // Pairs without a state route are places, units or anything else.
    'trips: Berlin to Paris, Paris to Rome',
    'POST /convert with {"value": number}: m to ft, ft to m',
    // A one-field body on a route that names no move or state: a reassignment, not a machine.
    'PATCH /tasks/{id}/assign with {"user": string}: alice to bob, bob to carol, carol to dave',
  ])('reads no machine in %j', (feature) => {
    expect(readArrowMachine(feature)).toBeNull();
  });
});

describe('arrows written without spaces', () => {
  it.each([
    [
      'POST /tickets/{id}/status with {"status": s}; allowed: open->in_progress, in_progress->resolved, resolved->closed, resolved->in_progress',
      { open: ['in_progress'], in_progress: ['resolved'], resolved: ['closed', 'in_progress'], closed: [] },
    ],
    [
      'allowed moves: open->in_progress->resolved->closed and resolved->in_progress; others return 409',
      { open: ['in_progress'], in_progress: ['resolved'], resolved: ['closed', 'in_progress'], closed: [] },
    ],
    ['status: to-do->in-progress->done', { 'to-do': ['in-progress'], 'in-progress': ['done'], done: [] }],
  ])('reads %j', (feature, moves) => {
    expect(readArrowMachine(feature)?.moves).toEqual(moves);
  });
});

describe('states that may also go to another one', () => {
  it.each([
    [
      'stage: applied -> screening -> offer -> hired; applied, screening and offer may also go to rejected',
      {
        applied: ['screening', 'rejected'],
        screening: ['offer', 'rejected'],
        offer: ['hired', 'rejected'],
        hired: [],
        rejected: [],
      },
    ],
    [
      'stages run applied → phone_screen → onsite → hired; any stage before hired may be moved to rejected',
      {
        applied: ['phone_screen', 'rejected'],
        phone_screen: ['onsite', 'rejected'],
        onsite: ['hired', 'rejected'],
        hired: [],
        rejected: [],
      },
    ],
    [
      'status: new -> active -> done; every state except done can go to cancelled',
      { new: ['active', 'cancelled'], active: ['done', 'cancelled'], done: [], cancelled: [] },
    ],
    [
      'status: draft -> review -> published; a post can be rejected from any stage but published',
      { draft: ['review', 'rejected'], review: ['published', 'rejected'], published: [], rejected: [] },
    ],
  ])('reads %j', (feature, moves) => {
    expect(readArrowMachine(feature)?.moves).toEqual(moves);
  });

  it('reads no machine where a listed state is none of the arrows', () => {
    expect(readArrowMachine('status: new -> done; archived and lost may also go to done')?.moves).toEqual({
      new: ['done'],
      done: [],
    });
  });

  it('refuses a machine where a state would move to itself', () => {
    expect(
      readArrowMachine('status: new -> active -> done; new and active may also go to active'),
    ).toBeNull();
  });
});
