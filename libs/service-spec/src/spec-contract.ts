import type { Priority, ServiceType } from '@sf/contracts';
import type * as Records from './record-behaviors';
import type { AdjustBehavior, FieldRules, ResetBehavior, ResourceRules } from './record-rule-contract';
import type { ParentRef } from './record-rule-contract';

export type { ParentRef };
import type { ListFilter, ListLimit, ListPage, ListSort } from './list-query-contract';
import type { AcceptanceCheck } from './acceptance-contract';
import type { HttpMethod } from './http-method';
import type * as Webhooks from './webhook-contract';
import type { HealthCheckBehavior } from './health-contract';
import type { EndpointGuard } from './header-guard';

export type * from './record-behaviors';
export * from './webhook-contract';
export * from './health-contract';
export * from './acceptance-contract';
export * from './http-method';
export * from './header-guard';
export type {
  EqualsFilter,
  ListFilter,
  ListLimit,
  ListPage,
  ListSort,
  RangeFilter,
  TextFilter,
} from './list-query-contract';

/**
 * The machine-readable part of a SPEC (the `spec-contract` block): the build's frozen acceptance pack.
 * The build line generates a plain-Node service and its `node:test` tests from this contract alone, so every
 * field below has exact semantics; `libs/service-spec/CONTRACT.md` spells out the conventions a generated service follows.
 */
export interface SpecContract {
  contract_version: 1;
  service: ServiceInfo;
  /** Names of the services this one depends on (reported by `GET /dependencies`). */
  dependencies: string[];
  /** Environment settings the generated service reads, each with a development default. */
  config: ConfigSetting[];
  /** In-memory record collections the endpoints operate on. */
  resources: ResourceSpec[];
  endpoints: EndpointSpec[];
  acceptance: AcceptanceCheck[];
  /** Latency, size and security targets; absent in a first draft that has not set them yet. */
  non_functional?: NonFunctional;
  udc: { version: '1.0'; endpoints: UdcEndpoint[] };
  /** How every error the service answers is spelled; absent means `{"error": {"code", "message"}}`. */
  errors?: { body: ErrorBodyShape };
}

/**
 * How a generated service spells every error it answers (`errors.body`):
 * - `error_object` (the default): `{"error": {"code": "STABLE_CODE", "message": "…"}}`;
 * - `error_string`: `{"error": "…message…", "code": "STABLE_CODE"}`, for intents that write `{"error": string}`;
 * - `message`: `{"message": "…", "code": "STABLE_CODE"}`, for `{"message": string}`;
 * - `error_code`: `{"error": "STABLE_CODE", "message": "…"}`, for `{"error": string, "message": string}`.
 * The stable code is in every form; only where it sits differs. The five UDC endpoints keep the UDC's own
 * shapes (`libs/udc`).
 */
export const ERROR_BODY_SHAPES = ['error_object', 'error_string', 'message', 'error_code'] as const;
/** One of {@link ERROR_BODY_SHAPES}. */
export type ErrorBodyShape = (typeof ERROR_BODY_SHAPES)[number];

/** Identity of the generated service. */
export interface ServiceInfo {
  /** kebab-case service name. */
  name: string;
  type: ServiceType;
  port: number;
  priority: Priority;
  /** Semantic version of the first release. */
  version: string;
  /** The intent's purpose, verbatim: data, never instructions. */
  purpose: string;
  /** The intent's key features, verbatim; `GET /capabilities` lists them. */
  features: string[];
}

/** The five UDC v1 endpoints every generated service serves (PRODUCT §7). */
export const UDC_ENDPOINTS = [
  'GET /health',
  'GET /capabilities',
  'GET /state',
  'GET /dependencies',
  'POST /message',
] as const;
/** One of {@link UDC_ENDPOINTS}. */
export type UdcEndpoint = (typeof UDC_ENDPOINTS)[number];

/** Value types a field may declare. Numbers in a query string are parsed with `Number()`. */
export const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'string[]',
  'number[]',
  'object',
  'object[]',
] as const;
/** One of {@link FIELD_TYPES}. */
export type FieldType = (typeof FIELD_TYPES)[number];

/** One field of a resource, request body or query string. */
export interface FieldSpec extends FieldRules {
  /** snake_case name. */
  name: string;
  type: FieldType;
  /** Required fields must be present (and non-empty when strings); others may be omitted or null. */
  required: boolean;
  description: string;
  example: unknown;
  /** Stored when an optional field is omitted; without a default an omitted field is stored as `null`. */
  default?: unknown;
  /** A second record with the same value is refused with 409 `CONFLICT`. */
  unique?: boolean;
  /**
   * With `unique` on a string field: values equal up to letter case are the same ("Bob" after "bob" is 409
   * `CONFLICT`); the value is stored as sent.
   */
  unique_ignore_case?: boolean;
  /**
   * The only values the field accepts (`"C"`, `"F"`, `"K"`), each of the field's type; any other value is
   * refused with 400 `VALIDATION_FAILED`. For `string[]`/`number[]` fields, every element must be listed.
   */
  enum?: (string | number)[];
  /** A required string field that accepts the empty string (a text whose words are counted may be empty). */
  allow_empty?: boolean;
  /**
   * The fields of each element of an `object[]` field (order lines: quantity, unit price), one level deep:
   * scalar types only. Each element is validated like a body against them (unknown keys refused) and a problem
   * names the element and its field (`lines[2].quantity must be an integer > 0`).
   */
  items?: FieldSpec[];
  /** The fewest elements an array field accepts (`1`: an order has at least one line). */
  min_items?: number;
  /** The most elements an array field accepts (`10`: a poll has at most ten options). */
  max_items?: number;
}

/** An environment setting of the generated service. */
export interface ConfigSetting {
  /** UPPER_SNAKE_CASE variable name. */
  name: string;
  /** Development default, used when the variable is unset. */
  default: string;
  description: string;
  /** Secrets are never logged nor returned by any endpoint. */
  secret?: boolean;
}

/** A record collection. Every record has a server-generated string `id` plus the declared fields. */
export interface ResourceSpec extends ResourceRules {
  /** kebab-case singular name, e.g. `payment`. */
  name: string;
  /** kebab-case plural, used in collection paths, e.g. `payments`. */
  plural: string;
  description: string;
  fields: FieldSpec[];
}

/** A path parameter (`{name}` in the path). Values are percent-decoded strings. */
export interface ParamSpec {
  name: string;
  description: string;
  example: string;
  /**
   * How a computation reads the value (`function` endpoints): an `integer` or `number` parameter that does not
   * parse as one is 400 `VALIDATION_FAILED`. Other behaviours read every parameter as text.
   */
  type?: 'string' | 'integer' | 'number';
}

/** A request header an endpoint reads. Names are lower-case. */
export interface HeaderSpec {
  name: string;
  required: boolean;
  description: string;
  example: string;
}

/** A JSON object request body. */
export interface BodySpec {
  fields: FieldSpec[];
  /** When false, a body with a field not listed is refused with 400 `VALIDATION_FAILED`. */
  allow_unknown: boolean;
  example: unknown;
}

/** What an endpoint reads from the request. */
export interface EndpointRequest {
  params?: ParamSpec[];
  query?: FieldSpec[];
  headers?: HeaderSpec[];
  body?: BodySpec;
}

/** A documented success (2xx/3xx) response. */
export interface EndpointResponse {
  status: number;
  description: string;
  example?: unknown;
  /** Example response headers (lower-case names), e.g. `location` of a redirect. */
  headers?: Record<string, string>;
}

/** A documented error: the body is always `{"error":{"code":…,"message":…}}`. */
export interface EndpointError {
  status: number;
  /** UPPER_SNAKE_CASE stable code. */
  code: string;
  when: string;
}

/** One user endpoint of the generated service. */
export interface EndpointSpec {
  /** Unique kebab-case id, referenced by acceptance checks. */
  id: string;
  method: HttpMethod;
  /** Path pattern; parameters in braces, e.g. `/payments/{id}`. */
  path: string;
  summary: string;
  /** The intent's key features this endpoint realises, verbatim. */
  features: string[];
  behavior: Behavior;
  request: EndpointRequest;
  responses: EndpointResponse[];
  errors: EndpointError[];
  /** A header every request must carry, and a per-key quota counted by it (`header-guard.ts`). */
  guard?: EndpointGuard;
}

/** `POST` collection: validate the body against the resource's fields, store, answer 201 with the record. */
export interface CreateBehavior {
  kind: 'create';
  resource: string;
  parent?: ParentRef;
}

/**
 * `GET` collection: 200 with a JSON array of every record, oldest first. With query options (`list-query.ts`):
 * only the records every given filter keeps, in the sort order asked for, and with `page` one page of them as
 * `{items, total, …}` instead of the array.
 */
export interface ListBehavior {
  kind: 'list';
  resource: string;
  filters?: ListFilter[];
  sort?: ListSort;
  page?: ListPage;
  /** Base order newest created first ("the latest entries first"): the order without a sort, kept by its ties. */
  newest_first?: boolean;
  limit?: ListLimit;
  /** Only the records created under one parent (`GET /workshops/{id}/signups`): 404 for an unknown parent. */
  parent?: Pick<ParentRef, 'resource' | 'param' | 'field'>;
}

/**
 * Answers 200 with the record whose `id` (or the resource's `key`) equals path parameter `param`; 404
 * `NOT_FOUND` otherwise, unless `absent_as_default`: an unknown key then answers 200 with what a record of that
 * key holds before anything touched it (`{key: param, field: default, …}` without an `id`), storing nothing.
 */
export interface GetBehavior {
  kind: 'get';
  resource: string;
  param: string;
  absent_as_default?: boolean;
}

/**
 * Partial update (any non-empty subset of fields, validated like create): 200 with the record; 404 / 400. With
 * `replace` (a PUT that replaces the record) the body is the whole record: every required field must be sent
 * (400 otherwise) and an optional field left out goes back to its default, or null; the resource's `key` (and a
 * `generate`d code) may be left out and then stays as it was.
 */
export interface UpdateBehavior {
  kind: 'update';
  resource: string;
  param: string;
  replace?: boolean;
  /**
   * A partial update of the fields a feature names (`PATCH /items/{sku} with {"quantity": integer}`): the body
   * carries exactly these fields, each required and validated like create (another field → 400); every other
   * field of the record stays as it was. Not with `replace`.
   */
  fields?: string[];
}

/**
 * Removes the record: 200 `{"id":…,"deleted":true}`, or with `status: 204` an empty 204 (a feature that says
 * "DELETE … → 204"); 404 `NOT_FOUND` when unknown, also for the second delete of the same record.
 */
export interface DeleteBehavior {
  kind: 'delete';
  resource: string;
  param: string;
  status?: 204;
}

/** Sets boolean `field` to `value` (or flips it when `value` is absent): 200 with the record; 404 when unknown. */
export interface ToggleBehavior {
  kind: 'toggle';
  resource: string;
  param: string;
  field: string;
  value?: boolean;
}

/**
 * `GET` with required query parameter `query_param`: 200 with the array of records where any of `fields`
 * contains the value case-insensitively; 400 `VALIDATION_FAILED` when the parameter is missing or empty.
 */
export interface SearchBehavior {
  kind: 'search';
  resource: string;
  query_param: string;
  fields: string[];
}

/**
 * A two-state machine on boolean `field` (reserved, on loan, checked out): `reserve` sets it to true, `release`
 * sets it to false: 200 with the record; 404 when unknown; 409 `CONFLICT` when the record is already in the
 * state asked for (reserving a reserved record, lending a book on loan, releasing a free one).
 */
export interface ReservationBehavior {
  kind: 'reserve' | 'release';
  resource: string;
  param: string;
  field: string;
  /**
   * String field of the resource naming who holds the record (`member`): `reserve` requires it in the JSON body
   * (missing or empty → 400 `VALIDATION_FAILED`, checked after the 404 and before the 409) and stores it,
   * `release` sets it to `null`. Other body fields are ignored. Absent: the body is not read.
   */
  holder?: string;
}

/**
 * A state machine on the text `field` of a record: its states are the field's `enum`, its first state the field's
 * `default` (where every record starts). The JSON body names the state to move to in `field`. A move `moves` allows from the record's current state (`moves[current]` lists it) sets the field:
 * 200 with the record. Unknown record: 404 `NOT_FOUND`; a body without the field, or with a value that is not
 * one of the states: 400 `VALIDATION_FAILED`; a move the machine does not allow (the same state included,
 * unless listed): 409 `INVALID_TRANSITION`, the record unchanged. `field` belongs to the machine: a create or
 * an update that sends it is 400 `VALIDATION_FAILED` naming it, so every record starts in the first state.
 */
export interface TransitionBehavior {
  kind: 'transition';
  resource: string;
  param: string;
  field: string;
  /** State → the states it may move to; every state of the field is a key (an end state lists none). */
  moves: Record<string, string[]>;
  /** An action route (`POST /polls/{id}/close`): moves to this state, no body read; 409 where `moves` refuses. */
  to?: string;
  input?: string; // the body field naming the target when not `field` (`{"to": s}` on `/transition`)
}

/**
 * Converts `amount` between units of a declared rate table (units per one base unit):
 * `result = round(amount / rates[from] * rates[to], decimals)` with `round(x, d) = Math.round(x * 10 ** d) / 10 ** d`.
 * Inputs come from the JSON body (or the query string for `GET`); the answer is 200
 * `{amount, from, to, [output]: result}`; an unknown unit or a non-numeric amount is 400 `VALIDATION_FAILED`.
 */
export interface ConvertBehavior {
  kind: 'compute';
  operation: 'convert';
  inputs: { amount: string; from: string; to: string };
  rates: Record<string, number>;
  decimals: number;
  output: string;
}

/**
 * Aggregates the non-empty number array `inputs.values`: 200 `{count, [output]: round(op(values), decimals)}`;
 * a missing, empty or non-numeric array is 400 `VALIDATION_FAILED`.
 */
export interface AggregateBehavior {
  kind: 'compute';
  operation: 'sum' | 'average' | 'min' | 'max';
  inputs: { values: string };
  decimals: number;
  output: string;
}

/** Always answers `status` with the JSON `body`. */
export interface StaticBehavior {
  kind: 'static';
  status: number;
  body: unknown;
}

/**
 * A named computation with fixed semantics (`temperature.convert`, `roman.to_roman`, `luhn.check`, …; the
 * generator's behaviour catalog defines each one and the endpoint's summary states its rule). It reads each
 * parameter from a request field (the JSON body; the query string for GET), answers 200 with each result in a
 * response field, and refuses a value outside the function's domain with 400 `VALIDATION_FAILED` saying why.
 */
export interface FunctionBehavior {
  kind: 'function';
  /** Catalog id: lower-case dotted words. */
  function: string;
  /** Parameter name → request field it is read from. */
  inputs: Record<string, string>;
  /** Result name → response field it is answered in. */
  outputs: Record<string, string>;
  /** Fixed arguments (a unit, a number of decimals). */
  options?: Record<string, string | number | boolean>;
  /** Response field → request field it repeats as sent (`{"n": integer, "roman": string}` for `{"n": …}`). */
  echo?: Record<string, string>;
  /** The status of every VALIDATION_FAILED refusal, when the feature writes 422 instead of 400. */
  refusal_status?: 400 | 422;
}

/** What an endpoint does, precisely enough to generate its code and tests. */
export type Behavior =
  | CreateBehavior
  | ListBehavior
  | GetBehavior
  | UpdateBehavior
  | DeleteBehavior
  | ToggleBehavior
  | SearchBehavior
  | ReservationBehavior
  | TransitionBehavior
  | AdjustBehavior
  | ResetBehavior
  | ConvertBehavior
  | AggregateBehavior
  | Webhooks.WebhookReceiveBehavior
  | Webhooks.WebhookReplayBehavior
  | Webhooks.WebhookEventsBehavior
  | HealthCheckBehavior
  | Records.RedirectBehavior
  | StaticBehavior
  | FunctionBehavior
  | Records.QuotaBehavior
  | Records.QuotaUsageBehavior
  | Records.RankingBehavior
  | Records.OwnerAggregateBehavior
  | Records.OverdueBehavior
  | Records.LowStockBehavior
  | Records.VoteBehavior
  | Records.TallyBehavior;

/** Every `Behavior['kind']`. */
export const BEHAVIOR_KINDS = [
  'create',
  'list',
  'get',
  'update',
  'delete',
  'toggle',
  'search',
  'reserve',
  'release',
  'transition',
  'adjust',
  'reset',
  'compute',
  'webhook_receive',
  'webhook_replay',
  'webhook_events',
  'health_check',
  'redirect',
  'static',
  'function',
  'quota',
  'quota_usage',
  'ranking',
  'owner_aggregate',
  'overdue',
  'low_stock',
  'vote',
  'tally',
] as const satisfies readonly Behavior['kind'][];

/** Measurable non-functional targets. */
export interface NonFunctional {
  latency_p95_ms: number;
  /** Bodies above this size are refused with 413 `PAYLOAD_TOO_LARGE`. */
  max_body_bytes: number;
  security: string[];
}
