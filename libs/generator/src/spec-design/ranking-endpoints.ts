import type {
  AcceptanceStep,
  EndpointError,
  EndpointRequest,
  EndpointResponse,
  EndpointSpec,
  RankingBehavior,
  SpecContract,
} from '@sf/service-spec';
import { check, errorBody, resourceOf, setup, type DraftCheck } from './acceptance-steps';
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
  const example: Record<string, unknown> = { id: `${b.resource}-1` };
  for (const f of r?.fields ?? []) example[f.name] = f.default ?? f.example ?? null;
  Object.assign(example, r ? sampleBody(r, 'example') : {});
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
        description: `The ${b.order === 'desc' ? 'highest' : 'lowest'} ${b.score_field.replace(/_/g, ' ')}s first${b.best_per ? `, only the best of each ${b.best_per.replace(/_/g, ' ')} counting` : ''}`,
        example: { [b.wrap]: [example] },
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

interface Entry {
  owner?: string;
  score: number;
}

/** Records for a worked example: best per owner where asked, scores far beyond the samples in rank order. */
function entries(
  b: RankingBehavior,
  tag: string,
  ownerIsText: boolean,
): { made: Entry[]; expected: Entry[] } {
  const sign = b.order === 'desc' ? 1 : -1;
  const s = (n: number) => sign * (FAR + n);
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
  const { made, expected } = entries(b, tag, ownerField?.type === 'string');
  const steps: AcceptanceStep[] = [];
  const row = (x: Entry) => ({
    ...(x.owner !== undefined && b.best_per ? { [b.best_per]: x.owner } : {}),
    [b.score_field]: x.score,
  });
  for (const [i, x] of made.entries()) {
    const one = setup(c, b.resource, `${tag}-${i + 1}`, row(x));
    if (!one) return null;
    steps.push(...one.steps);
  }
  steps.push(
    {
      request: { method: e.method, path: e.path, query: { [b.count_param]: '2' } },
      expect: { status: 200, body_contains: { [b.wrap]: expected.map(row) } },
    },
    {
      request: { method: e.method, path: e.path, query: { [b.count_param]: '1' } },
      expect: { status: 200, body_contains: { [b.wrap]: [row(expected[0])] } },
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

/** The refusal of a count outside 1..max. */
export function rankingErrorCheck(
  e: EndpointSpec,
  b: RankingBehavior,
  err: EndpointError,
): DraftCheck | null {
  if (err.status !== 400) return null;
  return check(e, 'error', `${b.count_param}=0 answers 400 VALIDATION_FAILED.`, [
    {
      request: { method: e.method, path: e.path, query: { [b.count_param]: '0' } },
      expect: { status: 400, body_contains: errorBody(err.code) },
    },
  ]);
}
