import { withCallsLeftShown } from './guard-answers';
import { devSecret, hmacDigest, stripeSignature } from './acceptance-steps';
import { healthCheckDocs, redirectDocs, webhookEventsDocs, webhookReplayDocs } from './reach-docs';
import { holdRule } from './hold-flags';
import { quotaDocs, quotaUsageDocs } from './quota-endpoints';
import { rankingDocs } from './ranking-endpoints';
import { ballotDocs } from './ballot-endpoints';
import { overdueDocs } from './overdue-features';
import { ownerAggregateDocs } from './owner-aggregate-features';
import { listQueryDocs } from './list-query-checks';
import { isParentList, listUnderDocs } from './list-under-checks';
import { lowStockDocs } from './low-stock-features';
import {
  hasListOptions,
  machineFields,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  DUPLICATE_EVENT_CODE,
  webhookAnswer,
  type BodySpec,
  type EndpointError,
  type EndpointRequest,
  type EndpointResponse,
  type EndpointSpec,
  type FieldSpec,
  type ParamSpec,
  type ResourceSpec,
  type SpecContract,
} from '@sf/service-spec';
import { transitionDocs } from './machine-checks';
import { methodNotAllowed } from './method-not-allowed';
import { styleForHeader, summarize, withArticle } from './contract-builder';
import { adjustDocs, intervalErrors, keyParam } from './record-rule-docs';
import { changedValue, exampleRecord, sampleBody } from './samples';
import { AGGREGATE_SAMPLE, aggregateResult, convertExample, convertResult } from './compute-examples';

/** Canonical documentation of an endpoint, derived from its behaviour and the resources. */
interface EndpointDocs {
  request: EndpointRequest;
  responses: EndpointResponse[];
  errors: EndpointError[];
}

const EXAMPLE_EVENT_ID = 'evt_1001';

/** The moment example Stripe signatures are dated (2025-01-01T00:00:00Z). */
const EXAMPLE_TIMESTAMP = 1735689600;

/** Field that stores the parent's id on records of a child resource (refund → payment_id). */
function parentFieldOf(c: SpecContract, resource: string): string | undefined {
  for (const e of c.endpoints) {
    if (e.behavior.kind === 'create' && e.behavior.resource === resource && e.behavior.parent)
      return e.behavior.parent.field;
  }
  return undefined;
}

function resourceOf(c: SpecContract, name: string): ResourceSpec {
  return (
    c.resources.find((r) => r.name === name) ?? { name, plural: `${name}s`, description: '', fields: [] }
  );
}

function params(path: string, describe: (name: string) => ParamSpec): ParamSpec[] | undefined {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  return names.length === 0 ? undefined : names.map(describe);
}

const validation = (what: string): EndpointError => ({ status: 400, code: 'VALIDATION_FAILED', when: what });
const notFound = (what: string): EndpointError => ({ status: 404, code: 'NOT_FOUND', when: what });

function bodyOf(fields: FieldSpec[], example: unknown, allowUnknown = false): BodySpec {
  return { fields, allow_unknown: allowUnknown, example };
}

/** Canonical request, responses and errors of an endpoint, from its behaviour. */
function documentEndpoint(c: SpecContract, e: EndpointSpec): EndpointDocs {
  const b = e.behavior;
  const idParam = (resource: string) => (name: string) => keyParam(resourceOf(c, resource), name);
  switch (b.kind) {
    case 'create': {
      const r = resourceOf(c, b.resource);
      const parentParam = b.parent?.param;
      const parentResource = b.parent?.resource ?? '';
      const errors = [
        validation(
          'the body is not an object, misses a required field, has a wrong type or an unknown field',
        ),
      ];
      if (r.fields.some((f) => f.unique)) {
        errors.push({
          status: 409,
          code: 'CONFLICT',
          when: `another ${r.name} already has the same unique value`,
        });
      }
      errors.push(...intervalErrors(r, errors));
      if (b.parent) errors.push(notFound(`no ${b.parent.resource} has this id`));
      if (b.parent?.unique && !r.fields.some((f) => f.unique)) {
        errors.push({
          status: 409,
          code: 'CONFLICT',
          when: `the ${b.parent.resource} already has ${withArticle(r.name)} with the same ${b.parent.unique.join(' and ')}`,
        });
      }
      if (b.parent?.capacity) {
        errors.push({
          status: 409,
          code: 'FULL',
          when: `the ${b.parent.resource} already holds as many ${r.plural} as its ${b.parent.capacity.parent_field}`,
        });
      }
      if (b.parent?.limit) {
        errors.push({
          status: 409,
          code: 'LIMIT_EXCEEDED',
          when: `the ${b.parent.limit.field} of the ${b.parent.resource}'s ${r.plural} would add up to more than its ${b.parent.limit.parent_field}`,
        });
      }
      return {
        request: {
          params: params(e.path, (name) =>
            name === parentParam
              ? idParam(parentResource)(name)
              : { name, description: 'Path segment (not used by the behaviour)', example: 'sample' },
          ),
          body: bodyOf(
            r.fields.filter((f) => !machineFields(c, r.name).includes(f.name)),
            sampleBody(r, 'example'),
          ),
        },
        responses: [
          { status: 201, description: `The stored ${r.name}`, example: exampleRecord(r, b.parent?.field) },
        ],
        errors,
      };
    }
    case 'list':
      if (isParentList(b)) return listUnderDocs(c, e, b);
      if (hasListOptions(b)) {
        const docs = listQueryDocs(
          c,
          b,
          exampleRecord(resourceOf(c, b.resource), parentFieldOf(c, b.resource)),
        );
        return { ...docs, errors: [...docs.errors, ...methodNotAllowed(c, e)] };
      }
      return {
        request: {},
        responses: [
          {
            status: 200,
            description: `Every ${b.resource}, oldest first`,
            example: [exampleRecord(resourceOf(c, b.resource), parentFieldOf(c, b.resource))],
          },
        ],
        errors: methodNotAllowed(c, e),
      };
    case 'get':
    case 'delete':
    case 'update':
    case 'toggle':
    case 'reserve':
    case 'release': {
      const r = resourceOf(c, b.resource);
      const record = exampleRecord(r, parentFieldOf(c, b.resource));
      const request: EndpointRequest = { params: params(e.path, idParam(b.resource)) };
      const errors =
        b.kind === 'get' && b.absent_as_default
          ? []
          : [notFound(`no ${b.resource} has this ${r.key ?? 'id'}`)];
      // A record read up answers 410 when the feature says so (else it is simply not found).
      if (b.kind === 'get' && r.reads?.gone_status === 410)
        errors.push({
          status: 410,
          code: 'GONE',
          when: `the ${b.resource} was read as many times as it may be`,
        });
      let example: unknown = record;
      if (b.kind === 'delete') example = { id: record.id, deleted: true };
      if (b.kind === 'update') {
        const named = (f: FieldSpec) => b.fields === undefined || b.fields.includes(f.name);
        const field = r.fields.find((f) => named(f) && !f.unique && changedValue(f, f.example) !== undefined);
        const patch = field ? { [field.name]: changedValue(field, field.example) } : {};
        // A replacement is sent whole: its required fields stay required, but for the key and a made code.
        const kept = (f: FieldSpec) => f.name === r.key || f.generate !== undefined;
        const whole = { ...sampleBody(r, 'example'), ...patch };
        request.body = b.replace
          ? bodyOf(
              r.fields.map((f) => (kept(f) ? { ...f, required: false } : f)),
              whole,
            )
          : b.fields
            ? bodyOf(
                r.fields.filter(named).map((f) => ({ ...f, required: true })),
                Object.fromEntries(r.fields.filter(named).map((f) => [f.name, patch[f.name] ?? f.example])),
              )
            : bodyOf(
                r.fields.map((f) => ({ ...f, required: false })),
                patch,
              );
        example = { ...record, ...(b.replace ? whole : patch) };
        errors.unshift(
          validation(
            b.replace
              ? 'the body misses a required field, has a wrong type or an unknown field'
              : 'the body is empty, has a wrong type or an unknown field',
          ),
        );
        errors.push(...intervalErrors(r, errors));
      }
      if (b.kind === 'toggle') example = { ...record, [b.field]: b.value ?? true };
      if (b.kind === 'reserve' || b.kind === 'release') {
        example = { ...record, [b.field]: b.kind === 'reserve' };
        const holder = r.fields.find((f) => f.name === b.holder);
        if (holder) {
          example = { ...(example as object), [holder.name]: b.kind === 'reserve' ? holder.example : null };
          if (b.kind === 'reserve') {
            // The id is in the path; other fields a client sends along are ignored, not refused.
            request.body = bodyOf([{ ...holder, required: true }], { [holder.name]: holder.example }, true);
            errors.unshift(validation(`${holder.name} is missing or empty`));
          }
        }
        errors.push({
          status: 409,
          code: 'CONFLICT',
          when: holdRule(b.resource, b.field, b.kind),
        });
      }
      if (b.kind === 'delete' && b.status === 204)
        return { request, responses: [{ status: 204, description: summarize(b, e.path) }], errors };
      return { request, responses: [{ status: 200, description: summarize(b, e.path), example }], errors };
    }
    case 'transition':
      return transitionDocs(resourceOf(c, b.resource), e, b, exampleRecord(resourceOf(c, b.resource)));
    case 'adjust':
    case 'reset':
      return adjustDocs(e, b, resourceOf(c, b.resource), exampleRecord(resourceOf(c, b.resource)));
    case 'search': {
      const r = resourceOf(c, b.resource);
      const sample = sampleBody(r, 'example')[b.fields[0]];
      const q = typeof sample === 'string' ? (sample.split(' ').pop() ?? sample) : 'text';
      return {
        request: {
          query: [
            {
              name: b.query_param,
              type: 'string',
              required: true,
              description: `Text to look for in ${b.fields.join(' or ')} (case-insensitive)`,
              example: q,
            },
          ],
        },
        responses: [
          {
            status: 200,
            description: 'Matching records, oldest first',
            example: [exampleRecord(r, parentFieldOf(c, b.resource))],
          },
        ],
        errors: [validation(`query parameter ${b.query_param} is missing or empty`)],
      };
    }
    case 'compute': {
      if (b.operation === 'convert') {
        const input = convertExample(b);
        const fields: FieldSpec[] = [
          {
            name: b.inputs.amount,
            type: 'number',
            required: true,
            description: 'Amount to convert',
            example: 10,
          },
          {
            name: b.inputs.from,
            type: 'string',
            required: true,
            description: 'Unit to convert from',
            example: input[b.inputs.from],
          },
          {
            name: b.inputs.to,
            type: 'string',
            required: true,
            description: 'Unit to convert to',
            example: input[b.inputs.to],
          },
        ];
        const result = convertResult(b, 10, String(input[b.inputs.from]), String(input[b.inputs.to]));
        return {
          request: e.method === 'GET' ? { query: fields } : { body: bodyOf(fields, input) },
          responses: [
            { status: 200, description: 'The converted amount', example: { ...input, [b.output]: result } },
          ],
          errors: [validation('the amount is not a number or a unit is not in the rate table')],
        };
      }
      const fields: FieldSpec[] = [
        {
          name: b.inputs.values,
          type: 'number[]',
          required: true,
          description: 'Numbers to aggregate',
          example: AGGREGATE_SAMPLE,
        },
      ];
      return {
        request: { body: bodyOf(fields, { [b.inputs.values]: AGGREGATE_SAMPLE }) },
        responses: [
          {
            status: 200,
            description: `The ${b.operation} of the numbers`,
            example: {
              count: AGGREGATE_SAMPLE.length,
              [b.output]: aggregateResult(b.operation, AGGREGATE_SAMPLE, b.decimals),
            },
          },
        ],
        errors: [validation('the list is missing, empty or holds something other than numbers')],
      };
    }
    case 'webhook_receive': {
      const style = styleForHeader(b.signature_header);
      const event = { [b.id_field]: EXAMPLE_EVENT_ID, [b.type_field]: style.eventType };
      const secret = devSecret(c, b.secret_config);
      const stripe = b.scheme === 'stripe';
      // The example's t is a fixed moment, so a Stripe example shows the layout, not a live request.
      const example = stripe
        ? stripeSignature(secret, JSON.stringify(event), EXAMPLE_TIMESTAMP)
        : `${b.signature_prefix}${hmacDigest(secret, JSON.stringify(event), b.encoding)}`;
      return {
        request: {
          headers: [
            {
              name: b.signature_header,
              required: true,
              description: stripe
                ? `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with ${b.secret_config}>; t within ${b.tolerance_seconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS} s of now`
                : `${b.signature_prefix}<${b.encoding ?? 'hex'} HMAC-SHA256 of the raw body keyed with ${b.secret_config}>`,
              example,
            },
          ],
          body: bodyOf(
            [
              {
                name: b.id_field,
                type: 'string',
                required: true,
                description: 'Event id (deduplication key)',
                example: EXAMPLE_EVENT_ID,
              },
              {
                name: b.type_field,
                type: 'string',
                required: b.type_required !== false,
                description: 'Event type',
                example: style.eventType,
              },
            ],
            event,
            true,
          ),
        },
        responses: [
          {
            status: b.status ?? 200,
            description: 'The event was verified and stored',
            example: webhookAnswer(b, EXAMPLE_EVENT_ID, false),
          },
        ],
        errors: [
          {
            status: b.signature_status ?? 401,
            code: 'INVALID_SIGNATURE',
            when: `header ${b.signature_header} is missing or does not match the body`,
          },
          validation(
            b.type_required === false
              ? `the body is not a JSON object with a string ${b.id_field}`
              : `the body is not a JSON object with string ${b.id_field} and ${b.type_field}`,
          ),
          ...(b.duplicates === 'conflict'
            ? [
                {
                  status: 409,
                  code: DUPLICATE_EVENT_CODE,
                  when: `an event with this ${b.id_field} was already received (the first delivery is kept)`,
                },
              ]
            : []),
        ],
      };
    }
    case 'webhook_replay':
      return webhookReplayDocs(
        c,
        b,
        params(e.path, (name) => ({
          name,
          description: 'Id of a received event',
          example: EXAMPLE_EVENT_ID,
        })),
      );
    case 'webhook_events': {
      const docs = webhookEventsDocs(c, b, e.path);
      return { ...docs, errors: [...docs.errors, ...methodNotAllowed(c, e)] };
    }
    case 'health_check':
      return { ...healthCheckDocs(b), errors: methodNotAllowed(c, e) };
    case 'redirect':
      return redirectDocs(c, b);
    case 'quota':
      return quotaDocs(b, e.path);
    case 'ranking':
      return rankingDocs(c, b);
    case 'vote':
    case 'tally':
      return ballotDocs(b);
    case 'overdue':
      return overdueDocs(c, b);
    case 'owner_aggregate':
      return ownerAggregateDocs(c, b);
    case 'low_stock':
      return { ...lowStockDocs(c, b), errors: methodNotAllowed(c, e) };
    case 'quota_usage':
      // Reading usage cannot fail for any key; what it refuses is another method on its path.
      return { ...quotaUsageDocs(c, b), errors: methodNotAllowed(c, e) };
    case 'static':
      return {
        request: {},
        responses: [{ status: b.status, description: 'The fixed document', example: b.body }],
        errors: methodNotAllowed(c, e),
      };
    case 'function':
      // The catalog designs the request and the answer; only the refusals are the same for every function.
      return {
        request: e.request,
        responses: e.responses,
        errors: [
          {
            ...validation(
              "a parameter is missing, has a wrong type, or lies outside the computation's domain",
            ),
            status: b.refusal_status ?? 400,
          },
          ...methodNotAllowed(c, e),
        ],
      };
  }
}

function sameNames(a: { name: string }[] | undefined, b: { name: string }[] | undefined): boolean {
  return JSON.stringify((a ?? []).map((x) => x.name)) === JSON.stringify((b ?? []).map((x) => x.name));
}

/**
 * Fills what an endpoint's documentation lacks from the canonical docs, keeping what is already there:
 * parameters are re-derived when they disagree with the path, errors are merged, and a stale 405 entry
 * (the method is now declared) is replaced.
 */
export function completeEndpoint(c: SpecContract, e: EndpointSpec): void {
  const docs = documentEndpoint(c, e);
  if (e.summary.trim() === '') e.summary = summarize(e.behavior, e.path);
  const request: EndpointRequest = {};
  const params =
    sameNames(e.request.params, docs.request.params) && e.request.params
      ? e.request.params
      : docs.request.params;
  if (params) request.params = params;
  const query = e.request.query?.length ? e.request.query : docs.request.query;
  if (query) request.query = query;
  const headers = [...(e.request.headers ?? [])];
  for (const h of docs.request.headers ?? []) if (!headers.some((x) => x.name === h.name)) headers.push(h);
  if (headers.length > 0) request.headers = headers;
  const body = e.request.body;
  const usable = body && body.example !== undefined && (body.fields.length > 0 || body.allow_unknown);
  if (usable) request.body = body;
  else if (docs.request.body) request.body = docs.request.body;
  e.request = request;
  const success = e.responses.filter((r) => r.status < 400 && r.example !== undefined);
  const redirectOk =
    e.behavior.kind !== 'redirect' || e.responses.some((r) => r.headers?.location !== undefined);
  if (success.length === 0 || !redirectOk) e.responses = docs.responses;
  e.responses = withCallsLeftShown(e);
  const errors = e.errors.filter((x) => !(x.status === 405 && x.code === 'METHOD_NOT_ALLOWED'));
  for (const err of docs.errors) {
    if (!errors.some((x) => x.status === err.status && x.code === err.code)) errors.push(err);
  }
  e.errors = errors;
}
