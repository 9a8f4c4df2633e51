import { createHmac } from 'node:crypto';
import {
  acceptanceCheckProblems,
  type AcceptanceCheck,
  type AcceptanceStep,
  type EndpointError,
  type EndpointSpec,
  type ResourceSpec,
  type SpecContract,
  type WebhookReceiveBehavior,
} from '@sf/service-spec';
import { styleForHeader, withArticle } from './contract-builder';
import { AGGREGATE_SAMPLE, aggregateResult, convertResult, unusedMethod } from './endpoint-docs';
import { snakeName } from './naming';
import { changedValue, sampleBody, wrongValue } from './samples';

/** A check before it is numbered. */
type DraftCheck = Omit<AcceptanceCheck, 'id'>;

const MISSING_ID = 'does-not-exist';

interface Setup {
  steps: AcceptanceStep[];
  variable: string;
  body: Record<string, unknown>;
}

function resourceOf(c: SpecContract, name: string): ResourceSpec | undefined {
  return c.resources.find((r) => r.name === name);
}

function successStatus(e: EndpointSpec, fallback: number): number {
  return e.responses.find((r) => r.status < 400)?.status ?? fallback;
}

/** `path` with each `{param}` replaced: by `{variable}` where mapped, else by a literal value. */
function fill(path: string, values: Record<string, string>, other = 'sample'): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? other);
}

function errorBody(code: string): { error: { code: string } } {
  return { error: { code } };
}

/**
 * Steps that create a fresh record of `resourceName` (and its parent first, for child resources) and save its
 * id into a variable. `tag` makes unique field values differ between checks.
 */
function setup(
  c: SpecContract,
  resourceName: string,
  tag: string,
  overrides: Record<string, unknown> = {},
  depth = 0,
): Setup | null {
  const resource = resourceOf(c, resourceName);
  const creates = c.endpoints.filter(
    (e) => e.behavior.kind === 'create' && e.behavior.resource === resourceName,
  );
  const create = creates.find((e) => e.behavior.kind === 'create' && !e.behavior.parent) ?? creates[0];
  if (!resource || !create || create.behavior.kind !== 'create' || depth > 3) return null;
  const body = { ...sampleBody(resource, tag), ...overrides };
  const steps: AcceptanceStep[] = [];
  const values: Record<string, string> = {};
  const parent = create.behavior.parent;
  if (parent) {
    const made = setup(c, parent.resource, tag, {}, depth + 1);
    if (!made) return null;
    steps.push(...made.steps);
    values[parent.param] = `{${made.variable}}`;
  }
  const variable = `${snakeName(resourceName, 'record')}_id`;
  steps.push({
    request: { method: create.method, path: fill(create.path, values), body },
    expect: { status: successStatus(create, 201), body_contains: body },
    save: { [variable]: 'id' },
  });
  return { steps, variable, body };
}

function signed(b: WebhookReceiveBehavior, c: SpecContract, body: string): Record<string, string> {
  const secret = c.config.find((s) => s.name === b.secret_config)?.default ?? '';
  const digest = createHmac('sha256', secret).update(body, 'utf8').digest('hex');
  return { [b.signature_header]: `${b.signature_prefix}${digest}` };
}

function webhookEvent(b: WebhookReceiveBehavior, id: string, withType = true): string {
  const event: Record<string, unknown> = { [b.id_field]: id };
  if (withType) event[b.type_field] = styleForHeader(b.signature_header).eventType;
  event.data = { object: { id: `obj_${id}` } };
  return JSON.stringify(event);
}

function eventId(e: EndpointSpec, variant: string): string {
  return `evt_${snakeName(`${e.id}_${variant}`, 'event')}`;
}

function check(
  e: EndpointSpec,
  kind: 'happy' | 'error',
  description: string,
  steps: AcceptanceStep[],
): DraftCheck {
  return { endpoint_id: e.id, description, kind, steps };
}

/** The happy-path check of an endpoint: exactly what a correct implementation of its behaviour answers. */
function happyCheck(c: SpecContract, e: EndpointSpec): DraftCheck | null {
  const b = e.behavior;
  const tag = `${e.id}-ok`;
  const ok = successStatus(e, 200);
  switch (b.kind) {
    case 'create': {
      const resource = resourceOf(c, b.resource);
      if (!resource) return null;
      const body = sampleBody(resource, tag);
      const steps: AcceptanceStep[] = [];
      const values: Record<string, string> = {};
      if (b.parent) {
        const parent = setup(c, b.parent.resource, tag);
        if (!parent) return null;
        steps.push(...parent.steps);
        values[b.parent.param] = `{${parent.variable}}`;
      }
      const variable = `${snakeName(b.resource, 'record')}_id`;
      steps.push({
        request: { method: e.method, path: fill(e.path, values), body },
        expect: { status: ok, body_contains: body },
        save: { [variable]: 'id' },
      });
      const get = c.endpoints.find((x) => x.behavior.kind === 'get' && x.behavior.resource === b.resource);
      if (get && get.behavior.kind === 'get') {
        steps.push({
          request: { method: 'GET', path: fill(get.path, { [get.behavior.param]: `{${variable}}` }) },
          expect: { status: successStatus(get, 200), body_contains: body },
        });
      }
      return check(
        e,
        'happy',
        `Creating ${withArticle(b.resource)} with a valid body answers ${ok} with the stored fields${get ? ', and it can be read back by id' : ''}.`,
        steps,
      );
    }
    case 'list':
    case 'search': {
      const made = setup(c, b.resource, tag);
      const resource = resourceOf(c, b.resource);
      if (!made || !resource) return null;
      const request: AcceptanceStep['request'] = { method: e.method, path: fill(e.path, {}) };
      if (b.kind === 'search') {
        const value = made.body[b.fields[0]];
        if (typeof value !== 'string' || value === '') return null;
        request.query = { [b.query_param]: value.split(' ').pop() ?? value };
      }
      const steps = [
        ...made.steps,
        { request, expect: { status: ok, body_is_array: true, body_contains: [made.body] } },
      ];
      const what =
        b.kind === 'list'
          ? `Listing ${resource.plural}`
          : `Searching ${resource.plural} for a word of its ${b.fields[0]}`;
      return check(
        e,
        'happy',
        `${what} answers ${ok} with an array that includes a record just created.`,
        steps,
      );
    }
    case 'get':
    case 'delete':
    case 'update':
    case 'toggle':
    case 'reserve':
    case 'release': {
      const resource = resourceOf(c, b.resource);
      if (!resource) return null;
      const overrides: Record<string, unknown> = {};
      if (b.kind === 'toggle') overrides[b.field] = b.value === undefined ? false : !b.value;
      if (b.kind === 'reserve' || b.kind === 'release') overrides[b.field] = b.kind === 'release';
      const made = setup(c, b.resource, tag, overrides);
      if (!made) return null;
      const path = fill(e.path, { [b.param]: `{${made.variable}}` });
      const steps = [...made.steps];
      let expected: unknown = made.body;
      let body: Record<string, unknown> | undefined;
      if (b.kind === 'update') {
        const field = resource.fields.find(
          (f) => !f.unique && changedValue(f, made.body[f.name]) !== undefined,
        );
        if (!field) return null;
        body = { [field.name]: changedValue(field, made.body[field.name]) };
        expected = body;
      }
      if (b.kind === 'delete') expected = { deleted: true };
      if (b.kind === 'toggle') expected = { [b.field]: b.value ?? true };
      if (b.kind === 'reserve' || b.kind === 'release') expected = { [b.field]: b.kind === 'reserve' };
      steps.push({
        request: body ? { method: e.method, path, body } : { method: e.method, path },
        expect: { status: ok, body_contains: expected },
      });
      const get = c.endpoints.find(
        (x) => x.behavior.kind === 'get' && x.behavior.resource === b.resource && x !== e,
      );
      if (get && get.behavior.kind === 'get' && (b.kind === 'delete' || b.kind === 'update')) {
        const readBack = fill(get.path, { [get.behavior.param]: `{${made.variable}}` });
        steps.push(
          b.kind === 'delete'
            ? {
                request: { method: 'GET', path: readBack },
                expect: { status: 404, body_contains: errorBody('NOT_FOUND') },
              }
            : {
                request: { method: 'GET', path: readBack },
                expect: { status: successStatus(get, 200), body_contains: expected },
              },
        );
      }
      const flag = 'field' in b ? b.field : 'flag';
      const sentence: Record<typeof b.kind, string> = {
        get: `Reading ${withArticle(b.resource)} just created by id answers ${ok} with its fields.`,
        delete: `Deleting ${withArticle(b.resource)} answers ${ok} with deleted: true${get ? ', after which reading it answers 404' : ''}.`,
        update: `Updating a field of ${withArticle(b.resource)} answers ${ok} with the new value${get ? ', which a later read returns' : ''}.`,
        toggle: `Setting ${flag} on ${withArticle(b.resource)} answers ${ok} with the flag changed.`,
        reserve: `Reserving a free ${b.resource} answers ${ok} with it marked reserved.`,
        release: `Releasing a reserved ${b.resource} answers ${ok} with it no longer reserved.`,
      };
      return check(e, 'happy', sentence[b.kind], steps);
    }
    case 'compute': {
      if (b.operation === 'convert') {
        const [from, to] = Object.keys(b.rates);
        const result = convertResult(b, 10, from, to);
        const input = { [b.inputs.amount]: 10, [b.inputs.from]: from, [b.inputs.to]: to };
        const request: AcceptanceStep['request'] =
          e.method === 'GET'
            ? {
                method: e.method,
                path: e.path,
                query: { [b.inputs.amount]: '10', [b.inputs.from]: from, [b.inputs.to]: to },
              }
            : { method: e.method, path: e.path, body: input };
        return check(
          e,
          'happy',
          `Converting 10 ${from} to ${to} with the declared rates answers ${ok} with ${result}.`,
          [{ request, expect: { status: ok, body_contains: { [b.output]: result } } }],
        );
      }
      const result = aggregateResult(b.operation, AGGREGATE_SAMPLE, b.decimals);
      return check(e, 'happy', `The ${b.operation} of ${AGGREGATE_SAMPLE.join(', ')} is ${result}.`, [
        {
          request: { method: e.method, path: e.path, body: { [b.inputs.values]: AGGREGATE_SAMPLE } },
          expect: { status: ok, body_contains: { count: AGGREGATE_SAMPLE.length, [b.output]: result } },
        },
      ]);
    }
    case 'webhook_receive': {
      const id = eventId(e, 'ok');
      const body = webhookEvent(b, id);
      return check(
        e,
        'happy',
        `A webhook signed with the configured secret is accepted (${ok}) and stored.`,
        [
          {
            request: { method: e.method, path: e.path, headers: signed(b, c, body), body_text: body },
            expect: { status: ok, body_contains: { received: true, id } },
          },
        ],
      );
    }
    case 'webhook_replay': {
      const receiver = c.endpoints.find((x) => x.id === b.receiver);
      if (!receiver || receiver.behavior.kind !== 'webhook_receive') return null;
      const id = eventId(e, 'ok');
      const body = webhookEvent(receiver.behavior, id);
      return check(
        e,
        'happy',
        `Replaying a received webhook event answers ${ok} with replayed: true and a replay count of 1.`,
        [
          {
            request: {
              method: receiver.method,
              path: receiver.path,
              headers: signed(receiver.behavior, c, body),
              body_text: body,
            },
            expect: { status: successStatus(receiver, 200), body_contains: { received: true, id } },
          },
          {
            request: { method: e.method, path: fill(e.path, { [b.param]: id }) },
            expect: { status: ok, body_contains: { id, replayed: true, replay_count: 1 } },
          },
        ],
      );
    }
    case 'redirect': {
      const made = setup(c, b.resource, tag);
      if (!made) return null;
      const target = made.body[b.target_field];
      const key = b.key_field === 'id' ? `{${made.variable}}` : made.body[b.key_field];
      if (typeof target !== 'string' || typeof key !== 'string') return null;
      return check(
        e,
        'happy',
        `Following ${withArticle(b.resource)}'s ${b.key_field} answers ${b.status} with its ${b.target_field} in the location header.`,
        [
          ...made.steps,
          {
            request: { method: e.method, path: fill(e.path, { [b.param]: key }) },
            expect: { status: b.status, header_contains: { location: target } },
          },
        ],
      );
    }
    case 'static':
      return check(e, 'happy', `${e.method} ${e.path} answers ${b.status} with its fixed document.`, [
        { request: { method: e.method, path: e.path }, expect: { status: b.status, body_contains: b.body } },
      ]);
  }
}

function expectError(status: number, code: string): AcceptanceStep['expect'] {
  return { status, body_contains: errorBody(code) };
}

/** An error-path check that provokes `err` on the endpoint, or null when there is no generic way to. */
function errorCheck(c: SpecContract, e: EndpointSpec, err: EndpointError): DraftCheck | null {
  const b = e.behavior;
  const tag = `${e.id}-${err.status}`;
  const expect = expectError(err.status, err.code);
  const label = `${e.method} ${e.path}`;
  if (err.status === 405) {
    const method = unusedMethod(c, e.path);
    if (!method) return null;
    return check(e, 'error', `Calling ${e.path} with ${method} answers 405 METHOD_NOT_ALLOWED.`, [
      { request: { method, path: fill(e.path, {}) }, expect },
    ]);
  }
  switch (b.kind) {
    case 'create': {
      const resource = resourceOf(c, b.resource);
      if (!resource) return null;
      if (err.status === 400) {
        // Missing required fields when there are any, else a wrongly typed (or unknown) field.
        const first = resource.fields[0];
        const body: Record<string, unknown> = resource.fields.some((f) => f.required)
          ? {}
          : first
            ? { [first.name]: wrongValue(first) }
            : { unexpected_field: true };
        const steps: AcceptanceStep[] = [];
        const values: Record<string, string> = {};
        if (b.parent) {
          const parent = setup(c, b.parent.resource, tag);
          if (!parent) return null;
          steps.push(...parent.steps);
          values[b.parent.param] = `{${parent.variable}}`;
        }
        steps.push({ request: { method: e.method, path: fill(e.path, values), body }, expect });
        return check(
          e,
          'error',
          `Creating ${withArticle(b.resource)} with an invalid body answers 400 VALIDATION_FAILED.`,
          steps,
        );
      }
      if (err.status === 404 && b.parent) {
        return check(
          e,
          'error',
          `Creating ${withArticle(b.resource)} for an unknown ${b.parent.resource} answers 404 NOT_FOUND.`,
          [
            {
              request: {
                method: e.method,
                path: fill(e.path, { [b.parent.param]: MISSING_ID }),
                body: sampleBody(resource, tag),
              },
              expect,
            },
          ],
        );
      }
      if (err.status === 409 && !b.parent && resource.fields.some((f) => f.unique)) {
        const made = setup(c, b.resource, tag);
        if (!made) return null;
        return check(
          e,
          'error',
          `Creating a second ${b.resource} with the same unique value answers 409 CONFLICT.`,
          [...made.steps, { request: { method: e.method, path: fill(e.path, {}), body: made.body }, expect }],
        );
      }
      return null;
    }
    case 'get':
    case 'delete':
    case 'toggle':
    case 'reserve':
    case 'release':
    case 'update':
    case 'redirect':
    case 'webhook_replay': {
      if (err.status === 404) {
        const missing = b.kind === 'webhook_replay' ? `evt_${MISSING_ID.replace(/-/g, '_')}` : MISSING_ID;
        const request: AcceptanceStep['request'] = {
          method: e.method,
          path: fill(e.path, { [b.param]: missing }),
        };
        if (b.kind === 'update') {
          const body = e.request.body?.example;
          if (body === undefined) return null;
          request.body = body;
        }
        return check(e, 'error', `${label} with an unknown ${b.param} answers 404 NOT_FOUND.`, [
          { request, expect },
        ]);
      }
      if (err.status === 400 && b.kind === 'update') {
        const made = setup(c, b.resource, tag);
        if (!made) return null;
        return check(
          e,
          'error',
          `Updating ${withArticle(b.resource)} with an empty body answers 400 VALIDATION_FAILED.`,
          [
            ...made.steps,
            {
              request: {
                method: e.method,
                path: fill(e.path, { [b.param]: `{${made.variable}}` }),
                body: {},
              },
              expect,
            },
          ],
        );
      }
      if (err.status === 409 && (b.kind === 'reserve' || b.kind === 'release')) {
        const made = setup(c, b.resource, tag, { [b.field]: false });
        if (!made) return null;
        const path = fill(e.path, { [b.param]: `{${made.variable}}` });
        const steps = [...made.steps];
        if (b.kind === 'reserve') {
          steps.push({
            request: { method: e.method, path },
            expect: { status: successStatus(e, 200), body_contains: { [b.field]: true } },
          });
        }
        steps.push({ request: { method: e.method, path }, expect });
        const what =
          b.kind === 'reserve'
            ? `Reserving ${withArticle(b.resource)} twice`
            : `Releasing ${withArticle(b.resource)} that is not reserved`;
        return check(e, 'error', `${what} answers 409 CONFLICT.`, steps);
      }
      return null;
    }
    case 'search':
      if (err.status !== 400) return null;
      return check(e, 'error', `Searching without ${b.query_param} answers 400 VALIDATION_FAILED.`, [
        { request: { method: e.method, path: e.path }, expect },
      ]);
    case 'compute': {
      if (err.status !== 400) return null;
      if (b.operation === 'convert') {
        const [from] = Object.keys(b.rates);
        const request: AcceptanceStep['request'] =
          e.method === 'GET'
            ? {
                method: e.method,
                path: e.path,
                query: { [b.inputs.amount]: '10', [b.inputs.from]: from, [b.inputs.to]: 'XXX' },
              }
            : {
                method: e.method,
                path: e.path,
                body: { [b.inputs.amount]: 10, [b.inputs.from]: from, [b.inputs.to]: 'XXX' },
              };
        return check(
          e,
          'error',
          'Converting to a unit missing from the rate table answers 400 VALIDATION_FAILED.',
          [{ request, expect }],
        );
      }
      return check(e, 'error', `The ${b.operation} of an empty list answers 400 VALIDATION_FAILED.`, [
        { request: { method: e.method, path: e.path, body: { [b.inputs.values]: [] } }, expect },
      ]);
    }
    case 'webhook_receive': {
      if (err.status === 401) {
        const body = webhookEvent(b, eventId(e, 'forged'));
        const forged = { [b.signature_header]: `${b.signature_prefix}${'0'.repeat(64)}` };
        return check(
          e,
          'error',
          'A webhook with a wrong signature answers 401 INVALID_SIGNATURE and is not stored.',
          [{ request: { method: e.method, path: e.path, headers: forged, body_text: body }, expect }],
        );
      }
      if (err.status === 400) {
        const body = webhookEvent(b, eventId(e, 'untyped'), false);
        return check(
          e,
          'error',
          `A correctly signed webhook without ${b.type_field} answers 400 VALIDATION_FAILED.`,
          [
            {
              request: { method: e.method, path: e.path, headers: signed(b, c, body), body_text: body },
              expect,
            },
          ],
        );
      }
      return null;
    }
    default:
      return null;
  }
}

/** Numbers checks `AC-01`, `AC-02`, … in the given order (at least two digits). */
function numberChecks(checks: DraftCheck[]): AcceptanceCheck[] {
  const width = Math.max(2, String(checks.length).length);
  return checks.map((x, i) => ({ id: `AC-${String(i + 1).padStart(width, '0')}`, ...x }));
}

/**
 * Keeps the runnable checks, adds a happy-path check for every endpoint without one and, when `withErrors`,
 * an error check for every declared error not yet covered; then orders them by endpoint and renumbers.
 */
export function completeAcceptance(c: SpecContract, withErrors: boolean): AcceptanceCheck[] {
  const kept = c.acceptance.filter((x) => acceptanceCheckProblems(c, x).length === 0);
  const ordered: DraftCheck[] = [];
  for (const e of c.endpoints) {
    const mine = kept.filter((x) => x.endpoint_id === e.id).map(({ id: _id, ...rest }) => rest);
    if (!mine.some((x) => x.kind === 'happy')) {
      const happy = happyCheck(c, e);
      if (happy) mine.unshift(happy);
    }
    if (withErrors) {
      for (const err of e.errors) {
        const covered = mine.some(
          (x) => x.kind === 'error' && x.steps[x.steps.length - 1]?.expect.status === err.status,
        );
        const generated = covered ? null : errorCheck(c, e, err);
        if (generated) mine.push(generated);
      }
    }
    ordered.push(...mine);
  }
  return numberChecks(ordered);
}
