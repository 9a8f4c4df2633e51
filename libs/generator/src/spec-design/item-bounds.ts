import { withinBounds, type EndpointSpec, type FieldRule, type FieldSpec } from '@sf/service-spec';
import type { FunctionDesign, Refusal } from '../catalog/catalog-entry';
import { redesignCatalogEndpoint } from './catalog-endpoints';
import type { ContractBuilder } from './contract-builder';
import { bodyOf } from './field-bounds-design';
import { type Step } from './input-rules-records';
import { asSaid } from '../catalog/feature-words';

/*
 * Refusals an input rule sends to a computation (`input-rules.ts`), and the rules on each number of a list input
 * ("every score must be between 0 and 100", "a score that is not a number"): the list bounded by its family's own
 * redesign, and a list holding letters.
 */

/** A refusal sending `value` to `field` in the first worked example's request (or leaving it out). */
export function sending(d: FunctionDesign, field: FieldSpec, value: unknown, why: string): Refusal | null {
  const example = d.examples[0]?.input;
  if (!example) return null;
  const input = { ...example };
  if (value === undefined) delete input[field.name];
  else input[field.name] = value;
  return { description: `${field.name} ${why} is refused`, input };
}

/** A refusal sending `field`, a list of numbers, with an item that is not one ("abc") after its first number. */
export function listWithLetters(d: FunctionDesign, field: FieldSpec): Refusal | null {
  const list = d.examples[0]?.input[field.name];
  const first: unknown[] = Array.isArray(list) ? (list as unknown[]).slice(0, 1) : [];
  return sending(d, field, [...first, 'abc'], 'holding "abc", not a number,');
}

/**
 * A bound on every number of a list input ("every score must be between 0 and 100"): the computation redesigned
 * by its family to refuse numbers outside it (`boundItems`), its refusals of such lists quoting the feature; null
 * when the family cannot bound its list so.
 */
export function itemBoundStep(
  b: ContractBuilder,
  e: EndpointSpec,
  d: FunctionDesign,
  field: FieldSpec,
  rule: FieldRule,
  feature: string,
): Step | null {
  const param = d.inputs.find((i) => i.field === field)?.param;
  if (!d.boundItems || d.boundItems(rule) === null || param === undefined) return null;
  return () => {
    const done = redesignCatalogEndpoint(
      b,
      e,
      '',
      () => true,
      (x) => x.boundItems?.(rule) ?? null,
    );
    const name = e.behavior.kind === 'function' ? e.behavior.inputs[param] : undefined;
    const quoted = ` ("${asSaid(feature)}")`;
    for (const c of b.contract.acceptance) {
      const list = name ? bodyOf(c, e)?.[name] : undefined;
      const outside =
        Array.isArray(list) && list.some((n) => typeof n === 'number' && !withinBounds(rule, n));
      if (c.endpoint_id === e.id && c.kind === 'error' && outside && !c.description.includes(quoted))
        c.description = `${c.description.replace(/\.$/, '')}${quoted}.`;
    }
    return done;
  };
}
