/* Webhook behaviours of the contract (re-exported by `spec-contract.ts`). */

/**
 * Receives a signed webhook. With scheme `hmac` (the default) the signature header must equal
 * `signature_prefix` + the HMAC-SHA256 of the raw body bytes keyed with config `secret_config`, written in
 * `encoding` (lower-case hex by default, or standard base64 as Shopify sends it). With
 * scheme `stripe` the header is `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`: one `v1` must be the hex HMAC-SHA256 of
 * `<t>.<raw body>`, and `t` must be within `tolerance_seconds` (default 300) of the service's clock, either way,
 * so a captured request cannot be replayed later. Signatures are compared in constant time; otherwise 401
 * `INVALID_SIGNATURE` (checked before parsing). A body that is not a JSON object with string `id_field` and
 * `type_field` is 400 `VALIDATION_FAILED` (only string `id_field` when `type_required` is false; a missing type is
 * then stored as null). Events are stored by id (a refused one never): 200 `{received: true, id, duplicate}`
 * where `duplicate` tells whether that id was seen before — or, with `answer`, `status` (a 2xx, default 200)
 * with exactly `answer.values` plus, when `answer.id_as` names it, the event's id under that name (what a
 * feature writes: `202 {"received": true}`, `{"event_id": <the event's id>}`).
 */
export interface WebhookReceiveBehavior {
  kind: 'webhook_receive';
  signature_header: string;
  signature_prefix: string;
  algorithm: 'hmac-sha256';
  /** How the signature is laid out (default `hmac`). */
  scheme?: WebhookScheme;
  /** `hmac`: how the digest is written after the prefix (default `hex`). */
  encoding?: WebhookEncoding;
  /** `stripe`: how far `t` may be from now, in seconds (default 300). */
  tolerance_seconds?: number;
  secret_config: string;
  id_field: string;
  type_field: string;
  /** Whether an event without a string `type_field` is refused (default true). */
  type_required?: boolean;
  /** The status of an accepted event (a 2xx; default 200). */
  status?: number;
  /** The answer to an accepted event, when the feature writes one (else `{received, id, duplicate}`). */
  answer?: WebhookAnswer;
}

/** The answer a feature writes for an accepted event: literal values, and the event's id under a name. */
export interface WebhookAnswer {
  values: Record<string, string | number | boolean>;
  id_as?: string;
}

/** The document a receiver answers an accepted event with (`id`: the event's id; `duplicate`: seen before). */
export function webhookAnswer(
  b: WebhookReceiveBehavior,
  id: string,
  duplicate: boolean,
): Record<string, unknown> {
  if (!b.answer) return { received: true, id, duplicate };
  return { ...b.answer.values, ...(b.answer.id_as ? { [b.answer.id_as]: id } : {}) };
}

/** Signature layouts of {@link WebhookReceiveBehavior}. */
export const WEBHOOK_SCHEMES = ['hmac', 'stripe'] as const;
export type WebhookScheme = (typeof WEBHOOK_SCHEMES)[number];

/** How an `hmac` signature writes its digest. */
export const WEBHOOK_ENCODINGS = ['hex', 'base64'] as const;
export type WebhookEncoding = (typeof WEBHOOK_ENCODINGS)[number];

/** The tolerance a `stripe` receiver applies when the contract names none. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * Re-processes an event stored by endpoint `receiver` (a `webhook_receive` endpoint id), looked up by path
 * parameter `param`: 200 `{id, type, replayed: true, replay_count}` (count of replays so far); 404 when unknown.
 */
export interface WebhookReplayBehavior {
  kind: 'webhook_replay';
  receiver: string;
  param: string;
}

/**
 * Reads the events stored by endpoint `receiver` (a `webhook_receive` endpoint id): without `param`, 200 with
 * every stored event in arrival order (`order: "newest_first"`: the last received first), each
 * `{id, type, event, replay_count}`; with `param`, the one event whose id is that path parameter, 404
 * `NOT_FOUND` when none was received.
 */
export interface WebhookEventsBehavior {
  kind: 'webhook_events';
  receiver: string;
  param?: string;
  order?: 'newest_first';
}
