import {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  refusesRepeatedEvents,
  webhookAnswer,
  type AcceptanceStep,
  type EndpointError,
  type EndpointSpec,
  type SpecContract,
} from '@sf/service-spec';
import { holdFlagWords, holdSegment } from './hold-flags';
import { quotaErrorCheck } from './quota-endpoints';
import { rankingErrorCheck } from './ranking-endpoints';
import { ballotErrorCheck } from './ballot-endpoints';
import { overdueErrorCheck } from './overdue-features';
import { ownerAggregateErrorCheck } from './owner-aggregate-features';
import { listQueryErrorCheck } from './list-query-checks';
import { isParentList, listUnderErrorCheck } from './list-under-checks';
import {
  MISSING_ID,
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
import { unusedMethod } from './method-not-allowed';
import { ruleErrorCheck } from './record-rule-checks';
import { sampleBody, wrongValue } from './samples';
import { transitionErrorCheck } from './machine-checks';
import { replayAttemptCheck } from './reach-docs';

/** A lookup that says what an unknown id gets ("unknown → not found", "inconnu → 404", "unbekannt → 404"). */
const UNKNOWN_ID =
  /\b(?:unknown|unbekannt\w*|inconnu\w*|desconocid\w*|inexistent\w*|sconosciut\w*|not found|introuvable|nicht gefunden|no existe|does not exist|there is none)/i;

/** The lookup features of a read whose 404 this example shows, quoted: the refusal they ask for. */
function askedFor(e: EndpointSpec, kind: string): string {
  const said = kind === 'get' ? e.features.filter((f) => UNKNOWN_ID.test(f)) : [];
  return said.length === 0 ? '' : ` As the intent asks: ${said.map((f) => JSON.stringify(f)).join('; ')}.`;
}

/** The features of receiver `e` that refuse a repeated event id, quoted: the refusal its 409 example shows. */
function askedForRepeats(e: EndpointSpec): string {
  const said = e.features.filter(refusesRepeatedEvents);
  return said.length === 0 ? '' : ` As the intent asks: ${said.map((f) => JSON.stringify(f)).join('; ')}.`;
}

function expectError(status: number, code: string): AcceptanceStep['expect'] {
  return { status, body_contains: errorBody(code) };
}

/** An error-path check that provokes `err` on the endpoint, or null when there is no generic way to. */
export function errorCheck(c: SpecContract, e: EndpointSpec, err: EndpointError): DraftCheck | null {
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
  const rule = ruleErrorCheck(c, e, err);
  if (rule !== undefined) return rule;
  switch (b.kind) {
    case 'transition':
      return transitionErrorCheck(c, e, b, err);
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
      const limit = b.parent?.limit;
      if (err.status === 409 && err.code === 'LIMIT_EXCEEDED' && b.parent && limit) {
        // One child taking the whole of the parent's total is fine; one more unit is refused.
        const parent = setup(c, b.parent.resource, tag);
        const total = parent?.body[limit.parent_field];
        if (!parent || typeof total !== 'number') return null;
        const path = fill(e.path, { [b.parent.param]: `{${parent.variable}}` });
        const body = sampleBody(resource, tag);
        return check(
          e,
          'error',
          `${withArticle(b.resource).replace(/^a/, 'A')} of ${total} on ${withArticle(b.parent.resource)} of ${total} is accepted; one more of 1 would take the ${limit.field} past its ${limit.parent_field} and answers 409 LIMIT_EXCEEDED.`,
          [
            ...parent.steps,
            {
              request: { method: e.method, path, body: { ...body, [limit.field]: total } },
              expect: { status: successStatus(e, 201) },
            },
            { request: { method: e.method, path, body: { ...body, [limit.field]: 1 } }, expect },
          ],
        );
      }
      const capacity = b.parent?.capacity;
      if (err.status === 409 && err.code === 'FULL' && b.parent && capacity) {
        // A parent of 2 places takes two children; the third is refused and the count stays.
        const parent = setup(c, b.parent.resource, tag, { [capacity.parent_field]: 2 });
        if (!parent) return null;
        const path = fill(e.path, { [b.parent.param]: `{${parent.variable}}` });
        const body = sampleBody(resource, tag);
        const ok = { status: successStatus(e, 201) };
        return check(
          e,
          'error',
          `${withArticle(b.parent.resource).replace(/^a/, 'A')} whose ${capacity.parent_field} is 2 takes two ${resource.plural}; a third answers 409 FULL.`,
          [
            ...parent.steps,
            { request: { method: e.method, path, body: distinctBody(resource, body, 1) }, expect: ok },
            { request: { method: e.method, path, body: distinctBody(resource, body, 2) }, expect: ok },
            { request: { method: e.method, path, body: distinctBody(resource, body, 3) }, expect },
          ],
        );
      }
      const unique = b.parent?.unique;
      if (err.status === 409 && err.code === 'CONFLICT' && b.parent && unique) {
        // The same values twice under one parent: the second is refused; another parent takes them.
        const first = setup(c, b.parent.resource, tag);
        const made = setup(c, b.parent.resource, `${tag}-other`);
        if (!first || !made) return null;
        // The other parent is saved under a name of its own: each saved value is named once.
        const other = `${made.variable}_other`;
        const second = {
          variable: other,
          steps: made.steps.map((step) =>
            step.save?.[made.variable] === undefined
              ? step
              : { ...step, save: { [other]: step.save[made.variable] } },
          ),
        };
        const at = (made: { variable: string }) =>
          fill(e.path, { [b.parent?.param ?? 'id']: `{${made.variable}}` });
        const body = sampleBody(resource, tag);
        const ok = { status: successStatus(e, 201) };
        const repeat = distinctBody(resource, body, 2);
        for (const name of unique) repeat[name] = body[name];
        return check(
          e,
          'error',
          `The same ${unique.join(' and ')} is accepted under two ${b.parent.resource.replace(/-/g, ' ')} records; sent again under the first it answers 409 CONFLICT.`,
          [
            ...first.steps,
            { request: { method: e.method, path: at(first), body }, expect: ok },
            ...second.steps,
            { request: { method: e.method, path: at(second), body }, expect: ok },
            { request: { method: e.method, path: at(first), body: repeat }, expect },
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
    case 'webhook_events':
      if (err.status !== 404 || b.param === undefined) return null;
      return check(e, 'error', `${label} with an unknown ${b.param} answers 404 NOT_FOUND.`, [
        {
          request: {
            method: e.method,
            path: fill(e.path, { [b.param]: `evt_${MISSING_ID.replace(/-/g, '_')}` }),
          },
          expect,
        },
      ]);
    case 'get':
    case 'delete':
    case 'toggle':
    case 'reserve':
    case 'release':
    case 'update':
    case 'redirect':
    case 'webhook_replay': {
      if (err.status === 502 && b.kind === 'webhook_replay') return replayAttemptCheck(c, e, b, 'error');
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
        return check(
          e,
          'error',
          `${label} with an unknown ${b.param} answers 404 NOT_FOUND.${askedFor(e, b.kind)}`,
          [{ request, expect }],
        );
      }
      if (err.status === 400 && b.kind === 'reserve' && b.holder !== undefined) {
        const made = setup(c, b.resource, tag, { [b.field]: false });
        if (!made) return null;
        return check(e, 'error', `${label} without ${b.holder} answers 400 VALIDATION_FAILED.`, [
          ...made.steps,
          {
            request: { method: e.method, path: fill(e.path, { [b.param]: `{${made.variable}}` }), body: {} },
            expect,
          },
        ]);
      }
      if (err.status === 400 && b.kind === 'update') {
        const made = setup(c, b.resource, tag);
        if (!made) return null;
        // An empty replacement is refused only for the required fields it leaves out.
        const r = resourceOf(c, b.resource);
        const needed = r?.fields.some((f) => f.required && f.name !== r.key && f.generate === undefined);
        if (b.replace && !needed) return null;
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
        // A second taker is refused while the first holds it (a book on loan to one member cannot go to another).
        const taker = (n: number) =>
          b.kind === 'reserve' && b.holder !== undefined
            ? { body: { [b.holder]: `${b.holder.replace(/_/g, '-')}-${n}-${tag}` } }
            : {};
        if (b.kind === 'reserve') {
          steps.push({
            request: { method: e.method, path, ...taker(1) },
            expect: { status: successStatus(e, 200), body_contains: { [b.field]: true } },
          });
        }
        steps.push({ request: { method: e.method, path, ...taker(2) }, expect });
        const state = holdFlagWords(b.field);
        const verb = holdSegment(b.field, b.kind).replace(/-/g, ' ');
        const what =
          b.kind === 'reserve'
            ? `${verb[0].toUpperCase()}${verb.slice(1)} on ${withArticle(b.resource)} that is already ${state}`
            : `${verb[0].toUpperCase()}${verb.slice(1)} on ${withArticle(b.resource)} that is not ${state}`;
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
      if (err.status === 409 && b.duplicates === 'conflict') {
        // The same signed event twice: the first accepted, the repeat refused.
        const id = eventId(e, 'repeated');
        const send = { method: e.method, path: e.path, ...signed(b, c, webhookEvent(b, id)) };
        return check(
          e,
          'error',
          `The same correctly signed event id received a second time answers 409 ${err.code}.${askedForRepeats(e)}`,
          [
            {
              request: send,
              expect: { status: successStatus(e, 200), body_contains: webhookAnswer(b, id, false) },
            },
            { request: send, expect },
          ],
        );
      }
      if (err.code === 'INVALID_SIGNATURE' && b.scheme === 'stripe') {
        const body = webhookEvent(b, eventId(e, 'stale'));
        const tolerance = b.tolerance_seconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
        return check(
          e,
          'error',
          `A webhook correctly signed ${tolerance * 2} seconds ago (beyond the ${tolerance}-second tolerance) answers ${err.status} INVALID_SIGNATURE and is not stored.`,
          [{ request: { method: e.method, path: e.path, ...signed(b, c, body, -2 * tolerance) }, expect }],
        );
      }
      if (err.code === 'INVALID_SIGNATURE') {
        const body = webhookEvent(b, eventId(e, 'forged'));
        const forged = { [b.signature_header]: `${b.signature_prefix}${'0'.repeat(64)}` };
        return check(
          e,
          'error',
          `A webhook with a wrong signature answers ${err.status} INVALID_SIGNATURE and is not stored.`,
          [{ request: { method: e.method, path: e.path, headers: forged, body_text: body }, expect }],
        );
      }
      if (err.status === 400) {
        // Without the field it requires: the type, or (when only the id is required) the id.
        const typed = b.type_required !== false;
        const body = typed
          ? webhookEvent(b, eventId(e, 'untyped'), false)
          : JSON.stringify({ [b.type_field]: 'test.event', data: {} });
        return check(
          e,
          'error',
          `A correctly signed webhook without ${typed ? b.type_field : b.id_field} answers 400 VALIDATION_FAILED.`,
          [
            {
              request: { method: e.method, path: e.path, ...signed(b, c, body) },
              expect,
            },
          ],
        );
      }
      return null;
    }
    case 'quota':
      return quotaErrorCheck(e, b, err);
    case 'ranking':
      return rankingErrorCheck(e, b, err);
    case 'list':
      return isParentList(b) ? listUnderErrorCheck(e, b, err) : listQueryErrorCheck(e, b, err);
    case 'overdue':
      return overdueErrorCheck(e, b, err);
    case 'owner_aggregate':
      return ownerAggregateErrorCheck(e, b, err);
    case 'vote':
    case 'tally':
      return ballotErrorCheck(c, e, b, err);
    default:
      return null;
  }
}

/**
 * The n-th of several children sent to one parent: its free-text values (and e-mails) made distinct, so a
 * uniqueness rule on them never answers before the capacity does.
 */
function distinctBody(
  resource: { fields: { name: string; type: string; enum?: unknown[]; format?: string }[] },
  body: Record<string, unknown>,
  n: number,
): Record<string, unknown> {
  const out = { ...body };
  for (const f of resource.fields) {
    const v = out[f.name];
    if (f.type !== 'string' || f.enum !== undefined || typeof v !== 'string') continue;
    if (f.format !== undefined && f.format !== 'email') continue;
    out[f.name] = `p${n}${f.format === 'email' ? '' : '-'}${v}`;
  }
  return out;
}
