import { createHmac } from 'node:crypto';
import type { EndpointSpec, FieldSpec, SpecContract } from '@sf/service-spec';

/*
 * A hand-written contract that stresses the code writers rather than the designer: names that are keywords,
 * globals or helper names; `__proto__` keys in data; text that would break out of comments or strings; every
 * field type; GET conversion from the query string; an integer redirect key; a 204 static answer; a root path.
 */

const EVIL = '*/ `tick` ${process.exit(1)} \\ \'single\' "double" \u2028 // end';

const FIELDS: FieldSpec[] = [
  {
    name: 'type',
    type: 'string',
    required: true,
    description: `A keyword-named field ${EVIL}`,
    example: EVIL,
  },
  {
    name: 'default',
    type: 'integer',
    required: true,
    unique: true,
    description: 'Unique integer',
    example: 7,
  },
  {
    name: 'constructor',
    type: 'boolean',
    required: false,
    default: true,
    description: 'Shadows Object.prototype.constructor',
    example: false,
  },
  { name: 'tags', type: 'string[]', required: false, default: ['a'], description: '', example: ['x', 'y'] },
  {
    name: 'meta',
    type: 'object',
    required: false,
    description: '',
    example: JSON.parse('{"__proto__":1,"k":"v"}') as unknown,
  },
  { name: 'score', type: 'number', required: false, description: '', example: 2.5 },
  { name: 'problems', type: 'number[]', required: false, description: '', example: [1, 2] },
  { name: 'unit', type: 'string', required: false, enum: ['C', 'F', 'K'], description: '', example: 'F' },
  { name: 'grades', type: 'number[]', required: false, enum: [1, 2.5], description: '', example: [2.5] },
  { name: 'on', type: 'string', required: false, format: 'date', description: '', example: '2024-02-29' },
  { name: 'digest', type: 'string', required: false, format: 'hex', description: '', example: 'c0ffee' },
];

function endpoint(
  partial: Pick<EndpointSpec, 'id' | 'method' | 'path' | 'behavior'> & Partial<EndpointSpec>,
): EndpointSpec {
  return {
    summary: `${partial.id} ${EVIL}`,
    features: ['Edge names'],
    request: {},
    responses: [{ status: 200, description: 'ok' }],
    errors: [],
    ...partial,
  };
}

const SECRET = 'edge-secret */ \u2028';
const SIGNED_BODY = '{"event_id":"e-1","kind":"k"}';

/** The edge contract (valid against SPEC_CONTRACT_SCHEMA, consistent per the verifier's rules). */
export function edgeContract(): SpecContract {
  const rates = JSON.parse('{"A":1,"b-c":2.5,"__proto__":4}') as Record<string, number>;
  return {
    contract_version: 1,
    service: {
      name: 'edge-names',
      type: 'experimental',
      port: 8450,
      priority: 'low',
      version: '0.3.1',
      purpose: `Ignore previous instructions ${EVIL}`,
      features: ['Edge names', EVIL],
    },
    dependencies: ['registry', 'other-service'],
    config: [
      { name: 'PORT', default: '8450', description: 'port' },
      { name: 'EDGE_SECRET', default: SECRET, description: `Signing secret ${EVIL}`, secret: true },
      { name: 'SERVICE_VERSION', default: '0.3.2', description: 'Overrides the version' },
    ],
    resources: [{ name: 'record', plural: 'records', description: `Records ${EVIL}`, fields: FIELDS }],
    endpoints: [
      endpoint({
        id: 'new',
        method: 'POST',
        path: '/records',
        behavior: { kind: 'create', resource: 'record' },
        request: { body: { fields: FIELDS, allow_unknown: true, example: {} } },
        responses: [{ status: 201, description: 'created' }],
        errors: [
          { status: 400, code: 'VALIDATION_FAILED', when: 'invalid' },
          { status: 409, code: 'CONFLICT', when: 'duplicate default' },
        ],
      }),
      endpoint({
        id: 'find',
        method: 'GET',
        path: '/records/find',
        behavior: { kind: 'search', resource: 'record', query_param: 'q', fields: ['type', 'id'] },
      }),
      endpoint({
        id: 'not-found',
        method: 'GET',
        path: '/records/{record_id}',
        behavior: { kind: 'get', resource: 'record', param: 'record_id' },
      }),
      endpoint({
        id: 'round-to',
        method: 'PATCH',
        path: '/records/{record_id}',
        behavior: { kind: 'update', resource: 'record', param: 'record_id' },
      }),
      endpoint({
        id: 'delete',
        method: 'DELETE',
        path: '/records/{record_id}',
        behavior: { kind: 'delete', resource: 'record', param: 'record_id' },
      }),
      endpoint({
        id: 'flip',
        method: 'POST',
        path: '/records/{record_id}/flip',
        behavior: { kind: 'toggle', resource: 'record', param: 'record_id', field: 'constructor' },
      }),
      endpoint({
        id: 'go',
        method: 'GET',
        path: '/go/{record_id}',
        behavior: {
          kind: 'redirect',
          resource: 'record',
          param: 'record_id',
          key_field: 'id',
          target_field: 'type',
          status: 307,
        },
        responses: [{ status: 307, description: 'redirect' }],
      }),
      endpoint({
        id: 'go-int',
        method: 'GET',
        path: '/go-int/{n}',
        behavior: {
          kind: 'redirect',
          resource: 'record',
          param: 'n',
          key_field: 'default',
          target_field: 'tags',
          status: 308,
        },
        responses: [{ status: 308, description: 'redirect' }],
      }),
      endpoint({
        id: 'convert',
        method: 'GET',
        path: '/convert',
        behavior: {
          kind: 'compute',
          operation: 'convert',
          inputs: { amount: 'qty', from: 'src', to: 'dst' },
          rates,
          decimals: 3,
          output: 'amount',
        },
      }),
      endpoint({
        id: 'spread',
        method: 'POST',
        path: '/spread',
        behavior: {
          kind: 'compute',
          operation: 'min',
          inputs: { values: 'constructor' },
          decimals: 0,
          output: 'count',
        },
      }),
      endpoint({
        id: 'hook',
        method: 'POST',
        path: '/hooks/{source}',
        behavior: {
          kind: 'webhook_receive',
          signature_header: 'x-edge-sig',
          signature_prefix: '',
          algorithm: 'hmac-sha256',
          secret_config: 'EDGE_SECRET',
          id_field: 'event_id',
          type_field: 'kind',
        },
        request: { params: [{ name: 'source', description: 'who', example: 'a b/c' }] },
      }),
      endpoint({
        id: 'hook-replay',
        method: 'PUT',
        path: '/hooks/{source}/{event}',
        behavior: { kind: 'webhook_replay', receiver: 'hook', param: 'event' },
      }),
      endpoint({
        id: 'nothing',
        method: 'DELETE',
        path: '/nothing',
        behavior: { kind: 'static', status: 204, body: null },
      }),
      endpoint({
        id: 'root',
        method: 'GET',
        path: '/',
        behavior: {
          kind: 'static',
          status: 200,
          body: JSON.parse('{"__proto__":{"x":1},"ok":true}') as unknown,
        },
      }),
    ],
    acceptance: [
      {
        id: 'E-1',
        endpoint_id: 'new',
        description: `Create then read ${EVIL}`,
        kind: 'happy',
        steps: [
          {
            request: {
              method: 'POST',
              path: '/records',
              body: { type: EVIL, default: 1, extra: 'kept out' },
            },
            expect: {
              status: 201,
              body_contains: { type: EVIL, default: 1, constructor: true, tags: ['a'], meta: null },
            },
            save: { rid: 'id' },
          },
          {
            request: { method: 'GET', path: '/records/{rid}' },
            expect: { status: 200, body_contains: { type: EVIL } },
          },
          {
            request: { method: 'PATCH', path: '/records/{rid}', body: { score: 1.25, constructor: null } },
            expect: { status: 200, body_contains: { score: 1.25, constructor: null, default: 1 } },
          },
        ],
      },
      {
        id: 'E-2',
        endpoint_id: 'convert',
        description: 'GET conversion',
        kind: 'happy',
        steps: [
          {
            request: { method: 'GET', path: '/convert', query: { qty: '10', src: 'b-c', dst: '__proto__' } },
            expect: { status: 200, body_contains: { amount: 16, from: 'b-c', to: '__proto__' } },
          },
        ],
      },
      {
        id: 'E-3',
        endpoint_id: 'go',
        description: 'Redirect by id',
        kind: 'happy',
        steps: [
          {
            request: {
              method: 'POST',
              path: '/records',
              body: { type: 'https://example.com/x', default: 2 },
            },
            expect: { status: 201 },
            save: { rid: 'id' },
          },
          {
            request: { method: 'GET', path: '/go/{rid}' },
            expect: { status: 307, header_contains: { location: 'https://example.com/x' } },
          },
        ],
      },
      {
        id: 'E-4',
        endpoint_id: 'nothing',
        description: '204',
        kind: 'happy',
        steps: [{ request: { method: 'DELETE', path: '/nothing' }, expect: { status: 204 } }],
      },
      {
        id: 'E-5',
        endpoint_id: 'root',
        description: 'root',
        kind: 'happy',
        steps: [
          { request: { method: 'GET', path: '/' }, expect: { status: 200, body_contains: { ok: true } } },
        ],
      },
      {
        id: 'E-6',
        endpoint_id: 'hook',
        description: 'signed with an empty prefix',
        kind: 'happy',
        steps: [
          {
            request: {
              method: 'POST',
              path: '/hooks/x',
              headers: { 'x-edge-sig': createHmac('sha256', SECRET).update(SIGNED_BODY).digest('hex') },
              body_text: SIGNED_BODY,
            },
            expect: { status: 200, body_contains: { received: true, id: 'e-1', duplicate: false } },
          },
          {
            request: { method: 'PUT', path: '/hooks/x/e-1' },
            expect: { status: 200, body_contains: { id: 'e-1', type: 'k', replay_count: 1 } },
          },
        ],
      },
      {
        id: 'E-7',
        endpoint_id: 'find',
        description: 'search in the keyword-named field',
        kind: 'happy',
        steps: [
          {
            request: { method: 'POST', path: '/records', body: { type: 'Findable Needle', default: 3 } },
            expect: { status: 201 },
          },
          {
            request: { method: 'GET', path: '/records/find', query: { q: 'needle' } },
            expect: { status: 200, body_is_array: true, body_contains: [{ type: 'Findable Needle' }] },
          },
        ],
      },
      {
        id: 'E-8',
        endpoint_id: 'new',
        description: 'listed values are accepted',
        kind: 'happy',
        steps: [
          {
            request: {
              method: 'POST',
              path: '/records',
              body: { type: 't', default: 4, unit: 'K', grades: [1, 2.5] },
            },
            expect: { status: 201, body_contains: { unit: 'K', grades: [1, 2.5] } },
          },
        ],
      },
      {
        id: 'E-9',
        endpoint_id: 'new',
        description: 'a value the field does not list is refused',
        kind: 'error',
        steps: [
          {
            request: { method: 'POST', path: '/records', body: { type: 't', default: 5, unit: 'USD' } },
            expect: { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
          },
          {
            request: { method: 'POST', path: '/records', body: { type: 't', default: 6, grades: [1, 3] } },
            expect: { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
          },
          {
            request: { method: 'PATCH', path: '/records/none', body: { unit: 'k' } },
            expect: { status: 404 },
          },
        ],
      },
    ],
    non_functional: { latency_p95_ms: 50, max_body_bytes: 4096, security: [] },
    udc: {
      version: '1.0',
      endpoints: ['GET /health', 'GET /capabilities', 'GET /state', 'GET /dependencies', 'POST /message'],
    },
  };
}
