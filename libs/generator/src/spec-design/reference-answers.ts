import type { FieldRule, FieldSpec } from '@sf/service-spec';
import type { FunctionDesign } from '../catalog/catalog-entry';

/*
 * What a computation's reference semantics answer for a value an input rule names, asked before the rule is put on
 * it (`input-rules.ts`): the ends of a range it leaves accepted, a text it refuses.
 */

/**
 * Whether the computation answers the ends of the range a refusal leaves accepted ("numbers outside 1 to 5000
 * are rejected" says 5000 is answered: a Roman numeral refuses it, so the rule cannot hold there). True when the
 * family has no reference semantics to ask.
 */
export function answersEnds(d: FunctionDesign, field: FieldSpec, rule: FieldRule): boolean {
  const param = d.inputs.find((i) => i.field === field)?.param;
  const example = d.examples[0]?.input;
  // Only a range with both ends says what is answered at each; "a negative qty" says nothing of 0.
  if (rule.minimum === undefined || rule.maximum === undefined) return true;
  if (!d.reference || param === undefined || !example) return true;
  const base: Record<string, unknown> = {};
  for (const i of d.inputs) if (i.field.name in example) base[i.param] = example[i.field.name];
  return [rule.minimum, rule.maximum].every((v) => {
    try {
      return d.reference!.compute({ ...base, [param]: v }).ok;
    } catch {
      return false;
    }
  });
}

/**
 * Whether the family's reference semantics refuse `value` (a text, a zero) sent to `field` beside the first
 * example's other values.
 */
export function refusesByReference(d: FunctionDesign, field: FieldSpec, value: unknown): boolean {
  const param = d.inputs.find((i) => i.field === field)?.param;
  const example = d.examples[0]?.input;
  if (!d.reference || param === undefined || !example) return false;
  const params: Record<string, unknown> = {};
  for (const i of d.inputs) if (i.field.name in example) params[i.param] = example[i.field.name];
  try {
    return !d.reference.compute({ ...params, [param]: value }).ok;
  } catch {
    return false;
  }
}
