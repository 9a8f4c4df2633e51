import type { AcceptanceStep, EndpointSpec, SpecContract, TransitionBehavior } from '../spec-contract';
import { routeShape } from '../contract-routing';
import { readArrowMachine, readRefusedMoves, readRouteMove, sameMoves } from '../state-machine';
import { routePartTexts } from './route-parts';
import { label } from './worked-examples';
import { readFeatureLiterals } from './feature-literals';

function arrows(moves: Record<string, string[]>): string {
  const all = Object.entries(moves).flatMap(([from, tos]) => tos.map((to) => `${from} → ${to}`));
  return all.length > 0 ? all.join(', ') : 'no move';
}

/**
 * What a contract lacks to realise the state machine a feature writes with arrows (`state-machine.ts`): a
 * `transition` endpoint claiming the feature that allows exactly those moves, records that start in the first
 * state, a worked example that moves a record along an arrow (200 with the new state) and one that shows a move
 * the arrows do not allow answering 409. Empty when the feature writes no machine.
 */
export function machineProblems(contract: SpecContract, feature: string): string[] {
  const routed = routeMoveProblems(contract, feature);
  if (routed !== null) return routed;
  const machine = readArrowMachine(feature);
  if (!machine) return refusedMoveProblems(contract, feature) ?? actionRepeatProblems(contract, feature);
  const endpoint = contract.endpoints.find(
    (e) => e.features.includes(feature) && e.behavior.kind === 'transition',
  );
  if (!endpoint || endpoint.behavior.kind !== 'transition') {
    return [
      `it writes a state machine (${arrows(machine.moves)}) but no endpoint moves a record along it and refuses every other move with 409`,
    ];
  }
  const b: TransitionBehavior = endpoint.behavior;
  const where = label(endpoint);
  const problems: string[] = [];
  if (!sameMoves(b.moves, machine.moves)) {
    problems.push(`${where} allows ${arrows(b.moves)}, not the ${arrows(machine.moves)} the feature writes`);
  }
  const field = contract.resources.find((r) => r.name === b.resource)?.fields.find((f) => f.name === b.field);
  if (field?.default !== machine.states[0]) {
    problems.push(
      `a new ${b.resource} starts ${JSON.stringify(field?.default ?? null)}, not ${machine.states[0]}, the first state the feature writes`,
    );
  }
  const calls = (kind: 'happy' | 'error', shows: (s: AcceptanceStep) => boolean) =>
    contract.acceptance
      .filter((c) => c.endpoint_id === endpoint.id && c.kind === kind)
      .some((c) => c.steps.some((s) => callsEndpoint(s, endpoint) && shows(s)));
  const moved = (s: AcceptanceStep) => {
    const body = s.expect.body_contains;
    const to =
      body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[b.field] : undefined;
    return s.expect.status === 200 && typeof to === 'string' && machine.states.includes(to);
  };
  if (!calls('happy', moved)) {
    problems.push(
      `no worked example of ${where} moves a record along an arrow and expects its new ${b.field}`,
    );
  }
  if (!calls('error', (s) => s.expect.status === 409)) {
    problems.push(`no acceptance check shows ${where} refusing a move the arrows do not allow with 409`);
  }
  return problems;
}

/**
 * A feature that only refuses moves, with arrows as its examples ("any other move (e.g. open -> closed) returns
 * 409"): realised by a `transition` endpoint claiming it that refuses every move it writes and shows a 409. Null
 * when the feature writes no refused move.
 */
function refusedMoveProblems(contract: SpecContract, feature: string): string[] | null {
  const refused = readRefusedMoves(feature);
  if (refused.length === 0) return null;
  const written = refused.map((m) => `${m.from} → ${m.to}`).join(', ');
  const endpoint = contract.endpoints.find(
    (e) => e.features.includes(feature) && e.behavior.kind === 'transition',
  );
  if (!endpoint || endpoint.behavior.kind !== 'transition')
    return [`it refuses moves (${written}) but no endpoint moving a record along its states claims it`];
  const b = endpoint.behavior;
  const problems: string[] = [];
  const allowed = refused.filter((m) => (b.moves[m.from] ?? []).includes(m.to));
  if (allowed.length > 0)
    problems.push(
      `${label(endpoint)} allows ${allowed.map((m) => `${m.from} → ${m.to}`).join(', ')}, which the feature refuses`,
    );
  const states = Object.keys(b.moves);
  const unknown = refused.flatMap((m) => [m.from, m.to]).filter((s) => !states.includes(s));
  if (unknown.length > 0)
    problems.push(
      `${label(endpoint)} has no state ${[...new Set(unknown)].join(', ')}, which the feature writes`,
    );
  const refusing = contract.acceptance
    .filter((c) => c.endpoint_id === endpoint.id && c.kind === 'error')
    .some((c) => c.steps.some((s) => callsEndpoint(s, endpoint) && s.expect.status === 409));
  if (!refusing) problems.push(`no acceptance check shows ${label(endpoint)} refusing a move with 409`);
  return problems;
}

/**
 * Action routes whose part of the feature writes the move they make ("POST /work-orders/{id}/start moves open ->
 * in_progress; POST /work-orders/{id}/complete moves in_progress -> done", "cancel: open or in_progress ->
 * cancelled"): each route is realised only by a `transition` to the state its arrow points at, allowed from
 * exactly the states it writes (every other state refused with 409), shown by a worked example that moves a
 * record there and one that answers 409; the records start in the state the create's answer writes. Null when
 * no route's part writes a move (the feature is then read as one machine, or as no machine).
 */
function routeMoveProblems(contract: SpecContract, feature: string): string[] | null {
  const moved = routePartTexts(feature).flatMap((part) => {
    const route = readFeatureLiterals(part).routes[0];
    const move = readRouteMove(part);
    return route && move ? [{ route, move }] : [];
  });
  if (moved.length === 0) return null;
  const problems: string[] = [];
  for (const { route, move } of moved) {
    const e = contract.endpoints.find(
      (x) => x.method === route.method && routeShape(x.path) === routeShape(route.path),
    );
    if (!e) continue; // "no endpoint …" is named by the route check.
    const b = e.behavior;
    const written = `${move.from.join(' or ')} → ${move.to}`;
    if (b?.kind !== 'transition' || b.to === undefined) {
      problems.push(
        `${label(e)} should move a record ${written} and refuse every other move with 409, but it is no action route of a state machine`,
      );
      continue;
    }
    const from = Object.keys(b.moves).filter((s) => (b.moves[s] ?? []).includes(move.to));
    if (b.to !== move.to || from.length !== move.from.length || !move.from.every((s) => from.includes(s))) {
      problems.push(
        `${label(e)} moves ${from.join(' or ') || 'nothing'} → ${b.to}, not the ${written} the feature writes`,
      );
    }
    const start = writtenFirstState(contract, b);
    const field = contract.resources
      .find((r) => r.name === b.resource)
      ?.fields.find((f) => f.name === b.field);
    if (start !== null && field?.default !== start) {
      problems.push(
        `a new ${b.resource} starts ${JSON.stringify(field?.default ?? null)}, not ${start}, the ${b.field} its create answers`,
      );
    }
    const calls = (kind: 'happy' | 'error', shows: (s: AcceptanceStep) => boolean) =>
      contract.acceptance
        .filter((c) => c.endpoint_id === e.id && c.kind === kind)
        .some((c) => c.steps.some((s) => callsEndpoint(s, e) && shows(s)));
    const reached = (s: AcceptanceStep) => {
      const body = s.expect.body_contains;
      const to =
        body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[b.field] : undefined;
      return s.expect.status === 200 && to === move.to;
    };
    if (!calls('happy', reached)) {
      problems.push(
        `no worked example of ${label(e)} moves a record to ${move.to} and expects its new ${b.field}`,
      );
    }
    if (!calls('error', (s) => s.expect.status === 409)) {
      problems.push(
        `no acceptance check shows ${label(e)} refusing a move the feature does not write with 409`,
      );
    }
  }
  return problems;
}

/** The state a record's create writes in its answer for the machine's field (`201 {"id", "status": "open"}`). */
function writtenFirstState(contract: SpecContract, b: TransitionBehavior): string | null {
  for (const create of contract.endpoints) {
    if (create.behavior?.kind !== 'create' || create.behavior.resource !== b.resource) continue;
    for (const feature of create.features) {
      for (const part of routePartTexts(feature)) {
        const literals = readFeatureLiterals(part);
        const route = literals.routes[0];
        if (!route || route.method !== create.method || routeShape(route.path) !== routeShape(create.path))
          continue;
        const state = literals.response.find((f) => f.name === b.field);
        if (state?.enum?.length === 1 && typeof state.enum[0] === 'string') return state.enum[0];
      }
    }
  }
  return null;
}

function callsEndpoint(step: AcceptanceStep, e: EndpointSpec): boolean {
  return step.request.method === e.method && routeShape(step.request.path) === routeShape(e.path);
}

/** A repeated action in the words intents are written in ("closing twice", "already closed", "schon", "ya", "déjà"). */
const REPEATED =
  /\b(twice|again|already|idempotent\w*|repeat\w*|zweimal|erneut|nochmal|schon|bereits|dos veces|otra vez|de nuevo|ya|deux fois|encore|d[ée]j[àa]|di nuovo|gi[àa]|novamente|j[áa])\b/iu;

/**
 * An action route (`transition` with `to`) and what the feature says of doing it twice: "closing twice → 409"
 * needs a machine that refuses the move from its own state; a repeat that answers 2xx ("closing a closed poll →
 * 200 again") is no machine this family is, since a refused move is 409 INVALID_TRANSITION.
 */
function actionRepeatProblems(contract: SpecContract, feature: string): string[] {
  if (!REPEATED.test(feature)) return [];
  const statuses = readFeatureLiterals(feature).statuses;
  const problems: string[] = [];
  for (const e of contract.endpoints.filter((x) => x.features.includes(feature))) {
    const b = e.behavior;
    if (b.kind !== 'transition' || b.to === undefined) continue;
    if (statuses.includes(409)) {
      if ((b.moves[b.to] ?? []).includes(b.to)) {
        problems.push(
          `${label(e)} moves a record that is already ${b.to} to ${b.to} again, where the feature answers 409`,
        );
      }
    } else {
      problems.push(
        `it answers a repeated ${e.method} ${e.path} without 409, but ${label(e)} refuses a move from ${b.to} with 409 INVALID_TRANSITION`,
      );
    }
  }
  return problems;
}
