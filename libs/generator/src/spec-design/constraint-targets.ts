import type { EndpointSpec } from '@sf/service-spec';
import type { ConstraintDesign } from '../catalog/catalog-entry';

/**
 * The endpoints a catalog constraint joins among `targets` (the endpoints running its computations, in the order
 * they were designed): the first one it fits; with `each`, the first it fits of every computation it is said of
 * ("malformed numerals and numbers outside 1..3999 are refused" joins both directions of Roman numerals).
 */
export function constraintTargets(
  constraint: ConstraintDesign,
  targets: EndpointSpec[],
  fits: (e: EndpointSpec) => boolean,
): EndpointSpec[] {
  const fitting = targets.filter(fits);
  if (!constraint.each) return fitting.slice(0, 1);
  const fn = (e: EndpointSpec) => (e.behavior.kind === 'function' ? e.behavior.function : '');
  return fitting.filter((e, i) => fitting.findIndex((x) => fn(x) === fn(e)) === i);
}
