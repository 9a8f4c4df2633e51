import type { AcceptanceStep, EndpointSpec, SpecContract, TransitionBehavior } from '../spec-contract';
import { routeShape } from '../contract-routing';
import { readArrowMachine, sameMoves } from '../state-machine';
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
  const machine = readArrowMachine(feature);
  if (!machine) return actionRepeatProblems(contract, feature);
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
