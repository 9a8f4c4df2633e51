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
 * feature writes: `202 {"received": true}`, `{"event_id": <the event's id>}`). With `duplicates: "conflict"` a
 * correctly signed event whose id was already received is refused with 409 `DUPLICATE_EVENT` and the first
 * delivery is kept (the signature is still checked first: a forged repeat is 401).
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
  /** `conflict`: a repeated event id is 409 `DUPLICATE_EVENT` (default: answered again, not stored again). */
  duplicates?: 'conflict';
  /** The status of a missing or wrong signature, as the feature states it (default 401). */
  signature_status?: 400 | 401 | 403;
}

/** The code of the 409 a `duplicates: "conflict"` receiver answers a repeated event id with. */
export const DUPLICATE_EVENT_CODE = 'DUPLICATE_EVENT';

/** The code of the 502 a delivering replay answers when the target fails or cannot be reached. */
export const REPLAY_FAILED_CODE = 'REPLAY_FAILED';

/** How long a delivering replay waits for its target when the contract names no timeout. */
export const DEFAULT_REPLAY_TIMEOUT_MS = 5000;

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
 *
 * With `target_config` (a config setting holding an http(s) URL) the replay re-delivers the event: it POSTs the
 * event's exact bytes as received (`content-type: application/json`, header `x-replayed-event: <id>`) to that URL
 * and waits at most `timeout_ms` (default 5000). Every attempt is counted in `replay_count` and recorded as the
 * event's `last_replay` `{ok, status_code, error}` (`error`: null, `http_<status>`, `timeout`, `refused`,
 * `unreachable`, `no_target`). A 2xx from the target is 200 `{id, type, replayed: true, replay_count, delivered:
 * true, status_code}`; any other outcome is 502 `REPLAY_FAILED` (the attempt still recorded). The service never
 * fails because the target does.
 */
export interface WebhookReplayBehavior {
  kind: 'webhook_replay';
  receiver: string;
  param: string;
  /** A config setting holding the URL a replay re-delivers the event to. */
  target_config?: string;
  /** How long a delivering replay waits for the target, in milliseconds. */
  timeout_ms?: number;
}

/**
 * Reads the events stored by endpoint `receiver` (a `webhook_receive` endpoint id): without `param`, 200 with
 * every stored event in arrival order (`order: "newest_first"`: the last received first), each
 * `{id, type, event, replay_count}`; with `param`, the one event whose id is that path parameter, 404
 * `NOT_FOUND` when none was received. A list with `envelope` answers `{"<envelope>": [...]}`, as a feature writes
 * it (`GET /events returns {"events": [...]}`); a list with `items: "bodies"` lists each event's JSON body as it
 * was received ("a JSON array of the verified event bodies"), not the stored record around it.
 */
export interface WebhookEventsBehavior {
  kind: 'webhook_events';
  receiver: string;
  param?: string;
  order?: 'newest_first';
  envelope?: string;
  items?: 'bodies';
  /**
   * A query parameter (`type`, `tipo`) whose value keeps only the events whose type is exactly that value ("GET
   * /events?type=invoice.paid"); without it in the query every event is listed.
   */
  type_filter?: string;
}

/** A list of stored events as `b` answers it: bare, or under the key its feature writes. */
export function listedEvents<T>(b: WebhookEventsBehavior, events: T[]): T[] | Record<string, T[]> {
  return b.envelope === undefined ? events : { [b.envelope]: events };
}

/** Whether a replay of the events receiver `receiverId` stored delivers them to a URL (its events show `last_replay`). */
export function deliversReplays(
  contract: { endpoints: { behavior: { kind: string; receiver?: string; target_config?: string } }[] },
  receiverId: string,
): boolean {
  return contract.endpoints.some(
    (e) =>
      e.behavior.kind === 'webhook_replay' &&
      e.behavior.receiver === receiverId &&
      e.behavior.target_config !== undefined,
  );
}

/**
 * How a delivering replay fails with the contract's defaults, when that is known without reaching anything: no
 * URL set (`no_target`), or a loopback URL (`refused`: worked examples run with nothing listening there). Null
 * when the default is a URL elsewhere, whose answer no example can know.
 */
export function knownReplayFailure(
  contract: { config: { name: string; default: string }[] },
  b: WebhookReplayBehavior,
): 'no_target' | 'refused' | null {
  if (b.target_config === undefined) return null;
  const target = (contract.config.find((s) => s.name === b.target_config)?.default ?? '').trim();
  if (!/^https?:\/\/\S+$/i.test(target)) return 'no_target';
  try {
    const host = new URL(target).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' ? 'refused' : null;
  } catch {
    return 'no_target';
  }
}
