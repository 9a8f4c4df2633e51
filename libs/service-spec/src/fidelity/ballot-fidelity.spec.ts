import type {
  AcceptanceCheck,
  Behavior,
  EndpointSpec,
  FieldSpec,
  SpecContract,
  TallyBehavior,
  VoteBehavior,
} from '../spec-contract';
import { asksBallots, ballotProblems } from './ballot-fidelity';
import { readFeatureLiterals } from './feature-literals';
import { ruleHeld } from './record-features';
import { workedExampleProblems } from './worked-examples';

/* The gate and polls: votes are realised only by a vote endpoint that keeps what the feature says. */

function endpoint(behavior: Behavior): EndpointSpec {
  return {
    id: 'x',
    method: 'POST',
    path: '/polls/{id}/votes',
    summary: '',
    features: [],
    behavior,
    request: {},
    responses: [],
    errors: [],
  };
}

const vote: VoteBehavior = {
  kind: 'vote',
  resource: 'poll',
  param: 'id',
  options_field: 'options',
  choice_field: 'option',
  by: 'text',
  status: 201,
};
const tally: TallyBehavior = {
  kind: 'tally',
  resource: 'poll',
  param: 'id',
  options_field: 'options',
  field: 'results',
  shape: 'object',
  option_key: 'option',
  count_key: 'votes',
};

describe('ballotProblems', () => {
  it('refuses votes kept as plain records: they count nothing', () => {
    const stored = [endpoint({ kind: 'create', resource: 'vote' })];
    expect(ballotProblems('Vote for an option of a poll', stored)).toEqual([
      expect.stringContaining('counts a vote'),
    ]);
    expect(ballotProblems('Votar por una opción de la encuesta', stored)).not.toEqual([]);
  });

  it('refuses a vote that drops the once-per-voter rule or lets a closed poll count', () => {
    const plain = [endpoint(vote)];
    expect(ballotProblems('Each person votes once per poll (409)', plain)).toEqual([
      expect.stringContaining('knows who votes'),
    ]);
    expect(ballotProblems('No votes after the poll is closed (409)', plain)).toEqual([
      expect.stringContaining('refuses them'),
    ]);
    expect(
      ballotProblems('Jeder Teilnehmer darf in einer Umfrage nur einmal abstimmen', [
        endpoint({ ...vote, voter_field: 'teilnehmer' }),
      ]),
    ).toEqual([]);
  });

  it('takes the refusal of a closed poll from the vote a close hands it to', () => {
    const close = endpoint({ kind: 'reserve', resource: 'poll', param: 'id', field: 'closed' });
    const feature = 'Close a poll; no votes after the poll is closed (409)';
    expect(ballotProblems(feature, [close], [close, endpoint({ ...vote, closed_field: 'closed' })])).toEqual(
      [],
    );
    expect(ballotProblems(feature, [close], [close, endpoint(vote)])).toEqual([
      expect.stringContaining('counts a vote'),
      expect.stringContaining('refuses them'),
    ]);
  });

  it('refuses results realised without counting, or unordered when most votes come first', () => {
    expect(
      ballotProblems('Show the results of a poll: votes per option', [
        endpoint({ kind: 'list', resource: 'poll' }),
      ]),
    ).toEqual([expect.stringContaining('counts the votes per option')]);
    expect(ballotProblems('Show the poll results, most votes first', [endpoint(tally)])).toEqual([
      expect.stringContaining('most votes first'),
    ]);
    expect(
      ballotProblems('Show the poll results, most votes first', [
        endpoint({ ...tally, shape: 'list', order: 'desc' }),
      ]),
    ).toEqual([]);
  });

  it('reads no ballots in upvotes, averages or a rate of votes', () => {
    expect(asksBallots('Upvote an idea; list ideas with the most votes first')).toBe(false);
    expect(asksBallots('The average of the votes given as a list of numbers')).toBe(false);
    expect(asksBallots('A rate limit of 5 votes per minute per user')).toBe(false);
    expect(asksBallots('List options for the installer')).toBe(false);
    expect(asksBallots('Format an election date as DD.MM.YYYY')).toBe(false);
  });
});

describe('a poll spelled out with routes', () => {
  const POLLS =
    'POST /polls with body {"question": string, "options": [string, ...] (2-10)} returns 201 {"id": string}';
  const contract = (options: Partial<FieldSpec>, acceptance: AcceptanceCheck[]): SpecContract =>
    ({
      resources: [
        {
          name: 'poll',
          plural: 'polls',
          description: '',
          fields: [
            { name: 'question', type: 'string', required: true, description: '', example: 'Lunch?' },
            {
              name: 'options',
              type: 'string[]',
              required: true,
              description: '',
              example: ['a', 'b'],
              ...options,
            },
          ],
        },
      ],
      endpoints: [{ ...endpoint({ kind: 'create', resource: 'poll' }), id: 'create-poll', path: '/polls' }],
      acceptance,
    }) as unknown as SpecContract;
  const created = (later: string): AcceptanceCheck => ({
    id: 'AC-1',
    endpoint_id: 'create-poll',
    description: 'A poll is made and read back',
    kind: 'happy',
    steps: [
      {
        request: { method: 'POST', path: '/polls', body: { question: 'Lunch?', options: ['a', 'b'] } },
        expect: { status: 201, body_contains: { question: 'Lunch?' } },
        save: { poll_id: 'id' },
      },
      {
        request: { method: 'GET', path: later },
        expect: { status: 200, body_contains: { question: 'Lunch?' } },
      },
    ],
  });
  const target = (c: SpecContract) => c.endpoints[0];

  it('reads the count of an array written after it as a rule of the field', () => {
    const [, options] = readFeatureLiterals(POLLS).request;
    expect(options).toMatchObject({ name: 'options', type: 'array', element: 'string', rule: 'items 2..10' });
  });

  it('holds the count only with exactly those min_items and max_items', () => {
    const [, options] = readFeatureLiterals(POLLS).request;
    const held = contract({ min_items: 2, max_items: 10 }, []);
    expect(ruleHeld(held, target(held), options)).toBe(true);
    for (const loose of [{}, { min_items: 2 }, { min_items: 1, max_items: 10 }]) {
      const c = contract(loose, []);
      expect(ruleHeld(c, target(c), options)).toBe(false);
    }
  });

  it('sees a server-made id in the answer only when a later step reaches the record through it', () => {
    const used = contract({ min_items: 2, max_items: 10 }, [created('/polls/{poll_id}')]);
    const unused = contract({ min_items: 2, max_items: 10 }, [created('/polls')]);
    const literals = readFeatureLiterals(POLLS);
    expect(workedExampleProblems(used, target(used), literals)).toEqual([]);
    expect(workedExampleProblems(unused, target(unused), literals)).toEqual([
      'no worked example of POST /polls expects "id" in its answer',
    ]);
  });
});
