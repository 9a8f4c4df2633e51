import type { AcceptanceStep, Behavior, EndpointSpec } from '../spec-contract';
import { readFeatureLiterals } from './feature-literals';
import {
  asksNewestFirst,
  keepsSecretPerSource,
  redeliversEvents,
  refusesRepeatedEvents,
  signsOutsideHeader,
  statedSignatureStatus,
  speaksOfSignedEvents,
  webhookProblems,
} from './webhook-fidelity';
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

describe('repeats, re-delivery and what is not built', () => {
  const refusing = endpoint('receive', 'POST', '/webhooks', {
    ...(receiver.behavior as Extract<Behavior, { kind: 'webhook_receive' }>),
    duplicates: 'conflict',
  });
  const plainReplay = endpoint('replay', 'POST', '/events/{id}/replay', {
    kind: 'webhook_replay',
    receiver: 'receive',
    param: 'id',
  });
  const delivering = endpoint('replay', 'POST', '/events/{id}/replay', {
    kind: 'webhook_replay',
    receiver: 'receive',
    param: 'id',
    target_config: 'REPLAY_TARGET_URL',
  });
  const toggle = endpoint('set-event-replay', 'POST', '/events/{id}/replay', {
    kind: 'toggle',
    resource: 'event',
    param: 'id',
    field: 'replay',
    value: true,
  });

  it('reads a refusal of repeated ids, and not "ignore duplicates" or a 401 beside them', () => {
    expect(refusesRepeatedEvents('the same event id twice is refused with 409')).toBe(true);
    expect(refusesRepeatedEvents('dieselbe Ereignis-ID zweimal → 409')).toBe(true);
    expect(refusesRepeatedEvents('un evento con un id ya recibido se rechaza con 409')).toBe(true);
    expect(refusesRepeatedEvents('un événement déjà reçu (même id) est refusé avec 409')).toBe(true);
    expect(refusesRepeatedEvents('Receive signed webhooks and ignore duplicates')).toBe(false);
    expect(refusesRepeatedEvents('the same event id twice is answered 200 without storing it again')).toBe(
      false,
    );
    expect(
      refusesRepeatedEvents('events signed with the same secret; a wrong signature is refused (401)'),
    ).toBe(false);
  });

  it('refuses a 409 on repeats realised by a receiver that accepts them again', () => {
    const feature =
      'POST /webhooks receives events signed in X-Signature (HMAC-SHA256); the same event id twice is refused with 409';
    expect(webhookProblems(feature, [receiver])).toEqual([
      'it refuses an event id received before, but POST /webhooks accepts it again',
    ]);
    expect(webhookProblems(feature, [refusing])).toEqual([]);
  });

  it('refuses a re-delivery to a URL realised by a toggle named replay or a replay that delivers nothing', () => {
    const feature =
      'POST /events/{id}/replay re-sends the stored event to the configured URL and records the attempt';
    expect(redeliversEvents(feature)).toBe(true);
    expect(redeliversEvents('Store incoming webhook events, list them and replay them')).toBe(false);
    expect(webhookProblems(feature, [toggle])).toHaveLength(1);
    expect(webhookProblems(feature, [plainReplay])).toHaveLength(1);
    expect(webhookProblems(feature, [delivering])).toEqual([]);
  });

  it('refuses a secret per source and a signature in a query parameter or body field, whatever realises them', () => {
    const perSource = 'POST /hooks/{source} verifies X-Signature with the secret of that source';
    const german = 'Jede Quelle hat ihr eigenes Geheimnis für die HMAC-SHA256-Signatur';
    const query = 'POST /webhooks?signature=<hex>: the HMAC-SHA256 of the raw body';
    const spanish = 'La firma HMAC-SHA256 llega en el parámetro de consulta sig de POST /webhooks';
    const body = 'POST /webhooks takes {"payload": string, "signature": hex} signed with HMAC-SHA256';
    expect([perSource, german].map(keepsSecretPerSource)).toEqual([true, true]);
    expect([query, spanish, body].map(signsOutsideHeader)).toEqual([true, true, true]);
    expect(keepsSecretPerSource(signedFeature)).toBe(false);
    expect(signsOutsideHeader(signedFeature)).toBe(false);
    for (const feature of [perSource, german, query, spanish, body]) {
      expect(webhookProblems(feature, [receiver]).length).toBeGreaterThan(0);
    }
  });

  it("reads the status of a bad signature, and not the status an 'else' gives a body's shape", () => {
    expect(statedSignatureStatus('POST /hooks checks the X-Signature header (HMAC-SHA256); else 400')).toBe(
      400,
    );
    expect(statedSignatureStatus('a wrong or missing signature → 403')).toBe(403);
    expect(
      statedSignatureStatus(
        'A correctly signed body must be a JSON object with a string "id", otherwise 400',
      ),
    ).toBeUndefined();
    expect(
      statedSignatureStatus('Ein korrekt signierter Body muss ein Objekt mit dem Feld id sein, sonst 400'),
    ).toBe(undefined);
  });
});
