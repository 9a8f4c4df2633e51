import type { EndpointSpec } from '@sf/service-spec';
import type { FunctionDesign } from '../catalog/catalog-entry';
import { recogniseFeature } from '../catalog/catalog';

/**
 * A redesign of endpoint `e` ("… rounded to 3 decimals" read with its feature) with the refinements of the
 * constraints it already claims made again ("1 lb = 453.59237 g" adds its worked examples): a rounding said
 * after them must not drop them.
 */
export function refinedAgain(e: EndpointSpec, d: FunctionDesign): FunctionDesign {
  let design = d;
  for (const feature of e.features) {
    const found = recogniseFeature(feature);
    if (!found || !('constraint' in found)) continue;
    const { constraint } = found;
    const { refine } = constraint;
    if (!refine) continue;
    const joins =
      constraint.function === design.function || (constraint.functions ?? []).includes(design.function);
    if (!joins || !(constraint.fits?.(design) ?? true)) continue;
    design = refine(design);
  }
  return design;
}
