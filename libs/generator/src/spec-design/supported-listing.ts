import { readFeatureLiterals, type EndpointSpec, type FieldSpec } from '@sf/service-spec';
import type { FunctionDesign } from '../catalog/catalog-entry';
import { asSaid, featureWords } from '../catalog/feature-words';
import { listedKind, supportedListDesign, type ListedKind } from '../catalog/supported-list';
import type { ContractBuilder } from './contract-builder';

/*
 * "List the supported units" beside a converter another feature designed: a GET answering the values that
 * converter's request accepts as its source (catalog/supported-list.ts). Read only when exactly one converter of
 * the kind named lists its source values (an enum); a route the feature writes is used when it is a GET with no
 * parameter and at most one answer field.
 */

/** The computations whose source values each kind of listing names. */
const LISTED_BY: Record<ListedKind, (fn: string) => boolean> = {
  units: (fn) => fn === 'temperature.convert' || (fn.startsWith('units.') && fn !== 'units.many'),
  currencies: (fn) => fn === 'rate.table',
  scales: (fn) => fn === 'temperature.convert',
};

/** Every field of an endpoint's request, wherever it is declared. */
function fieldsOf(value: unknown): FieldSpec[] {
  if (Array.isArray(value)) return value.flatMap(fieldsOf);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.name === 'string' && typeof o.type === 'string' ? [o as unknown as FieldSpec] : [];
  return [...own, ...Object.values(o).flatMap(fieldsOf)];
}

/** The values the endpoint's source field lists, or null when it lists none. */
function sourceValues(e: EndpointSpec): string[] | null {
  if (e.behavior.kind !== 'function') return null;
  const name = e.behavior.inputs.from;
  const values = fieldsOf(e.request).find((f) => f.name === name)?.enum;
  return values && values.length > 0 && values.every((v) => typeof v === 'string') ? values : null;
}

/** The listing design for `feature`, or null when it asks for none or no single converter here lists its kind. */
export function supportedListing(b: ContractBuilder, feature: string): FunctionDesign | null {
  const kind = listedKind(featureWords(feature));
  if (kind === null) return null;
  const converters = b.contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && LISTED_BY[kind](e.behavior.function) && sourceValues(e) !== null,
  );
  if (converters.length !== 1) return null;
  const [converter] = converters;
  const values = sourceValues(converter) as string[];
  const literals = readFeatureLiterals(feature);
  if (literals.routes.length === 0)
    return supportedListDesign(kind, values, `${converter.method} ${converter.path}`, asSaid(feature));
  const [route] = literals.routes;
  const bare = route.method === 'GET' && !route.path.includes('{') && literals.query.length === 0;
  if (literals.routes.length > 1 || !bare || literals.response.length > 1 || literals.request.length > 0)
    return null;
  const field = literals.response[0]?.name ?? kind;
  return supportedListDesign(
    kind,
    values,
    `${converter.method} ${converter.path}`,
    asSaid(feature),
    route.path,
    field,
  );
}
