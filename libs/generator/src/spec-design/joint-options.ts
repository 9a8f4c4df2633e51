import { readFeatureLiterals, type EndpointSpec } from '@sf/service-spec';
import type { FunctionDesign } from '../catalog/catalog-entry';
import { recogniseFeature } from '../catalog/catalog';
import { readValues, readWrittenValues, type ValueReading } from './written-values';

/**
 * Whether `after` (a written route's computation read with a feature of its own) keeps what each text says: the
 * field names the route writes (`*_field` options) as the route had them, and every other option the feature
 * sets as the feature alone read it. A value neither reading gave (a number read across the two texts) fails.
 */
export function keepsBoth(route: FunctionDesign, feature: FunctionDesign, after: FunctionDesign): boolean {
  if (after.function !== route.function || after.method !== route.method || after.path !== route.path)
    return false;
  const [r, f, a] = [route.options ?? {}, feature.options ?? {}, after.options ?? {}];
  return [...new Set([...Object.keys(r), ...Object.keys(f), ...Object.keys(a)])].every((k) =>
    k.endsWith('_field') ? a[k] === r[k] : a[k] === f[k],
  );
}

/** Whether two designs' options are the same. */
function sameOptions(a: FunctionDesign['options'], b: FunctionDesign['options']): boolean {
  const x = a ?? {};
  const y = b ?? {};
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].every((k) => x[k] === y[k]);
}

/**
 * The design all the features of `e` describe read as one text, when a later feature's design `d` has other
 * options than the endpoint's and that joint reading is `d`'s own: the later feature names what the earlier ones
 * left to the default. Null otherwise (the same options, a conflict the joint text does not settle, a route
 * written out), and the gate then holds each feature to the endpoint as it is.
 */
export function jointDesign(
  e: EndpointSpec,
  earlier: FunctionDesign,
  d: FunctionDesign,
): FunctionDesign | null {
  if (sameOptions(earlier.options, d.options)) return null;
  if (e.features.some((f) => readFeatureLiterals(f).routes.length > 0)) return null;
  const found = recogniseFeature(e.features.join(' '));
  if (!found || !('design' in found)) return null;
  const joint = found.design;
  if (joint.function !== d.function || joint.method !== e.method || joint.path !== e.path) return null;
  return sameOptions(joint.options, d.options) ? joint : null;
}

/**
 * The values a later feature writes, as worked examples of the endpoint's computation, when the endpoint stands as
 * designed (below): its own reading's examples, refusals and summary are then left out. A value the endpoint's
 * computation contradicts leaves the feature unrealised (no readings). Null when the endpoint does not stand so.
 */
export function readingsAsItStands(
  e: EndpointSpec,
  earlier: FunctionDesign,
  d: FunctionDesign,
  feature: string,
): ValueReading[] | null {
  if (!standsJointly(e, earlier, d)) return null;
  const own = readValues(earlier, readWrittenValues(feature, false), feature, false) ?? [];
  if (!own.some((r) => r.kind === 'contradiction')) return own;
  e.features = e.features.filter((f) => f !== feature);
  return [];
}

/**
 * Whether the features of `e` read together (each its own clause) describe the endpoint as it stands, while a
 * later feature's own design `d` took other options: a rule it does not restate left at the family's default
 * ("also say which of those rules the password misses" beside "strong means 12+ characters"), or units it lists
 * as an addition ("also the binary ones KiB, MiB …" beside a converter of every data size). Its worked examples,
 * refusals and summary then state a computation the endpoint does not run.
 */
function standsJointly(e: EndpointSpec, earlier: FunctionDesign, d: FunctionDesign): boolean {
  if (sameOptions(earlier.options, d.options)) return false;
  if (e.features.some((f) => readFeatureLiterals(f).routes.length > 0)) return false;
  const found = recogniseFeature(e.features.join('; '));
  if (!found || !('design' in found)) return false;
  const joint = found.design;
  return (
    joint.function === earlier.function &&
    joint.method === e.method &&
    joint.path === e.path &&
    sameOptions(joint.options, earlier.options)
  );
}
