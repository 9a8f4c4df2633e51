import {
  webhookAnswer,
  type AcceptanceStep,
  type EndpointError,
  type EndpointRequest,
  type EndpointResponse,
  type EndpointSpec,
  type HealthCheckBehavior,
  type RedirectBehavior,
  type SpecContract,
  type WebhookEventsBehavior,
  DEFAULT_REPLAY_TIMEOUT_MS,
  deliversReplays,
  listedEvents,
  knownReplayFailure,
  REPLAY_FAILED_CODE,
  type WebhookReplayBehavior,
} from '@sf/service-spec';
import {
  check,
  errorBody,
  eventId,
  fill,
  signed,
  successStatus,
  webhookEvent,
  type DraftCheck,
} from './acceptance-steps';
import { styleForHeader } from './contract-builder';
import { exampleRecord } from './samples';
import { eventTypeQuery } from './webhook-filters';

/*
 * Documentation and worked examples of the endpoints that reach other services (health checks, stored events) or
 * send their callers elsewhere (redirects).
 */

interface Docs {
  request: EndpointRequest;
  responses: EndpointResponse[];
  errors: EndpointError[];
}

/**
 * A target nobody listens on (port 2 on loopback; fetch refuses port 1 outright as a "bad port"): whatever network
 * the service has, a check finds it refused.
 */
const REFUSED_URL = 'http://127.0.0.1:2/health';

/** Request and answers of a health check (it cannot fail: what targets answer is reported, never raised). */
export function healthCheckDocs(b: HealthCheckBehavior): Docs {
  const target = (id: string, name: string, url: string, up: boolean) => ({
    id,
    [b.name_field]: name,
    [b.url_field]: url,
    status: up ? 'up' : 'down',
    status_code: up ? 200 : null,
    latency_ms: up ? 12 : b.timeout_ms,
    error: up ? null : 'timeout',
  });
  return {
    request: {},
    responses: [
      {
        status: 200,
        description: `Each registered target up (2xx or 3xx) or down (error status, refused, or no answer within ${b.timeout_ms} ms), in registration order; status up when all are up, else degraded`,
        example: {
          status: 'degraded',
          checked: 2,
          up: 1,
          down: 1,
          targets: [
            target('watched-url-1', 'billing-api', 'https://billing.example.com/health', true),
            target('watched-url-2', 'search-api', 'https://search.example.com/health', false),
          ],
        },
      },
    ],
    errors: [],
  };
}

/** The worked example of a health check: a target nobody listens on is reported down, refused. */
export function healthCheckHappy(
  c: SpecContract,
  e: EndpointSpec,
  b: HealthCheckBehavior,
): DraftCheck | null {
  const create = c.endpoints.find((x) => x.behavior.kind === 'create' && x.behavior.resource === b.resource);
  if (!create) return null;
  const name = `${e.id}-refused`;
  const registered = { [b.name_field]: name, [b.url_field]: REFUSED_URL };
  return check(
    e,
    'happy',
    `A watched URL nobody listens on (${REFUSED_URL}) is reported down with error refused and no status code, so the overall status is degraded.`,
    [
      {
        request: { method: create.method, path: create.path, body: registered },
        expect: { status: successStatus(create, 201), body_contains: registered },
      },
      {
        request: { method: e.method, path: e.path },
        expect: {
          status: successStatus(e, 200),
          body_contains: {
            status: 'degraded',
            targets: [{ ...registered, status: 'down', status_code: null, error: 'refused' }],
          },
        },
      },
    ],
  );
}

/** Request and answers of the stored events of a webhook receiver. */
export function webhookEventsDocs(c: SpecContract, b: WebhookEventsBehavior, path: string): Docs {
  const receiver = c.endpoints.find((x) => x.id === b.receiver)?.behavior;
  const type =
    receiver?.kind === 'webhook_receive' ? styleForHeader(receiver.signature_header).eventType : 'event';
  const stored = {
    id: 'evt_1001',
    type,
    event: { id: 'evt_1001', type },
    replay_count: 0,
    ...(deliversReplays(c, b.receiver) ? { last_replay: null } : {}),
  };
  if (b.param === undefined) {
    const only =
      b.type_filter !== undefined ? ` (only those of the type in "${b.type_filter}" when given)` : '';
    return {
      request: b.type_filter !== undefined ? { query: [eventTypeQuery(b.type_filter, type)] } : {},
      responses: [
        {
          status: 200,
          description: `Every event received${only}, ${b.order === 'newest_first' ? 'newest first' : 'in arrival order'}${b.envelope !== undefined ? `, under "${b.envelope}"` : ''}`,
          example: listedEvents(b, [b.items === 'bodies' ? stored.event : stored]),
        },
      ],
      errors: [],
    };
  }
  const param = b.param;
  return {
    request: {
      params: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => ({
        name: m[1],
        description: m[1] === param ? 'Id of a received event' : 'Path segment (not used by the behaviour)',
        example: m[1] === param ? 'evt_1001' : 'sample',
      })),
    },
    responses: [
      { status: 200, description: 'The event as received, with its replay count', example: stored },
    ],
    errors: [{ status: 404, code: 'NOT_FOUND', when: 'no event with this id was received' }],
  };
}

/** The worked example of stored events: an event received is listed, and read back by its id. */
export function webhookEventsHappy(
  c: SpecContract,
  e: EndpointSpec,
  b: WebhookEventsBehavior,
): DraftCheck | null {
  const receiver = c.endpoints.find((x) => x.id === b.receiver);
  if (!receiver || receiver.behavior.kind !== 'webhook_receive') return null;
  const r = receiver.behavior;
  const send = (id: string): AcceptanceStep => ({
    request: { method: receiver.method, path: receiver.path, ...signed(r, c, webhookEvent(r, id)) },
    expect: { status: successStatus(receiver, 200), body_contains: webhookAnswer(r, id, false) },
  });
  const view = (id: string) => {
    const sent = JSON.parse(webhookEvent(r, id)) as Record<string, unknown>;
    // A list of the bodies as received shows the event as sent; else the record around it.
    if (b.param === undefined && b.items === 'bodies') return sent;
    return { id, type: sent[r.type_field], replay_count: 0 };
  };
  const id = eventId(e, 'ok');
  if (b.param === undefined && b.order === 'newest_first') {
    // Two events, so the order shows: the one received last is listed first.
    const later = eventId(e, 'later');
    return check(e, 'happy', 'Webhook events received are listed newest first.', [
      send(id),
      send(later),
      {
        request: { method: e.method, path: e.path },
        expect: {
          status: successStatus(e, 200),
          body_contains: listedEvents(b, [view(later), view(id)]),
          in_order: true,
        },
      },
    ]);
  }
  return check(
    e,
    'happy',
    b.param === undefined
      ? 'A webhook event received is listed with its type and a replay count of 0.'
      : 'A webhook event received is read back by its id with its type and a replay count of 0.',
    [
      send(id),
      {
        request: { method: e.method, path: b.param === undefined ? e.path : fill(e.path, { [b.param]: id }) },
        expect: {
          status: successStatus(e, 200),
          body_contains: b.param === undefined ? listedEvents(b, [view(id)]) : view(id),
        },
      },
    ],
  );
}

/**
 * A step reading back event `id` that receiver `e` accepted (by id, else in the list): stored means readable.
 * None when the contract reads no events of that receiver.
 */
export function storedStep(c: SpecContract, e: EndpointSpec, id: string): AcceptanceStep[] {
  const reads = c.endpoints.filter(
    (x) => x.behavior.kind === 'webhook_events' && x.behavior.receiver === e.id,
  );
  const one = reads.find((x) => x.behavior.kind === 'webhook_events' && x.behavior.param !== undefined);
  if (one && one.behavior.kind === 'webhook_events' && one.behavior.param !== undefined) {
    const path = fill(one.path, { [one.behavior.param]: id });
    return [{ request: { method: 'GET', path }, expect: { status: 200, body_contains: { id } } }];
  }
  const all = reads[0];
  if (all?.behavior.kind !== 'webhook_events') return [];
  const listed = listedEvents(all.behavior, [{ id }]);
  return [{ request: { method: 'GET', path: all.path }, expect: { status: 200, body_contains: listed } }];
}

/** Request, responses and errors of a redirect: the key in the path, the target in `location`. */
export function redirectDocs(c: SpecContract, b: RedirectBehavior): Docs {
  const r = c.resources.find((x) => x.name === b.resource);
  const record = r ? exampleRecord(r) : {};
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const target = text(record[b.target_field], 'https://example.com/');
  return {
    request: {
      params: [
        {
          name: b.param,
          description: `The ${b.key_field} of the ${b.resource}`,
          example: text(record[b.key_field], 'docs'),
        },
      ],
    },
    responses: [
      {
        status: b.status,
        description: `Redirect to the ${b.target_field}`,
        headers: { location: target },
        example: { location: target },
      },
    ],
    errors: [{ status: 404, code: 'NOT_FOUND', when: `no ${b.resource} has this ${b.key_field}` }],
  };
}

/**
 * The worked example of a replay that delivers, when its failure is known from the defaults (no URL set, or a
 * loopback one): a received event replayed answers 502 REPLAY_FAILED; the happy one then reads the event back
 * with the attempt recorded (one replay, `last_replay.ok` false). Null when the target's answer is unknowable.
 */
export function replayAttemptCheck(
  c: SpecContract,
  e: EndpointSpec,
  b: WebhookReplayBehavior,
  kind: 'happy' | 'error',
): DraftCheck | null {
  const receiver = c.endpoints.find((x) => x.id === b.receiver);
  if (!receiver || receiver.behavior.kind !== 'webhook_receive') return null;
  const failure = knownReplayFailure(c, b);
  if (failure === null) return null;
  const r = receiver.behavior;
  const id = eventId(e, kind === 'happy' ? 'attempt' : 'failed');
  const steps: AcceptanceStep[] = [
    {
      request: { method: receiver.method, path: receiver.path, ...signed(r, c, webhookEvent(r, id)) },
      expect: { status: successStatus(receiver, 200), body_contains: webhookAnswer(r, id, false) },
    },
    {
      request: { method: e.method, path: fill(e.path, { [b.param]: id }) },
      expect: { status: 502, body_contains: errorBody(REPLAY_FAILED_CODE) },
    },
  ];
  const read = c.endpoints.find(
    (x) => x.behavior.kind === 'webhook_events' && x.behavior.receiver === b.receiver && x.behavior.param,
  );
  const why =
    failure === 'no_target'
      ? `${b.target_config} is not set`
      : `nothing listens at the loopback URL in ${b.target_config}`;
  if (kind === 'error') {
    return check(
      e,
      'error',
      `Replaying a received event when ${why} answers 502 ${REPLAY_FAILED_CODE}.`,
      steps,
    );
  }
  // Without a read by id, the refused attempt itself is the example.
  if (read && read.behavior.kind === 'webhook_events' && read.behavior.param !== undefined)
    steps.push({
      request: { method: read.method, path: fill(read.path, { [read.behavior.param]: id }) },
      expect: {
        status: 200,
        body_contains: { id, replay_count: 1, last_replay: { ok: false, status_code: null, error: failure } },
      },
    });
  return check(
    e,
    'happy',
    `Replaying a received event when ${why} answers 502 ${REPLAY_FAILED_CODE} and records the failed attempt on the event (replay count 1, last_replay ${failure}).`,
    steps,
  );
}

/** Request and answers of a replay: re-processed, or re-delivered to the URL in its setting (502 when that fails). */
export function webhookReplayDocs(
  c: SpecContract,
  b: WebhookReplayBehavior,
  params: EndpointRequest['params'],
): Docs {
  const receiver = c.endpoints.find((x) => x.id === b.receiver)?.behavior;
  const type =
    receiver?.kind === 'webhook_receive' ? styleForHeader(receiver.signature_header).eventType : 'event';
  const replayed = { id: 'evt_1001', type, replayed: true, replay_count: 1 };
  if (b.target_config === undefined) {
    return {
      request: { params },
      responses: [{ status: 200, description: 'The event was processed again', example: replayed }],
      errors: [{ status: 404, code: 'NOT_FOUND', when: 'no event with this id was received' }],
    };
  }
  return {
    request: { params },
    responses: [
      {
        status: 200,
        description: `The event was sent again to the URL in ${b.target_config}, which answered 2xx`,
        example: { ...replayed, delivered: true, status_code: 200 },
      },
    ],
    errors: [
      { status: 404, code: 'NOT_FOUND', when: 'no event with this id was received' },
      {
        status: 502,
        code: REPLAY_FAILED_CODE,
        when: `the URL in ${b.target_config} is not set, answers other than 2xx, cannot be reached or does not answer within ${b.timeout_ms ?? DEFAULT_REPLAY_TIMEOUT_MS} ms (the attempt is recorded as failed)`,
      },
    ],
  };
}
