import type {
  AcceptanceStep,
  EndpointError,
  EndpointRequest,
  EndpointResponse,
  EndpointSpec,
  SpecContract,
  TallyBehavior,
  VoteBehavior,
} from '@sf/service-spec';
import { check, errorBody, fill, setup, successStatus, type DraftCheck } from './acceptance-steps';
import { CLOSED_SAID, ONCE, WHILE_OPEN, foldedSaid } from './ballot-words';
import { asSaid } from '../catalog/feature-words';

/*
 * Votes and tallies: their documentation and worked examples, computed by the behaviour's own semantics (every
 * option counted, an option without votes 0, a refused vote never counted). A worked example makes its own poll
 * with three options, so other checks' votes never reach it.
 */

interface Docs {
  request: EndpointRequest;
  responses: EndpointResponse[];
  errors: EndpointError[];
}

const OPTIONS = ['red', 'green', 'blue'];

/** Request, responses and errors of a vote endpoint. */
function voteDocs(b: VoteBehavior): Docs {
  const what = b.resource.replace(/-/g, ' ');
  const choice = {
    name: b.choice_field,
    type: b.by === 'index' ? ('integer' as const) : ('string' as const),
    required: true,
    description:
      b.by === 'index'
        ? `The position of the option voted for in the ${what}'s ${b.options_field}, from 0`
        : `The option voted for: one of the ${what}'s ${b.options_field}`,
    example: b.by === 'index' ? 1 : OPTIONS[1],
  };
  const voter = b.voter_field
    ? [
        {
          name: b.voter_field,
          type: 'string' as const,
          required: true,
          description: `Who votes: once per ${what}`,
          example: 'ada',
        },
      ]
    : [];
  const example = {
    [`${b.resource.replace(/-/g, '_')}_id`]: `${b.resource}-1`,
    [b.choice_field]: OPTIONS[1],
  };
  if (b.voter_field) example[b.voter_field] = 'ada';
  const errors: EndpointError[] = [
    { status: 404, code: 'NOT_FOUND', when: `no ${what} has this id` },
    {
      status: 400,
      code: 'VALIDATION_FAILED',
      when: `the body misses ${[b.choice_field, b.voter_field].filter(Boolean).join(' or ')}`,
    },
    {
      status: b.unknown_status ?? 400,
      code: 'UNKNOWN_OPTION',
      when: `the option is not one of the ${what}'s ${b.options_field}`,
    },
  ];
  if (b.closed_field) errors.push({ status: 409, code: 'POLL_CLOSED', when: `the ${what} is closed` });
  if (b.voter_field)
    errors.push({
      status: 409,
      code: 'ALREADY_VOTED',
      when: `this ${b.voter_field} already voted in the ${what}`,
    });
  return {
    request: {
      params: [{ name: b.param, description: `Id of the ${what}`, example: `${b.resource}-1` }],
      body: {
        fields: [choice, ...voter],
        allow_unknown: true,
        example: { [b.choice_field]: choice.example, ...(b.voter_field ? { [b.voter_field]: 'ada' } : {}) },
      },
    },
    responses: [{ status: b.status, description: 'The vote is counted', example: { ...example, votes: 1 } }],
    errors,
  };
}

/** Request, responses and errors of a vote or tally endpoint. */
export function ballotDocs(b: VoteBehavior | TallyBehavior): Docs {
  return b.kind === 'vote' ? voteDocs(b) : tallyDocs(b);
}

/** The counts a tally answers for `[option, votes]` rows, in its shape and order. */
function tallyBody(b: TallyBehavior, rows: [string, number][]): Record<string, unknown> {
  const ordered = b.order === 'desc' ? [...rows].sort((x, y) => y[1] - x[1]) : rows;
  const counts =
    b.shape === 'object'
      ? Object.fromEntries(ordered)
      : ordered.map(([option, votes]) => ({ [b.option_key]: option, [b.count_key]: votes }));
  const total = rows.reduce((sum, [, votes]) => sum + votes, 0);
  return b.total_field ? { [b.field]: counts, [b.total_field]: total } : { [b.field]: counts };
}

/** Request, responses and errors of a tally endpoint. */
function tallyDocs(b: TallyBehavior): Docs {
  const what = b.resource.replace(/-/g, ' ');
  return {
    request: { params: [{ name: b.param, description: `Id of the ${what}`, example: `${b.resource}-1` }] },
    responses: [
      {
        status: 200,
        description: `The votes of every option, 0 for an option without votes${b.order === 'desc' ? ', most votes first' : ''}`,
        example: tallyBody(b, [
          [OPTIONS[0], 0],
          [OPTIONS[1], 2],
          [OPTIONS[2], 1],
        ]),
      },
    ],
    errors: [{ status: 404, code: 'NOT_FOUND', when: `no ${what} has this id` }],
  };
}

/** A fresh poll with three options (tagged) and the variable holding its id. */
function freshPoll(c: SpecContract, b: VoteBehavior | TallyBehavior, tag: string) {
  const options = OPTIONS.map((o) => `${o}-${tag}`);
  const made = setup(c, b.resource, tag, { [b.options_field]: options });
  return made ? { ...made, options } : null;
}

/** The vote endpoint of `b`'s record (the tally's votes come from it). */
function voteOf(c: SpecContract, resource: string): { e: EndpointSpec; b: VoteBehavior } | null {
  for (const e of c.endpoints)
    if (e.behavior.kind === 'vote' && e.behavior.resource === resource) return { e, b: e.behavior };
  return null;
}

/** A vote step: `option` (its text, or its index) by `voter`, expecting `status`. */
function voteStep(
  v: { e: EndpointSpec; b: VoteBehavior },
  poll: string,
  options: string[],
  option: string,
  voter: string,
  status: number,
  code?: string,
): AcceptanceStep {
  const index = options.indexOf(option);
  const choice = v.b.by === 'index' ? (index < 0 ? options.length + 5 : index) : option;
  return {
    request: {
      method: v.e.method,
      path: fill(v.e.path, { [v.b.param]: `{${poll}}` }),
      body: { [v.b.choice_field]: choice, ...(v.b.voter_field ? { [v.b.voter_field]: voter } : {}) },
    },
    expect: { status, ...(code ? { body_contains: errorBody(code) } : {}) },
  };
}

/**
 * Worked example of a vote: two votes for one option, one for another, every refusal the behaviour names (an
 * unknown option, a second vote by the same voter, a vote after closing), none of them counted.
 */
export function voteHappyCheck(c: SpecContract, e: EndpointSpec, b: VoteBehavior): DraftCheck | null {
  const tag = `${e.id}-ok`;
  const poll = freshPoll(c, b, tag);
  if (!poll) return null;
  const v = { e, b };
  const ok = successStatus(e, b.status);
  const [a, g] = poll.options;
  const steps: AcceptanceStep[] = [
    ...poll.steps,
    {
      ...voteStep(v, poll.variable, poll.options, g, `ana-${tag}`, ok),
      expect: { status: ok, body_contains: { [b.choice_field]: g, votes: 1 } },
    },
    voteStep(
      v,
      poll.variable,
      poll.options,
      `karaoke-${tag}`,
      `ben-${tag}`,
      b.unknown_status ?? 400,
      'UNKNOWN_OPTION',
    ),
    {
      ...voteStep(v, poll.variable, poll.options, g, `ben-${tag}`, ok),
      expect: { status: ok, body_contains: { [b.choice_field]: g, votes: 2 } },
    },
  ];
  if (b.voter_field)
    steps.push(voteStep(v, poll.variable, poll.options, a, `ana-${tag}`, 409, 'ALREADY_VOTED'));
  steps.push({
    ...voteStep(v, poll.variable, poll.options, a, `cy-${tag}`, ok),
    expect: { status: ok, body_contains: { [b.choice_field]: a, votes: 1 } },
  });
  const close = c.endpoints.find(
    (x) =>
      x.behavior.kind === 'reserve' &&
      x.behavior.resource === b.resource &&
      x.behavior.field === b.closed_field,
  );
  if (close && close.behavior.kind === 'reserve') {
    steps.push(
      {
        request: {
          method: close.method,
          path: fill(close.path, { [close.behavior.param]: `{${poll.variable}}` }),
        },
        expect: { status: successStatus(close, 200) },
      },
      voteStep(v, poll.variable, poll.options, a, `dee-${tag}`, 409, 'POLL_CLOSED'),
    );
  }
  const tally = c.endpoints.find((x) => x.behavior.kind === 'tally' && x.behavior.resource === b.resource);
  if (tally && tally.behavior.kind === 'tally') {
    const rows: [string, number][] = poll.options.map((o) => [o, o === g ? 2 : o === a ? 1 : 0]);
    steps.push({
      request: {
        method: tally.method,
        path: fill(tally.path, { [tally.behavior.param]: `{${poll.variable}}` }),
      },
      expect: {
        status: 200,
        body_contains: tallyBody(tally.behavior, rows),
        in_order: tally.behavior.order === 'desc' || undefined,
      },
    });
  }
  return check(
    e,
    'happy',
    `Votes count one each per option; an option not on the ${b.resource.replace(/-/g, ' ')} is refused${b.voter_field ? ', a second vote by the same voter is 409' : ''}${close ? ', and a closed one takes no vote' : ''}; nothing refused is counted.`,
    steps,
  );
}

/** Worked example of a tally: before any vote every option is 0; after three votes the counts say so. */
export function tallyHappyCheck(c: SpecContract, e: EndpointSpec, b: TallyBehavior): DraftCheck | null {
  const tag = `${e.id}-ok`;
  const poll = freshPoll(c, b, tag);
  const v = voteOf(c, b.resource);
  if (!poll || !v) return null;
  const [a, g, bl] = poll.options;
  const path = fill(e.path, { [b.param]: `{${poll.variable}}` });
  const ok = successStatus(v.e, v.b.status);
  const order = b.order === 'desc' || undefined;
  return check(e, 'happy', 'Every option is counted, 0 without votes, before and after three votes.', [
    ...poll.steps,
    {
      request: { method: e.method, path },
      expect: {
        status: 200,
        body_contains: tallyBody(
          b,
          poll.options.map((o) => [o, 0]),
        ),
      },
    },
    voteStep(v, poll.variable, poll.options, bl, `ana-${tag}`, ok),
    voteStep(v, poll.variable, poll.options, bl, `ben-${tag}`, ok),
    voteStep(v, poll.variable, poll.options, g, `cy-${tag}`, ok),
    {
      request: { method: e.method, path },
      expect: {
        status: 200,
        body_contains: tallyBody(b, [
          [a, 0],
          [g, 1],
          [bl, 2],
        ]),
        in_order: order,
      },
    },
  ]);
}

/** The refusal of an unknown record (404), and each refusal of a vote, shown on a fresh poll, not counted. */
export function ballotErrorCheck(
  c: SpecContract,
  e: EndpointSpec,
  b: VoteBehavior | TallyBehavior,
  err: EndpointError,
): DraftCheck | null {
  const what = b.resource.replace(/-/g, ' ');
  const expect = { status: err.status, body_contains: errorBody(err.code) };
  if (err.code === 'NOT_FOUND') {
    const path = fill(e.path, { [b.param]: `no-such-${b.resource}` });
    const body =
      b.kind === 'vote'
        ? {
            [b.choice_field]: b.by === 'index' ? 0 : OPTIONS[0],
            ...(b.voter_field ? { [b.voter_field]: 'ada' } : {}),
          }
        : undefined;
    return check(e, 'error', `An unknown ${what} answers ${err.status} ${err.code}.`, [
      { request: { method: e.method, path, ...(body ? { body } : {}) }, expect },
    ]);
  }
  if (b.kind !== 'vote') return null;
  const tag = `${e.id}-${err.code.toLowerCase().replace(/_/g, '-')}`;
  const poll = freshPoll(c, b, tag);
  if (!poll) return null;
  const v = { e, b };
  const ok = successStatus(e, b.status);
  const [a, g] = poll.options;
  const vote = (option: string, voter: string, status: number, code?: string) =>
    voteStep(v, poll.variable, poll.options, option, voter, status, code);
  const close = closeOf(c, b);
  switch (err.code) {
    case 'UNKNOWN_OPTION':
      // Quoted as the intent writes it ("una opción que no existe da 400"), so the example is the feature's own.
      return check(
        e,
        'error',
        `A vote for an option not on the ${what} answers ${err.status} ${err.code}${quoted(e, (t) => UNKNOWN_SAID.test(t) && t.includes(String(err.status)))}.`,
        [...poll.steps, vote(`karaoke-${tag}`, `ana-${tag}`, err.status, err.code)],
      );
    case 'ALREADY_VOTED':
      return check(
        e,
        'error',
        `A second vote by the same ${b.voter_field ?? 'voter'} answers ${err.status} ${err.code}${quoted(e, (t) => ONCE.test(t))}.`,
        [...poll.steps, vote(a, `ana-${tag}`, ok), vote(g, `ana-${tag}`, err.status, err.code)],
      );
    case 'POLL_CLOSED':
      if (!close || close.behavior.kind !== 'reserve') return null;
      return check(
        e,
        'error',
        `A vote in a closed ${what} answers ${err.status} ${err.code}${quoted(e, (t) => CLOSED_SAID.test(t) || WHILE_OPEN.test(t))}.`,
        [
          ...poll.steps,
          {
            request: {
              method: close.method,
              path: fill(close.path, { [close.behavior.param]: `{${poll.variable}}` }),
            },
            expect: { status: successStatus(close, 200) },
          },
          vote(a, `ana-${tag}`, err.status, err.code),
        ],
      );
    default:
      return null;
  }
}

/** An option that is not one of the poll's, as refusals say it (folded). */
const UNKNOWN_SAID =
  /\b(unknown|not (in|on|part of)|nicht (in|auf|teil)|unbekannt\w*|no (existe|esta)|desconocid[ao]|inconnue?|n existe pas|absente?|non (c.e|e nel|esiste)|sconosciut[ao]|nao (existe|esta)|desconhecid[ao]|inexistente?)\b/;

/** The features of `e` that state a refusal (`said`), quoted for the worked example that shows it. */
function quoted(e: EndpointSpec, said: (text: string) => boolean): string {
  const features = e.features.filter((f) => said(foldedSaid(f)));
  return features.length === 0
    ? ''
    : ` (written in the intent as: ${features.map((f) => `"${asSaid(f)}"`).join('; ')})`;
}

/** The endpoint closing the vote's record (a hold on its `closed_field`). */
function closeOf(c: SpecContract, b: VoteBehavior): EndpointSpec | undefined {
  return c.endpoints.find(
    (x) =>
      x.behavior.kind === 'reserve' &&
      x.behavior.resource === b.resource &&
      x.behavior.field === b.closed_field,
  );
}
