import { extractContract, featureFidelity, type SpecContract } from '@sf/service-spec';
import { familyIntent, offlineSpec } from './offline-spec';

/** The gate's verdict on one feature of a phrasing-table row. */
export type Verdict = 'realised' | 'refused';

/** One row of a class-wide phrasing table: a small intent as users write it and what must come of it. */
export interface ClassRow {
  purpose: string;
  features: string[];
  /** The gate's verdict on each feature, in order. */
  verdicts: Verdict[];
  /** Behaviour kinds the contract must hold (a redirect, a health check, a receiver …). */
  kinds?: string[];
  /** A resource that must give a limited number of reads (one-time notes). */
  once?: boolean;
  /** Routes the contract must serve with a behaviour kind, as 'METHOD /path kind' ('GET /health health_check'). */
  routes?: string[];
}

/** The offline contract of a row's intent. */
export function classRowContract(row: ClassRow): SpecContract {
  return extractContract(offlineSpec(familyIntent('web-utility', row.purpose, row.features)));
}

/** What differs between a row and its offline design ('' when nothing does). */
export function classRowProblem(row: ClassRow, contract = classRowContract(row)): string {
  const verdicts = featureFidelity(contract, row.features).map((v) => (v.realised ? 'realised' : 'refused'));
  const problems: string[] = [];
  if (JSON.stringify(verdicts) !== JSON.stringify(row.verdicts))
    problems.push(`verdicts ${verdicts.join(',')}`);
  const kinds = new Set<string>(contract.endpoints.map((e) => e.behavior.kind));
  for (const k of row.kinds ?? []) if (!kinds.has(k)) problems.push(`no ${k}`);
  const limited = contract.resources.some((r) => (r as { reads?: unknown }).reads);
  if (row.once && !limited) problems.push('no read limit');
  const served = new Set(contract.endpoints.map((e) => `${e.method} ${e.path} ${e.behavior.kind}`));
  for (const route of row.routes ?? []) if (!served.has(route)) problems.push(`no ${route}`);
  return problems.join('; ');
}
