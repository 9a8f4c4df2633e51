import { recogniseFeature } from '../catalog/catalog';
import type { FunctionDesign } from '../catalog/catalog-entry';
import type { ContractBuilder } from './contract-builder';
import { addChecks } from './catalog-checks';
import { catalogDesignOf, joins, refine } from './catalog-endpoints';
import { showMissingToo } from './input-rules-apply';

/*
 * A catalog constraint said of several computations at once ("malformed numerals (IIII, VX) and numbers outside
 * 1..3999 are rejected": reading numerals refuses the first, writing them the second): it joins every endpoint
 * running one of its computations that it fits, each with the refusals of what that one reads, before any single
 * field's bound or written value takes the feature alone. A constraint of one computation is left to
 * `realiseFromCatalog`. A value the same feature says may not be left out ("un montant négatif ou manquant est
 * refusé") is shown missing on the computations it joined, as a bound put on one input is (`showMissingToo`).
 */

/** Realises a constraint said of every computation of its kind the intent has; false for any other feature. */
export function joinsEach(b: ContractBuilder, feature: string): boolean {
  const found = recogniseFeature(feature);
  if (found === null || !('constraint' in found) || found.constraint.each !== true) return false;
  const { constraint } = found;
  const designs = b.contract.endpoints.flatMap((e) => {
    const design = e.behavior.kind === 'function' ? catalogDesignOf(e) : undefined;
    return design && joins(constraint, design.function) ? [{ e, design }] : [];
  });
  const othersOf = (d: FunctionDesign) => designs.map((x) => x.design).filter((x) => x !== d);
  const joined = designs.filter(({ design }) => constraint.fits?.(design, othersOf(design)) ?? true);
  for (const { e, design } of joined) {
    if (!e.features.includes(feature)) e.features.push(feature);
    // A constraint refining its computation ("only 19 % and 7 %" on a calculator taking any rate) refines each.
    if (constraint.refine) refine(b, e, design, constraint.refine(design, othersOf(design)));
    addChecks(b, e, [], constraint.refusals(design));
  }
  if (joined.length > 0) showMissingToo(b, feature);
  return joined.length > 0;
}
