/**
 * A list ordered by a field of ranked words ("tickets ordered by priority, high first, then oldest first",
 * "ordenados por prioridad y luego por antigüedad", "most urgent first"): the values rank (low < medium < high,
 * baja < media < alta) where a sort compares them as text (high < low < medium), so a list that sorts such a field
 * as text puts the tickets in an order the feature never said. No list of the contract sorts by a rank, so such a
 * feature is left unrealised (refused) rather than deployed with a wrong order. Pure; the text is only ever data.
 */
import type { EndpointSpec, FieldSpec, SpecContract } from '../spec-contract';

/** Field names (folded) whose values are ranks in the languages intents are written in. */
const RANKED =
  /^(?:priority|priorities|prioridad|prioridade|priorite|priorita|prioritat|prio|severity|severidad|severidade|gravite|gravita|schweregrad|urgency|urgencia|urgence|urgenza|dringlichkeit|importance|importancia|importanza|wichtigkeit)$/;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a text field holds ranked words: a rank name, or values written in an order that is not the text's. */
function ranked(field: FieldSpec): boolean {
  if (field.type !== 'string') return false;
  if (RANKED.test(fold(field.name))) return true;
  const values = (field.enum ?? []).filter((v): v is string => typeof v === 'string');
  if (values.length < 3) return false;
  const sorted = [...values].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  return (
    sorted.join('\u0000') !== values.join('\u0000') &&
    [...sorted].reverse().join('\u0000') !== values.join('\u0000')
  );
}

/** The fields an endpoint sorts its records by (a list's sort, a ranking's score). */
function sortedFields(e: EndpointSpec): { resource: string; fields: string[] } | null {
  // A contract read from a SPEC (an LLM's) may leave an endpoint's behaviour out.
  const b = e.behavior as EndpointSpec['behavior'] | undefined;
  if (b === undefined) return null;
  if (b.kind === 'list' && b.sort) {
    return {
      resource: b.resource,
      fields: [...new Set([...(b.sort.default_field ? [b.sort.default_field] : []), ...b.sort.fields])],
    };
  }
  if (b.kind === 'ranking') return { resource: b.resource, fields: [b.score_field] };
  return null;
}

/**
 * A feature realised by a list or ranking that sorts a field of ranked words as text, where the feature names that
 * field: one problem per such field.
 */
export function rankedOrderProblems(contract: SpecContract, feature: string): string[] {
  const words = new Set(fold(feature).match(/\p{L}+/gu) ?? []);
  const problems: string[] = [];
  for (const e of contract.endpoints.filter((x) => (x.features ?? []).includes(feature))) {
    const sorted = sortedFields(e);
    if (!sorted) continue;
    const resource = (contract.resources ?? []).find((r) => r.name === sorted.resource);
    for (const name of sorted.fields) {
      const field = (resource?.fields ?? []).find((f) => f.name === name);
      const named = fold(name)
        .split(/_+/)
        .some((w) => w.length >= 4 && [...words].some((x) => x.startsWith(w.slice(0, 6))));
      if (!field || !named || !ranked(field)) continue;
      problems.push(
        `it orders by ${name}, whose values rank (${(field.enum ?? []).join(' < ') || 'low to high'}) rather than sort as text, but ${e.method} ${e.path} sorts ${name} as text`,
      );
    }
  }
  return problems;
}
