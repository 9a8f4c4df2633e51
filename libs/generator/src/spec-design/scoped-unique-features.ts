import { fieldsNamedBy, readScopedRepeat, type EndpointSpec, type FieldSpec } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { errorCheck } from './error-checks';
import { fold } from './lexicon';

/*
 * A value that never repeats under the same parent record (`readScopedRepeat`: "the same email cannot sign up twice
 * for the same workshop, but may for another one") holds on the sign-ups another feature creates under that parent
 * (`POST /workshops/{id}/signups`): `ParentRef.unique` names the sign-up's field, and a second sign-up with the
 * same value under the same parent is 409 CONFLICT while another parent takes it. A feature naming no such parent
 * or field is left unrealised.
 */

/** Whether a resource is the one a word names (its name, plural, or how the intent wrote it). */
function names(b: ContractBuilder, resource: string, word: string): boolean {
  const r = b.contract.resources.find((x) => x.name === resource);
  if (!r) return false;
  const own = (r.description.split(' Written in the intent as: ')[1] ?? '').replace(/\.$/, '').split(', ');
  return [r.name, r.plural, ...own]
    .filter((n) => n !== '')
    .map((n) => fold(n).toLowerCase().replace(/-/g, ' '))
    .some((n) => n === word || (word.length >= 4 && (n.startsWith(word) || word.startsWith(n))));
}

/**
 * Puts a scoped repeat on the one create under the parent it names: its field (one the feature names, not the
 * parent's reference) never repeats under one parent. False when no such create or field is found, or an update
 * of the sign-ups could change the value after the create checked it.
 */
export function realiseScopedRepeat(b: ContractBuilder, feature: string): boolean {
  const said = readScopedRepeat(feature);
  if (!said) return false;
  const creates = b.contract.endpoints.filter(
    (e): e is EndpointSpec & { behavior: { kind: 'create' } } =>
      e.behavior.kind === 'create' &&
      e.behavior.parent !== undefined &&
      names(b, e.behavior.parent.resource, said.parent),
  );
  if (creates.length !== 1) return false;
  const e = creates[0];
  const behavior = e.behavior;
  if (behavior.kind !== 'create' || !behavior.parent) return false;
  const parent = behavior.parent;
  const child = b.contract.resources.find((r) => r.name === behavior.resource);
  if (!child) return false;
  if (b.contract.endpoints.some((x) => x.behavior.kind === 'update' && x.behavior.resource === child.name))
    return false;
  const candidates = child.fields.filter(
    (f: FieldSpec) => f.name !== parent.field && f.type === 'string' && f.enum === undefined,
  );
  const named = fieldsNamedBy(said.field, candidates);
  if (named.length !== 1) return false;
  const field = named[0];
  field.required = true;
  parent.unique = [field.name];
  // Its worked example, in the feature's own words: the repeat refused under one parent, taken under another.
  const shown = errorCheck(b.contract, e, {
    status: 409,
    code: 'CONFLICT',
    when: `the ${parent.resource} already has a ${child.name} with the same ${field.name}`,
  });
  if (!shown) {
    delete parent.unique;
    return false;
  }
  b.contract.acceptance.push({
    id: 'draft',
    ...shown,
    description: `${shown.description} ("${feature.trim()}")`,
  });
  if (!e.features.includes(feature)) e.features.push(feature);
  return true;
}

/** Puts every scoped repeat the features say on the sign-ups designed for it (unrealised when none fits). */
export function settleScopedRepeats(b: ContractBuilder, features: string[]): void {
  for (const feature of features) realiseScopedRepeat(b, feature);
}
