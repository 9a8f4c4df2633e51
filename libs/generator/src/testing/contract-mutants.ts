import type { EndpointSpec, SpecContract } from '@sf/service-spec';

/*
 * Changes a model writing a SPEC could make to a faithful contract (`llm-spec-holes.spec.ts`): each edits the
 * contract in place, as a mutant of the designer's SPEC the gate must refuse.
 */

/** The first endpoint of the contract with behaviour `kind` (the designer's faithful SPEC has one). */
export function endpointOf(contract: SpecContract, kind: string): EndpointSpec {
  const found = contract.endpoints.find((e) => e.behavior?.kind === kind);
  if (!found) throw new Error(`the faithful design has no ${kind} endpoint`);
  return found;
}

/** The endpoint becomes a plain list of its resource's records (no filter, sort, limit or ranking). */
export function asPlainList(e: EndpointSpec): void {
  const resource = 'resource' in e.behavior ? String(e.behavior.resource) : '';
  const success = e.responses.find((r) => r.status === 200);
  const example = success?.example as Record<string, unknown> | unknown[] | undefined;
  const rows = Array.isArray(example)
    ? example
    : Object.values(example ?? {}).find((v): v is unknown[] => Array.isArray(v));
  e.behavior = { kind: 'list', resource };
  e.request.query = undefined;
  if (success) success.example = rows ?? [];
  e.errors = e.errors.filter((x) => x.status !== 400);
}

/**
 * The designer's ranking answers one owner's row on `/…/best/{owner}`, as it does for a feature that writes
 * `GET /players/{player}/best`: the row of that owner, 404 for an owner without records, shown by an example.
 */
export function perOwnerRoute(contract: SpecContract): void {
  const e = endpointOf(contract, 'ranking');
  const b = e.behavior;
  if (b.kind !== 'ranking' || !b.best_per) throw new Error('the ranking keeps no best per owner');
  const owner = b.best_per;
  e.path = `/${b.resource}s/best/{${owner}}`;
  e.request.params = [
    { name: owner, description: `The ${owner} whose best ${b.score_field} is answered`, example: 'ana' },
  ];
  e.request.query = undefined;
  b.owner_param = owner;
  b.row = { best: 'best' };
  e.responses = [
    {
      status: 200,
      description: `The ${owner}'s best ${b.score_field}`,
      example: { [owner]: 'ana', best: 42.5 },
    },
  ];
  e.errors = [{ status: 404, code: 'NOT_FOUND', when: `No ${b.resource} of that ${owner}` }];
  const create = endpointOf(contract, 'create');
  contract.acceptance = contract.acceptance.filter((c) => c.endpoint_id !== e.id);
  contract.acceptance.push(
    {
      id: 'AC-90',
      endpoint_id: e.id,
      description: `A ${owner}'s best ${b.score_field} is the highest of their records`,
      kind: 'happy',
      steps: [
        {
          request: { method: 'POST', path: create.path, body: { [owner]: 'ana', [b.score_field]: 42.5 } },
          expect: { status: 201 },
        },
        {
          request: { method: 'POST', path: create.path, body: { [owner]: 'ana', [b.score_field]: 7 } },
          expect: { status: 201 },
        },
        {
          request: { method: 'GET', path: `/${b.resource}s/best/ana` },
          expect: { status: 200, body_contains: { [owner]: 'ana', best: 42.5 } },
        },
      ],
    },
    {
      id: 'AC-91',
      endpoint_id: e.id,
      description: `A ${owner} without records is 404`,
      kind: 'error',
      steps: [{ request: { method: 'GET', path: `/${b.resource}s/best/nobody` }, expect: { status: 404 } }],
    },
  );
}

/** Drops the error checks of the contract's worked examples that answer `status`. */
export function dropErrorExamples(contract: SpecContract, status: number): void {
  contract.acceptance = contract.acceptance.filter(
    (c) => !(c.kind === 'error' && c.steps.some((s) => s.expect.status === status)),
  );
}

/** Sets a list's or ranking's count default (and its query parameter's) to `n`. */
export function countDefault(e: EndpointSpec, n: number): void {
  const b = e.behavior;
  if (b.kind === 'ranking') b.default_count = n;
  if (b.kind === 'list' && b.limit) b.limit.default_limit = n;
  for (const q of e.request.query ?? []) {
    if (q.default !== undefined) {
      q.default = n;
      q.example = n;
      q.description = (q.description ?? '').replace(/default \d+/, `default ${n}`);
    }
  }
}

/** Replaces a status everywhere the contract shows it for `e`: its responses and every step that calls it. */
export function restatus(contract: SpecContract, e: EndpointSpec, from: number, to: number): void {
  for (const r of e.responses) if (r.status === from) r.status = to;
  for (const c of contract.acceptance)
    for (const s of c.steps)
      if (s.request.method === e.method && s.expect.status === from) s.expect.status = to;
}
