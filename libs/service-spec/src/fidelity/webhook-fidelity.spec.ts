import type { AcceptanceStep, Behavior, EndpointSpec } from '../spec-contract';
import { readFeatureLiterals } from './feature-literals';
import { asksNewestFirst, speaksOfSignedEvents, webhookProblems } from './webhook-fidelity';
import { sentFields } from './worked-examples';

/*
 * The gate and signed webhook receivers: a feature receiving signed events is realised only by an endpoint that
 * verifies the signature (never a store keeping whatever it is sent), and a list of events newest first only by
 * one that lists them so. The literal reader's parts this relies on: a tolerance in seconds is no status, an
 * apostrophe inside a placeholder opens no quote, and a signed example's raw JSON body counts as what it sends.
 */

function endpoint(
  id: string,
  method: EndpointSpec['method'],
  path: string,
  behavior: Behavior,
): EndpointSpec {
  return { id, method, path, summary: '', features: [], behavior, request: {}, responses: [], errors: [] };
}

const receiver = endpoint('receive', 'POST', '/webhooks', {
  kind: 'webhook_receive',
  signature_header: 'x-signature',
  signature_prefix: '',
  algorithm: 'hmac-sha256',
  secret_config: 'WEBHOOK_SECRET',
  id_field: 'id',
  type_field: 'type',
});
const oldestFirst = endpoint('events', 'GET', '/webhooks/events', {
  kind: 'webhook_events',
  receiver: 'receive',
});
const newestFirst = endpoint('events', 'GET', '/webhooks/events', {
  kind: 'webhook_events',
  receiver: 'receive',
  order: 'newest_first',
});
const store = [
  endpoint('create-event', 'POST', '/events', { kind: 'create', resource: 'event' }),
  endpoint('list-events', 'GET', '/events', { kind: 'list', resource: 'event' }),
];

const signedFeature =
  'The provider POSTs events to us signed with a shared secret (HMAC-SHA256 in X-Signature); verify the signature and keep the events';

describe('speaksOfSignedEvents and asksNewestFirst', () => {
  it('reads signed events in several languages, and not a signature on something else', () => {
    expect(speaksOfSignedEvents(signedFeature)).toBe(true);
    expect(speaksOfSignedEvents('Der Anbieter schickt uns signierte Ereignisse')).toBe(true);
    expect(speaksOfSignedEvents('el proveedor nos envía eventos firmados')).toBe(true);
    expect(speaksOfSignedEvents('Sign documents with a drawn signature')).toBe(false);
    expect(speaksOfSignedEvents('Hash a password with SHA-256')).toBe(false);
  });

  it('reads newest first in five languages', () => {
    expect(asksNewestFirst('list the received events newest first')).toBe(true);
    expect(asksNewestFirst('Ereignisse auflisten, neueste zuerst')).toBe(true);
    expect(asksNewestFirst('los eventos, los más recientes primero')).toBe(true);
    expect(asksNewestFirst("les événements, les plus récents d'abord")).toBe(true);
    expect(asksNewestFirst('gli eventi, i più recenti prima')).toBe(true);
    expect(asksNewestFirst('list the received events')).toBe(false);
  });
});

describe('webhookProblems', () => {
  it('refuses signed events realised by a store that keeps whatever it is sent', () => {
    expect(webhookProblems(signedFeature, store)).toEqual([
      expect.stringContaining('none of POST /events, GET /events verifies a signature'),
    ]);
  });

  it('finds signed events realised by a receiver', () => {
    expect(webhookProblems(signedFeature, [receiver, oldestFirst])).toEqual([]);
  });

  it('refuses events asked newest first but listed oldest first', () => {
    const feature = 'Receive signed webhooks (X-Signature) and list the events newest first';
    expect(webhookProblems(feature, [receiver, oldestFirst])).toEqual([
      'it lists the events newest first, but GET /webhooks/events lists them oldest first',
    ]);
    expect(webhookProblems(feature, [receiver, newestFirst])).toEqual([]);
  });

  it('refuses the events received realised by records of their own beside a receiver', () => {
    const feature = 'Empfangene Ereignisse auflisten';
    expect(webhookProblems(feature, store, true)).toEqual([
      expect.stringContaining('keep records of their own, not what the webhook receiver received'),
    ]);
    expect(webhookProblems(feature, [oldestFirst], true)).toEqual([]);
    expect(webhookProblems(feature, store, false)).toEqual([]);
  });

  it('leaves features about no signed events alone', () => {
    expect(webhookProblems('Keep notes with a title', store)).toEqual([]);
  });
});

describe('the literal reader on webhook features', () => {
  it('reads a tolerance in seconds or minutes as a quantity, not a status', () => {
    const feature =
      'POST /hooks verifies Stripe-Signature with a tolerance of 300 seconds, then answers 200 {"ok": 1}';
    expect(readFeatureLiterals(feature).statuses).toEqual([200]);
    expect(readFeatureLiterals('POST /x waits 500 ms, else answers 504').statuses).toEqual([504]);
  });

  it('reads a placeholder with an apostrophe as a field of the answer', () => {
    const literals = readFeatureLiterals('POST /webhooks answers {"event_id": <the event\'s id>}');
    expect(literals.response.map((f) => f.name)).toEqual(['event_id']);
  });

  it('counts the fields of a raw JSON body as sent, and nothing for raw text that is not JSON', () => {
    const step = (body_text: string): AcceptanceStep => ({
      request: { method: 'POST', path: '/webhooks', body_text },
      expect: { status: 200 },
    });
    expect(sentFields(step('{"id": "evt_1", "type": "paid"}'))).toEqual({ id: 'evt_1', type: 'paid' });
    expect(sentFields(step('not json'))).toEqual({});
  });
});
