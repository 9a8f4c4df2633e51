import type { AcceptanceCheck, SpecContract, TransitionBehavior } from '../spec-contract';
import { todoContract } from '../testing/todo-contract';
import { readArrowMachine, readRefusedMoves } from '../state-machine';
import { verifySpec } from '../verify-spec';
import { renderSpec } from '../render-spec';
import { todoIntent } from '../testing/todo-contract';
import { featureFidelity } from './feature-fidelity';

const FEATURE = 'Todos have a status: open → doing → done, and doing → open';
const MOVES = { open: ['doing'], doing: ['done', 'open'], done: [] };

/** The todo contract with a status machine claimed by FEATURE, its walk and its refused move. */
function machineContract(moves: TransitionBehavior['moves'] = MOVES, initial = 'open'): SpecContract {
  const c = todoContract();
  c.service.features = [...c.service.features, FEATURE];
  c.resources[0].fields.push({
    name: 'status',
    type: 'string',
    required: false,
    description: 'Where the todo stands',
    example: null,
    enum: Object.keys(moves),
    default: initial,
  });
  c.endpoints.push({
    id: 'move-todo-status',
    method: 'PATCH',
    path: '/todos/{id}/status',
    summary: 'Move a todo along the arrows',
    features: [FEATURE],
    behavior: { kind: 'transition', resource: 'todo', param: 'id', field: 'status', moves },
    request: {
      params: [{ name: 'id', description: 'Todo id', example: 'todo-1' }],
      body: {
        fields: [
          { name: 'status', type: 'string', required: true, description: 'The state', example: 'doing' },
        ],
        allow_unknown: false,
        example: { status: 'doing' },
      },
    },
    responses: [{ status: 200, description: 'The todo', example: { id: 'todo-1', status: 'doing' } }],
    errors: [
      { status: 400, code: 'VALIDATION_FAILED', when: 'an unknown state' },
      { status: 404, code: 'NOT_FOUND', when: 'no todo has this id' },
      { status: 409, code: 'INVALID_TRANSITION', when: 'no arrow allows the move' },
    ],
  });
  const create: AcceptanceCheck['steps'][number] = {
    request: { method: 'POST', path: '/todos', body: { title: 'Walk' } },
    expect: { status: 201 },
    save: { todo_id: 'id' },
  };
  const move = (to: string, status: number): AcceptanceCheck['steps'][number] => ({
    request: { method: 'PATCH', path: '/todos/{todo_id}/status', body: { status: to } },
    expect: status === 200 ? { status, body_contains: { status: to } } : { status },
  });
  c.acceptance.push(
    {
      id: `AC-${c.acceptance.length + 1}`.replace(/AC-(\d)$/, 'AC-0$1'),
      endpoint_id: 'move-todo-status',
      description: 'A todo walks open → doing → done.',
      kind: 'happy',
      steps: [create, move('doing', 200), move('done', 200)],
    },
    {
      id: `AC-${c.acceptance.length + 2}`.replace(/AC-(\d)$/, 'AC-0$1'),
      endpoint_id: 'move-todo-status',
      description: 'open → done is refused.',
      kind: 'error',
      steps: [create, move('done', 409)],
    },
  );
  return c;
}

function problems(c: SpecContract): string[] {
  return featureFidelity(c, [FEATURE])[0].problems;
}

describe('readArrowMachine', () => {
  it('reads chains, branches and a state reached from any other', () => {
    expect(readArrowMachine(FEATURE)).toEqual({
      states: ['open', 'doing', 'done'],
      moves: MOVES,
      word: 'status',
    });
    expect(
      readArrowMachine('Jobs: queued -> running -> finished; cancel from any state except finished')?.moves,
    ).toEqual({
      queued: ['running', 'cancelled'],
      running: ['finished', 'cancelled'],
      finished: [],
      cancelled: [],
    });
  });

  it.each([
    'Convert °C → °F',
    'Roman numerals: IV → 4',
    'Convert km → miles',
    'Units: km → miles',
    'POST /x with {"a": number} → {"b": number}',
    'Slugs: "Hello World" → "hello-world"',
    'Todos have a status: open → open',
    'fold the accents out of a name so it is plain ASCII: é→e, ñ→n, ü→ue',
    'Umlaute ersetzen: ä → ae, ö → oe',
  ])('reads no machine in %j', (feature) => {
    expect(readArrowMachine(feature)).toBeNull();
  });
});

describe('the gate on state machines', () => {
  it('accepts the machine the arrows write, with a walk and a refused move', () => {
    expect(problems(machineContract())).toEqual([]);
  });

  it('refuses a machine without its transition endpoint', () => {
    const c = machineContract();
    c.endpoints = c.endpoints.filter((e) => e.id !== 'move-todo-status');
    c.endpoints[0].features.push(FEATURE);
    expect(problems(c)).toEqual(
      expect.arrayContaining([expect.stringContaining('no endpoint moves a record along it')]),
    );
  });

  it('refuses a machine that allows a move no arrow writes, or misses one', () => {
    expect(problems(machineContract({ open: ['doing', 'done'], doing: ['done', 'open'], done: [] }))).toEqual(
      expect.arrayContaining([expect.stringContaining('not the open → doing, doing → done, doing → open')]),
    );
    expect(problems(machineContract({ open: ['doing'], doing: ['done'], done: [] }))).not.toEqual([]);
  });

  it('refuses records that start anywhere but the first state', () => {
    expect(problems(machineContract(MOVES, 'doing'))).toEqual(
      expect.arrayContaining([expect.stringContaining('starts "doing", not open')]),
    );
  });

  it('refuses a pack without a refused move or without a walk', () => {
    const noRefusal = machineContract();
    noRefusal.acceptance = noRefusal.acceptance.filter(
      (a) => !(a.endpoint_id === 'move-todo-status' && a.kind === 'error'),
    );
    expect(problems(noRefusal)).toEqual(expect.arrayContaining([expect.stringContaining('refusing a move')]));
    const noWalk = machineContract();
    noWalk.acceptance = noWalk.acceptance.filter(
      (a) => !(a.endpoint_id === 'move-todo-status' && a.kind === 'happy'),
    );
    expect(problems(noWalk)).toEqual(
      expect.arrayContaining([expect.stringContaining('moves a record along an arrow')]),
    );
  });

  it('keeps the machine a valid contract: its state field must list every state', () => {
    const c = machineContract();
    c.resources[0].fields = c.resources[0].fields.filter((f) => f.name !== 'status');
    const v = verifySpec(renderSpec(c), { ...todoIntent(), key_features: c.service.features });
    expect(JSON.stringify(v)).toContain('declare optional string field \\"status\\" on todo');
  });
});

describe('a feature that only refuses moves, with arrows as its examples', () => {
  const REFUSAL = 'any other move (e.g. open -> done, or anything out of done) returns 409';
  const refusals = (c: SpecContract) => featureFidelity(c, [REFUSAL])[0].problems;
  const claimed = (moves: TransitionBehavior['moves'] = MOVES) => {
    const c = machineContract(moves);
    c.service.features.push(REFUSAL);
    c.endpoints.find((e) => e.id === 'move-todo-status')?.features.push(REFUSAL);
    const refused = c.acceptance.find((x) => x.kind === 'error' && x.endpoint_id === 'move-todo-status');
    if (refused) refused.description = 'open → done is refused with 409 INVALID_TRANSITION.';
    return c;
  };

  it.each([
    [REFUSAL, [{ from: 'open', to: 'done' }]],
    ['jeder andere Wechsel (z. B. offen -> versandt) gibt 409', [{ from: 'offen', to: 'versandt' }]],
    [
      'cualquier otro cambio, por ejemplo pendiente -> entregado, devuelve 409',
      [{ from: 'pendiente', to: 'entregado' }],
    ],
  ])('reads no machine but the refused moves in %j', (feature, refused) => {
    expect(readArrowMachine(feature)).toBeNull();
    expect(readRefusedMoves(feature)).toEqual(refused);
  });

  it('still reads the machine of a clause that writes arrows and a 409 without examples', () => {
    expect(readArrowMachine('status: open -> doing -> done; any other move returns 409')?.states).toEqual([
      'open',
      'doing',
      'done',
    ]);
    expect(readRefusedMoves('status: open -> doing -> done; any other move returns 409')).toEqual([]);
  });

  it('accepts the transition that refuses them and shows a 409', () => {
    expect(refusals(claimed())).toEqual([]);
  });

  it('refuses a transition that allows a move the feature refuses', () => {
    expect(refusals(claimed({ open: ['doing', 'done'], doing: ['done', 'open'], done: [] }))).toEqual(
      expect.arrayContaining([expect.stringContaining('allows open → done, which the feature refuses')]),
    );
  });

  it('refuses the feature when no transition claims it', () => {
    const c = machineContract();
    c.service.features.push(REFUSAL);
    c.endpoints[0].features.push(REFUSAL);
    expect(refusals(c)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('no endpoint moving a record along its states claims it'),
      ]),
    );
  });
});
