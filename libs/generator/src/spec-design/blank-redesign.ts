import type { EndpointSpec, FieldSpec } from '@sf/service-spec';
import type { FunctionDesign } from '../catalog/catalog-entry';
import { recogniseFeature } from '../catalog/catalog';
import { catalogDesignOf, redesignCatalogEndpoint } from './catalog-endpoints';
import type { ContractBuilder } from './contract-builder';
import { bodyOf } from './field-bounds-design';
import { asSaid } from '../catalog/feature-words';

/*
 * A blank text refused by a computation that counts it as it is (the word counts answer "   " with 0 words):
 * the family reads the refusal together with the feature the computation was designed from ("Count the words …
 * a text of spaces only is an error") and, when that design refuses a blank text, the endpoint is redesigned so
 * (`input-rules.ts`). Its refusals of a blank text carry the feature's words.
 */

const blank = (v: unknown) => typeof v === 'string' && v.trim() === '' && v !== '';

/** Whether design `x` refuses a blank text sent to the input read as `param`. */
function refusesBlank(x: FunctionDesign, param: string | undefined): boolean {
  const input = x.inputs.find((i) => i.param === param)?.field;
  return input !== undefined && x.refusals.some((r) => blank(r.input[input.name]));
}

/** The step redesigning `e` to refuse a blank `field`, or null when its family does not read the refusal so. */
export function blankRedesign(
  b: ContractBuilder,
  e: EndpointSpec,
  d: FunctionDesign,
  field: FieldSpec,
  feature: string,
): (() => boolean) | null {
  const param = d.inputs.find((i) => i.field === field)?.param;
  const found = recogniseFeature(`${e.features[0] ?? ''} ${feature}`);
  if (!found || !('design' in found) || found.design.function !== d.function) return null;
  if (!refusesBlank(found.design, param)) return null;
  return () => {
    const now = catalogDesignOf(e);
    const keeps = (before: FunctionDesign, after: FunctionDesign) =>
      before.outputs.every((o) => after.outputs.some((x) => x.field === o.field));
    const done =
      (now !== undefined && refusesBlank(now, param)) ||
      redesignCatalogEndpoint(
        b,
        e,
        feature,
        (before, after) => refusesBlank(after, param) && keeps(before, after),
      );
    const name = e.behavior.kind === 'function' && param ? e.behavior.inputs[param] : undefined;
    const quoted = ` ("${asSaid(feature)}")`;
    for (const c of b.contract.acceptance) {
      const shows =
        c.endpoint_id === e.id && c.kind === 'error' && name !== undefined && blank(bodyOf(c, e)?.[name]);
      if (shows && !c.description.includes(quoted))
        c.description = `${c.description.replace(/\.$/, '')}${quoted}.`;
    }
    return done;
  };
}
