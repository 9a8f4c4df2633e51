import type { Behavior } from '@sf/service-spec';
import { searchFields } from './behavior-endpoints';
import { listsFlagsInOneState, toggleSegment } from './toggle-meanings';
import type { ContractBuilder } from './contract-builder';
import type { FeatureReading } from './feature-reader';
import { holdActionFor, holdFlagFor, holdFlagWords, holdSegment, holderField, holderFor } from './hold-flags';
import { PARENT_LIMIT, PARENT_OF, type Action } from './lexicon';
import { TAKEN_FLAGS } from './lifecycle-verbs';
import { flagField } from './samples';

function itemPath(b: ContractBuilder, resource: string): string {
  return `${b.collectionPath(resource)}/{id}`;
}

/** Adds the endpoint for one action on a resource (flat collection paths; child creates under the parent). */
export function actOn(
  b: ContractBuilder,
  resource: string,
  action: Action,
  r: FeatureReading,
  feature: string,
): void {
  const parent = PARENT_OF[resource];
  const item = () => itemPath(b, resource);
  switch (action) {
    case 'create':
      if (parent) {
        b.ensureCreate(parent, feature);
        b.endpoint(
          'POST',
          `${b.collectionPath(parent)}/{id}/${b.resource(resource).plural}`,
          {
            kind: 'create',
            resource,
            parent: {
              resource: parent,
              param: 'id',
              field: `${parent.replace(/-/g, '_')}_id`,
              ...(PARENT_LIMIT[resource] ? { limit: PARENT_LIMIT[resource] } : {}),
            },
          },
          feature,
        );
      } else b.ensureCreate(resource, feature);
      return;
    case 'list':
      if (listsFlagsInOneState(feature)) return;
      b.endpoint('GET', b.collectionPath(resource), { kind: 'list', resource }, feature);
      break;
    case 'get':
      b.endpoint('GET', item(), { kind: 'get', resource, param: 'id' }, feature);
      break;
    case 'update':
      b.endpoint('PATCH', item(), { kind: 'update', resource, param: 'id' }, feature);
      break;
    case 'delete':
      b.endpoint('DELETE', item(), { kind: 'delete', resource, param: 'id' }, feature);
      break;
    case 'toggle': {
      const meaning = r.toggle ?? { field: 'done', value: true };
      b.ensureField(
        resource,
        flagField(
          meaning.field,
          `Whether the ${resource.replace(/-/g, ' ')} is ${meaning.field.replace(/_/g, ' ')}`,
        ),
      );
      const segment = toggleSegment(meaning);
      const behavior: Behavior =
        meaning.value === undefined
          ? { kind: 'toggle', resource, param: 'id', field: meaning.field }
          : { kind: 'toggle', resource, param: 'id', field: meaning.field, value: meaning.value };
      b.endpoint('POST', `${item()}/${segment.replace(/_/g, '-')}`, behavior, feature);
      break;
    }
    case 'search':
      b.endpoint(
        'GET',
        `${b.collectionPath(resource)}/search`,
        { kind: 'search', resource, query_param: 'q', fields: searchFields(b, resource, r.byFields) },
        feature,
      );
      break;
    case 'reserve':
    case 'release': {
      const flag = holdFlagFor(b, resource, feature);
      const hold = holdActionFor(flag, action);
      const holder = TAKEN_FLAGS.has(flag) ? holderFor(b, resource, feature) : null;
      b.ensureField(
        resource,
        flagField(flag, `Whether the ${resource.replace(/-/g, ' ')} is ${holdFlagWords(flag)}`),
      );
      if (holder) b.ensureField(resource, holderField(holder, resource, flag, feature));
      b.endpoint(
        'POST',
        `${item()}/${holdSegment(flag, hold)}`,
        holder
          ? { kind: hold, resource, param: 'id', field: flag, holder }
          : { kind: hold, resource, param: 'id', field: flag },
        feature,
      );
      break;
    }
    default:
      return;
  }
  // Every other action needs records to act on, so the resource must be creatable.
  if (parent) actOn(b, resource, 'create', r, feature);
  else b.ensureCreate(resource, feature);
}
