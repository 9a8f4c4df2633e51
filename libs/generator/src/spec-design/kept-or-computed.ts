import { recogniseFeature } from '../catalog/catalog';
import type { FieldSpec } from '@sf/service-spec';
import { keptRecords, namedFields } from './named-fields';
import { textField } from './samples';
import type { ContractBuilder } from './contract-builder';

/*
 * Whether a feature that lists fields keeps records or names the parts of a computation: "pantry items: a name,
 * how many we have, and the minimum" keeps records (its minimum is a field), "Angebot aus Positionen mit Menge und
 * Einzelpreis; der Code …" computes a quote.
 */

/**
 * "pantry items: a name, how many we have, and the minimum": a fragment listing a record's text and number
 * fields, a minimum or maximum among them, keeps those records; that minimum is a field, not one to compute.
 */
export function listsRecord(feature: string): boolean {
  const fields = keptRecords(feature) === null ? null : namedFields(feature);
  return (
    fields !== null &&
    fields.some((f) => f.type === 'string') &&
    fields.some((f) =>
      /(?:^|_)(?:min|minimum|minimo|minima|mindest\w*|max|maximum|maximo|maxima)(?:_|$)/.test(f.name),
    )
  );
}

/** Whether the catalog designs a computation for the feature beyond statistics of a list of numbers. */
export function computesBeyondStatistics(feature: string): boolean {
  const found = recogniseFeature(feature);
  return found !== null && 'design' in found && found.design.function !== 'calc.statistics';
}

/**
 * Whether the catalog reads `feature` as a constraint of a computation an endpoint already runs ("FLAT5 takes
 * 5.00 off, the total never goes below 0" beside a quote): that computation's, not a floor or a record rule.
 */
export function constrainsDesigned(b: ContractBuilder, feature: string): boolean {
  const found = recogniseFeature(feature);
  if (!found || !('constraint' in found)) return false;
  const { function: fn, functions = [] } = found.constraint;
  return b.contract.endpoints.some(
    (e) =>
      e.behavior.kind === 'function' &&
      (e.behavior.function === fn || functions.includes(e.behavior.function)),
  );
}

/** The fields a feature names, with an optional `name` when none of them is text. */
export function withName(fields: FieldSpec[]): FieldSpec[] {
  return fields.some((f) => f.type === 'string') ? fields : [textField('name', false), ...fields];
}
