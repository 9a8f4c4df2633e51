import type { EndpointSpec, WebhookReceiveBehavior } from '@sf/service-spec';
import { key, literal, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/* Endpoint tests of webhook receivers (signatures over the raw bytes, duplicates) and of event replay. */

/** The signing secret of receiver `b`: its config setting's default. */
function secretOf(w: EndpointTestWriter, b: WebhookReceiveBehavior): string {
  return w.contract.config.find((s) => s.name === b.secret_config)?.default ?? '';
}

/** Statements sending a signed event to receiver `e`; `res` holds the answer. */
function sendSigned(
  w: EndpointTestWriter,
  e: EndpointSpec,
  b: WebhookReceiveBehavior,
  res: string,
  text: string,
): string {
  const signature = `${w.support('sign')}(${str(secretOf(w, b))}, ${str(b.signature_prefix)}, ${text})`;
  return `const ${res} = await server.call({ method: ${str(e.method)}, path: ${w.path(e)}, headers: { ${key(b.signature_header)}: ${signature} }, bodyText: ${text} });`;
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
  const expected = (duplicate: boolean) => literal({ received: true, id: 'evt_endpoint_test', duplicate });
  return [
    {
      name: 'accepts a correctly signed event once and flags a repeat as a duplicate',
      lines: [
        `const body = ${str(event)};`,
        sendSigned(w, e, b, 'first', 'body'),
        w.expectStatus('first', 200, where),
        `${a}.deepEqual(first.body, ${expected(false)});`,
        sendSigned(w, e, b, 'second', 'body'),
        w.expectStatus('second', 200, `${where} a second time`),
        `${a}.deepEqual(second.body, ${expected(true)});`,
      ],
    },
    {
      name: 'verifies the signature over the raw bytes, whitespace included',
      lines: [
        `const body = ${str(spaced)};`,
        sendSigned(w, e, b, 'res', 'body'),
        w.expectStatus('res', 200, `${where} with a pretty-printed body`),
      ],
    },
    {
      name: 'refuses a missing or wrong signature with 401 INVALID_SIGNATURE',
      lines: [
        `const body = ${str(event)};`,
        `const unsigned = ${w.call(e, { bodyText: 'body' })};`,
        w.expectError('unsigned', 401, 'INVALID_SIGNATURE', `${where} without a signature`),
        `const signature = ${w.support('sign')}(${str(secretOf(w, b))}, ${str(b.signature_prefix)}, body);`,
        `const tampered = await server.call({ method: ${str(e.method)}, path: ${w.path(e)}, headers: { ${key(b.signature_header)}: signature }, bodyText: body + ' ' });`,
        w.expectError('tampered', 401, 'INVALID_SIGNATURE', `${where} with a body changed after signing`),
        `const wrongKey = await server.call({ method: ${str(e.method)}, path: ${w.path(e)}, headers: { ${key(b.signature_header)}: ${w.support('sign')}('not-the-secret', ${str(b.signature_prefix)}, body) }, bodyText: body });`,
        w.expectError('wrongKey', 401, 'INVALID_SIGNATURE', `${where} signed with another key`),
      ],
    },
    {
      name: `refuses a signed body without string ${b.id_field} and ${b.type_field} with 400`,
      lines: [
        `const body = ${str(JSON.stringify({ [b.id_field]: 42 }))};`,
        sendSigned(w, e, b, 'res', 'body'),
        w.expectError('res', 400, 'VALIDATION_FAILED', `${where} with a numeric ${b.id_field}`),
      ],
    },
  ];
}

/** `webhook_replay`: 404 for an unknown event, a received event replayed with its replay count. */
export function replayCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  receiverId: string,
  param: string,
): TestCase[] {
  const receiver = w.contract.endpoints.find((x) => x.id === receiverId);
  const cases = [w.unknownRecordCase(e, param, 'event')];
  if (!receiver || receiver.behavior.kind !== 'webhook_receive') return cases;
  const b = receiver.behavior;
  const where = `${e.method} ${e.path}`;
  const a = w.assert();
  const path = w.path(e, { [param]: "'evt_replayed'" });
  cases.push({
    name: 'replays a received event and counts the replays',
    lines: [
      `const body = ${str(JSON.stringify({ [b.id_field]: 'evt_replayed', [b.type_field]: 'test.replayed' }))};`,
      sendSigned(w, receiver, b, 'received', 'body'),
      w.expectStatus('received', 200, `${receiver.method} ${receiver.path}`),
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
