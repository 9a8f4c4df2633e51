import { readStartingState, withStartingState } from './starting-state';

describe('the state new records start in', () => {
  it.each([
    ['create tickets with a title; new tickets have status open', { field: 'status', value: 'open' }],
    ['open a ticket with a subject; a fresh ticket starts as open', { field: 'status', value: 'open' }],
    ['tasks start in state todo', { field: 'state', value: 'todo' }],
    ['Tickets mit Titel anlegen; neue Tickets haben den Status offen', { field: 'status', value: 'offen' }],
    [
      'crear tickets con un título; un nuevo ticket tiene el estado abierto',
      { field: 'estado', value: 'abierto' },
    ],
    ['créer des tickets ; un nouveau ticket a le statut « ouvert »', { field: 'statut', value: 'ouvert' }],
    ['creare ticket con un titolo; un nuovo ticket ha lo stato aperto', { field: 'stato', value: 'aperto' }],
    ['criar tickets com um título; um novo ticket tem o status aberto', { field: 'status', value: 'aberto' }],
    // The create's answer said in words, the state quoted.
    [
      "open a ticket with a title; it answers the new ticket with its id and a status of 'new'",
      { field: 'status', value: 'new' },
    ],
    [
      'ein Ticket mit Titel anlegen; die Antwort enthält die id und den Status "neu"',
      { field: 'status', value: 'neu' },
    ],
    [
      "dar de alta un aviso; la respuesta trae el aviso con su id y el estado 'pendiente'",
      { field: 'estado', value: 'pendiente' },
    ],
    [
      'créer une demande ; répond avec la demande et le statut « reçue »',
      { field: 'statut', value: 'reçue' },
    ],
    ['registrare una richiesta; risponde con lo stato "aperta"', { field: 'stato', value: 'aperta' }],
    ["abrir um chamado; responde com o chamado e o status 'aberto'", { field: 'status', value: 'aberto' }],
  ])('reads %j', (feature, expected) => {
    expect(readStartingState(feature)).toEqual(expected);
  });

  it.each([
    'a session starts in room A',
    'the class starts in 5 minutes',
    'the timer starts as soon as the first lap is recorded',
    'list the tickets with their status',
    'add tickets with a title and a status (open or closed)',
    // A list of states is no start; a spelled route writes its answer as a shape; an answer without a quoted state.
    "look up a ticket; it answers its status 'open' or 'closed'",
    'POST /tickets returns 201 with the status "open"',
    'add a ticket; it answers the ticket with its status',
  ])('reads no starting state in %j', (feature) => {
    expect(readStartingState(feature)).toBeNull();
  });

  it('adds the state field with the stated default, or gives an existing text field that default', () => {
    const title = {
      name: 'title',
      type: 'string' as const,
      required: true,
      description: 'Title',
      example: 'x',
    };
    const added = withStartingState('new tickets have status open', [title]);
    expect(added.map((f) => [f.name, f.required, f.default])).toEqual([
      ['title', true, undefined],
      ['status', false, 'open'],
    ]);
    const status = { ...title, name: 'status' };
    const given = withStartingState('new tickets have status open', [title, status]);
    expect(given.find((f) => f.name === 'status')).toMatchObject({ required: false, default: 'open' });
  });
});
