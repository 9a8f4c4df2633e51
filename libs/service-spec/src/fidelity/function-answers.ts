import type { AcceptanceStep, EndpointSpec, SpecContract } from '../spec-contract';
import type { FeatureLiterals } from './feature-literals';
import { expectedFields, label, lastStep, sentFields } from './worked-examples';

/*
 * A `function` endpoint answers exactly its results (behaviour.outputs) and the inputs it repeats as sent
 * (behaviour.echo). A response field the feature writes that is neither is never answered, whatever the
 * contract's response example says; a repeated input is shown by a worked example answering the very value sent,
 * or a service answering something else there passes every check.
 */

/** Problems of the answer of function endpoint `target` against the response fields the feature writes. */
export function functionAnswerProblems(
  contract: SpecContract,
  target: EndpointSpec,
  literals: FeatureLiterals,
): string[] {
  const b = target.behavior;
  if (b?.kind !== 'function') return [];
  const where = label(target);
  const echo = b.echo ?? {};
  const read = new Set(Object.values(b.inputs));
  // A guard whose quota answers the calls left adds them to every answer (calls-left.ts).
  const left = target.guard?.quota?.answer_as;
  const answered = new Set([
    ...Object.values(b.outputs ?? {}),
    ...Object.keys(echo),
    ...(left ? [left] : []),
  ]);
  const problems: string[] = [];
  for (const [field, from] of Object.entries(echo)) {
    if (!read.has(from)) problems.push(`${where} repeats "${from}" as "${field}" but reads no "${from}"`);
  }
  for (const f of literals.response) {
    if (!answered.has(f.name)) {
      problems.push(
        `${where} never answers "${f.name}": it answers ${[...answered].map((n) => `"${n}"`).join(', ')}`,
      );
    }
  }
  const happy = contract.acceptance
    .filter((c) => c.endpoint_id === target.id && c.kind === 'happy')
    .map(lastStep)
    .filter((s) => s.request.method === target.method && callsPath(s.request.path, target.path));
  for (const [field, from] of Object.entries(echo)) {
    const shown = happy.some((step) => {
      const expected = expectedFields(step);
      const sent = sentValue(step, target, from);
      if (!(field in expected) || sent === undefined) return false;
      // A query or path value arrives as text: `"1994"` sent shows `1994` answered.
      const answered = JSON.stringify(expected[field]);
      return answered === JSON.stringify(sent) || (typeof sent === 'string' && answered === sent);
    });
    if (!shown) problems.push(`no worked example of ${where} shows "${field}" answering the "${from}" sent`);
  }
  return problems;
}

/** The value a step sends for request field `name`: from its query or body, else from its path. */
function sentValue(step: AcceptanceStep, target: EndpointSpec, name: string): unknown {
  const fields = sentFields(step);
  if (name in fields) return fields[name];
  const pattern = target.path.split('/');
  const concrete = step.request.path.split('?')[0].split('/');
  const at = pattern.indexOf(`{${name}}`);
  return at >= 0 && concrete.length === pattern.length ? decodeURIComponent(concrete[at]) : undefined;
}

/** Whether a concrete path (`/roemisch/1994?x=1`) is one of a path pattern's (`/roemisch/{zahl}`). */
function callsPath(concrete: string, pattern: string): boolean {
  const parts = concrete.split('?')[0].split('/');
  const wanted = pattern.split('/');
  return parts.length === wanted.length && wanted.every((w, i) => /^\{[^}]+\}$/.test(w) || w === parts[i]);
}
