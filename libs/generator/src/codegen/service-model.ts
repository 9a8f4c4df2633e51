import { CATALOG, functionCode } from '../catalog/catalog';
import { FIELD_FORMAT_CHECK_NAMES } from '../catalog/field-formats';
import { stringCheckName } from './format-kit';
import {
  UDC_ENDPOINTS,
  absentDefaultProblems,
  adjustProblems,
  listQueryProblems,
  resourceRuleProblems,
  objectArrayContractProblems,
  routeShape,
  readsGuardQuota,
  usageReadable,
  type ConfigSetting,
  type EndpointSpec,
  type FieldSpec,
  type FieldType,
  type ResourceSpec,
  type SpecContract,
} from '@sf/service-spec';
import { NameTable, camelCase, pascalCase } from './code-text';
import { fitsField, fitsType, pathParams } from './field-values';
import { quotaStoresOf } from './guard-handler';

export { fitsField, pathParams };

/** Settings the generated `config.ts` reads itself rather than exposing as contract settings. */
export const BUILT_IN_SETTINGS = ['PORT', 'HOST', 'REGISTRY_URL'] as const;

/** Body limit when the contract states none (CONTRACT.md). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** A declared field with what the generated code needs to know about it. */
export interface FieldModel {
  spec: FieldSpec;
  /** TypeScript type of a stored value (without `| null`). */
  tsType: string;
  /** Name of the `Check` constant in the generated `validation.ts`. */
  check: string;
}

/** A field holding the id of a parent record, set by a `create` with a `parent`. */
export interface ParentFieldModel {
  name: string;
  /** False when some create endpoint of the resource does not set it (the key is then absent). */
  always: boolean;
}

/** A resource with its generated names. */
export interface ResourceModel {
  spec: ResourceSpec;
  /** Record interface, e.g. `PaymentRecord`. */
  typeName: string;
  /** Property of `ServiceState` holding the store, e.g. `payments`. */
  storeName: string;
  fields: FieldModel[];
  parentFields: ParentFieldModel[];
}

/** An endpoint with its generated names. */
export interface EndpointModel {
  spec: EndpointSpec;
  /** Exported handler function in `handlers.ts`. */
  handlerName: string;
  /** Path parameters in order of appearance. */
  params: string[];
}

/** Everything the writers need, derived once from a contract that passed {@link contractProblems}. */
export interface ServiceModel {
  contract: SpecContract;
  resources: ResourceModel[];
  endpoints: EndpointModel[];
  /** Webhook receiver endpoint id → `ServiceState` property holding its events. */
  eventStores: Map<string, string>;
  /** Quota endpoint id → `ServiceState` property holding its windows by key. */
  quotaStores: Map<string, string>;
  /** `ServiceState` property holding the ballots of `vote` and `tally` endpoints; null when there are none. */
  ballotStore: string | null;
  /** Contract settings other than the built-in ones, in declaration order. */
  settings: ConfigSetting[];
  maxBodyBytes: number;
  /** Default of `PORT`: the contract's `PORT` setting, else the service port. */
  defaultPort: string;
  defaultHost: string;
}

/** Thrown when a contract cannot be turned into compiling code; `problems` says why, one per entry. */
export class ContractProblemsError extends Error {
  constructor(readonly problems: string[]) {
    super(`the contract cannot be generated: ${problems.join('; ')}`);
    this.name = 'ContractProblemsError';
  }
}

const TS_TYPES: Record<FieldType, string> = {
  string: 'string',
  number: 'number',
  integer: 'number',
  boolean: 'boolean',
  'string[]': 'string[]',
  'number[]': 'number[]',
  object: 'Record<string, unknown>',
  'object[]': 'Record<string, unknown>[]',
};

/** A field with its TypeScript type and generated check. */
export function fieldModel(spec: FieldSpec): FieldModel {
  return { spec, tsType: TS_TYPES[spec.type], check: checkName(spec) };
}

/** The generated check for a field; required strings must also be non-empty unless they allow it (CONTRACT.md). */
function checkName(field: FieldSpec): string {
  switch (field.type) {
    case 'string':
      return stringCheckName(field);
    case 'number':
      return 'isNumber';
    case 'integer':
      return 'isInteger';
    case 'boolean':
      return 'isBoolean';
    case 'string[]':
      return 'isStringArray';
    case 'number[]':
      return 'isNumberArray';
    case 'object':
      return 'isObject';
    case 'object[]':
      return 'objectArray';
  }
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

function behaviorProblems(c: SpecContract, e: EndpointSpec): string[] {
  const b = e.behavior;
  const where = `endpoint ${e.id}`;
  const problems: string[] = [];
  const params = pathParams(e.path);
  const resource = (name: string) => c.resources.find((r) => r.name === name);
  const field = (res: string, name: string) => resource(res)?.fields.find((f) => f.name === name);
  const needParam = (name: string) => {
    if (!params.includes(name)) problems.push(`${where}: path ${e.path} has no parameter {${name}}`);
  };
  if ('resource' in b && !resource(b.resource)) {
    problems.push(`${where}: resource ${b.resource} is not declared`);
    return problems;
  }
  if ('param' in b && b.param !== undefined && !readsGuardQuota(b)) needParam(b.param);
  const rules = 'resource' in b ? resource(b.resource) : undefined;
  if (rules) problems.push(...resourceRuleProblems(rules).map((p) => `${where}: ${p}`));
  switch (b.kind) {
    case 'create':
      if (b.parent) {
        if (!resource(b.parent.resource))
          problems.push(`${where}: parent ${b.parent.resource} is not declared`);
        needParam(b.parent.param);
        if (b.parent.field === 'id' || field(b.resource, b.parent.field)) {
          problems.push(`${where}: parent field ${b.parent.field} clashes with a field of ${b.resource}`);
        }
        if (resource(b.parent.resource)?.key) {
          problems.push(
            `${where}: parent ${b.parent.resource} has a key, but children find their parent by id`,
          );
        }
      }
      break;
    case 'toggle':
    case 'reserve':
    case 'release':
      if (field(b.resource, b.field)?.type !== 'boolean') {
        problems.push(`${where}: ${b.resource} has no boolean field ${b.field}`);
      }
      if (b.kind !== 'toggle' && b.holder !== undefined) {
        const holder = field(b.resource, b.holder);
        if (holder?.type !== 'string' || holder.required) {
          problems.push(`${where}: ${b.resource} has no optional string field ${b.holder} for the holder`);
        }
      }
      break;
    case 'search':
      for (const name of b.fields) {
        if (name !== 'id' && field(b.resource, name)?.type !== 'string') {
          problems.push(`${where}: ${b.resource} has no string field ${name} to search`);
        }
      }
      break;
    case 'redirect':
      for (const name of [b.key_field, b.target_field]) {
        if (name !== 'id' && !field(b.resource, name))
          problems.push(`${where}: ${b.resource} has no field ${name}`);
      }
      break;
    case 'get':
      if (b.absent_as_default)
        problems.push(...absentDefaultProblems(c, b.resource).map((p) => `${where}: ${p}`));
      break;
    case 'adjust':
    case 'reset':
      problems.push(...adjustProblems(c, b).map((p) => `${where}: ${p}`));
      break;
    case 'webhook_receive':
      if (!c.config.some((s) => s.name === b.secret_config)) {
        problems.push(`${where}: config setting ${b.secret_config} (the signing secret) is not declared`);
      }
      break;
    case 'list':
      problems.push(...listQueryProblems(c, b).map((p) => `${where}: ${p}`));
      break;
    case 'quota':
      if (b.key_param !== undefined) needParam(b.key_param);
      if (b.key_param !== undefined && b.key_header !== undefined) {
        problems.push(`${where}: the quota key comes from key_header or key_param, not both`);
      }
      break;
    case 'quota_usage':
      if (!usageReadable(c.endpoints, b.quota)) {
        problems.push(`${where}: quota ${b.quota} is not a quota endpoint`);
      }
      break;
    case 'overdue':
      if (
        field(b.resource, b.due_field)?.type !== 'string' ||
        field(b.resource, b.done_field)?.type !== 'boolean'
      ) {
        problems.push(
          `${where}: ${b.resource} needs text field ${b.due_field} and boolean field ${b.done_field}`,
        );
      }
      break;
    case 'owner_aggregate': {
      const value = field(b.resource, b.value_field)?.type;
      if (value !== 'number' && value !== 'integer') {
        problems.push(`${where}: ${b.resource} has no number field ${b.value_field} to aggregate`);
      }
      if (!field(b.resource, b.owner_field))
        problems.push(`${where}: ${b.resource} has no field ${b.owner_field}`);
      break;
    }
    case 'ranking': {
      const score = field(b.resource, b.score_field)?.type;
      if (score !== 'number' && score !== 'integer') {
        problems.push(`${where}: ${b.resource} has no number field ${b.score_field} to rank by`);
      }
      if (b.best_per !== undefined && !field(b.resource, b.best_per)) {
        problems.push(`${where}: ${b.resource} has no field ${b.best_per}`);
      }
      if (b.default_count > b.max_count) problems.push(`${where}: default_count exceeds max_count`);
      break;
    }
    case 'webhook_replay':
      if (!c.endpoints.some((x) => x.id === b.receiver && x.behavior.kind === 'webhook_receive')) {
        problems.push(`${where}: receiver ${b.receiver} is not a webhook_receive endpoint`);
      }
      break;
    case 'compute':
      if (b.operation === 'convert') {
        if (Object.keys(b.rates).length < 2) problems.push(`${where}: a conversion needs at least two rates`);
        if (Object.values(b.rates).some((r) => !(Number.isFinite(r) && r > 0))) {
          problems.push(`${where}: every rate must be a positive number`);
        }
      }
      break;
    case 'function': {
      if (!functionCode(b.function))
        problems.push(`${where}: the behaviour catalog has no function ${b.function}`);
      const declared = [
        ...(e.method === 'GET' ? (e.request.query ?? []) : (e.request.body?.fields ?? [])),
        ...(e.request.params ?? []),
      ];
      for (const field of Object.values(b.inputs)) {
        if (!declared.some((f) => f.name === field)) {
          problems.push(
            `${where}: input ${field} is not a declared ${e.method === 'GET' ? 'query' : 'body'} field`,
          );
        }
      }
      break;
    }
    default:
      break;
  }
  return problems;
}

/**
 * Why a contract (already valid against `SPEC_CONTRACT_SCHEMA`) cannot be generated as type-correct code:
 * dangling references (resources, fields, parameters, receivers, secrets), duplicate names, a field named
 * `id` (the server-generated key), a default that is not a value of its field, ambiguous routes, or a user
 * endpoint on a UDC path. Empty when generation is possible. These mirror the verifier's consistency rules,
 * which a SPEC may partly fail and still pass the gate.
 */
export function contractProblems(c: SpecContract): string[] {
  const problems: string[] = [];
  for (const name of duplicates(c.resources.map((r) => r.name)))
    problems.push(`resource ${name} is declared twice`);
  for (const r of c.resources) {
    for (const name of duplicates(r.fields.map((f) => f.name))) {
      problems.push(`resource ${r.name} declares field ${name} twice`);
    }
    for (const f of r.fields) {
      if (f.name === 'id') problems.push(`resource ${r.name} declares field id, which the server generates`);
      if (f.default !== undefined && f.default !== null && !fitsField({ ...f, required: false }, f.default)) {
        problems.push(
          `resource ${r.name}: default of ${f.name} is not a ${f.type}${f.enum ? ' it lists' : ''}`,
        );
      }
      for (const value of f.enum ?? []) {
        const element = f.type === 'string[]' ? 'string' : f.type === 'number[]' ? 'number' : f.type;
        if (!fitsType({ type: element, required: false }, value)) {
          problems.push(
            `resource ${r.name}: field ${f.name} lists ${JSON.stringify(value)}, which is not a ${element}`,
          );
        }
      }
    }
  }
  problems.push(...objectArrayContractProblems(c));
  for (const name of duplicates(c.config.map((s) => s.name)))
    problems.push(`config setting ${name} is declared twice`);
  for (const id of duplicates(c.endpoints.map((e) => e.id))) problems.push(`endpoint id ${id} is used twice`);
  const routes = c.endpoints.map((e) => `${e.method} ${routeShape(e.path)}`);
  for (const route of duplicates(routes)) problems.push(`two endpoints answer ${route}`);
  const udc = new Set<string>(UDC_ENDPOINTS.map((u) => routeShape(u.split(' ')[1])));
  for (const e of c.endpoints) {
    if (udc.has(routeShape(e.path))) problems.push(`endpoint ${e.id} uses the UDC path ${e.path}`);
    if (duplicates(pathParams(e.path)).length > 0) problems.push(`endpoint ${e.id} repeats a path parameter`);
    problems.push(...behaviorProblems(c, e));
  }
  return problems;
}

/**
 * Identifiers in scope where handler names are declared or imported (`handlers.ts`, `service.ts`) besides the
 * handlers themselves; a handler named like one of them gets a suffix.
 */
export const HANDLER_MODULE_NAMES = [
  'RequestContext',
  'Reply',
  'HttpError',
  'notFound',
  'conflict',
  'validationFailed',
  'parseJson',
  'headerText',
  'bodyObject',
  'requiredField',
  'optionalField',
  'changedRequired',
  'changedOptional',
  'rejectUnknownFields',
  'isJsonObject',
  'fieldOf',
  'headerSafe',
  'numberArray',
  'roundTo',
  'sameJson',
  'isString',
  'isNonEmptyString',
  'isNumber',
  'isInteger',
  'isBoolean',
  'isStringArray',
  'isNumberArray',
  'isObject',
  'objectArray',
  'ItemCheck',
  'oneOf',
  'bounded',
  'withinBounds',
  'isDateTime',
  'isCalendarDate',
  'isHexString',
  'isEmail',
  'lengthWithin',
  'notFuture',
  'countWithin',
  'isWebUrl',
  ...FIELD_FORMAT_CHECK_NAMES,
  'freshCode',
  'randomInt',
  'instantOf',
  'Bound',
  'queryObject',
  'FunctionResult',
  'CatalogFunction',
  ...CATALOG.flatMap((family) => family.functions.map((f) => f.exportName)),
  'createHmac',
  'timingSafeEqual',
  'IncomingHttpHeaders',
  'ServiceState',
  'Settings',
  'StoredEvent',
  'createService',
  'createServer',
  'createUdcRuntime',
  'errorReply',
  'matchRoute',
  'readBody',
  'route',
  'sendReply',
  'Endpoint',
  'Service',
  'IncomingMessage',
  'Server',
  'ServerResponse',
  'AddressInfo',
  'ServiceConfig',
  'Route',
  'UdcEndpoint',
  'UdcRuntime',
  'SERVICE_NAME',
  'FEATURES',
  'DEPENDENCIES',
  'ENDPOINTS',
  'ROUTES',
  'ERROR_BODY',
  'ErrorBodyShape',
  'errorBody',
];

/** Derives names and types; throws {@link ContractProblemsError} when {@link contractProblems} finds any. */
export function buildServiceModel(contract: SpecContract): ServiceModel {
  const problems = contractProblems(contract);
  if (problems.length > 0) throw new ContractProblemsError(problems);

  const types = new NameTable(['ServiceState', 'RecordStore', 'StoredEvent', 'QuotaWindow']);
  const stores = new NameTable();
  const resources = contract.resources.map((spec): ResourceModel => {
    const creates = contract.endpoints.filter(
      (e) => e.behavior.kind === 'create' && e.behavior.resource === spec.name,
    );
    const parentNames: string[] = [];
    for (const e of creates) {
      if (
        e.behavior.kind === 'create' &&
        e.behavior.parent &&
        !parentNames.includes(e.behavior.parent.field)
      ) {
        parentNames.push(e.behavior.parent.field);
      }
    }
    return {
      spec,
      typeName: types.claim(`${pascalCase(spec.name)}Record`),
      storeName: stores.claim(camelCase(spec.plural)),
      fields: spec.fields.map(fieldModel),
      parentFields: parentNames.map((name) => ({
        name,
        always: creates.every((e) => e.behavior.kind === 'create' && e.behavior.parent?.field === name),
      })),
    };
  });

  const eventStores = new Map<string, string>();
  for (const e of contract.endpoints) {
    if (e.behavior.kind === 'webhook_receive')
      eventStores.set(e.id, stores.claim(`${camelCase(e.id)}Events`));
  }

  const quotaStores = quotaStoresOf(contract, (name) => stores.claim(name));

  const voting = ({ behavior: b }: EndpointSpec) => /^(vote|tally)$/.test(b.kind) || 'voter_field' in b;
  const ballotStore = contract.endpoints.some(voting) ? stores.claim('ballots') : null;

  // Handler names share the module scope of handlers.ts with its imports.
  const handlerNames = new NameTable(HANDLER_MODULE_NAMES);
  const endpoints = contract.endpoints.map((spec) => ({
    spec,
    handlerName: handlerNames.claim(camelCase(spec.id)),
    params: pathParams(spec.path),
  }));

  const setting = (name: string) => contract.config.find((s) => s.name === name)?.default;
  return {
    contract,
    resources,
    endpoints,
    eventStores,
    quotaStores,
    ballotStore,
    settings: contract.config.filter((s) => !(BUILT_IN_SETTINGS as readonly string[]).includes(s.name)),
    maxBodyBytes: contract.non_functional?.max_body_bytes ?? DEFAULT_MAX_BODY_BYTES,
    defaultPort: setting('PORT') ?? String(contract.service.port),
    defaultHost: setting('HOST') ?? '127.0.0.1',
  };
}

/** The resource model of `name` (the model was built from a consistent contract). */
export function resourceOf(model: ServiceModel, name: string): ResourceModel {
  const found = model.resources.find((r) => r.spec.name === name);
  if (!found) throw new ContractProblemsError([`resource ${name} is not declared`]);
  return found;
}
