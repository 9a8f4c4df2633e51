import { isParentList, listUnderHappyCheck } from './list-under-checks';
import {
  hasListOptions,
  machineFields,
  webhookAnswer,
  type AcceptanceStep,
  type EndpointSpec,
  type SpecContract,
} from '@sf/service-spec';
import { listQueryHappyCheck } from './list-query-checks';
import {
  check,
  errorBody,
  eventId,
  fill,
  resourceOf,
  setup,
  signed,
  successStatus,
  webhookEvent,
  type DraftCheck,
} from './acceptance-steps';
import { withArticle } from './contract-builder';
import { holdKeepingTaker, readsWhoHas } from './who-has';
import { healthCheckHappy, replayAttemptCheck, storedStep, webhookEventsHappy } from './reach-docs';
import { AGGREGATE_SAMPLE, aggregateResult, convertResult } from './compute-examples';
import { snakeName } from './naming';
import { quotaHappyCheck, quotaUsageHappyCheck } from './quota-endpoints';
import { rankingHappyCheck } from './ranking-endpoints';
import { overdueHappyCheck } from './overdue-features';
import { ownerAggregateHappyCheck } from './owner-aggregate-features';
import { ruleHappyCheck } from './record-rule-checks';
import { lowStockHappyCheck } from './low-stock-features';
import { tallyHappyCheck, voteHappyCheck } from './ballot-endpoints';
import { changedValue, sampleBody } from './samples';
import { transitionHappyCheck } from './machine-checks';

/** An ISO 8601 instant in UTC, as `Date.toISOString()` writes it: what a stamped field answers. */
const STAMPED = { $shape: { pattern: String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z` } };

/** The happy-path check of an endpoint: exactly what a correct implementation of its behaviour answers. */
export function happyCheck(c: SpecContract, e: EndpointSpec): DraftCheck | null {
  const rule = ruleHappyCheck(c, e);
  if (rule !== undefined) return rule;
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
      // A state its machine drives starts where the machine says (`"state": "open"`): the answer shows it. So
      // does a field the body leaves out that has a default (`"votes": 0`), and an instant the service stamps.
      const started = Object.fromEntries([
        ...machineFields(c, b.resource).flatMap((name): [string, unknown][] => {
          const start = resource.fields.find((f) => f.name === name)?.default;
          return typeof start === 'string' ? [[name, start]] : [];
        }),
        ...resource.fields
          .filter((f) => !(f.name in body) && f.default !== undefined && f.default !== null)
          .map((f): [string, unknown] => [f.name, f.default]),
        ...resource.fields
          .filter((f) => f.generate === 'now')
          .map((f): [string, unknown] => [f.name, STAMPED]),
      ]);
      steps.push({
        request: { method: e.method, path: fill(e.path, values), body },
        expect: { status: ok, body_contains: { ...body, ...started } },
        save: { [variable]: resource.key ?? 'id' },
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
      if (b.kind === 'list' && isParentList(b)) return listUnderHappyCheck(c, e, b);
      if (b.kind === 'list' && hasListOptions(b)) return listQueryHappyCheck(c, e, b);
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
      if (b.kind === 'reserve' && b.holder !== undefined) {
        body = { [b.holder]: `${b.holder.replace(/_/g, '-')}-${tag}` };
        expected = { [b.field]: true, ...body };
      }
      // A read that answers who has the record reads it after a hold gives it to someone.
      const held =
        b.kind === 'get' && readsWhoHas(c.endpoints, e)
          ? holdKeepingTaker(c.endpoints, b.resource)
          : undefined;
      if (held) {
        const { at, hold } = held;
        const taker = { [hold.holder]: `${hold.holder.replace(/_/g, '-')}-${tag}` };
        steps.push({
          request: {
            method: at.method,
            path: fill(at.path, { [hold.param]: `{${made.variable}}` }),
            body: taker,
          },
          expect: { status: successStatus(at, 200), body_contains: { [hold.field]: true, ...taker } },
        });
        expected = { ...made.body, [hold.field]: true, ...taker };
      }
      if (b.kind === 'update') {
        const named = b.fields;
        const field = resource.fields.find(
          (f) =>
            (named === undefined || named.includes(f.name)) &&
            !f.unique &&
            changedValue(f, made.body[f.name]) !== undefined,
        );
        if (!field) return null;
        body = { [field.name]: changedValue(field, made.body[field.name]) };
        // A replacement is sent whole: the record as created, with the one change.
        if (b.replace) body = { ...made.body, ...body };
        // A change of named fields sends each of them and keeps every other field as created.
        if (named) body = { ...Object.fromEntries(named.map((n) => [n, made.body[n]])), ...body };
        expected = named ? { ...made.body, ...body } : body;
      }
      if (b.kind === 'delete') expected = b.status === 204 ? undefined : { deleted: true };
      if (b.kind === 'toggle') expected = { [b.field]: b.value ?? true };
      if (b.kind === 'release') expected = { [b.field]: false };
      if (b.kind === 'reserve' && b.holder === undefined) expected = { [b.field]: true };
      steps.push({
        request: body ? { method: e.method, path, body } : { method: e.method, path },
        expect: expected === undefined ? { status: ok } : { status: ok, body_contains: expected },
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
      } else if (b.kind === 'delete' && b.status === 204) {
        // An empty 204 shows nothing: without a read endpoint, deleting the record again shows it is gone.
        steps.push({
          request: { method: e.method, path },
          expect: { status: 404, body_contains: errorBody('NOT_FOUND') },
        });
      }
      const flag = 'field' in b ? b.field : 'flag';
      const sentence: Record<typeof b.kind, string> = {
        get: `Reading ${withArticle(b.resource)} just created by id answers ${ok} with its fields.`,
        delete: `Deleting ${withArticle(b.resource)} answers ${ok}${ok === 204 ? ' with no body' : ' with deleted: true'}${get ? ', after which reading it answers 404' : ok === 204 ? ', and deleting it again answers 404' : ''}.`,
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
            request: { method: e.method, path: e.path, ...signed(b, c, body) },
            expect: { status: ok, body_contains: webhookAnswer(b, id, false) },
          },
          // Stored means readable: the list of the receiver's events holds it.
          ...storedStep(c, e, id),
        ],
      );
    }
    case 'webhook_events':
      return webhookEventsHappy(c, e, b);
    case 'health_check':
      return healthCheckHappy(c, e, b);
    case 'webhook_replay': {
      // A replay that delivers shows its attempt when the defaults say how it ends; else no example can.
      if (b.target_config !== undefined) return replayAttemptCheck(c, e, b, 'happy');
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
              ...signed(receiver.behavior, c, body),
            },
            expect: {
              status: successStatus(receiver, 200),
              body_contains: webhookAnswer(receiver.behavior, id, false),
            },
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
      const saved = b.key_field === 'id' || resourceOf(c, b.resource)?.key === b.key_field;
      let key = saved ? `{${made.variable}}` : made.body[b.key_field];
      if (key === undefined) {
        // A code the service made: read it from the create's answer.
        made.steps[made.steps.length - 1].save = {
          ...made.steps[made.steps.length - 1].save,
          [b.key_field]: b.key_field,
        };
        key = `{${b.key_field}}`;
      }
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
    case 'quota':
      return quotaHappyCheck(e, b);
    case 'ranking':
      return rankingHappyCheck(c, e, b);
    case 'overdue':
      return overdueHappyCheck(c, e, b);
    case 'owner_aggregate':
      return ownerAggregateHappyCheck(c, e, b);
    case 'low_stock':
      return lowStockHappyCheck(c, e, b);
    case 'vote':
      return voteHappyCheck(c, e, b);
    case 'tally':
      return tallyHappyCheck(c, e, b);
    case 'quota_usage':
      return quotaUsageHappyCheck(c, e, b);
    case 'transition':
      return transitionHappyCheck(c, e, b);
    case 'adjust':
    case 'reset':
      return null;
    case 'static':
      return check(e, 'happy', `${e.method} ${e.path} answers ${b.status} with its fixed document.`, [
        {
          request: { method: e.method, path: e.path },
          // A 204 carries no body (CONTRACT.md): its status is the whole answer.
          expect: b.status === 204 ? { status: 204 } : { status: b.status, body_contains: b.body },
        },
      ]);
    case 'function':
      // Its worked examples come from the catalog with the endpoint: facts of the domain, not computed here.
      return null;
  }
}
