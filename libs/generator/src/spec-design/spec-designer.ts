import type { IntentInput } from '@sf/contracts';
import type {
  Behavior,
  ConvertBehavior,
  EndpointSpec,
  HttpMethod,
  SpecContract,
  SpecSection,
} from '@sf/service-spec';
import { completeAcceptance } from './acceptance-writer';
import { ContractBuilder, webhookStyle } from './contract-builder';
import { completeEndpoint } from './endpoint-docs';
import { readFeature, type FeatureReading } from './feature-reader';
import {
  PARENT_OF,
  STATIC_SEGMENTS,
  VENDORS,
  actionOf,
  knownNoun,
  plural,
  singular,
  words,
  type Action,
} from './lexicon';
import { kebabName, shortHash } from './naming';
import { flagField, textField } from './samples';

/** Designer notes per SPEC section, rendered as quoted notes. */
export type DesignNotes = Partial<Record<SpecSection, string[]>>;

/** What the designer needs besides the builder: the intent's main resource and default webhook sender. */
export interface DesignContext {
  main: string;
  vendor: string | null;
  serviceName: string;
  notes: DesignNotes;
}

/** Words a service name ends with that say nothing about its resource ("payment-processor" → payment). */
const SERVICE_SUFFIXES = new Set(
  [
    'service api processor manager engine server app svc backend system gateway',
    'hub worker handler bot tool',
  ]
    .join(' ')
    .split(' '),
);

/** Literal paths that greet: `GET /hello` answers a JSON greeting. */
const GREETING_SEGMENTS = new Set('hello hi greeting greet welcome hola bonjour hallo ola'.split(' '));

const RATE_TABLES: Record<FeatureReading['units'], { rates: Record<string, number>; decimals: number }> = {
  currency: { rates: { USD: 1, EUR: 0.92, GBP: 0.79, JPY: 151.5, CAD: 1.36 }, decimals: 2 },
  length: { rates: { km: 1, mi: 0.621371, m: 1000, ft: 3280.84 }, decimals: 3 },
};

function note(ctx: DesignContext, section: SpecSection, text: string): void {
  (ctx.notes[section] ??= []).push(text);
}

/** The resource a vague feature is about: the purpose's noun, else the service name's. */
function mainResource(intent: IntentInput): string {
  const fromPurpose = readFeature(intent.purpose).noun;
  if (fromPurpose) return fromPurpose;
  const parts = intent.service_name.split('-').filter((p) => !SERVICE_SUFFIXES.has(p) && /^[a-z]/.test(p));
  const last = parts[parts.length - 1];
  return last ? (knownNoun(last) ?? singular(last)) : 'item';
}

/** Context for designing (or repairing) a contract for `intent`. */
export function designContext(intent: IntentInput): DesignContext {
  const text = [intent.purpose, ...intent.key_features, intent.service_name.replace(/-/g, ' ')].join(' ');
  const tokens = words(text);
  return {
    main: mainResource(intent),
    vendor: VENDORS.find((v) => tokens.includes(v)) ?? null,
    serviceName: intent.service_name,
    notes: {},
  };
}

function isParam(segment: string): boolean {
  return segment.startsWith('{');
}

function paramName(segment: string): string {
  return segment.slice(1, -1);
}

function itemPath(b: ContractBuilder, resource: string): string {
  return `${b.collectionPath(resource)}/{id}`;
}

function webhookReceiver(
  b: ContractBuilder,
  provider: string | null,
  feature: string,
  path?: string,
): EndpointSpec {
  const style = webhookStyle(provider);
  const secret = provider
    ? `${provider.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_WEBHOOK_SECRET`
    : 'WEBHOOK_SECRET';
  return b.endpoint(
    'POST',
    path ?? `/webhooks/${provider ?? 'events'}`,
    {
      kind: 'webhook_receive',
      signature_header: style.header,
      signature_prefix: style.prefix,
      algorithm: 'hmac-sha256',
      secret_config: secret,
      id_field: 'id',
      type_field: 'type',
    },
    feature,
  );
}

function replayEndpoint(
  b: ContractBuilder,
  receiver: EndpointSpec,
  feature: string,
  path?: string,
): EndpointSpec {
  const param = path
    ? (path
        .match(/\{([^}]+)\}/g)
        ?.pop()
        ?.slice(1, -1) ?? 'id')
    : 'id';
  return b.endpoint(
    'POST',
    path ?? `${receiver.path}/events/{id}/replay`,
    { kind: 'webhook_replay', receiver: receiver.id, param },
    feature,
  );
}

function anyReceiver(b: ContractBuilder, ctx: DesignContext, feature: string): EndpointSpec {
  return (
    b.contract.endpoints.find((e) => e.behavior.kind === 'webhook_receive') ??
    webhookReceiver(b, ctx.vendor, feature)
  );
}

function redirectResource(b: ContractBuilder, ctx: DesignContext): string {
  if (b.findResource('link')) return 'link';
  const withUrl = b.contract.resources.find((r) => r.fields.some((f) => f.name === 'url'));
  if (withUrl) return withUrl.name;
  return ctx.main === 'link' ? ctx.main : 'link';
}

function redirectEndpoint(
  b: ContractBuilder,
  ctx: DesignContext,
  feature: string,
  path: string,
  param: string,
): void {
  const resource = redirectResource(b, ctx);
  b.resource(resource);
  const key = param;
  if (key !== 'id') {
    // The lookup key must identify one record, even when the resource already had such a field.
    const field = b.ensureField(resource, { ...textField(key, true), unique: true });
    field.unique = true;
    field.required = true;
  }
  b.ensureField(resource, {
    name: 'url',
    type: 'string',
    required: true,
    description: 'Target URL (absolute http or https)',
    example: 'https://example.com/docs',
  });
  b.ensureCreate(resource, feature);
  b.endpoint(
    'GET',
    path,
    { kind: 'redirect', resource, param, key_field: key, target_field: 'url', status: 302 },
    feature,
  );
}

function convertEndpoint(
  b: ContractBuilder,
  feature: string,
  method: HttpMethod,
  path: string,
  units: FeatureReading['units'],
): void {
  const table = RATE_TABLES[units];
  const behavior: ConvertBehavior = {
    kind: 'compute',
    operation: 'convert',
    inputs: { amount: 'amount', from: 'from', to: 'to' },
    rates: { ...table.rates },
    decimals: table.decimals,
    output: 'result',
  };
  b.endpoint(method, path, behavior, feature);
}

function aggregateEndpoint(
  b: ContractBuilder,
  feature: string,
  path: string,
  operation: FeatureReading['aggregate'],
): void {
  b.endpoint(
    'POST',
    path,
    { kind: 'compute', operation, inputs: { values: 'values' }, decimals: 2, output: 'result' },
    feature,
  );
}

/** String fields a search looks in: the wanted ones (added when missing), else the resource's strings. */
export function searchFields(b: ContractBuilder, resource: string, wanted: string[]): string[] {
  const r = b.resource(resource);
  for (const name of wanted) {
    if (!r.fields.some((f) => f.name === name)) b.ensureField(resource, textField(name, false));
  }
  const strings = wanted.filter((name) => r.fields.find((f) => f.name === name)?.type === 'string');
  if (strings.length > 0) return strings;
  const any = r.fields.filter((f) => f.type === 'string').map((f) => f.name);
  if (any.length > 0) return any.slice(0, 2);
  b.ensureField(resource, textField('name', false));
  return ['name'];
}

/** Adds the endpoint for one action on a resource (flat collection paths; child creates under the parent). */
function actOn(
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
            parent: { resource: parent, param: 'id', field: `${parent.replace(/-/g, '_')}_id` },
          },
          feature,
        );
      } else b.ensureCreate(resource, feature);
      return;
    case 'list':
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
      const segment = meaning.value === undefined ? `toggle-${meaning.field}` : meaning.field;
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
    case 'release':
      b.ensureField(
        resource,
        flagField('reserved', `Whether the ${resource.replace(/-/g, ' ')} is reserved`),
      );
      b.endpoint(
        'POST',
        `${item()}/${action}`,
        { kind: action, resource, param: 'id', field: 'reserved' },
        feature,
      );
      break;
    default:
      return;
  }
  // Every other action needs records to act on, so the resource must be creatable.
  if (parent) actOn(b, resource, 'create', r, feature);
  else b.ensureCreate(resource, feature);
}

const CRUD_LITE: Action[] = ['create', 'get', 'list'];
const CRUD_FULL: Action[] = ['create', 'list', 'get', 'update', 'delete'];

function realiseLiteral(b: ContractBuilder, ctx: DesignContext, feature: string, r: FeatureReading): void {
  const { method, path } = r.literal ?? { method: 'GET', path: '/' };
  const segs = path.split('/').filter((s) => s !== '');
  const last = segs[segs.length - 1] ?? '';
  const lastIsParam = isParam(last);
  const statics = segs.filter((s) => !isParam(s));
  const wordSeg = [...statics].reverse().find((s) => /^[a-z][a-z0-9-]*$/.test(s) && !/^(api|v\d+)$/.test(s));
  const a = new Set(r.actions);
  const nounOf = (segment: string | undefined) => {
    if (!segment || segment.length < 2) return r.noun ?? ctx.main;
    const word = segment.replace(/-/g, '');
    return knownNoun(word) ?? kebabName(singular(segment), ctx.main);
  };
  const parentPath = segs.slice(0, -1);
  const collection = `/${parentPath.join('/')}`;
  const actionSegment = !lastIsParam && parentPath.length >= 2 && isParam(parentPath[parentPath.length - 1]);

  if (method === 'GET') {
    if (lastIsParam && a.has('redirect')) {
      redirectEndpoint(b, ctx, feature, path, paramName(last));
      return;
    }
    if (lastIsParam) {
      const resource = nounOf(parentPath.filter((s) => !isParam(s)).pop());
      if (parentPath.length > 0) b.claimCollection(resource, collection);
      b.resource(resource);
      b.endpoint('GET', path, { kind: 'get', resource, param: paramName(last) }, feature);
      b.ensureCreate(resource, feature);
      return;
    }
    if (a.has('search') && wordSeg) {
      const resource = nounOf(last === 'search' ? statics[statics.length - 2] : wordSeg);
      b.endpoint(
        'GET',
        path,
        { kind: 'search', resource, query_param: 'q', fields: searchFields(b, resource, r.byFields) },
        feature,
      );
      b.ensureCreate(resource, feature);
      return;
    }
    const pluralSegment = wordSeg !== undefined && singular(wordSeg) !== wordSeg;
    if (
      wordSeg &&
      !STATIC_SEGMENTS.has(wordSeg) &&
      !path.includes('{') &&
      (pluralSegment || a.has('list') || r.all)
    ) {
      const resource = nounOf(wordSeg);
      b.claimCollection(resource, path);
      b.resource(resource, wordSeg === resource ? plural(resource) : kebabName(wordSeg, plural(resource)));
      b.endpoint('GET', path, { kind: 'list', resource }, feature);
      b.ensureCreate(resource, feature);
      return;
    }
    b.endpoint(
      'GET',
      path,
      { kind: 'static', status: 200, body: staticBody(ctx, method, path, wordSeg, r) },
      feature,
    );
    return;
  }

  if (method === 'POST') {
    if (a.has('replay') && lastIsParam) {
      replayEndpoint(b, anyReceiver(b, ctx, feature), feature, path);
      return;
    }
    if (a.has('webhook') || statics.some((s) => s.startsWith('webhook'))) {
      const provider = r.vendor ?? VENDORS.find((v) => statics.includes(v)) ?? ctx.vendor;
      webhookReceiver(b, provider, feature, path);
      return;
    }
    if (a.has('convert')) {
      convertEndpoint(b, feature, 'POST', path, r.units);
      return;
    }
    if (a.has('aggregate')) {
      aggregateEndpoint(b, feature, path, r.aggregate);
      return;
    }
  }

  if (method === 'POST' && !lastIsParam && !actionSegment) {
    const parentSeg = parentPath[parentPath.length - 1];
    if (
      parentSeg !== undefined &&
      isParam(parentSeg) &&
      parentPath.length >= 2 &&
      !isParam(parentPath[parentPath.length - 2])
    ) {
      const parent = nounOf(parentPath[parentPath.length - 2]);
      const child = nounOf(last);
      const parentCollection = `/${parentPath.slice(0, -1).join('/')}`;
      b.claimCollection(parent, parentCollection);
      b.resource(child, kebabName(last, plural(child)));
      b.ensureCreate(parent, feature);
      const param = paramName(parentSeg);
      b.endpoint(
        'POST',
        path,
        {
          kind: 'create',
          resource: child,
          parent: { resource: parent, param, field: `${parent.replace(/-/g, '_')}_id` },
        },
        feature,
      );
      return;
    }
    const resource = nounOf(wordSeg);
    b.claimCollection(resource, path);
    b.resource(
      resource,
      wordSeg && wordSeg !== resource ? kebabName(wordSeg, plural(resource)) : plural(resource),
    );
    b.endpoint('POST', path, { kind: 'create', resource }, feature);
    return;
  }

  // Item-level writes: /things/{id} or /things/{id}/<action>.
  const idParam = lastIsParam
    ? paramName(last)
    : actionSegment
      ? paramName(parentPath[parentPath.length - 1])
      : null;
  if (idParam !== null) {
    const resourceSeg = (lastIsParam ? parentPath : parentPath.slice(0, -1)).filter((s) => !isParam(s)).pop();
    const resource = nounOf(resourceSeg);
    const base = lastIsParam ? collection : `/${parentPath.slice(0, -1).join('/')}`;
    if (base !== '/') b.claimCollection(resource, base);
    b.resource(resource);
    const acts = new Set<Action | null>([...r.actions, ...(actionSegment ? words(last).map(actionOf) : [])]);
    let behavior: Behavior;
    if (method === 'DELETE') behavior = { kind: 'delete', resource, param: idParam };
    else if (acts.has('reserve') || acts.has('release')) {
      const kind = acts.has('release') ? 'release' : 'reserve';
      b.ensureField(
        resource,
        flagField('reserved', `Whether the ${resource.replace(/-/g, ' ')} is reserved`),
      );
      behavior = { kind, resource, param: idParam, field: 'reserved' };
    } else if (acts.has('toggle') || (actionSegment && !lastIsParam)) {
      const meaning = r.toggle ?? { field: kebabName(last, 'done').replace(/-/g, '_'), value: true };
      b.ensureField(
        resource,
        flagField(meaning.field, `Whether the ${resource.replace(/-/g, ' ')} is ${meaning.field}`),
      );
      behavior =
        meaning.value === undefined
          ? { kind: 'toggle', resource, param: idParam, field: meaning.field }
          : { kind: 'toggle', resource, param: idParam, field: meaning.field, value: meaning.value };
    } else behavior = { kind: 'update', resource, param: idParam };
    b.endpoint(method, path, behavior, feature);
    b.ensureCreate(resource, feature);
    return;
  }
  b.endpoint(
    method,
    path,
    { kind: 'static', status: 200, body: staticBody(ctx, method, path, wordSeg, r) },
    feature,
  );
}

function staticBody(
  ctx: DesignContext,
  method: HttpMethod,
  path: string,
  segment: string | undefined,
  r: FeatureReading,
): unknown {
  const greeting = (segment && GREETING_SEGMENTS.has(segment)) || r.noun === 'hello' || r.noun === 'greeting';
  if (greeting) return { message: 'Hello, world!' };
  if (segment === 'ping') return { message: 'pong' };
  if (segment === 'version' || segment === 'info' || segment === 'about')
    return { name: ctx.serviceName, version: '1.0.0' };
  if (segment === 'status' || segment === 'health' || words(r.literal?.path ?? '').includes('status'))
    return { status: 'ok' };
  return { service: ctx.serviceName, endpoint: `${method} ${path}`, ok: true };
}

/** Adds the endpoints that realise one key feature. Safe to call again: endpoints are shared, never duplicated. */
export function realiseFeature(b: ContractBuilder, ctx: DesignContext, feature: string, index: number): void {
  const r = readFeature(feature);
  if (r.literal) {
    realiseLiteral(b, ctx, feature, r);
    return;
  }
  const a = new Set(r.actions);
  if (a.has('webhook') || a.has('replay')) {
    const receiver = a.has('webhook')
      ? webhookReceiver(b, r.vendor ?? ctx.vendor, feature)
      : anyReceiver(b, ctx, feature);
    replayEndpoint(b, receiver, feature);
    return;
  }
  if (a.has('redirect')) redirectEndpoint(b, ctx, feature, '/r/{code}', 'code');
  else if (a.has('convert')) convertEndpoint(b, feature, 'POST', '/convert', r.units);
  else if (a.has('aggregate')) aggregateEndpoint(b, feature, `/${r.aggregate}`, r.aggregate);
  if (a.has('redirect') || a.has('convert') || a.has('aggregate')) return;

  let resource = r.noun;
  let actions: Action[] = r.actions.filter((x) => x !== 'manage' && x !== 'integrate' && x !== 'view');
  if (a.has('view')) actions.push(r.all || r.nounIsPlural ? 'list' : 'get');
  if (a.has('manage')) actions = [...CRUD_FULL, ...actions];
  if (a.has('integrate') || actions.length === 0) actions = [...CRUD_LITE, ...actions];
  if (resource === null) {
    const understood = r.actions.length > 0 || r.vendor !== null;
    if (understood) {
      resource = ctx.main;
      note(
        ctx,
        'Endpoints',
        `Feature ${index + 1} names no resource; it is read as operations on the main resource "${ctx.main}".`,
      );
    } else {
      // Nothing readable (another script, symbols): a real record collection with a stable ASCII name.
      const hash = shortHash(feature);
      resource = `item-${index + 1}-${hash}`;
      b.resource(
        resource,
        `items-${index + 1}-${hash}`,
        `Records for key feature ${index + 1}, whose text is kept verbatim as data.`,
      );
      note(
        ctx,
        'Endpoints',
        `Feature ${index + 1} could not be read word by word; it is modelled as the record collection /items-${index + 1}-${hash} (create, get, list).`,
      );
    }
  }
  b.resource(resource);
  for (const action of [...new Set(actions)]) actOn(b, resource, action, r, feature);
}

/** Documents every endpoint, declares the config it needs and writes the acceptance checks. */
export function finishContract(b: ContractBuilder, withErrorChecks: boolean): SpecContract {
  b.completeConfig();
  for (const e of b.contract.endpoints) completeEndpoint(b.contract, e);
  b.contract.acceptance = completeAcceptance(b.contract, withErrorChecks);
  return b.contract;
}

/**
 * The offline spec builder's design: endpoints for every key feature, documented from their behaviours, with
 * happy-path acceptance checks. It is an honest first draft: error-path checks and non-functional targets are
 * left for the optimizer.
 */
export function designSpec(intent: IntentInput): { contract: SpecContract; notes: DesignNotes } {
  const b = ContractBuilder.forIntent(intent);
  const ctx = designContext(intent);
  intent.key_features.forEach((feature, index) => realiseFeature(b, ctx, feature, index));
  for (const e of b.contract.endpoints) {
    if (
      e.path.startsWith('/api/') &&
      e.features.some((f) => readFeature(f).literal?.path === e.path.slice(4))
    ) {
      note(
        ctx,
        'Endpoints',
        `${e.method} ${e.path.slice(4)} is served at ${e.path}: ${e.path.slice(4)} belongs to the UDC contract.`,
      );
    }
  }
  return { contract: finishContract(b, false), notes: ctx.notes };
}
