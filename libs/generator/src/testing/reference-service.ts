import { runCatalogFunction } from '../catalog/testing/run-function';
import { ReferenceQuotas, rankingEntries, withQuotaAliases } from './reference-quota';
import { referenceList } from './reference-list';
import { ReferenceBallots, type BallotAnswer } from './reference-ballots';
import { timingSafeEqual } from 'node:crypto';
import { devSecret, hmacDigest, stripeDigest, stripeSignature } from '../spec-design/acceptance-steps';
import {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  DUPLICATE_EVENT_CODE,
  GUARD_QUOTA,
  guardQuotaOf,
  missingStatus,
  REPLAY_FAILED_CODE,
  deliversReplays,
  listedEvents,
  knownReplayFailure,
  webhookAnswer,
  errorBodyOf,
  errorBodyShape,
  hasListOptions,
  routeRequest,
  type AcceptanceCheck,
  type AcceptanceRequest,
  type Behavior,
  type EndpointSpec,
  type FunctionBehavior,
  type FieldSpec,
  type QuotaBehavior,
  type SpecContract,
  instantOf,
  isDateTime,
  isWebUrl,
  isCalendarDate,
  isHexString,
  isEmailAddress,
  isCheckedFormat,
  withinLength,
  objectArrayProblems,
  withinBounds,
  type ResourceSpec,
  machineFields,
  stampedFields,
  isShapeExpectation,
  matchesShape,
  clockValue,
  notAfterToday,
} from '@sf/service-spec';
import { fieldFormatCheck } from '../catalog/field-formats';

/** A received event as the reference keeps it: the event, its replays and the last replay's attempt. */
interface StoredReferenceEvent {
  event: Json;
  type: string | null;
  replays: number;
  last_replay: { ok: boolean; status_code: number | null; error: string | null } | null;
}

/** A response of the {@link ReferenceService}. */
export interface ReferenceResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

type Json = Record<string, unknown>;

function error(status: number, code: string): ReferenceResponse {
  return { status, headers: {}, body: { error: { code, message: code.toLowerCase().replace(/_/g, ' ') } } };
}

function ok(status: number, body: unknown, headers: Record<string, string> = {}): ReferenceResponse {
  return { status, headers, body };
}

/** Decimal notation as the generated kit reads it (`12`, `-0.5`, `1e3`; not `0x10`, ` 12`, `Infinity`). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Query or path values read as their declared fields' types: a number or integer field's decimal text as a number. */
function typedQuery(query: Record<string, string>, fields: { name: string; type?: string }[]): Json {
  return Object.fromEntries(
    Object.entries(query).map(([k, v]) => {
      const type = fields.find((f) => f.name === k)?.type;
      const numeric =
        (type === 'number' || type === 'integer') && DECIMAL.test(v) && Number.isFinite(Number(v));
      return [
        k,
        numeric ? Number(v) : type === 'boolean' && (v === 'true' || v === 'false') ? v === 'true' : v,
      ];
    }),
  );
}

/** Query values, numbers parsed where they are numbers. */
function numericQuery(query: Record<string, string>): Json {
  return Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v]),
  );
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ascending: numbers numerically, text by code point, records without a value last (a stable sort keeps ties). */
function sortedBy(x: unknown, y: unknown): number {
  const absent = (v: unknown) => v === undefined || v === null;
  if (absent(x) || absent(y)) return Number(absent(x)) - Number(absent(y));
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const [a, b] = [text(x), text(y)];
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether an array holds as many elements as its field's `min_items` / `max_items` allow. */
function countOk(field: FieldSpec, value: unknown[]): boolean {
  return value.length >= (field.min_items ?? 0) && value.length <= (field.max_items ?? Infinity);
}

/** A ballot answer as a reference response. */
function ballot(a: BallotAnswer): ReferenceResponse {
  return 'code' in a ? error(a.status, a.code) : ok(a.status, a.body);
}

function typeOk(field: FieldSpec, value: unknown): boolean {
  switch (field.type) {
    case 'string':
      return typeof value === 'string' && (!field.required || field.allow_empty === true || value !== '');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') && countOk(field, value);
    case 'number[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'number' && Number.isFinite(v));
    case 'object':
      return isObject(value);
    case 'object[]':
      return objectArrayProblems(field, value).length === 0;
  }
}

/**
 * A `function` endpoint: its declared fields checked (required ones present, every present one of its type,
 * unknown body fields refused), then the catalog function's own answer or refusal with its status and code.
 */
function runFunction(
  e: EndpointSpec,
  b: FunctionBehavior,
  params: Record<string, string>,
  query: Record<string, string>,
  body: unknown,
): ReferenceResponse {
  const declared = e.method === 'GET' ? (e.request.query ?? []) : (e.request.body?.fields ?? []);
  const refused = b.refusal_status ?? 400;
  if (e.method !== 'GET' && !isObject(body)) return error(refused, 'VALIDATION_FAILED');
  const source: Json = {
    ...(e.method === 'GET' ? typedQuery(query, declared) : (body as Json)),
    ...typedQuery(params, e.request.params ?? []),
  };
  if (e.method !== 'GET' && e.request.body?.allow_unknown !== true) {
    if (Object.keys(body as Json).some((k) => !declared.some((f) => f.name === k))) {
      return error(refused, 'VALIDATION_FAILED');
    }
  }
  const input: Json = {};
  for (const [param, name] of Object.entries(b.inputs)) {
    const field = declared.find((f) => f.name === name);
    const value = source[name];
    if (value === undefined || value === null) {
      if (field?.required !== false) return error(refused, 'VALIDATION_FAILED');
      input[param] = field.default ?? null;
    } else if (
      field &&
      !(typeOk(field, value) && (typeof value !== 'number' || withinBounds(field, value)))
    ) {
      return error(refused, 'VALIDATION_FAILED');
    } else input[param] = value;
  }
  const result = runCatalogFunction(b.function, input, b.options ?? {});
  if (!result.ok)
    return result.code === undefined
      ? error(refused, 'VALIDATION_FAILED')
      : error(result.status ?? 400, result.code);
  return ok(200, {
    ...Object.fromEntries(Object.entries(b.outputs).map(([name, f]) => [f, result.value[name]])),
    ...Object.fromEntries(Object.entries(b.echo ?? {}).map(([f, from]) => [f, source[from]])),
  });
}

function validBody(fields: FieldSpec[], body: unknown, partial: boolean, allowUnknown = false): body is Json {
  if (!isObject(body)) return false;
  if (partial && Object.keys(body).length === 0) return false;
  for (const key of Object.keys(body)) if (!allowUnknown && !fields.some((f) => f.name === key)) return false;
  for (const field of fields) {
    const value = body[field.name];
    if (value === undefined || value === null) {
      if (field.required && !partial) return false;
      continue;
    }
    if (!typeOk(field, value)) return false;
    if (typeof value === 'number' && !withinBounds(field, value)) return false;
    if (field.format === 'date-time' && !isDateTime(value)) return false;
    if (field.format === 'url' && !isWebUrl(value)) return false;
    if (field.format === 'date' && !isCalendarDate(value)) return false;
    if (field.format === 'hex' && !isHexString(value)) return false;
    if (field.format === 'email' && !isEmailAddress(value)) return false;
    if (isCheckedFormat(field.format) && !fieldFormatCheck(field.format).test(value)) return false;
    if (typeof value === 'string' && !withinLength(field, value)) return false;
    if (field.not_future === true && !notAfterToday(value)) return false;
  }
  return true;
}

/**
 * A test-only, in-memory interpreter of a contract's behaviours, following `libs/service-spec/CONTRACT.md`. It proves
 * that the acceptance pack the offline designer writes is exactly what a correct implementation answers.
 */
export class ReferenceService {
  private readonly records = new Map<string, Json[]>();
  /** Reads counted per record (`resource/id`) of a resource whose reads are limited, and the records used up. */
  private readonly reads = new Map<string, number>();
  private readonly usedUp = new Set<string>();
  private readonly events = new Map<string, Map<string, StoredReferenceEvent>>();
  private sequence = 0;
  private readonly quotas: ReferenceQuotas;
  private readonly ballots = new ReferenceBallots();
  /** The voters of each record an `adjust` with `voter_field` counted (`<resource> NUL <key>`). */
  private readonly upvoters = new Map<string, Set<string>>();

  constructor(readonly contract: SpecContract) {
    this.quotas = new ReferenceQuotas(contract);
  }

  /** Handles one request (path without query; `{vars}` already substituted); errors in the contract's shape. */
  handle(req: AcceptanceRequest): ReferenceResponse {
    const res = this.answer(req);
    const error = isObject(res.body) && isObject(res.body.error) ? res.body.error : undefined;
    if (res.status < 400 || !error) return res;
    // The error in the contract's shape; other fields of the body (a quota's remaining, reset) stay.
    const { error: _error, ...rest } = res.body as Record<string, unknown>;
    return {
      ...res,
      body: {
        ...rest,
        ...errorBodyOf(errorBodyShape(this.contract), String(error.code), String(error.message)),
      },
    };
  }

  private answer(req: AcceptanceRequest): ReferenceResponse {
    const route = routeRequest(this.contract, req.method, req.path);
    if (route.kind === 'not_found') return error(404, 'NOT_FOUND');
    if (route.kind === 'method_not_allowed') return error(405, 'METHOD_NOT_ALLOWED');
    const raw = req.body_text ?? (req.body === undefined ? '' : JSON.stringify(req.body));
    const e = route.endpoint;
    if (!e.guard) return this.serve(e, route.params, req, raw);
    const passed = this.guard(e.guard, req);
    if (passed.status !== 200) return passed;
    const res = this.serve(e, route.params, req, raw);
    const name = e.guard.quota?.answer_as;
    const body = res.body;
    if (
      name === undefined ||
      res.status >= 300 ||
      body === null ||
      typeof body !== 'object' ||
      Array.isArray(body)
    )
      return res;
    return { ...res, body: { ...body, [name]: (passed.body as { remaining: number }).remaining } };
  }

  /** The answer of endpoint `e` once its guard (if any) let the call in. */
  private serve(
    e: EndpointSpec,
    params: Record<string, string>,
    req: AcceptanceRequest,
    raw: string,
  ): ReferenceResponse {
    if (e.behavior.kind === 'webhook_receive') return this.receive(e.id, e.behavior, req, raw);
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      return error(400, 'MALFORMED_JSON');
    }
    if (e.behavior.kind === 'quota') {
      const headers = Object.fromEntries(
        Object.entries(req.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
      );
      return withQuotaAliases(e.behavior, this.quotas.hit(e.id, e.behavior, body, params, headers));
    }
    if (e.behavior.kind === 'quota_usage' && e.behavior.quota === GUARD_QUOTA) {
      const caller = Object.entries(req.headers ?? {}).find(([n]) => n.toLowerCase() === e.guard?.header);
      return this.guardUsage(caller?.[1].trim() ?? '');
    }
    if (e.behavior.kind === 'quota_usage') {
      const b = e.behavior;
      const quota = this.contract.endpoints.find((x) => x.id === b.quota)?.behavior;
      const read = this.quotas.usage(b, params[b.param] ?? '');
      return quota?.kind === 'quota' ? withQuotaAliases(quota, read) : read;
    }
    if (e.behavior.kind === 'function') {
      return runFunction(e, e.behavior, params, req.query ?? {}, body);
    }
    return this.apply(
      e.behavior,
      e.request.body?.allow_unknown ?? false,
      params,
      req.query ?? {},
      body,
      e.method,
    );
  }

  /**
   * An endpoint guard (header-guard.ts): 401 without the header (or with it empty); with a quota, the header's
   * value counted in one fixed window across every guarded endpoint, 429 past the limit. A 200 lets the call in,
   * its body `remaining` the calls left after it.
   */
  private guard(guard: NonNullable<EndpointSpec['guard']>, req: AcceptanceRequest): ReferenceResponse {
    const headers = Object.fromEntries(
      Object.entries(req.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    if ((headers[guard.header] ?? '').trim() === '') return error(missingStatus(guard), 'MISSING_API_KEY');
    if (!guard.quota) return { status: 200, headers: {}, body: {} };
    const counted: QuotaBehavior = {
      kind: 'quota',
      key_field: 'key',
      key_header: guard.header,
      limit: guard.quota.limit,
      window_seconds: guard.quota.window_seconds,
    };
    return this.quotas.hit(`guard ${guard.header}`, counted, undefined, {}, headers);
  }

  /** The guards' quota read for one caller (GUARD_QUOTA): its count in its current window, never counted. */
  private guardUsage(caller: string): ReferenceResponse {
    const guarded = this.contract.endpoints.find((x) => x.guard?.quota);
    const quota = guardQuotaOf(this.contract.endpoints);
    if (!guarded?.guard || !quota) return { status: 500, headers: {}, body: null };
    const read = this.quotas.windowOf(`guard ${guarded.guard.header}`, quota.window_seconds, caller);
    const remaining = quota.limit - read.count;
    return {
      status: 200,
      headers: {},
      body: {
        count: read.count,
        limit: quota.limit,
        remaining,
        reset_seconds: read.reset,
        ...(quota.remaining_as ? { [quota.remaining_as]: remaining } : {}),
        ...(quota.count_as ? { [quota.count_as]: read.count } : {}),
      },
    };
  }

  private store(resource: string): Json[] {
    let list = this.records.get(resource);
    if (!list) {
      list = [];
      this.records.set(resource, list);
    }
    return list;
  }

  /**
   * One read of `record` (ReadLimitRule): the read that reaches the record's limit (its own positive integer field,
   * else `count`, else 1) still answers it; the record is gone afterwards.
   */
  private countRead(resource: string, record: Json): void {
    const rule = this.resource(resource)?.reads;
    if (!rule) return;
    const own = rule.field === undefined ? undefined : record[rule.field];
    const limit = typeof own === 'number' && Number.isInteger(own) && own > 0 ? own : (rule.count ?? 1);
    const key = `${resource}/${String(record.id)}`;
    const read = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, read);
    if (read < limit) return;
    this.records.set(
      resource,
      this.store(resource).filter((r) => r !== record),
    );
    this.usedUp.add(key);
    const named = this.resource(resource)?.key;
    if (named !== undefined) this.usedUp.add(`${resource}/${String(record[named])}`);
  }

  private resource(name: string): ResourceSpec | undefined {
    return this.contract.resources.find((r) => r.name === name);
  }

  /** What a record of `key` holds before anything touched it (an adjusted `target` field starts at 0). */
  private fresh(resource: string, key: string, target: string | null): Json {
    const r = this.resource(resource);
    const record: Json = { [r?.key ?? 'id']: key };
    for (const f of r?.fields ?? []) {
      if (f.name === r?.key) continue;
      record[f.name] = f.default ?? (f.name === target ? 0 : null);
    }
    return record;
  }

  /** 400 when `end` is not after `start`, 409 when the interval overlaps (or comes within the buffer of) another record of its scope. */
  private intervalError(resource: string, body: Json, self: Json | null): ReferenceResponse | null {
    const iv = this.resource(resource)?.interval;
    if (!iv) return null;
    const start = instantOf(body[iv.start]);
    const end = instantOf(body[iv.end]);
    if (!(end > start)) return error(400, 'VALIDATION_FAILED');
    if (!iv.no_overlap) return null;
    const scope = iv.no_overlap;
    const gap = (iv.gap_minutes ?? 0) * 60_000;
    const clash = this.store(resource).some(
      (other) =>
        other !== self &&
        scope.every((name) => other[name] === body[name]) &&
        instantOf(other[iv.start]) < end + gap &&
        start < instantOf(other[iv.end]) + gap,
    );
    return clash ? error(409, 'CONFLICT') : null;
  }

  /** A PUT that replaces: the body is the whole record; the key and a made code may stay as they were. */
  private replace(resource: string, record: Json, body: unknown): ReferenceResponse {
    const key = this.resource(resource)?.key;
    const kept = (f: FieldSpec) => f.name === key || f.generate !== undefined;
    const fields = this.fields(resource).map((f) => (kept(f) ? { ...f, required: false } : f));
    if (!validBody(fields, body, false) || !isObject(body)) return error(400, 'VALIDATION_FAILED');
    const next: Json = { ...record };
    for (const f of fields) {
      if (body[f.name] !== undefined && body[f.name] !== null) next[f.name] = body[f.name];
      else if (!kept(f)) next[f.name] = f.default ?? null;
    }
    const interval = this.intervalError(resource, next, record);
    if (interval) return interval;
    Object.assign(record, next);
    return ok(200, record);
  }

  /** Whether a create or update body sets a state only a machine moves, or an instant the service stamps. */
  private setsMachineField(resource: string, body: unknown): boolean {
    const set = [...machineFields(this.contract, resource), ...stampedFields(this.resource(resource))];
    return isObject(body) && set.some((f) => body[f] !== undefined);
  }

  private fields(resource: string): FieldSpec[] {
    return this.contract.resources.find((r) => r.name === resource)?.fields ?? [];
  }

  private apply(
    b: Exclude<Behavior, { kind: 'webhook_receive' | 'quota' | 'quota_usage' }>,
    allowUnknown: boolean,
    params: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
    method: string,
  ): ReferenceResponse {
    const find = (resource: string, id: string | undefined) => {
      const keyField = this.resource(resource)?.key ?? 'id';
      return this.store(resource).find((r) => r[keyField] === id);
    };
    switch (b.kind) {
      case 'create': {
        const fields = this.fields(b.resource);
        if (b.parent && !find(b.parent.resource, params[b.parent.param])) return error(404, 'NOT_FOUND');
        if (!validBody(fields, body, false, allowUnknown)) return error(400, 'VALIDATION_FAILED');
        if (this.setsMachineField(b.resource, body)) return error(400, 'VALIDATION_FAILED');
        const interval = this.intervalError(b.resource, body, null);
        if (interval) return interval;
        for (const f of fields.filter((x) => x.unique)) {
          const same = (v: unknown) =>
            f.unique_ignore_case === true && typeof v === 'string' && typeof body[f.name] === 'string'
              ? v.toLowerCase() === String(body[f.name]).toLowerCase()
              : v === body[f.name];
          if (this.store(b.resource).some((r) => same(r[f.name]))) return error(409, 'CONFLICT');
        }
        const record: Json = { id: `${b.resource}-${++this.sequence}` };
        for (const f of fields) record[f.name] = body[f.name] ?? f.default ?? null;
        for (const f of fields.filter((x) => x.generate === 'now')) record[f.name] = new Date().toISOString();
        for (const f of fields.filter((x) => x.generate === 'code' && record[x.name] === null)) {
          const taken = (code: string) => this.store(b.resource).some((r) => r[f.name] === code);
          let n = this.sequence;
          while (taken(`ref${String(n).padStart(4, '0')}`)) n += 1;
          record[f.name] = `ref${String(n).padStart(4, '0')}`;
        }
        if (b.parent) record[b.parent.field] = params[b.parent.param];
        const unique = b.parent?.unique;
        if (b.parent && unique) {
          const field = b.parent.field;
          const repeated = this.store(b.resource).some(
            (r) => r[field] === record[field] && unique.every((name) => r[name] === record[name]),
          );
          if (repeated) return error(409, 'CONFLICT');
        }
        const limit = b.parent?.limit;
        if (b.parent && limit) {
          const parent = find(b.parent.resource, params[b.parent.param]);
          const taken = this.store(b.resource)
            .filter((r) => r[b.parent?.field ?? ''] === params[b.parent?.param ?? ''])
            .reduce((sum, r) => sum + Number(r[limit.field] ?? 0), 0);
          if (taken + Number(record[limit.field]) > Number(parent?.[limit.parent_field])) {
            return error(409, 'LIMIT_EXCEEDED');
          }
        }
        const capacity = b.parent?.capacity;
        if (b.parent && capacity) {
          const parent = find(b.parent.resource, params[b.parent.param]);
          const field = b.parent.field;
          const taken = this.store(b.resource).filter(
            (r) => r[field] === params[b.parent?.param ?? ''],
          ).length;
          if (taken >= Number(parent?.[capacity.parent_field])) return error(409, 'FULL');
        }
        const ttl = this.resource(b.resource)?.ttl;
        if (ttl?.answer_field !== undefined) {
          // The instant it expires: its own positive seconds, else the fixed ones (null: never).
          const own = ttl.field === undefined ? undefined : record[ttl.field];
          const seconds = typeof own === 'number' && own > 0 ? own : ttl.seconds;
          record[ttl.answer_field] =
            seconds === undefined ? null : new Date(Date.now() + seconds * 1000).toISOString();
        }
        this.store(b.resource).push(record);
        return ok(201, record);
      }
      case 'list': {
        if (!hasListOptions(b)) return ok(200, [...this.store(b.resource)]);
        const answer = referenceList(this.store(b.resource), b, this.fields(b.resource), query);
        return answer === null ? error(400, 'VALIDATION_FAILED') : ok(200, answer);
      }
      case 'search': {
        const q = query[b.query_param];
        if (!q) return error(400, 'VALIDATION_FAILED');
        const hits = this.store(b.resource).filter((r) =>
          b.fields.some(
            (f) => typeof r[f] === 'string' && String(r[f]).toLowerCase().includes(q.toLowerCase()),
          ),
        );
        return ok(200, hits);
      }
      case 'get':
      case 'update':
      case 'delete':
      case 'toggle':
      case 'reserve':
      case 'release': {
        const record = find(b.resource, params[b.param]);
        if (!record && b.kind === 'get' && b.absent_as_default)
          return ok(200, this.fresh(b.resource, params[b.param], null));
        if (!record) {
          const gone = this.resource(b.resource)?.reads?.gone_status;
          return gone === 410 && this.usedUp.has(`${b.resource}/${params[b.param]}`)
            ? error(410, 'GONE')
            : error(404, 'NOT_FOUND');
        }
        if (b.kind === 'get') {
          this.countRead(b.resource, record);
          return ok(200, record);
        }
        if (b.kind === 'delete') {
          this.records.set(
            b.resource,
            this.store(b.resource).filter((r) => r !== record),
          );
          return b.status === 204 ? ok(204, null) : ok(200, { id: record.id, deleted: true });
        }
        if (b.kind === 'update') {
          if (b.replace) return this.replace(b.resource, record, body);
          const named = b.fields;
          const fields = named
            ? this.fields(b.resource)
                .filter((f) => named.includes(f.name))
                .map((f) => ({ ...f, required: true }))
            : this.fields(b.resource);
          if (!validBody(fields, body, named === undefined)) return error(400, 'VALIDATION_FAILED');
          if (this.setsMachineField(b.resource, body)) return error(400, 'VALIDATION_FAILED');
          const interval = this.intervalError(b.resource, { ...record, ...body }, record);
          if (interval) return interval;
          Object.assign(record, body);
          return ok(200, record);
        }
        if (b.kind === 'toggle') {
          record[b.field] = b.value ?? record[b.field] !== true;
          return ok(200, record);
        }
        const reserving = b.kind === 'reserve';
        let holder: unknown = null;
        if (b.holder !== undefined && reserving) {
          holder = isObject(body) ? body[b.holder] : undefined;
          if (typeof holder !== 'string' || holder === '') return error(400, 'VALIDATION_FAILED');
        }
        if ((record[b.field] === true) === reserving) return error(409, 'CONFLICT');
        record[b.field] = reserving;
        if (b.holder !== undefined) record[b.holder] = holder;
        return ok(200, record);
      }
      case 'transition': {
        const record = find(b.resource, params[b.param]);
        if (!record) return error(404, 'NOT_FOUND');
        const to = b.to ?? (isObject(body) ? body[b.input ?? b.field] : undefined);
        if (typeof to !== 'string' || !Object.hasOwn(b.moves, to)) return error(400, 'VALIDATION_FAILED');
        const from = String(record[b.field]);
        if (!(Object.hasOwn(b.moves, from) ? b.moves[from] : []).includes(to)) {
          return error(409, 'INVALID_TRANSITION');
        }
        record[b.field] = to;
        return ok(200, record);
      }
      case 'adjust':
      case 'reset': {
        const input =
          body === undefined && (b.kind === 'reset' || b.amount_default !== undefined) ? {} : body;
        if (!isObject(input)) return error(400, 'VALIDATION_FAILED');
        const r = this.resource(b.resource);
        const target = this.fields(b.resource).find((f) => f.name === b.field);
        if (!r || !target) return error(500, 'INTERNAL_ERROR');
        const key = b.param === undefined ? input[r.key ?? 'id'] : params[b.param];
        if (typeof key !== 'string' || key === '') return error(400, 'VALIDATION_FAILED');
        let found = find(b.resource, key);
        if (!found && !b.create_missing) return error(404, 'NOT_FOUND');
        const record = found ?? this.fresh(b.resource, key, b.field);
        if (b.kind === 'reset') {
          record[b.field] = target.default ?? 0;
        } else {
          const amount = input[b.amount_field] ?? b.amount_default;
          const keyName = r.key ?? 'id';
          const voter = b.voter_field === undefined ? undefined : input[b.voter_field];
          if (Object.keys(input).some((k) => k !== keyName && k !== b.amount_field && k !== b.voter_field))
            return error(400, 'VALIDATION_FAILED');
          if (b.voter_field !== undefined && (typeof voter !== 'string' || voter === ''))
            return error(400, 'VALIDATION_FAILED');
          if (b.param !== undefined && input[keyName] !== undefined && input[keyName] !== key)
            return error(400, 'VALIDATION_FAILED');
          if (typeof amount !== 'number' || !typeOk({ ...target, required: true }, amount))
            return error(400, 'VALIDATION_FAILED');
          // A movement moves a count: never 0 or less, whichever way it goes.
          if (b.direction !== undefined && !(amount > 0)) return error(400, 'VALIDATION_FAILED');
          const next = Number(record[b.field] ?? 0) + (b.direction === 'out' ? -amount : amount);
          if (!withinBounds(target, next)) return error(409, 'CONFLICT');
          if (typeof voter === 'string') {
            const voters = this.upvoters.get(`${b.resource}\u0000${key}`) ?? new Set<string>();
            if (voters.has(voter)) return error(409, 'ALREADY_VOTED');
            this.upvoters.set(`${b.resource}\u0000${key}`, voters.add(voter));
          }
          record[b.field] = next;
        }
        if (!found) {
          found = { ...record, id: `${b.resource}-${++this.sequence}` };
          this.store(b.resource).push(found);
          return ok(200, found);
        }
        return ok(200, record);
      }
      case 'compute': {
        const input: Json = method === 'GET' ? { ...query } : isObject(body) ? body : {};
        const scale = 10 ** b.decimals;
        if (b.operation === 'convert') {
          const amount = method === 'GET' ? Number(input[b.inputs.amount]) : input[b.inputs.amount];
          const from = input[b.inputs.from];
          const to = input[b.inputs.to];
          if (typeof amount !== 'number' || !Number.isFinite(amount)) return error(400, 'VALIDATION_FAILED');
          if (typeof from !== 'string' || typeof to !== 'string' || !(from in b.rates) || !(to in b.rates)) {
            return error(400, 'VALIDATION_FAILED');
          }
          const result = Math.round((amount / b.rates[from]) * b.rates[to] * scale) / scale;
          return ok(200, { amount, from, to, [b.output]: result });
        }
        const values = input[b.inputs.values];
        if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'number')) {
          return error(400, 'VALIDATION_FAILED');
        }
        const nums: number[] = values;
        const sum = nums.reduce((a, v) => a + v, 0);
        const raw = { sum, average: sum / nums.length, min: Math.min(...nums), max: Math.max(...nums) }[
          b.operation
        ];
        return ok(200, { count: nums.length, [b.output]: Math.round(raw * scale) / scale });
      }
      case 'webhook_replay': {
        const stored = this.events.get(b.receiver)?.get(params[b.param]);
        if (!stored) return error(404, 'NOT_FOUND');
        stored.replays += 1;
        if (b.target_config !== undefined) {
          // The reference reaches nothing: it knows only a target not set, or one on loopback (nothing listens).
          const failure = knownReplayFailure(this.contract, b);
          if (failure === null) return error(501, 'REFERENCE_CANNOT_REACH');
          stored.last_replay = { ok: false, status_code: null, error: failure };
          return error(502, REPLAY_FAILED_CODE);
        }
        return ok(200, {
          id: params[b.param],
          type: stored.type,
          replayed: true,
          replay_count: stored.replays,
        });
      }
      case 'webhook_events': {
        const received = [...(this.events.get(b.receiver) ?? new Map<string, never>())];
        const delivering = deliversReplays(this.contract, b.receiver);
        const view = ([id, stored]: [string, StoredReferenceEvent]) => ({
          id,
          type: stored.type,
          event: stored.event,
          replay_count: stored.replays,
          ...(delivering ? { last_replay: stored.last_replay } : {}),
        });
        if (b.param === undefined) {
          const listed =
            b.items === 'bodies' ? received.map(([, stored]) => stored.event) : received.map(view);
          return ok(200, listedEvents(b, b.order === 'newest_first' ? listed.reverse() : listed));
        }
        const found = received.find(([id]) => id === params[b.param ?? '']);
        return found ? ok(200, view(found)) : error(404, 'NOT_FOUND');
      }
      case 'health_check': {
        // The oracle reaches nothing: acceptance examples register only addresses nobody listens on
        // (happy-checks.ts), which the service finds refused.
        const targets = this.store(b.resource).map((r) => ({
          id: r.id,
          name: r[b.name_field],
          url: r[b.url_field],
          status: 'down',
          status_code: null,
          error: 'refused',
        }));
        const down = targets.length;
        return ok(200, { status: down === 0 ? 'up' : 'degraded', checked: down, up: 0, down, targets });
      }
      case 'redirect': {
        const key = params[b.param];
        const record = this.store(b.resource).find(
          (r) => (b.key_field === 'id' ? r.id : r[b.key_field]) === key,
        );
        if (!record) return error(404, 'NOT_FOUND');
        if (b.count_field) {
          const seen = record[b.count_field];
          record[b.count_field] = (typeof seen === 'number' ? seen : 0) + 1;
        }
        const location = String(record[b.target_field]);
        return ok(b.status, { location }, { location });
      }
      case 'static':
        return ok(b.status, b.body);
      case 'overdue': {
        const asOf = query[b.date_param] || new Date().toISOString().slice(0, 10);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))
          return error(400, 'VALIDATION_FAILED');
        const late = this.store(b.resource).filter((r) => {
          const due = r[b.due_field];
          return (
            typeof due === 'string' &&
            /^\d{4}-\d{2}-\d{2}/.test(due) &&
            due.slice(0, 10) < asOf &&
            r[b.done_field] !== true
          );
        });
        return ok(200, { [b.wrap]: late });
      }
      case 'low_stock': {
        const low = this.store(b.resource).filter((r) => {
          const level = r[b.field];
          const own = b.threshold_field === undefined ? undefined : r[b.threshold_field];
          const limit = typeof own === 'number' ? own : b.threshold;
          if (typeof level !== 'number' || limit === undefined) return false;
          return b.inclusive ? level <= limit : level < limit;
        });
        const answered = low.map((r) => {
          if (b.shortfall_field === undefined) return r;
          const own = b.threshold_field === undefined ? undefined : r[b.threshold_field];
          const limit = typeof own === 'number' ? own : Number(b.threshold);
          return { ...r, [b.shortfall_field]: limit - Number(r[b.field]) };
        });
        if (b.order_by !== undefined)
          answered.sort((x, y) => sortedBy(x[b.order_by ?? ''], y[b.order_by ?? '']));
        return ok(200, { [b.wrap]: answered });
      }
      case 'owner_aggregate': {
        const wanted = params[b.param];
        const values = this.store(b.resource)
          .filter((r) => String(r[b.owner_field]) === wanted && typeof r[b.value_field] === 'number')
          .map((r) => r[b.value_field] as number);
        if (values.length === 0) return error(404, 'NOT_FOUND');
        const sum = values.reduce((s, v) => s + v, 0);
        const raw = { average: sum / values.length, sum, min: Math.min(...values), max: Math.max(...values) }[
          b.operation
        ];
        const scale = 10 ** b.decimals;
        return ok(200, {
          [b.owner_field]: wanted,
          [b.output]: Math.round(raw * scale) / scale,
          count: values.length,
        });
      }
      case 'ranking': {
        const entries = rankingEntries(this.store(b.resource), b);
        if (b.owner_param !== undefined && b.best_per !== undefined) {
          const per = b.best_per;
          const found = entries.find((x) => String(x[per]) === params[b.owner_param ?? '']);
          return found === undefined ? error(404, 'NOT_FOUND') : ok(200, found);
        }
        const raw = query[b.count_param];
        const count = raw === undefined || raw.trim() === '' ? b.default_count : Number(raw);
        if (!Number.isInteger(count) || count < 1 || count > b.max_count)
          return error(400, 'VALIDATION_FAILED');
        return ok(
          200,
          b.wrap === undefined ? entries.slice(0, count) : { [b.wrap]: entries.slice(0, count) },
        );
      }
      case 'vote':
        return ballot(this.ballots.vote(b, find(b.resource, params[b.param]) ?? null, body));
      case 'tally':
        return ballot(this.ballots.tally(b, find(b.resource, params[b.param]) ?? null));
      case 'function': {
        const source: Json = {
          ...(method === 'GET' ? numericQuery(query) : isObject(body) ? body : {}),
          ...numericQuery(params),
        };
        const input = Object.fromEntries(
          Object.entries(b.inputs).map(([param, field]) => [param, source[field]]),
        );
        if (Object.values(input).some((v) => v === undefined || v === null))
          return error(400, 'VALIDATION_FAILED');
        const result = runCatalogFunction(b.function, input, b.options ?? {});
        if (!result.ok) return error(400, 'VALIDATION_FAILED');
        return ok(
          200,
          Object.fromEntries(Object.entries(b.outputs).map(([name, field]) => [field, result.value[name]])),
        );
      }
    }
  }

  private receive(
    endpointId: string,
    b: Extract<Behavior, { kind: 'webhook_receive' }>,
    req: AcceptanceRequest,
    raw: string,
  ): ReferenceResponse {
    const secret = devSecret(this.contract, b.secret_config);
    const header = req.headers?.[b.signature_header] ?? '';
    const same = (given: string, expected: string) =>
      Buffer.byteLength(given) === Buffer.byteLength(expected) &&
      timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    if (b.scheme === 'stripe') {
      const parts = header.split(',').map((p) => p.trim());
      const t = parts.find((p) => p.startsWith('t='))?.slice(2) ?? '';
      const expected = stripeDigest(secret, raw, t);
      const tolerance = b.tolerance_seconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
      if (
        !/^[0-9]{1,12}$/.test(t) ||
        !parts.some((p) => p.startsWith('v1=') && same(p.slice(3), expected)) ||
        Math.abs(Date.now() / 1000 - Number(t)) > tolerance
      )
        return error(b.signature_status ?? 401, 'INVALID_SIGNATURE');
    } else if (!same(header, `${b.signature_prefix}${hmacDigest(secret, raw, b.encoding)}`))
      return error(b.signature_status ?? 401, 'INVALID_SIGNATURE');
    let event: unknown;
    try {
      event = JSON.parse(raw);
    } catch {
      return error(400, 'MALFORMED_JSON');
    }
    const typed = b.type_required !== false;
    if (
      !isObject(event) ||
      typeof event[b.id_field] !== 'string' ||
      (typed && typeof event[b.type_field] !== 'string')
    ) {
      return error(400, 'VALIDATION_FAILED');
    }
    const id = String(event[b.id_field]);
    let received = this.events.get(endpointId);
    if (!received) {
      received = new Map();
      this.events.set(endpointId, received);
    }
    const duplicate = received.has(id);
    if (duplicate && b.duplicates === 'conflict') return error(409, DUPLICATE_EVENT_CODE);
    const type = event[b.type_field];
    if (!duplicate)
      received.set(id, {
        event,
        type: typeof type === 'string' ? type : null,
        replays: 0,
        last_replay: null,
      });
    return ok(b.status ?? 200, webhookAnswer(b, id, duplicate));
  }
}

/** Deep subset match of `body_contains` (see `AcceptanceExpect`). */
export function containsSubset(
  expected: unknown,
  actual: unknown,
  saved: Readonly<Record<string, string>> = {},
): boolean {
  if (isShapeExpectation(expected)) return matchesShape(expected.$shape, actual, saved);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((x) => actual.some((y) => containsSubset(x, y, saved)));
  }
  if (isObject(expected)) {
    return (
      isObject(actual) && Object.entries(expected).every(([k, v]) => containsSubset(v, actual[k], saved))
    );
  }
  return expected === actual;
}

/** The same match with arrays in order (see `AcceptanceExpect.in_order`). */
export function containsInOrder(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    let at = 0;
    for (const x of expected) {
      while (at < actual.length && !containsInOrder(x, actual[at])) at += 1;
      if (at === actual.length) return false;
      at += 1;
    }
    return true;
  }
  if (isObject(expected)) {
    return isObject(actual) && Object.entries(expected).every(([k, v]) => containsInOrder(v, actual[k]));
  }
  return expected === actual;
}

/** The step's body, with the fields it sets from the clock (AcceptanceRequest.today) computed now. */
function clockedBody(req: AcceptanceRequest): unknown {
  if (!req.today || req.body === null || typeof req.body !== 'object' || Array.isArray(req.body))
    return req.body;
  const now = new Date();
  const set = Object.entries(req.today).map(([name, clock]) => [name, clockValue(clock, now)]);
  return { ...(req.body as Record<string, unknown>), ...Object.fromEntries(set) };
}

/** The step's headers, with its run-time signature (AcceptanceRequest.sign) made now. */
function signedHeaders(c: SpecContract, req: AcceptanceRequest): Record<string, string> | undefined {
  if (!req.sign) return req.headers;
  const t = Math.floor(Date.now() / 1000) + (req.sign.offset_seconds ?? 0);
  const signature = stripeSignature(devSecret(c, req.sign.secret_config), req.body_text ?? '', t);
  return { ...req.headers, [req.sign.header]: signature };
}

/** Runs every acceptance check in order against one fresh reference service; returns the failures. */
export function runAcceptancePack(contract: SpecContract): string[] {
  const service = new ReferenceService(contract);
  const failures: string[] = [];
  for (const check of contract.acceptance) failures.push(...runCheck(service, check));
  return failures;
}

function runCheck(service: ReferenceService, check: AcceptanceCheck): string[] {
  const vars: Record<string, string> = {};
  for (const [i, step] of check.steps.entries()) {
    const path = step.request.path.replace(/\{([^}]+)\}/g, (m, name: string) => vars[name] ?? m);
    const res = service.handle({
      ...step.request,
      path,
      headers: signedHeaders(service.contract, step.request),
      body: clockedBody(step.request),
    });
    const where = `${check.id} step ${i + 1} (${step.request.method} ${path})`;
    if (res.status !== step.expect.status)
      return [`${where}: status ${res.status}, expected ${step.expect.status}`];
    if (step.expect.body_is_array && !Array.isArray(res.body)) return [`${where}: body is not an array`];
    const matched = step.expect.in_order
      ? containsInOrder(step.expect.body_contains, res.body)
      : containsSubset(step.expect.body_contains, res.body, vars);
    if (step.expect.body_contains !== undefined && !matched) {
      return [
        `${where}: ${JSON.stringify(res.body)} does not contain ${JSON.stringify(step.expect.body_contains)}`,
      ];
    }
    for (const [name, value] of Object.entries(step.expect.header_contains ?? {})) {
      if (!(res.headers[name] ?? '').includes(value)) return [`${where}: header ${name} lacks ${value}`];
    }
    for (const [name, field] of Object.entries(step.save ?? {})) {
      vars[name] = String(isObject(res.body) ? res.body[field] : undefined);
    }
  }
  return [];
}
