import {
  configDefault,
  deliversReplays,
  listedEvents,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  DUPLICATE_EVENT_CODE,
  REPLAY_FAILED_CODE,
  type WebhookReplayBehavior,
  type EndpointSpec,
  type WebhookEventsBehavior,
  type WebhookReceiveBehavior,
  webhookAnswer,
} from '@sf/service-spec';
import { key, literal, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/* Endpoint tests of webhook receivers (signatures over the raw bytes, duplicates) and of event replay. */

/** The signing secret of receiver `b`: its config setting's default. */
function secretOf(w: EndpointTestWriter, b: WebhookReceiveBehavior): string {
  return configDefault(w.contract, b.secret_config);
}

/** Statements sending a signed event to receiver `e`; `res` holds the answer. */
function sendSigned(
  w: EndpointTestWriter,
  e: EndpointSpec,
  b: WebhookReceiveBehavior,
  res: string,
  text: string,
): string {
  return `const ${res} = await server.call({ method: ${str(e.method)}, path: ${w.path(e)}, headers: { ${key(b.signature_header)}: ${signature(w, b, text)} }, bodyText: ${text} });`;
}

/** An expression signing `text` as receiver `b` expects, with `secret` (default: the configured one). */
function signature(
  w: EndpointTestWriter,
  b: WebhookReceiveBehavior,
  text: string,
  secret = secretOf(w, b),
): string {
  if (b.scheme === 'stripe') return `${w.support('signStripe')}(${str(secret)}, ${text})`;
  const signer = b.encoding === 'base64' ? 'signBase64' : 'sign';
  return `${w.support(signer)}(${str(secret)}, ${str(b.signature_prefix)}, ${text})`;
}

/** The status receiver `b` accepts an event with. */
/** The status the receiver answers a missing or wrong signature with. */
function refusal(b: WebhookReceiveBehavior): number {
  return b.signature_status ?? 401;
}

function okStatus(b: WebhookReceiveBehavior): number {
  return b.status ?? 200;
}

/** `stripe` receivers: the timestamp must be near the service's clock; any one `v1` may match (key rotation). */
function stripeCases(w: EndpointTestWriter, e: EndpointSpec, b: WebhookReceiveBehavior): TestCase[] {
  const where = `${e.method} ${e.path}`;
  const tolerance = b.tolerance_seconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  const secret = str(secretOf(w, b));
  const send = (res: string, header: string, id: string) =>
    [
      `const ${res}Body = ${str(JSON.stringify({ [b.id_field]: id, [b.type_field]: 'test.event' }))};`,
      `const ${res} = await server.call({ method: ${str(e.method)}, path: ${w.path(e)}, headers: { ${key(b.signature_header)}: ${header.replace(/BODY/g, `${res}Body`)} }, bodyText: ${res}Body });`,
    ].join('\n');
  return [
    {
      name: `accepts a timestamp within ${tolerance} seconds and refuses one further off with ${refusal(b)} INVALID_SIGNATURE`,
      lines: [
        send(
          'recent',
          `${w.support('signStripe')}(${secret}, BODY, -${Math.floor(tolerance / 2)})`,
          'evt_recent',
        ),
        w.expectStatus('recent', okStatus(b), `${where} signed ${Math.floor(tolerance / 2)} s ago`),
        send('stale', `${w.support('signStripe')}(${secret}, BODY, -${tolerance * 2})`, 'evt_stale'),
        w.expectError('stale', refusal(b), 'INVALID_SIGNATURE', `${where} signed ${tolerance * 2} s ago`),
        send('ahead', `${w.support('signStripe')}(${secret}, BODY, ${tolerance * 2})`, 'evt_ahead'),
        w.expectError('ahead', refusal(b), 'INVALID_SIGNATURE', `${where} dated ${tolerance * 2} s ahead`),
      ],
    },
    {
      name: 'accepts a header whose second v1 signature matches (rotated secrets) and refuses one without t',
      lines: [
        send(
          'rotated',
          `${w.support('signStripe')}(${secret}, BODY) + ',v1=' + '0'.repeat(64)`,
          'evt_rotated',
        ),
        w.expectStatus('rotated', okStatus(b), `${where} with an extra v1`),
        send(
          'untimed',
          `${w.support('signStripe')}(${secret}, BODY).replace(/^t=[0-9]+,/, '')`,
          'evt_untimed',
        ),
        w.expectError('untimed', refusal(b), 'INVALID_SIGNATURE', `${where} without t=`),
      ],
    },
  ];
}

/** `webhook_receive`: signed events accepted once (repeats flagged), bad signatures and bodies refused. */
export function receiveCases(w: EndpointTestWriter, e: EndpointSpec, b: WebhookReceiveBehavior): TestCase[] {
  const where = `${e.method} ${e.path}`;
  const a = w.assert();
  const event = JSON.stringify({
    [b.id_field]: 'evt_endpoint_test',
    [b.type_field]: 'test.event',
    data: { n: 1 },
  });
  const spaced = JSON.stringify({ [b.id_field]: 'evt_spaced', [b.type_field]: 'test.event' }, null, 2);
  const expected = (duplicate: boolean) => literal(webhookAnswer(b, 'evt_endpoint_test', duplicate));
  const ok = okStatus(b);
  return [
    b.duplicates === 'conflict'
      ? conflictCase(w, e, b)
      : {
          name: 'accepts a correctly signed event once and flags a repeat as a duplicate',
          lines: [
            `const body = ${str(event)};`,
            sendSigned(w, e, b, 'first', 'body'),
            w.expectStatus('first', ok, where),
            `${a}.deepEqual(first.body, ${expected(false)});`,
            sendSigned(w, e, b, 'second', 'body'),
            w.expectStatus('second', ok, `${where} a second time`),
            `${a}.deepEqual(second.body, ${expected(true)});`,
          ],
        },
    {
      name: 'verifies the signature over the raw bytes, whitespace included',
      lines: [
        `const body = ${str(spaced)};`,
        sendSigned(w, e, b, 'res', 'body'),
        w.expectStatus('res', ok, `${where} with a pretty-printed body`),
      ],
    },
    {
      name: `refuses a missing or wrong signature with ${refusal(b)} INVALID_SIGNATURE`,
      lines: [
        `const body = ${str(event)};`,
        `const unsigned = ${w.call(e, { bodyText: 'body' })};`,
        w.expectError('unsigned', refusal(b), 'INVALID_SIGNATURE', `${where} without a signature`),
        `const signature = ${signature(w, b, 'body')};`,
        `const tampered = await server.call({ method: ${str(e.method)}, path: ${w.path(e)}, headers: { ${key(b.signature_header)}: signature }, bodyText: body + ' ' });`,
        w.expectError(
          'tampered',
          refusal(b),
          'INVALID_SIGNATURE',
          `${where} with a body changed after signing`,
        ),
        `const wrongKey = await server.call({ method: ${str(e.method)}, path: ${w.path(e)}, headers: { ${key(b.signature_header)}: ${signature(w, b, 'body', 'not-the-secret')} }, bodyText: body });`,
        w.expectError('wrongKey', refusal(b), 'INVALID_SIGNATURE', `${where} signed with another key`),
        ...notStoredLines(w, e, 'evt_endpoint_test', 'after refused deliveries'),
      ],
    },
    {
      name: `refuses a signed body without ${b.type_required === false ? `a string ${b.id_field}` : `string ${b.id_field} and ${b.type_field}`} with 400`,
      lines: [
        `const body = ${str(JSON.stringify({ [b.id_field]: 42, [b.type_field]: 'test.event' }))};`,
        sendSigned(w, e, b, 'res', 'body'),
        w.expectError('res', 400, 'VALIDATION_FAILED', `${where} with a numeric ${b.id_field}`),
        ...(b.type_required === false
          ? []
          : [
              `const untypedBody = ${str(JSON.stringify({ [b.id_field]: 'evt_untyped' }))};`,
              sendSigned(w, e, b, 'untyped', 'untypedBody'),
              w.expectError('untyped', 400, 'VALIDATION_FAILED', `${where} without ${b.type_field}`),
            ]),
      ],
    },
    ...(b.scheme === 'stripe' ? stripeCases(w, e, b) : [encodingCase(w, e, b)]),
  ];
}

/**
 * `duplicates: conflict`: an id received before is 409 DUPLICATE_EVENT even with other content, the first
 * delivery kept; a forged repeat is still 401 (the signature comes first).
 */
function conflictCase(w: EndpointTestWriter, e: EndpointSpec, b: WebhookReceiveBehavior): TestCase {
  const where = `${e.method} ${e.path}`;
  const a = w.assert();
  const first = { [b.id_field]: 'evt_repeated', [b.type_field]: 'test.event', data: { n: 1 } };
  const again = { ...first, data: { n: 2 } };
  const read = w.contract.endpoints.find(
    (x) =>
      x.behavior.kind === 'webhook_events' && x.behavior.receiver === e.id && x.behavior.param !== undefined,
  );
  const readBack =
    read && read.behavior.kind === 'webhook_events' && read.behavior.param !== undefined
      ? [
          `const kept = ${w.call(read, { path: w.path(read, { [read.behavior.param]: "'evt_repeated'" }) })};`,
          w.expectStatus('kept', 200, `${read.method} ${read.path}`),
          `${a}.deepEqual(${w.support('bodyOf')}(kept).event, ${literal(first)});`,
        ]
      : [];
  return {
    name: `accepts a correctly signed event once and refuses its id again with 409 ${DUPLICATE_EVENT_CODE}`,
    lines: [
      `const body = ${str(JSON.stringify(first))};`,
      sendSigned(w, e, b, 'first', 'body'),
      w.expectStatus('first', okStatus(b), where),
      `${a}.deepEqual(first.body, ${literal(webhookAnswer(b, 'evt_repeated', false))});`,
      `const againBody = ${str(JSON.stringify(again))};`,
      sendSigned(w, e, b, 'second', 'againBody'),
      w.expectError('second', 409, DUPLICATE_EVENT_CODE, `${where} with an id received before`),
      `const forged = await server.call({ method: ${str(e.method)}, path: ${w.path(e)}, headers: { ${key(b.signature_header)}: ${signature(w, b, 'againBody', 'not-the-secret')} }, bodyText: againBody });`,
      w.expectError('forged', refusal(b), 'INVALID_SIGNATURE', `${where} forged with an id received before`),
      ...readBack,
    ],
  };
}

/** `webhook_replay`: 404 for an unknown event, a received event replayed with its replay count. */
export function replayCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  replay: WebhookReplayBehavior,
): TestCase[] {
  const { receiver: receiverId, param } = replay;
  const receiver = w.contract.endpoints.find((x) => x.id === receiverId);
  const cases = [w.unknownRecordCase(e, param, 'event')];
  if (!receiver || receiver.behavior.kind !== 'webhook_receive') return cases;
  const b = receiver.behavior;
  if (replay.target_config !== undefined) return [...cases, ...deliveryCases(w, e, replay, receiver, b)];
  const where = `${e.method} ${e.path}`;
  const a = w.assert();
  const path = w.path(e, { [param]: "'evt_replayed'" });
  cases.push({
    name: 'replays a received event and counts the replays',
    lines: [
      `const body = ${str(JSON.stringify({ [b.id_field]: 'evt_replayed', [b.type_field]: 'test.replayed' }))};`,
      sendSigned(w, receiver, b, 'received', 'body'),
      w.expectStatus('received', okStatus(b), `${receiver.method} ${receiver.path}`),
      `const first = ${w.call(e, { path })};`,
      w.expectStatus('first', 200, where),
      `${a}.deepEqual(first.body, ${literal({ id: 'evt_replayed', type: 'test.replayed', replayed: true, replay_count: 1 })});`,
      `const second = ${w.call(e, { path })};`,
      w.expectStatus('second', 200, `${where} a second time`),
      `${a}.equal(${w.support('bodyOf')}(second).replay_count, 2);`,
    ],
  });
  return cases;
}

/** `hmac` receivers: the right digest written in the other encoding (hex for base64, base64 for hex) is refused. */
function encodingCase(w: EndpointTestWriter, e: EndpointSpec, b: WebhookReceiveBehavior): TestCase {
  const base64 = b.encoding === 'base64';
  const other = base64 ? 'sign' : 'signBase64';
  const where = `${e.method} ${e.path}`;
  return {
    name: `refuses the digest written in ${base64 ? 'hex' : 'base64'} (it expects ${base64 ? 'base64' : 'hex'}) with ${refusal(b)}`,
    lines: [
      `const body = ${str(JSON.stringify({ [b.id_field]: 'evt_encoding', [b.type_field]: 'test.event' }))};`,
      `const res = await server.call({ method: ${str(e.method)}, path: ${w.path(e)}, headers: { ${key(b.signature_header)}: ${w.support(other)}(${str(secretOf(w, b))}, ${str(b.signature_prefix)}, body) }, bodyText: body });`,
      w.expectError(
        'res',
        refusal(b),
        'INVALID_SIGNATURE',
        `${where} with a ${base64 ? 'hex' : 'base64'} digest`,
      ),
    ],
  };
}

/** `webhook_events`: received events listed in arrival order, one read by id, an unknown id 404. */
export function eventsCases(w: EndpointTestWriter, e: EndpointSpec, b: WebhookEventsBehavior): TestCase[] {
  const receiver = w.contract.endpoints.find((x) => x.id === b.receiver);
  if (!receiver || receiver.behavior.kind !== 'webhook_receive') return [];
  const r = receiver.behavior;
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const event = (id: string) => ({ [r.id_field]: id, [r.type_field]: `test.${id}`, data: { n: id.length } });
  // A repeat is accepted again, or refused with 409 where the receiver refuses repeats; listed once either way.
  const send = (local: string, id: string, repeat = false) =>
    [
      `const ${local}Body = ${str(JSON.stringify(event(id)))};`,
      sendSigned(w, receiver, r, local, `${local}Body`),
      repeat && r.duplicates === 'conflict'
        ? w.expectError(local, 409, DUPLICATE_EVENT_CODE, `${receiver.method} ${receiver.path} a second time`)
        : w.expectStatus(local, okStatus(r), `${receiver.method} ${receiver.path}`),
    ].join('\n');
  // Where replays deliver, an event also shows its last attempt (none yet).
  const attempt = deliversReplays(w.contract, b.receiver) ? { last_replay: null } : {};
  const record = (id: string) => ({ id, type: `test.${id}`, event: event(id), replay_count: 0, ...attempt });
  // A list of the bodies as received shows each event as it was sent.
  const stored = (id: string) => (b.items === 'bodies' ? event(id) : record(id));
  if (b.param === undefined) {
    const newest = b.order === 'newest_first';
    const listed = [stored('evt_b'), stored('evt_a')];
    return [
      {
        name: `lists every received event once, ${newest ? 'newest first' : 'in arrival order'}, with its body as received`,
        lines: [
          `const empty = ${w.call(e)};`,
          w.expectStatus('empty', 200, where),
          `${a}.deepEqual(empty.body, ${literal(listedEvents(b, []))});`,
          send('first', 'evt_b'),
          send('second', 'evt_a'),
          send('again', 'evt_b', true),
          `const res = ${w.call(e)};`,
          w.expectStatus('res', 200, where),
          `${a}.deepEqual(res.body, ${literal(listedEvents(b, newest ? listed.reverse() : listed))});`,
        ],
      },
      ...(b.type_filter === undefined ? [] : [typeFilterCase(w, e, b.type_filter, send, stored)]),
    ];
  }
  const path = w.path(e, { [b.param]: "'evt_read'" });
  return [
    w.unknownRecordCase(e, b.param, 'event'),
    {
      name: 'reads a received event back by its id, with its body as received',
      lines: [
        send('received', 'evt_read'),
        `const res = ${w.call(e, { path })};`,
        w.expectStatus('res', 200, where),
        `${a}.deepEqual(res.body, ${literal(stored('evt_read'))});`,
      ],
    },
  ];
}

/** `?type=` on a list of events: only the events of that type, none for a type never received. */
function typeFilterCase(
  w: EndpointTestWriter,
  e: EndpointSpec,
  param: string,
  send: (local: string, id: string) => string,
  stored: (id: string) => unknown,
): TestCase {
  const a = w.assert();
  const b = e.behavior as WebhookEventsBehavior;
  return {
    name: `lists only the events of the type asked in "${param}"`,
    lines: [
      send('kept', 'evt_k'),
      send('other', 'evt_o'),
      `const res = ${w.call(e, { query: literal({ [param]: 'test.evt_k' }) })};`,
      w.expectStatus('res', 200, `${e.method} ${e.path}?${param}=test.evt_k`),
      `${a}.deepEqual(res.body, ${literal(listedEvents(b, [stored('evt_k')]))});`,
      `const none = ${w.call(e, { query: literal({ [param]: 'test.never' }) })};`,
      `${a}.deepEqual(none.body, ${literal(listedEvents(b, []))});`,
    ],
  };
}

/**
 * Statements showing that event `id` was not stored: the receiver's by-id read answers 404, or its list leaves
 * it out (none when the contract reads no events).
 */
function notStoredLines(w: EndpointTestWriter, receiver: EndpointSpec, id: string, when: string): string[] {
  const reads = w.contract.endpoints.filter(
    (x) => x.behavior.kind === 'webhook_events' && x.behavior.receiver === receiver.id,
  );
  const one = reads.find((x) => x.behavior.kind === 'webhook_events' && x.behavior.param !== undefined);
  if (one && one.behavior.kind === 'webhook_events' && one.behavior.param) {
    const path = w.path(one, { [one.behavior.param]: str(id) });
    return [
      `const kept = ${w.call(one, { path })};`,
      w.expectError('kept', 404, 'NOT_FOUND', `${one.method} ${one.path} ${when}`),
    ];
  }
  const all = reads[0];
  if (all?.behavior.kind !== 'webhook_events') return [];
  return [
    `const kept = ${w.call(all)};`,
    w.expectStatus('kept', 200, `${all.method} ${all.path} ${when}`),
    `${w.assert()}.deepEqual(kept.body, ${literal(listedEvents(all.behavior, []))});`,
  ];
}

/**
 * A replay that delivers: the event's bytes as received POSTed to the configured URL (a loopback target that
 * records what it is sent), the attempt counted and shown on the event; a target answering 500, one refusing
 * connections and no URL at all each answer 502 REPLAY_FAILED with the failure recorded, the service unharmed.
 */
function deliveryCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  replay: WebhookReplayBehavior,
  receiver: EndpointSpec,
  b: WebhookReceiveBehavior,
): TestCase[] {
  const setting = replay.target_config ?? '';
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const path = (id: string) => w.path(e, { [replay.param]: str(id) });
  const read = w.contract.endpoints.find(
    (x) =>
      x.behavior.kind === 'webhook_events' &&
      x.behavior.receiver === receiver.id &&
      x.behavior.param !== undefined,
  );
  /** Statements reading event `id` back: one replay counted, and `expected` (code) as its last attempt. */
  const lastReplay = (local: string, id: string, expected: string): string[] =>
    read && read.behavior.kind === 'webhook_events' && read.behavior.param !== undefined
      ? [
          `const ${local} = await own.call({ method: 'GET', path: ${w.path(read, { [read.behavior.param]: str(id) })} });`,
          `${a}.equal(${local}.status, 200);`,
          `${a}.deepEqual([${w.support('bodyOf')}(${local}).replay_count, ${w.support('bodyOf')}(${local}).last_replay], [1, ${expected}]);`,
        ]
      : [];
  const sendTo = (id: string, local: string) => {
    const body = JSON.stringify({ [b.id_field]: id, [b.type_field]: 'test.replayed' }, null, 1);
    return [
      `const ${local}Body = ${str(body)};`,
      `const ${local} = await own.call({ method: ${str(receiver.method)}, path: ${w.path(receiver)}, headers: { ${key(b.signature_header)}: ${signature(w, b, `${local}Body`)} }, bodyText: ${local}Body });`,
      `${a}.equal(${local}.status, ${okStatus(b)}, 'receiving ' + ${str(id)});`,
    ];
  };
  return [
    {
      name: `sends a replayed event, byte for byte as received, to the URL in ${setting} and counts the attempt`,
      lines: [
        `const targets = await ${w.support('startTargets')}();`,
        `const own = await ${w.support('startService')}({ ${key(setting)}: targets.capture });`,
        'try {',
        ...sendTo('evt_delivered', 'received').map((l) => '  ' + l),
        `  const res = await own.call({ method: ${str(e.method)}, path: ${path('evt_delivered')} });`,
        `  ${a}.equal(res.status, 200, ${str(where)} + ' to a target answering 200: ' + res.text);`,
        `  ${a}.deepEqual(res.body, ${literal({ id: 'evt_delivered', type: 'test.replayed', replayed: true, replay_count: 1, delivered: true, status_code: 200 })});`,
        `  ${a}.equal(targets.received.length, 1);`,
        `  ${a}.equal(targets.received[0].method, 'POST');`,
        `  ${a}.equal(targets.received[0].body, receivedBody);`,
        `  ${a}.equal(targets.received[0].headers['x-replayed-event'], 'evt_delivered');`,
        ...lastReplay('seen', 'evt_delivered', '{ ok: true, status_code: 200, error: null }').map(
          (l) => '  ' + l,
        ),
        '} finally {',
        '  await own.stop();',
        '  await targets.stop();',
        '}',
      ],
    },
    {
      name: `answers 502 ${REPLAY_FAILED_CODE} when the target fails, refuses the connection or is not set, and records each attempt`,
      lines: [
        `const targets = await ${w.support('startTargets')}();`,
        'try {',
        `  for (const [target, error, code] of [[targets.failing, 'http_500', 500], [targets.refused, 'refused', null], ['', 'no_target', null]] as const) {`,
        `    const own = await ${w.support('startService')}({ ${key(setting)}: target });`,
        '    try {',
        ...sendTo('evt_failed', 'received').map((l) => '      ' + l),
        `      const res = await own.call({ method: ${str(e.method)}, path: ${path('evt_failed')} });`,
        `      ${w.support('expectError')}(res, 502, ${str(REPLAY_FAILED_CODE)}, ${str(where)} + ' to ' + JSON.stringify(target));`,
        ...lastReplay('seen', 'evt_failed', '{ ok: false, status_code: code, error }').map(
          (l) => '      ' + l,
        ),
        `      const again = await own.call({ method: ${str(e.method)}, path: ${path('evt_failed')} });`,
        `      ${a}.equal(again.status, 502, 'a second failed replay is answered, not crashed');`,
        '    } finally {',
        '      await own.stop();',
        '    }',
        '  }',
        '} finally {',
        '  await targets.stop();',
        '}',
      ],
    },
  ];
}
