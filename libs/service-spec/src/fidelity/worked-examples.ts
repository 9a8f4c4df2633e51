import type { AcceptanceCheck, AcceptanceStep, EndpointSpec, SpecContract } from '../spec-contract';
import { routeShape } from '../contract-routing';
import type { FeatureLiterals } from './feature-literals';

/**
 * What the acceptance pack lacks to show a literal feature at work (rubric 1.1): a happy check of its
 * endpoint that sends the fields the feature writes and expects response fields the feature names, and an
 * error check for each refusal status the feature names. The acceptance pack becomes the build's frozen
 * tests, so these worked examples are what the deployed service must pass.
 */
export function workedExampleProblems(
  contract: SpecContract,
  target: EndpointSpec,
  literals: FeatureLiterals,
  emptyAnswer = false,
): string[] {
  const checks = contract.acceptance.filter((c) => c.endpoint_id === target.id);
  // A check may call its endpoint, then read the result back: every step that calls the endpoint counts.
  const calls = (c: AcceptanceCheck) =>
    c.steps.filter(
      (s) => s.request.method === target.method && routeShape(s.request.path) === routeShape(target.path),
    );
  const happy = checks.filter((c) => c.kind === 'happy').flatMap((c) => [...calls(c), lastStep(c)]);
  const where = label(target);
  if (happy.length === 0) return [`no worked example (happy acceptance check) of ${where}`];
  const problems: string[] = [];
  // A feature whose answer is a 204 without a body ("answers 204 with no body") is shown by that status itself
  // (fixed-answers.ts then holds the example to exactly it).
  const concrete = (step: AcceptanceStep) =>
    concreteExpectation(step) ||
    (emptyAnswer && step.expect.status === 204 && step.expect.body_contains === undefined);
  if (!happy.some(concrete)) {
    problems.push(
      `no worked example of ${where} expects a concrete answer (a response field's value, a header or a redirect)`,
    );
  }
  const sent = literals.request.filter((f) => !f.optional).map((f) => f.name);
  if (sent.length > 0 && !happy.some((step) => sent.every((name) => name in sentFields(step)))) {
    problems.push(`no worked example of ${where} sends ${sent.map((n) => `"${n}"`).join(', ')}`);
  }
  const answered = literals.response.map((f) => f.name);
  // A field saved from the answer and used by a later step's path is shown in the answer too: the later call
  // reaches the record only through it (a server-made `id` has no value to expect).
  const shows = (c: AcceptanceCheck, step: AcceptanceStep, name: string) =>
    name in expectedFields(step) || usedLater(c, step).includes(name);
  const happyChecks = checks.filter((c) => c.kind === 'happy');
  if (
    answered.length > 0 &&
    !happyChecks.some((c) =>
      [...calls(c), lastStep(c)].some((step) => answered.some((n) => shows(c, step, n))),
    )
  ) {
    problems.push(
      `no worked example of ${where} expects ${answered.map((n) => `"${n}"`).join(' or ')} in its answer`,
    );
  }
  // A refusal shown, then read back to show nothing changed ("409 and leaves the balance as it was"): the step
  // calling the endpoint is the one that refuses.
  const errors = checks.filter((c) => c.kind === 'error').flatMap((c) => [...calls(c), lastStep(c)]);
  for (const status of literals.statuses.filter((s) => s >= 400)) {
    if (!errors.some((step) => step.expect.status === status)) {
      problems.push(`no acceptance check shows ${where} answering ${status}`);
    }
  }
  return problems;
}

/** `METHOD /path` of an endpoint, as findings name it. */
export function label(e: Pick<EndpointSpec, 'method' | 'path'>): string {
  return `${e.method} ${e.path}`;
}

/** The step of a check that calls its endpoint. */
export function lastStep(check: AcceptanceCheck): AcceptanceStep {
  return check.steps[check.steps.length - 1];
}

/**
 * Fields every generated service can answer without doing anything: a template stub's `{"ok": true}`, or the
 * UDC runtime's `service`/`endpoint` echo. An expectation made only of them shows no feature at work.
 */
const ACKNOWLEDGEMENTS = new Set(['ok', 'success', 'service', 'endpoint']);

/**
 * Whether a step expects something only a service doing the work answers: a redirect, a header, or a body
 * field (other than an acknowledgement) with a value.
 */
export function concreteExpectation(step: AcceptanceStep): boolean {
  const { status, header_contains: headers, body_contains: body } = step.expect;
  if (status >= 300 && status < 400) return true;
  if (headers && Object.keys(headers).length > 0) return true;
  return concreteBody(body);
}

function concreteBody(body: unknown): boolean {
  if (Array.isArray(body)) return body.some(concreteBody);
  if (body === null || typeof body !== 'object') return body !== undefined && body !== null;
  return Object.entries(body).some(([key, value]) => !ACKNOWLEDGEMENTS.has(key) && value !== null);
}

/** What a step sends: its query parameters and the fields of its JSON body (or of its raw JSON text). */
export function sentFields(step: AcceptanceStep): Record<string, unknown> {
  const body = step.request.body ?? rawJson(step.request.body_text);
  return {
    ...(step.request.query ?? {}),
    ...(body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {}),
  };
}

/** The answer fields a step saves into variables that a later step of its check puts in its path. */
function usedLater(c: AcceptanceCheck, step: AcceptanceStep): string[] {
  const later = c.steps
    .slice(c.steps.indexOf(step) + 1)
    .map((s) => s.request.path)
    .join(' ');
  return Object.entries(step.save ?? {})
    .filter(([variable]) => later.includes(`{${variable}}`))
    .map(([, field]) => field);
}

export function expectedFields(step: AcceptanceStep): Record<string, unknown> {
  const expected = step.expect.body_contains;
  const first = Array.isArray(expected) ? (expected as unknown[])[0] : expected;
  return first !== null && typeof first === 'object' ? (first as Record<string, unknown>) : {};
}

/** A raw body (a signed webhook's bytes) read as JSON, or undefined when there is none or it is not JSON. */
function rawJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
