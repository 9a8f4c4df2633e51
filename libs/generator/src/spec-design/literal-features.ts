import { balanceAdjust } from './balance-moves';
import {
  asksEventBodies,
  asksNewestFirst,
  asksReplace,
  machineFields,
  readFeatureLiterals,
  readFixedAnswer,
  type Behavior,
  type FieldSpec,
  type HttpMethod,
  type LiteralField,
  redeliversEvents,
} from '@sf/service-spec';
import {
  aggregateEndpoint,
  anyReceiver,
  convertEndpoint,
  redirectEndpoint,
  replayEndpoint,
  searchFields,
  webhookReceiver,
} from './behavior-endpoints';
import type { ContractBuilder } from './contract-builder';
import type { DesignContext } from './design-context';
import type { FeatureReading } from './feature-reader';
import {
  STATIC_SEGMENTS,
  VENDORS,
  actionOf,
  knownNoun,
  plural,
  singular,
  words,
  type Action,
} from './lexicon';
import { capacityField, saysFull } from './capacity-features';
import { kebabName } from './naming';
import { asksRedirect, redirectStatus } from './link-features';
import { asksListQuery } from './list-query-design';
import { withUniqueNamed } from './named-fields';
import { applyWrittenRule, literalAdjust, literalBodyAdjust } from './record-rules-design';
import { flagField, writtenField } from './samples';
import { holdFlagFor, holdFlagWords, holderField, holderFor } from './hold-flags';
import { readsAsWebhooks, readsReceivedEvents, replaysEvents, writtenEnvelope } from './webhook-features';
import { realiseActionMove } from './action-machines';
import { realiseStateRoute } from './state-routes';

/** Literal paths that greet: `GET /hello` answers a JSON greeting. */
const GREETING_SEGMENTS = new Set('hello hi greeting greet welcome hola bonjour hallo ola'.split(' '));

function isParam(segment: string): boolean {
  return segment.startsWith('{');
}

function paramName(segment: string): string {
  return segment.slice(1, -1);
}

/** Words of what was received (six languages, folded), for a list that names no events. */
const RECEIVED_WORDS =
  /\b(?:received|arrived|empfangen\w*|eingegangen\w*|recibid\w*|llegad\w*|recus?|recues?|arrives?|ricevut\w*|arrivat\w*|recebid\w*|chegad\w*)\b/;

/**
 * Whether `GET <path>` lists what the one signed receiver at a prefix of `path` received ("GET
 * /notifications/refunds/log lists what was received" beside `POST /notifications/refunds`): a list, or what
 * was received, read under the receiver's own path, names no records of its own.
 */
function listsUnderReceiver(b: ContractBuilder, path: string, feature: string, lists: boolean): boolean {
  if (path.includes('{')) return false;
  const receivers = b.contract.endpoints.filter((e) => e.behavior.kind === 'webhook_receive');
  if (receivers.length !== 1 || !path.startsWith(`${receivers[0].path}/`)) return false;
  const folded = feature.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return lists || RECEIVED_WORDS.test(folded);
}

/**
 * Adds the endpoint a feature that names its route (`METHOD /path`) asks for, read from the path: a record
 * collection, an item, a child create, an item action, a webhook, a computation, else a static answer.
 */
export function realiseLiteral(
  b: ContractBuilder,
  ctx: DesignContext,
  feature: string,
  r: FeatureReading,
): void {
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

  // "POST /events responds 202 {"received": true}", "POST /ping answers 204 with no body": exactly that answer.
  const fixed = readFixedAnswer(feature);
  const special = ['webhook', 'replay', 'convert', 'aggregate', 'redirect'] as const;
  if (
    fixed &&
    fixed.route.method === method &&
    fixed.route.path === path &&
    !special.some((x) => a.has(x)) &&
    !statics.some((s) => s.startsWith('webhook')) &&
    !readsAsWebhooks(feature)
  ) {
    b.endpoint(method, path, { kind: 'static', status: fixed.status, body: fixed.body ?? null }, feature);
    return;
  }

  if (method === 'GET') {
    // "GET /webhooks/events lists the received events": what a receiver stored, not records of their own.
    const made = b.contract.endpoints.some((e) => e.behavior.kind === 'webhook_receive');
    if (readsReceivedEvents(feature, made) || listsUnderReceiver(b, path, feature, a.has('list'))) {
      const receiver = anyReceiver(b, ctx, feature);
      const envelope = lastIsParam ? undefined : writtenEnvelope(feature);
      const read = lastIsParam
        ? { param: paramName(last) }
        : {
            ...(asksNewestFirst(feature) ? { order: 'newest_first' as const } : {}),
            ...(envelope !== undefined ? { envelope } : {}),
            ...(asksEventBodies(feature) ? { items: 'bodies' as const } : {}),
          };
      const list = b.endpoint(
        'GET',
        path,
        { kind: 'webhook_events', receiver: receiver.id, ...read },
        feature,
      );
      // The list another feature made at this route takes what this one writes of its order and shape.
      if (list.behavior.kind === 'webhook_events' && list.behavior.param === undefined)
        Object.assign(list.behavior, read);
      return;
    }
    if (lastIsParam && (a.has('redirect') || asksRedirect(feature))) {
      redirectEndpoint(b, ctx, feature, path, paramName(last), redirectStatus(feature));
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
    // "GET /assets?kind=&min_cost=&max_cost= filters …" is a list with query options (list-query-design), not a
    // text search: only a route ending in /search, or one without list options, searches.
    if (a.has('search') && wordSeg && (last === 'search' || !asksListQuery(feature))) {
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
    // "POST /events/{id}/replay re-sends the stored event to the configured URL": a replay, never a flag.
    // `POST /events/{id}/replay replays a stored event`: the replay of the event the parameter names.
    const replaying = a.has('replay') || actionOf(last.replace(/-/g, '')) === 'replay';
    const replays = replaying && (lastIsParam || (actionSegment && replaysEvents(feature)));
    if (replays || (redeliversEvents(feature) && segs.some(isParam))) {
      replayEndpoint(b, anyReceiver(b, ctx, feature), feature, path);
      return;
    }
    if (a.has('webhook') || statics.some((s) => s.startsWith('webhook')) || readsAsWebhooks(feature)) {
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
    const tally = literalBodyAdjust(b, feature, path);
    if (tally) {
      b.endpoint('POST', path, tally.behavior, feature);
      return;
    }
    const resource = nounOf(wordSeg);
    b.claimCollection(resource, path);
    b.resource(
      resource,
      wordSeg && wordSeg !== resource ? kebabName(wordSeg, plural(resource)) : plural(resource),
    );
    useWrittenFields(b, resource, feature);
    b.endpoint('POST', path, { kind: 'create', resource }, feature);
    return;
  }

  // "POST /talleres/{id}/inscripciones … si el taller ya está lleno devuelve 409": children taking the parent's
  // places, 409 FULL once they are all taken.
  if (method === 'POST' && actionSegment && saysFull(feature)) {
    const parentSeg = parentPath[parentPath.length - 1];
    const parent = nounOf(parentPath[parentPath.length - 2]);
    const places = capacityField(b.contract.resources.find((x) => x.name === parent));
    const child = nounOf(last);
    if (places !== null && child !== parent && actionOf(last.replace(/-/g, '')) === null) {
      b.claimCollection(parent, `/${parentPath.slice(0, -1).join('/')}`);
      b.resource(child, kebabName(last, plural(child)));
      useWrittenFields(b, child, feature);
      b.ensureCreate(parent, feature);
      b.endpoint(
        'POST',
        path,
        {
          kind: 'create',
          resource: child,
          parent: {
            resource: parent,
            param: paramName(parentSeg),
            field: `${parent.replace(/-/g, '_')}_id`,
            capacity: { parent_field: places },
          },
        },
        feature,
      );
      return;
    }
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
    // "POST /cards/{code}/redeem {"amount": number}" moves a balance; "/items/{sku}/withdraw" a stock level.
    const adjust =
      actionSegment && method === 'POST'
        ? (balanceAdjust(b, feature, resource, idParam, last) ??
          literalAdjust(b, feature, resource, idParam, last))
        : null;
    if (adjust) {
      b.endpoint(method, path, adjust, feature);
      if (!adjust.create_missing) b.ensureCreate(resource, feature);
      return;
    }
    // "POST /tickets/{id}/status with {"status": s}: open -> in_progress -> …": the state the body names.
    if (
      actionSegment &&
      (method === 'POST' || method === 'PUT' || method === 'PATCH') &&
      realiseStateRoute(b, feature, resource, idParam, method, path)
    ) {
      b.ensureCreate(resource, feature);
      return;
    }
    // "POST /polls/{id}/close → 200 {"state": "closed"}": a move of the poll's state, not a flag.
    if (
      actionSegment &&
      (method === 'POST' || method === 'PUT' || method === 'PATCH') &&
      realiseActionMove(b, feature, resource, idParam, method, path)
    ) {
      b.ensureCreate(resource, feature);
      return;
    }
    let behavior: Behavior;
    if (method === 'DELETE') {
      // "DELETE /trucks/{id} -> 204": an empty 204 instead of the default 200 with the deleted id.
      const empty = readFeatureLiterals(feature).statuses.includes(204);
      behavior = { kind: 'delete', resource, param: idParam, ...(empty ? { status: 204 as const } : {}) };
    } else if (acts.has('reserve') || acts.has('release')) {
      const kind = acts.has('release') ? 'release' : 'reserve';
      const flag = holdFlagFor(b, resource, feature);
      const holder = holderFor(b, resource, feature);
      b.ensureField(
        resource,
        flagField(flag, `Whether the ${resource.replace(/-/g, ' ')} is ${holdFlagWords(flag)}`),
      );
      if (holder) b.ensureField(resource, holderField(holder, resource, flag, feature));
      behavior = holder
        ? { kind, resource, param: idParam, field: flag, holder }
        : { kind, resource, param: idParam, field: flag };
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
    } else {
      // "PUT /x/{id} replaces the x": the body is the whole record (CONTRACT.md, update with replace).
      const replace = method === 'PUT' && asksReplace(feature);
      // "PATCH /items/{sku} with {"quantity": integer} sets the quantity": exactly the fields it names.
      // The record's fields may come from a later feature: the contract check refuses a name it never holds.
      const sent = method === 'PATCH' ? readFeatureLiterals(feature).request.map((f) => f.name) : [];
      const fields = sent.length > 0 ? { fields: sent } : {};
      behavior = { kind: 'update', resource, param: idParam, ...(replace ? { replace } : fields) };
    }
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

const WRITTEN_TYPES: Record<NonNullable<LiteralField['type']>, FieldSpec['type'] | null> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  array: null,
  object: 'object',
};

/** The contract's array types for the elements a feature writes (`[strings]`); booleans have none. */
const ARRAY_TYPES: Record<NonNullable<LiteralField['element']>, FieldSpec['type'] | null> = {
  string: 'string[]',
  number: 'number[]',
  integer: 'number[]',
  boolean: null,
};

/**
 * The request shape a create feature writes out becomes the resource's fields, exactly: its names, types,
 * listed values, optional marks and the rules the contract can hold ("integer >= 0" as bounds, "ISO datetime"
 * as a date-time). Only when every field has a type and a snake_case name; a rule the contract cannot hold is
 * left for the fidelity gate to name.
 */
export function useWrittenFields(b: ContractBuilder, resource: string, feature: string): void {
  const written = readFeatureLiterals(feature).request.filter((f) => f.name !== 'id');
  if (written.length === 0) return;
  const fields: FieldSpec[] = [];
  for (const w of written) {
    const type =
      w.type === 'array' ? ARRAY_TYPES[w.element ?? 'boolean'] : w.type ? WRITTEN_TYPES[w.type] : null;
    if (!type || !/^[a-z][a-z0-9_]*$/.test(w.name)) return;
    const field = writtenField(w.name, type, !w.optional, w.enum);
    // A rule the contract can hold (bounds, a date-time) is kept; any other stays for the gate to name.
    if (w.rule) applyWrittenRule(field, w.rule);
    // "integer 1-10 (default 1)": an omitted field takes its written default.
    if (field.default !== undefined) field.required = false;
    fields.push(field);
  }
  // A state a route moves (designed before this create) stays: the machine sets it, the create never sends it;
  // the answer's "status": "open" is its first state, so the machine's field (with its states) is kept for it.
  const driven = machineFields(b.contract, resource);
  const machine = b.resource(resource).fields.filter((f) => driven.includes(f.name));
  const started = startingValues(feature, fields).map(
    (f) => machine.find((m) => m.name === f.name && m.default === f.default) ?? f,
  );
  fields.push(...started);
  const kept = machine.filter((f) => !fields.some((x) => x.name === f.name));
  b.resource(resource).fields = [...withUniqueNamed(feature, fields), ...kept];
}

/**
 * The fields a create's written answer holds with one value and its request does not send (`201 {"id", "title",
 * "status": "open"}`, `"votes": 0`): where every record starts. Each becomes an optional field whose default is
 * that value, so a create that leaves it out answers it; a field written without a value (`"score": number`) is
 * left for the gate to name, for nothing would fill it.
 */
function startingValues(feature: string, sent: FieldSpec[]): FieldSpec[] {
  const started: FieldSpec[] = [];
  for (const w of readFeatureLiterals(feature).response) {
    if (w.name === 'id' || sent.some((f) => f.name === w.name) || !/^[a-z][a-z0-9_]*$/.test(w.name)) continue;
    if (started.some((f) => f.name === w.name)) continue;
    if (stampedWhenCreated(w)) {
      started.push({
        name: w.name,
        type: 'string',
        required: false,
        description: `When the record was created (ISO 8601, UTC), set by the service`,
        example: '2024-07-01T09:00:00.000Z',
        format: 'date-time',
        generate: 'now',
      });
      continue;
    }
    if (w.enum?.length !== 1) continue;
    const value = w.enum[0];
    const type = typeof value === 'string' ? 'string' : Number.isInteger(value) ? 'integer' : 'number';
    const label = w.name.replace(/_/g, ' ');
    started.push({
      name: w.name,
      type,
      required: false,
      description: `The record's ${label}; every new record starts with ${JSON.stringify(value)}, as the create's answer writes it`,
      // Not sent by the worked examples, which then show the create answering it.
      example: null,
      default: value,
    });
  }
  return started;
}

/** Names of the instant a record was created, in the languages intents are written in (snake_case). */
const CREATED_NAME =
  /^(?:created(?:_at|_on)?|creation_(?:date|time)|date_(?:creation|creazione|criacao)|fecha_(?:creacion|alta)|erstellt(?:_am)?|angelegt(?:_am)?|creado(?:_en|_el)?|cree_le|creato(?:_il)?|criado(?:_em)?|data_(?:creazione|criacao))$/;

/** A creation instant a create's answer writes (`"created_at": date-time`): the service stamps it. */
function stampedWhenCreated(w: LiteralField): boolean {
  if (!CREATED_NAME.test(w.name) || w.enum !== undefined) return false;
  return w.rule === 'ISO datetime' || (w.rule === undefined && (w.type === undefined || w.type === 'string'));
}
