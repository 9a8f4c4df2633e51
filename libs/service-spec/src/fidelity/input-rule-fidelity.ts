import type { AcceptanceCheck, EndpointSpec, FieldSpec, SpecContract } from '../spec-contract';
import { fieldsNamedBy } from '../constraint-reading';
import { readInputRules, writtenStatus } from '../input-rule-reading';
import { holdsRule, withinBounds } from '../record-rules';
import { lastStep, sentFields } from './worked-examples';

/*
 * Input rules stated as a key feature of their own (`input-rule-reading.ts`, read the same way by the designer):
 * a status the feature writes is the one its refusals answer, never silently another; and record endpoints
 * realise such a feature only when the record's fields hold every rule it states (a bound declared exactly, a
 * field required) or, for "an unknown id is a 404", when they are routes with an id that answer 404.
 */

function isClientError(status: number): boolean {
  return status >= 400 && status < 500;
}

/**
 * The status an error example refuses with: its last step's, or the one before the reads that follow it to show
 * the refusal changed nothing ("409, and the quantity stays 12", then a GET of the record).
 */
function refusedStatus(check: AcceptanceCheck): number {
  let i = check.steps.length - 1;
  while (i > 0 && check.steps[i].request.method === 'GET' && !isClientError(check.steps[i].expect.status))
    i -= 1;
  return check.steps[i].expect.status;
}

/** What a refusal feature writing a 4xx status lacks: a 4xx example of its endpoints answering that status. */
export function writtenStatusProblems(feature: string, checks: AcceptanceCheck[], where: string): string[] {
  const status = writtenStatus(feature.toLowerCase());
  if (status === null || !isClientError(status)) return [];
  const answered = checks.some((c) => c.kind === 'error' && refusedStatus(c) === status);
  return answered
    ? []
    : [
        `it answers ${status}, but no 4xx example of ${where} expects ${status} (another status is not what it asks)`,
      ];
}

/** Whether record endpoints hold every input rule a feature states (so it needs no verb of keeping records). */
export function inputRulesHeld(feature: string, endpoints: EndpointSpec[], contract: SpecContract): boolean {
  const read = readInputRules(feature);
  if (!read) return false;
  const ids = new Set(endpoints.map((e) => e.id));
  const checks = contract.acceptance.filter((c) => ids.has(c.endpoint_id));
  if (read.unknownId) {
    return (
      endpoints.every((e) => /\{[^}]+\}/.test(e.path)) &&
      checks.some((c) => c.kind === 'error' && lastStep(c).expect.status === 404)
    );
  }
  const names = new Set(
    endpoints.map((e) => (e.behavior && 'resource' in e.behavior ? e.behavior.resource : '')),
  );
  const fields: FieldSpec[] = (contract.resources ?? [])
    .filter((r) => names.has(r.name))
    .flatMap((r) => r.fields);
  return read.clauses.every((clause) => {
    const named = fieldsNamedBy(clause.words, fields);
    if (named.length !== 1) return false;
    const [f] = named;
    // A refused create shows it: one sending a value outside the bound, or one leaving the field out.
    const refused = checks
      .filter((c) => c.kind === 'error' && isClientError(lastStep(c).expect.status))
      .map((c) => sentFields(lastStep(c)));
    if (clause.kind === 'bound') {
      const rule = clause.rule ?? {};
      const outside = (v: unknown) => typeof v === 'number' && !withinBounds(rule, v);
      return holdsRule(f, rule) && refused.some((sent) => outside(sent[f.name]));
    }
    if (clause.kind === 'missing') return f.required && refused.some((sent) => !(f.name in sent));
    return false;
  });
}
