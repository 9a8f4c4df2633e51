import { routeRequest } from './contract-routing';
import { errorBodyOf, errorBodyShape } from './error-body';
import type { AcceptanceCheck, EndpointSpec, SpecContract } from './spec-contract';
import { shapesIn, valueShapeProblems } from './value-shapes';

/** Names of the `{param}` placeholders in a path. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text);
}

function declaredStatuses(e: EndpointSpec): Set<number> {
  return new Set([...e.responses.map((r) => r.status), ...e.errors.map((x) => x.status)]);
}

/**
 * Why an acceptance check could not run as written against the contract: an unknown endpoint, a step that
 * routes nowhere or expects a status its endpoint does not declare, a variable used before it is saved, no step
 * calling the check's endpoint, or a kind that disagrees with what that endpoint is expected to answer
 * (a happy check expects only successes from it; an error check's last call of it expects an error).
 * Empty when the check is runnable.
 */
export function acceptanceCheckProblems(c: SpecContract, check: AcceptanceCheck): string[] {
  const problems: string[] = [];
  const target = c.endpoints.find((e) => e.id === check.endpoint_id);
  if (!target) problems.push(`references unknown endpoint ${quoted(check.endpoint_id)}`);
  const saved = new Set<string>();
  const targetStatuses: number[] = [];
  check.steps.forEach((step, i) => {
    const n = i + 1;
    const unknownVars = pathParams(step.request.path).filter((v) => !saved.has(v));
    if (unknownVars.length > 0)
      problems.push(`step ${n} uses {${unknownVars.join('}, {')}} before any step saves it`);
    const concrete = step.request.path.replace(/\{[^}]+\}/g, 'sample-value').split('?')[0];
    const route = routeRequest(c, step.request.method, concrete);
    if (route.kind === 'not_found') {
      problems.push(`step ${n} (${step.request.method} ${step.request.path}) matches no endpoint`);
    } else if (route.kind === 'method_not_allowed') {
      if (step.expect.status !== 405)
        problems.push(`step ${n} calls a method its path does not declare; expect 405`);
      if (target && route.endpoints.includes(target)) targetStatuses.push(step.expect.status);
    } else {
      if (!declaredStatuses(route.endpoint).has(step.expect.status)) {
        problems.push(`step ${n} expects ${step.expect.status}, which ${route.endpoint.id} does not declare`);
      }
      if (route.endpoint === target) targetStatuses.push(step.expect.status);
    }
    const sign = step.request.sign;
    if (sign && !c.config.some((s) => s.name === sign.secret_config)) {
      problems.push(
        `step ${n} signs with config setting ${sign.secret_config}, which the contract does not declare`,
      );
    }
    if (sign && step.request.body_text === undefined) problems.push(`step ${n} signs no body_text`);
    const body = step.request.body;
    const sent = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
    for (const name of Object.keys(step.request.today ?? {}))
      if (!(name in sent))
        problems.push(`step ${n} sets ${name} from the clock, but its body has no ${name}`);
    if (step.expect.status >= 400 && !fitsErrorBody(c, step.expect.body_contains)) {
      problems.push(
        `step ${n} expects an error body ${quoted(JSON.stringify(step.expect.body_contains))} the contract's error shape never answers`,
      );
    }
    // A generated value's shape (value-shapes.ts) must be checkable: known properties, a real pattern, and a
    // value to differ from that an earlier step saved.
    for (const shape of shapesIn(step.expect.body_contains)) {
      problems.push(...valueShapeProblems(shape, saved).map((p) => `step ${n}: ${p}`));
    }
    for (const name of Object.keys(step.save ?? {})) saved.add(name);
  });
  if (target && targetStatuses.length === 0) problems.push(`has no step that calls ${target.id}`);
  const last = targetStatuses[targetStatuses.length - 1];
  if (check.kind === 'error' && last !== undefined && last < 400) {
    problems.push(`is an error check whose last call of ${check.endpoint_id} expects a success status`);
  }
  if (check.kind === 'happy' && targetStatuses.some((s) => s >= 400)) {
    problems.push(`is a happy-path check that expects an error from ${check.endpoint_id}`);
  }
  return problems;
}

/**
 * Whether an error step's expected body can match an error in the contract's shape: every key it expects is one
 * the shape answers, holding an object where the shape nests one and a scalar where it writes text. An expected
 * body that is no object (or none at all) asks nothing of the shape.
 */
function fitsErrorBody(c: SpecContract, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) return true;
  const answered = errorBodyOf(errorBodyShape(c), 'CODE', 'message');
  return Object.entries(expected).every(([key, value]) => {
    if (!(key in answered)) return false;
    const nested = typeof answered[key] === 'object';
    return nested
      ? value !== null && typeof value === 'object' && !Array.isArray(value)
      : typeof value !== 'object';
  });
}
