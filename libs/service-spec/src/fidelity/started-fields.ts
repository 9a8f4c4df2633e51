import { machineFields } from '../state-machine';
import type { EndpointSpec, SpecContract } from '../spec-contract';
import type { FeatureLiterals } from './feature-literals';

/** Fields the server starts for every record: a machine's state, a count an adjustment moves (votes from 0). */
export function startedFields(
  contract: Pick<SpecContract, 'endpoints'> | undefined,
  resource: string,
): string[] {
  const endpoints = contract?.endpoints ?? [];
  const adjusted = endpoints.flatMap((e) =>
    e.behavior?.kind === 'adjust' && e.behavior.resource === resource ? [e.behavior.field] : [],
  );
  return [...machineFields({ endpoints }, resource), ...adjusted];
}

/**
 * A state or count a create's literal answer writes (`"state": "open"`, `"votes": 0`) is where the records start,
 * or the answer lies: one problem per written value its resource does not start with.
 */
export function startedProblems(
  target: EndpointSpec,
  literals: FeatureLiterals,
  contract: SpecContract | undefined,
): string[] {
  if (target.behavior?.kind !== 'create') return [];
  const made = target.behavior.resource;
  const fields = (contract?.resources ?? []).find((r) => r.name === made)?.fields ?? [];
  const driven = startedFields(contract, made);
  const problems: string[] = [];
  for (const f of literals.response) {
    if (!driven.includes(f.name)) continue;
    const start = fields.find((x) => x.name === f.name)?.default;
    if (f.enum?.length === 1 && f.enum[0] !== start) {
      problems.push(
        `${target.method} ${target.path} answers "${f.name}": ${JSON.stringify(f.enum[0])}, but its records start ${JSON.stringify(start ?? null)}`,
      );
    }
  }
  return problems;
}
