import type {
  AcceptanceStep,
  EndpointError,
  EndpointRequest,
  EndpointResponse,
  EndpointSpec,
  FieldSpec,
  RankingBehavior,
  SpecContract,
} from '@sf/service-spec';
import { check, errorBody, fill, resourceOf, setup, type DraftCheck } from './acceptance-steps';
import { sampleBody } from './samples';

/*
 * Rankings (top-N, best per owner): documentation and worked examples. Checks share one instance with other
 * checks' records, so a worked example ranks scores far beyond any sample value, in the ranking's direction.
 */

const FAR = 1_000_000;

interface Docs {
  request: EndpointRequest;
  responses: EndpointResponse[];
  errors: EndpointError[];
}

/** Request, responses and errors of a ranking endpoint. */
export function rankingDocs(c: SpecContract, b: RankingBehavior): Docs {
  const r = resourceOf(c, b.resource);
  const record: Record<string, unknown> = { id: `${b.resource}-1` };
  for (const f of r?.fields ?? []) record[f.name] = f.default ?? f.example ?? null;
  Object.assign(record, r ? sampleBody(r, 'example') : {});
  const example = b.row && b.best_per ? rowOf(b, record[b.best_per], record[b.score_field], 1, 1) : record;
  const best = `${b.order === 'desc' ? 'highest' : 'lowest'} ${b.score_field.replace(/_/g, ' ')}`;
  if (b.owner_param !== undefined) {
    const owner = (b.best_per ?? '').replace(/_/g, ' ');
    const named = record[b.best_per ?? ''];
    return {
      request: {
        params: [
          {
            name: b.owner_param,
            description: `The ${owner} to look up`,
            example: typeof named === 'string' ? named : 'sample',
          },
        ],
      },
      responses: [
        {
          status: 200,
          description: `The ${owner}'s row: ${rowWords(b)}`,
          example,
        },
      ],
      errors: [
        {
          status: 404,
          code: 'NOT_FOUND',
          when: `the ${owner} has no record with a ${b.score_field.replace(/_/g, ' ')}`,
        },
      ],
    };
  }
  return {
    request: {
      query: [
        {
          name: b.count_param,
          type: 'integer',
          required: false,
          description: `How many ${b.resource.replace(/-/g, ' ')} records to answer: 1 to ${b.max_count}, default ${b.default_count}`,
          example: b.default_count,
          default: b.default_count,
        },
      ],
    },
    responses: [
      {
        status: 200,
        description: `The ${best}s first${b.best_per ? `, only the best of each ${b.best_per.replace(/_/g, ' ')} counting` : ''}${b.row ? `; each entry ${rowWords(b)}` : ''}`,
        example: b.wrap === undefined ? [example] : { [b.wrap]: [example] },
      },
    ],
    errors: [
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        when: `${b.count_param} is not a whole number from 1 to ${b.max_count}`,
      },
    ],
  };
}

/** A row as the contract writes it: owner, best, and the count and rank it names. */
function rowOf(
  b: RankingBehavior,
  owner: unknown,
  best: unknown,
  count: number,
  rank: number,
): Record<string, unknown> {
  const row = b.row ?? { best: b.score_field };
  return {
    ...(b.best_per ? { [b.best_per]: owner } : {}),
    [row.best]: best,
    ...(row.count ? { [row.count]: count } : {}),
    ...(row.rank ? { [row.rank]: rank } : {}),
  };
}

/** Entries as a ranking answers them: in its `wrap` field, or the bare array. */
function wrapped(b: RankingBehavior, entries: Record<string, unknown>[]): unknown {
  return b.wrap === undefined ? entries : { [b.wrap]: entries };
}

/** What a row holds, in words. */
function rowWords(b: RankingBehavior): string {
  const row = b.row ?? { best: b.score_field };
  const owner = (b.best_per ?? 'owner').replace(/_/g, ' ');
  return [
    `${b.best_per} (the ${owner})`,
    `${row.best} (the ${owner}'s ${b.order === 'desc' ? 'highest' : 'lowest'} ${b.score_field.replace(/_/g, ' ')})`,
    ...(row.count
      ? [`${row.count} (how many ${b.resource.replace(/-/g, ' ')} records the ${owner} has)`]
      : []),
    ...(row.rank ? [`${row.rank} (the position in the ranking, from 1)`] : []),
  ].join(', ');
}

interface Entry {
  owner?: string;
  score: number;
}

/**
 * The score a worked example gives rank `n` (higher n, better): at the best end of what the field accepts, far
 * beyond the samples, for a board (a bounded field: its best 100 values, when its example lies outside them); at
 * the worst end for an owner lookup, so its records never enter a board's top. Null when the field leaves no room.
 */
function scoreScale(b: RankingBehavior, f: FieldSpec): ((n: number) => number) | null {
  const lo = f.minimum ?? (f.exclusive_minimum === undefined ? undefined : f.exclusive_minimum + 1);
  const hi = f.maximum ?? (f.exclusive_maximum === undefined ? undefined : f.exclusive_maximum - 1);
  if (lo !== undefined && hi !== undefined && hi - lo < 20) return null;
  const desc = b.order === 'desc';
  // A field bounded close ("punti da 0 a 100"): its best (or worst) ten values, a tenth of a rank apart each, hold
  // the example's records (0–100 → 90 … 99), the samples of other checks lying mid-range.
  const narrow = lo !== undefined && hi !== undefined && hi - lo < 400;
  const tenth = (n: number) => Math.floor(n / 10);
  const scale: (n: number) => number = narrow
    ? b.owner_param === undefined
      ? desc
        ? (n) => hi - 10 + tenth(n)
        : (n) => lo + 10 - tenth(n)
      : desc
        ? (n) => lo + tenth(n)
        : (n) => hi - tenth(n)
    : b.owner_param === undefined
      ? desc
        ? (n) => (hi === undefined ? FAR + n : hi - 100 + n)
        : (n) => (lo === undefined ? -(FAR + n) : lo + 100 - n)
      : desc
        ? (n) => (lo === undefined ? n - FAR - 100 : lo + n)
        : (n) => (hi === undefined ? FAR + 100 - n : hi - n);
  const band = [scale(0), scale(100)].sort((x, y) => x - y);
  const example = typeof f.example === 'number' ? f.example : undefined;
  return example !== undefined && example >= band[0] && example <= band[1] ? null : scale;
}

/** Records for a worked example: best per owner where asked, scores far beyond the samples in rank order. */
function entries(
  b: RankingBehavior,
  tag: string,
  ownerIsText: boolean,
  s: (n: number) => number,
): { made: Entry[]; expected: Entry[] } {
  if (b.best_per === undefined || !ownerIsText) {
    const made = [50, 80, 65, 10].map((n) => ({ score: s(n) }));
    return { made, expected: [{ score: s(80) }, { score: s(65) }] };
  }
  const o = (x: string) => `${tag}-${x}`;
  const made = [
    { owner: o('a'), score: s(50) },
    { owner: o('b'), score: s(80) },
    { owner: o('c'), score: s(65) },
    { owner: o('a'), score: s(90) },
    { owner: o('b'), score: s(70) },
  ];
  return {
    made,
    expected: [
      { owner: o('a'), score: s(90) },
      { owner: o('b'), score: s(80) },
    ],
  };
}

/** Worked example: records made, then the first two asked for, then the first one alone. */
export function rankingHappyCheck(c: SpecContract, e: EndpointSpec, b: RankingBehavior): DraftCheck | null {
  const r = resourceOf(c, b.resource);
  const scoreField = r?.fields.find((f) => f.name === b.score_field);
  if (!r || !scoreField || b.max_count < 2) return null;
  const ownerField = b.best_per === undefined ? undefined : r.fields.find((f) => f.name === b.best_per);
  const tag = `${e.id}-ok`;
  const scale = scoreScale(b, scoreField);
  if (scale === null) return null;
  const { made, expected } = entries(b, tag, ownerField?.type === 'string', scale);
  const steps: AcceptanceStep[] = [];
  const row = (x: Entry) => ({
    ...(x.owner !== undefined && b.best_per ? { [b.best_per]: x.owner } : {}),
    [b.score_field]: x.score,
  });
  for (const [i, x] of made.entries()) {
    const one =
      setup(c, b.resource, `${tag}-${i + 1}`, row(x))?.steps ??
      addedSteps(c, b, scoreField, `${tag}-${i + 1}`, x.score);
    if (!one) return null;
    steps.push(...one);
  }
  // Rows as written; their rank is left to the endpoint tests, as other checks' records share the instance.
  const answer = (x: Entry) =>
    b.row === undefined
      ? row(x)
      : rowOf(
          { ...b, row: { ...b.row, rank: undefined } },
          x.owner,
          x.score,
          made.filter((m) => m.owner === x.owner).length,
          0,
        );
  if (b.owner_param !== undefined) {
    const param = b.owner_param;
    return check(
      e,
      'happy',
      `With ${made.length} ${b.resource.replace(/-/g, ' ')} records, each ${(b.best_per ?? '').replace(/_/g, ' ')} looked up answers its own ${b.order === 'desc' ? 'highest' : 'lowest'} ${b.score_field.replace(/_/g, ' ')}${b.row?.count ? ` and how many records it has` : ''}.`,
      [
        ...steps,
        ...expected.map((x) => ({
          request: { method: e.method, path: fill(e.path, { [param]: String(x.owner) }) },
          expect: { status: 200, body_contains: answer(x) },
        })),
      ],
    );
  }
  steps.push(
    {
      request: { method: e.method, path: e.path, query: { [b.count_param]: '2' } },
      expect: { status: 200, body_contains: wrapped(b, expected.map(answer)) },
    },
    {
      request: { method: e.method, path: e.path, query: { [b.count_param]: '1' } },
      expect: { status: 200, body_contains: wrapped(b, [answer(expected[0])]) },
    },
  );
  const best = b.best_per ? `, each ${b.best_per.replace(/_/g, ' ')} counted once with its best` : '';
  return check(
    e,
    'happy',
    `With ${made.length} ${b.resource.replace(/-/g, ' ')} records, ${b.count_param}=2 answers the two ${b.order === 'desc' ? 'highest' : 'lowest'} ${b.score_field.replace(/_/g, ' ')}s${best}, and ${b.count_param}=1 the ${b.order === 'desc' ? 'highest' : 'lowest'} alone.`,
    steps,
  );
}

/**
 * A record made with `score` where records are only made by adding to their score ("adds points to a team, created
 * on first use"): one call of the endpoint that adds to the ranked field, keyed by a new key from the body, adding
 * the score minus the field's starting value. Null when no such endpoint makes the resource's records (and for a
 * best per owner, whose records are the scores themselves).
 */
function addedSteps(
  c: SpecContract,
  b: RankingBehavior,
  scoreField: FieldSpec,
  key: string,
  score: number,
): AcceptanceStep[] | null {
  const keyField = resourceOf(c, b.resource)?.key;
  const adds = c.endpoints.find(
    (e) =>
      e.behavior.kind === 'adjust' &&
      e.behavior.resource === b.resource &&
      e.behavior.field === b.score_field &&
      e.behavior.create_missing === true &&
      e.behavior.param === undefined &&
      e.behavior.direction === undefined,
  );
  if (!keyField || !adds || adds.behavior.kind !== 'adjust' || b.best_per !== undefined) return null;
  const start = typeof scoreField.default === 'number' ? scoreField.default : 0;
  const amountField = adds.behavior.amount_field;
  const amount = adds.request.body?.fields.find((f) => f.name === amountField);
  const added = score - start;
  // An amount the endpoint refuses makes no record: the scores must lie within what one call may add.
  const refused =
    (amount?.minimum !== undefined && added < amount.minimum) ||
    (amount?.maximum !== undefined && added > amount.maximum) ||
    (amount?.exclusive_minimum !== undefined && added <= amount.exclusive_minimum) ||
    (amount?.exclusive_maximum !== undefined && added >= amount.exclusive_maximum);
  if (refused) return null;
  return [
    {
      request: {
        method: adds.method,
        path: adds.path,
        body: { [keyField]: key, [amountField]: added },
      },
      expect: { status: 200, body_contains: { [keyField]: key, [b.score_field]: score } },
    },
  ];
}

/** The refusal of a count outside 1..max. */
export function rankingErrorCheck(
  e: EndpointSpec,
  b: RankingBehavior,
  err: EndpointError,
): DraftCheck | null {
  if (b.owner_param !== undefined && err.status === 404) {
    const owner = (b.best_per ?? '').replace(/_/g, ' ');
    return check(e, 'error', `A ${owner} with no record answers 404 ${err.code}.`, [
      {
        request: { method: e.method, path: fill(e.path, { [b.owner_param]: `${e.id}-nobody` }) },
        expect: { status: 404, body_contains: errorBody(err.code) },
      },
    ]);
  }
  if (err.status !== 400 || b.owner_param !== undefined) return null;
  return check(e, 'error', `${b.count_param}=0 answers 400 VALIDATION_FAILED.`, [
    {
      request: { method: e.method, path: e.path, query: { [b.count_param]: '0' } },
      expect: { status: 400, body_contains: errorBody(err.code) },
    },
  ]);
}
