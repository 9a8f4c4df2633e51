import {
  finalWords,
  pathsToStates,
  readFeatureLiterals,
  readFinalStates,
  type AcceptanceStep,
  type EndpointError,
  type EndpointRequest,
  type EndpointResponse,
  type EndpointSpec,
  type ResourceSpec,
  type SpecContract,
  type TransitionBehavior,
} from '@sf/service-spec';
import { keyParam } from './record-rule-docs';
import { MISSING_ID, check, errorBody, fill, setup, type DraftCheck } from './acceptance-steps';
import { withArticle } from './contract-builder';

/**
 * Worked examples of a state machine (`transition`), computed from its arrows alone: a record created in the
 * first state walks the longest path the arrows allow without repeating a state; a refused move answers 409
 * and leaves the record where it was (the next allowed move still succeeds from there).
 */

/** The walk from the first state: each step the first arrow to a state not visited yet. */
export function machineWalk(b: TransitionBehavior): string[] {
  const first = Object.keys(b.moves)[0];
  const walk = [first];
  for (;;) {
    const here = walk[walk.length - 1];
    const next = (b.moves[here] ?? []).find((s) => !walk.includes(s));
    if (next === undefined) return walk;
    walk.push(next);
  }
}

/**
 * A move the arrows refuse and the states a new record walks through (200 each) to where it starts: from the
 * first state to a state it cannot reach in one move, else (a decision: pending → approved | rejected) from the
 * first state along the walk that refuses one (approved → rejected), else standing still.
 */
export function refusedMove(b: TransitionBehavior): { walk: string[]; from: string; to: string } {
  const states = Object.keys(b.moves);
  const walk = machineWalk(b);
  for (const [i, from] of walk.entries()) {
    const allowed = new Set(b.moves[from] ?? []);
    // Prefer skipping ahead (open → done) over standing still: it is the mistake a lax machine makes.
    const skip = [...states].reverse().find((s) => s !== from && !allowed.has(s));
    if (skip !== undefined) return { walk: walk.slice(1, i + 1), from, to: skip };
  }
  return { walk: [], from: walk[0], to: walk[0] };
}

/**
 * A move out of a state a feature of the endpoint names final ("returned and scrapped are final"): the walk to the
 * first such state a new record reaches, and the first state it may not go back to. Null when none is named.
 */
function finalRefusal(
  e: EndpointSpec,
  b: TransitionBehavior,
): { walk: string[]; from: string; to: string; said: string[] } | null {
  const paths = pathsToStates(b);
  const named = e.features.flatMap(readFinalStates);
  const from = named.find((s) => paths.has(s) && (paths.get(s) ?? []).length > 0 && b.moves[s]?.length === 0);
  if (from === undefined) return null;
  const to = Object.keys(b.moves).find((s) => s !== from);
  const said = [...new Set(e.features.flatMap(finalWords))];
  return to === undefined ? null : { walk: paths.get(from) ?? [], from, to, said };
}

function move(
  e: EndpointSpec,
  b: TransitionBehavior,
  variable: string,
  to: string,
): AcceptanceStep['request'] {
  const path = fill(e.path, { [b.param]: `{${variable}}` });
  return b.to !== undefined
    ? { method: e.method, path }
    : { method: e.method, path, body: { [b.input ?? b.field]: to } };
}

/** The endpoint of the contract that moves a `b.resource` to `to` on `b.field`: its action route, else a body move. */
function moverTo(c: SpecContract, b: TransitionBehavior, to: string): EndpointSpec | undefined {
  const movers = c.endpoints.filter(
    (x) =>
      x.behavior.kind === 'transition' && x.behavior.resource === b.resource && x.behavior.field === b.field,
  );
  const byAction = movers.find((x) => x.behavior.kind === 'transition' && x.behavior.to === to);
  return byAction ?? movers.find((x) => x.behavior.kind === 'transition' && x.behavior.to === undefined);
}

/** Acceptance steps walking a new record along `walk` through the contract's own movers; null when one lacks. */
export function walkSteps(
  c: SpecContract,
  b: TransitionBehavior,
  variable: string,
  walk: string[],
): AcceptanceStep[] | null {
  const steps: AcceptanceStep[] = [];
  for (const to of walk) {
    const mover = moverTo(c, b, to);
    if (!mover || mover.behavior.kind !== 'transition') return null;
    steps.push({
      request: move(mover, mover.behavior, variable, to),
      expect: { status: 200, body_contains: { [b.field]: to } },
    });
  }
  return steps;
}

/** An action route's worked example: a new record walked to a state it may move from, then moved (200). */
function actionHappyCheck(
  c: SpecContract,
  e: EndpointSpec,
  b: TransitionBehavior & { to: string },
): DraftCheck | null {
  const made = setup(c, b.resource, `${e.id}-ok`);
  if (!made) return null;
  const from = [...pathsToStates(b)].find(([state]) => (b.moves[state] ?? []).includes(b.to));
  if (!from) return null;
  const walk = walkSteps(c, b, made.variable, from[1]);
  if (!walk) return null;
  return check(
    e,
    'happy',
    `${e.method} ${e.path} moves ${withArticle(b.resource)} from ${from[0]} to ${b.to}, answering 200 with the record in its new ${b.field.replace(/_/g, ' ')}.`,
    [
      ...made.steps,
      ...walk,
      {
        request: move(e, b, made.variable, b.to),
        expect: { status: 200, body_contains: { [b.field]: b.to } },
      },
    ],
  );
}

/** An action route refused (409): from its own state when reachable (closing a closed poll), else another. */
/**
 * The clauses of the features a transition endpoint claims without a route of their own that answer `status`,
 * quoted (` As written: "qualquer outra mudança devolve 409 e o estado continua o mesmo".`): the check that shows
 * the refusal says which sentence it shows, in the sentence's own words. Empty when none writes it.
 */
function writtenAs(e: EndpointSpec, status: number): string {
  const answers = new RegExp(`(?<![\\d.])${status}(?![\\d.])`);
  const clauses = e.features
    .filter((f) => readFeatureLiterals(f).routes.length === 0)
    .flatMap((f) => f.split(/\s*;\s*/))
    .filter((clause) => answers.test(clause))
    .map((clause) => `"${clause.trim().replace(/"/g, "'")}"`);
  return clauses.length === 0 ? '' : ` As written: ${clauses.join('; ')}.`;
}

function actionRefusedCheck(
  c: SpecContract,
  e: EndpointSpec,
  b: TransitionBehavior & { to: string },
  err: EndpointError,
): DraftCheck | null {
  const made = setup(c, b.resource, `${e.id}-${err.status}`);
  if (!made) return null;
  const refused = [...pathsToStates(b)].filter(([state]) => !(b.moves[state] ?? []).includes(b.to));
  const from = refused.find(([state]) => state === b.to) ?? refused[0];
  if (!from) return null;
  const walk = walkSteps(c, b, made.variable, from[1]);
  if (!walk) return null;
  return check(
    e,
    'error',
    // The refusal is the check's last step, where the gate looks for it (the endpoint tests read the record back).
    `${e.method} ${e.path} on ${withArticle(b.resource)} that is ${from[0]} answers 409 INVALID_TRANSITION and leaves it ${from[0]}.${writtenAs(e, 409)}`,
    [
      ...made.steps,
      ...walk,
      {
        request: move(e, b, made.variable, b.to),
        expect: { status: err.status, body_contains: errorBody(err.code) },
      },
    ],
  );
}

/** The walk along the arrows from a new record. */
export function transitionHappyCheck(
  c: SpecContract,
  e: EndpointSpec,
  b: TransitionBehavior,
): DraftCheck | null {
  if (b.to !== undefined) return actionHappyCheck(c, e, { ...b, to: b.to });
  const made = setup(c, b.resource, `${e.id}-ok`);
  if (!made) return null;
  const walk = machineWalk(b);
  if (walk.length < 2) return null;
  const steps: AcceptanceStep[] = [...made.steps];
  steps[steps.length - 1] = {
    ...steps[steps.length - 1],
    expect: { ...steps[steps.length - 1].expect, body_contains: { ...made.body, [b.field]: walk[0] } },
  };
  for (const to of walk.slice(1)) {
    steps.push({
      request: move(e, b, made.variable, to),
      expect: { status: 200, body_contains: { [b.field]: to } },
    });
  }
  const others = otherMoves(c, e, b, walk);
  if (!others) return null;
  const also =
    others.moves.length === 0
      ? ''
      : `; new ones then show every other allowed move (${others.moves.join(', ')})`;
  return check(
    e,
    'happy',
    `${withArticle(b.resource)} starts ${walk[0]} and moves ${walk.join(' → ')}${also}, each move answering 200 with the record in its new ${b.field.replace(/_/g, ' ')}.`,
    [...steps, ...others.steps],
  );
}

/**
 * Every allowed move the walk does not make ("cancelled from open or in_progress", a back edge), each on a new
 * record walked to where the move starts: the steps and the moves shown, or null when a record cannot be made.
 */
function otherMoves(
  c: SpecContract,
  e: EndpointSpec,
  b: TransitionBehavior,
  walk: string[],
): { steps: AcceptanceStep[]; moves: string[] } | null {
  const key = (from: string, to: string) => `${from} → ${to}`;
  const covered = new Set(walk.slice(1).map((to, i) => key(walk[i], to)));
  const paths = pathsToStates(b);
  const steps: AcceptanceStep[] = [];
  const moves: string[] = [];
  for (const [from, tos] of Object.entries(b.moves)) {
    for (const to of tos.filter((x) => !covered.has(key(from, x)))) {
      const path = paths.get(from);
      if (path === undefined) continue;
      const made = setup(c, b.resource, `${e.id}-ok-${moves.length + 2}`);
      const walked = made && walkSteps(c, b, made.variable, [...path, to]);
      if (!made || !walked) return null;
      steps.push(...made.steps, ...walked);
      [walk[0], ...path].forEach((s, i, all) => i > 0 && covered.add(key(all[i - 1], s)));
      covered.add(key(from, to));
      moves.push(key(from, to));
    }
  }
  return { steps, moves };
}

/** A refused move (409, the record unchanged), an unknown state (400) or an unknown record (404). */
export function transitionErrorCheck(
  c: SpecContract,
  e: EndpointSpec,
  b: TransitionBehavior,
  err: EndpointError,
): DraftCheck | null {
  const expect = { status: err.status, body_contains: errorBody(err.code) };
  const label = `${e.method} ${e.path}`;
  if (err.status === 404) {
    const path = fill(e.path, { [b.param]: MISSING_ID });
    const request =
      b.to !== undefined
        ? { method: e.method, path }
        : { method: e.method, path, body: { [b.input ?? b.field]: machineWalk(b)[1] } };
    return check(e, 'error', `${label} with an unknown ${b.param} answers 404 NOT_FOUND.`, [
      { request, expect },
    ]);
  }
  const made = setup(c, b.resource, `${e.id}-${err.status}`);
  if (!made) return null;
  if (err.status === 400) {
    return check(
      e,
      'error',
      `${label} to a ${b.field.replace(/_/g, ' ')} the machine does not have answers 400.${writtenAs(e, 400)}`,
      [...made.steps, { request: move(e, b, made.variable, `not-a-${b.field.replace(/_/g, '-')}`), expect }],
    );
  }
  if (err.status !== 409) return null;
  if (b.to !== undefined) return actionRefusedCheck(c, e, { ...b, to: b.to }, err);
  const final = finalRefusal(e, b);
  if (final) {
    const walked = walkSteps(c, b, made.variable, final.walk);
    if (!walked) return null;
    return check(
      e,
      'error',
      `Moving ${withArticle(b.resource)} that is ${final.from}, a final state (written as ${final.said.map((w) => `"${w}"`).join(', ')}; after ${final.walk.join(' → ')}), to ${final.to} answers 409 INVALID_TRANSITION and leaves it ${final.from}.${writtenAs(e, 409)}`,
      [...made.steps, ...walked, { request: move(e, b, made.variable, final.to), expect }],
    );
  }
  const { walk, from, to } = refusedMove(b);
  const steps = walkSteps(c, b, made.variable, walk);
  if (!steps) return null;
  // The refusal is the check's last call of the endpoint, where the rubric and the gate look for it (a move after
  // it would make the error check end in a success); the endpoint tests read the record back unchanged.
  const start = walk.length === 0 ? `from ${from}` : `that is ${from} (after ${walk.join(' → ')})`;
  return check(
    e,
    'error',
    `Moving ${withArticle(b.resource)} ${start} to ${to}, which no arrow allows, answers 409 INVALID_TRANSITION and leaves it ${from}.${writtenAs(e, 409)}`,
    [...made.steps, ...steps, { request: move(e, b, made.variable, to), expect }],
  );
}

/** The request, responses and errors of a transition endpoint. */
export function transitionDocs(
  r: ResourceSpec,
  e: EndpointSpec,
  b: TransitionBehavior,
  record: Record<string, unknown>,
): { request: EndpointRequest; responses: EndpointResponse[]; errors: EndpointError[] } {
  const [first, next] = machineWalk(b);
  const state = r.fields.find((f) => f.name === b.field);
  const what = b.field.replace(/_/g, ' ');
  const params = [...e.path.matchAll(/\{([^}]+)\}/g)].map((m) => keyParam(r, m[1]));
  if (b.to !== undefined) {
    const from = Object.keys(b.moves).filter((s) => b.moves[s].includes(b.to ?? ''));
    return {
      request: { params },
      responses: [
        {
          status: 200,
          description: `The ${b.resource} now ${b.to} (from ${from.join(' or ')})`,
          example: { ...record, [b.field]: b.to },
        },
      ],
      errors: [
        { status: 404, code: 'NOT_FOUND', when: `no ${b.resource} has this ${r.key ?? 'id'}` },
        {
          status: 409,
          code: 'INVALID_TRANSITION',
          when: `the ${b.resource} is not ${from.join(' or ')} (already ${b.to} included)`,
        },
      ],
    };
  }
  const body = {
    name: b.input ?? b.field,
    type: 'string' as const,
    required: true,
    description: `The ${what} to move to`,
    example: next,
    ...(state?.enum ? { enum: state.enum } : {}),
  };
  return {
    request: {
      params,
      body: { fields: [body], allow_unknown: false, example: { [b.input ?? b.field]: next } },
    },
    responses: [
      {
        status: 200,
        description: `The ${b.resource} in its new ${what} (from ${first})`,
        example: { ...record, [b.field]: next },
      },
    ],
    errors: [
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        when: `${b.input ?? b.field} is missing or not one of ${Object.keys(b.moves).join(', ')}`,
      },
      { status: 404, code: 'NOT_FOUND', when: `no ${b.resource} has this ${r.key ?? 'id'}` },
      {
        status: 409,
        code: 'INVALID_TRANSITION',
        when: `the ${b.resource}'s current ${what} cannot move to the one asked for`,
      },
    ],
  };
}

/**
 * A state of the machine on `field` of `resource` other than the first, and the walk a new record takes there
 * through the contract's own movers (the nearest one that has them); null when the field is no machine's or no
 * other state can be reached.
 */
export function reachableState(
  c: SpecContract,
  resource: string,
  field: string,
): { machine: TransitionBehavior; first: string; state: string; walk: string[] } | null {
  const b = c.endpoints
    .map((e) => e.behavior)
    .find(
      (x): x is TransitionBehavior => x.kind === 'transition' && x.resource === resource && x.field === field,
    );
  if (!b) return null;
  const first = Object.keys(b.moves)[0];
  for (const [state, walk] of pathsToStates(b)) {
    if (state !== first && walk.every((to) => moverTo(c, b, to) !== undefined))
      return { machine: b, first, state, walk };
  }
  return null;
}
