import type { RuleKind } from './input-rule-reading';
import { sameTerm } from './same-terms';
import type { FieldSpec } from './spec-contract';

/*
 * A refusal whose subject is the records themselves ("readings that are not numbers are rejected", "las lecturas
 * que no son números se rechazan") beside a store of readings: it names the one field of those records that can
 * hold the kind of value refused (their one number). Read alike by the designer (`input-rules-records.ts`) and the
 * gate (`input-rule-fidelity.ts`); a store with two such fields, or a subject naming anything else, names none.
 */

/** Whether a field can hold the kind of value a clause refuses, for a subject naming the records (numbers, lists). */
function holdsKind(kind: RuleKind, f: Pick<FieldSpec, 'type' | 'enum'>): boolean {
  switch (kind) {
    case 'bound':
    case 'zero':
    case 'nan':
      return (f.type === 'number' || f.type === 'integer') && (f.enum ?? []).length === 0;
    case 'fraction':
      return f.type === 'integer';
    case 'unknown':
      return (f.enum ?? []).length > 0;
    default:
      return false;
  }
}

/** The one field of the records named `resource` a subject naming those records means for `kind`, else null. */
export function fieldOfNamedRecords<T extends Pick<FieldSpec, 'type' | 'enum'>>(
  words: string[],
  resource: string,
  fields: T[],
  kind: RuleKind,
): T | null {
  const names = resource.split(/[-_]/);
  const own = names[names.length - 1];
  if (words.length === 0 || !words.every((w) => sameTerm(w, own))) return null;
  const fitting = fields.filter((f) => holdsKind(kind, f));
  return fitting.length === 1 ? fitting[0] : null;
}
