import {
  readFeatureLiterals,
  redeliversEvents,
  refusesRepeatedEvents,
  speaksOfReceivedEvents,
  speaksOfSignedEvents,
  statedSignatureStatus,
  topLevelShapes,
  type WebhookAnswer,
  type WebhookEncoding,
} from '@sf/service-spec';
import { featureWords, hasAny } from '../catalog/feature-words';
import { actionOf } from './lexicon';

/*
 * What a webhook feature says about its signature, in any of the languages intents are written in: the header
 * it names (`X-Signature`, `Stripe-Signature`, `X-Shopify-Hmac-Sha256`), whether the digest is base64, and for
 * Stripe's `t=…,v1=…` layout the tolerance in seconds or minutes. Whatever it leaves out comes from the sender's
 * known convention (contract-builder.ts), else the generic one.
 */

export interface WebhookSignatureReading {
  header?: string;
  /** What the header holds before the digest (`sha256=` as GitHub writes it). */
  prefix?: string;
  encoding?: WebhookEncoding;
  stripe: boolean;
  tolerance_seconds?: number;
}

/** A header name as features write it: `X-Something`, or a hyphenated name with "signature" in it. */
const HEADER =
  /(?<![\w-])((?:x|X)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-[Ss]ignature(?:-[A-Za-z0-9]+)*)(?![\w-])/g;

/** A tolerance: a number of seconds or minutes (six languages). */
const TOLERANCE =
  /(\d+)\s*-?\s*(s|secs?|seconds?|sekunden?|segundos?|secondes?|secondi|min|mins|minutes?|minuten?|minutos?|minuti)(?![\p{L}])/giu;

/** A digest prefix written before a placeholder or a hex digest: `sha256=<hex>`, `"sha256=" followed by`. */
const PREFIX =
  /(?<![\w-])(sha256=)(?=\s*(?:<|"|'|\u201d|[0-9a-f]{8}|\s*followed|\s*gefolgt|\s*seguid|\s*suivi))/i;

/** Reads the signature details a webhook feature writes. */
export function readWebhookSignature(feature: string): WebhookSignatureReading {
  const header = [...feature.matchAll(HEADER)].map((m) => m[1].toLowerCase())[0];
  const words = featureWords(feature);
  const stripe = hasAny(words, ['stripe']) || header === 'stripe-signature' || /\bt=.*\bv1=/.test(feature);
  const reading: WebhookSignatureReading = { stripe };
  if (header) reading.header = header;
  const prefix = PREFIX.exec(feature);
  if (prefix && !stripe) reading.prefix = prefix[1].toLowerCase();
  if (/\bbase\s*-?\s*64\b/i.test(feature)) reading.encoding = 'base64';
  else if (/\b(hex|hexadecimal|hexadezimal|hexadecimal|hexad[eé]cimal)\b/i.test(feature))
    reading.encoding = 'hex';
  if (stripe) {
    const found = [...feature.matchAll(TOLERANCE)][0];
    if (found) reading.tolerance_seconds = Number(found[1]) * (/^m/i.test(found[2]) ? 60 : 1);
  }
  return reading;
}

/** Words for the events a replay re-delivers: a replay without them ("replay a chess game") is no webhook's. */
const EVENT_WORDS = `event events webhook webhooks callback callbacks delivery deliveries ereignis ereignisse
  evento eventos evenement evenements eventi notification notifications`.split(/\s+/);

/** Whether a feature that asks for a replay speaks of events or webhooks. */
export function replaysEvents(feature: string): boolean {
  return hasAny(featureWords(feature), EVENT_WORDS);
}

/** Words for sending webhooks out, which a receiver does not do (unless the feature also receives). */
const SENDING =
  `send sends sending senden sendet enviar envia envoyer envoie notify notifies push benachrichtige
  benachrichtigen benachrichtigt notifica notificar notifier avisar`.split(/\s+/);
const RECEIVING =
  `receive receives receiving receiver accept accepts incoming inbound verify verified verifies
  empfangen empfangt eingehende recibir recibe entrantes recevoir recoit entrants ricevere riceve
  receber recebe annehmen nimmt`.split(/\s+/);

/** Words that say the events come to us ("sends us", "schickt uns", "nos envía", "nous envoie", "ci invia"). */
const TO_US_WORDS = ['us', 'uns', 'nos', 'nous', 'ci'];

/**
 * Who sends the events a receiver takes ("the provider POSTs events signed with …", "der Anbieter schickt
 * signierte Ereignisse"): a sender named as such is on the other side, so its signed events come to us.
 */
const SENDER_WORDS = `provider providers sender senders vendor vendors partner partners gateway psp anbieter
  absender dienstleister proveedor proveedores remitente emisor fournisseur fournisseurs expediteur emetteur
  fornitore fornitori mittente provedor provedores remetente emissor`.split(/\s+/);

/**
 * Whether a feature is about receiving webhooks: it names webhooks, asks to replay events, or receives signed
 * events, anywhere in its text (German puts its verbs last: "Ereignisse auflisten … wiederholen"). Sending
 * webhooks out is not receiving, unless they are sent to us ("the provider sends us", "nos envía").
 */
export function readsAsWebhooks(feature: string): boolean {
  const words = featureWords(feature);
  const webhook = words.some((w) => actionOf(w) === 'webhook');
  const replay = words.some((w) => actionOf(w) === 'replay') && replaysEvents(feature);
  const signed = receivesSignedEvents(feature);
  if (!webhook && !replay && !signed) return false;
  return !hasAny(words, SENDING) || hasAny(words, RECEIVING) || hasAny(words, TO_US_WORDS);
}

/** What a receiver feature writes about its answer and the events it takes. */
export interface WebhookAnswerReading {
  /** The one 2xx status it writes for an accepted event. */
  status?: number;
  /** The answer it writes (literal values, and the event's id under a name). */
  answer?: WebhookAnswer;
  /** False when the event shape it writes has an id but no type. */
  type_required?: boolean;
}

/** A shape right after a 4xx status describes an error body. */
const ERROR_CUE = /\b4\d\d\b[^{}]{0,25}$/;

/** An entry of a written shape: `"name": value`, the value a literal, a type word or a `<placeholder>`. */
const ENTRY =
  /"([A-Za-z_][A-Za-z0-9_]*)"\s*:\s*("(?:[^"\\]|\\.)*"|true|false|-?\d+(?:\.\d+)?|<[^<>]*>|[A-Za-z]+)/g;

/** Placeholders and type words that stand for the event's id in an answer (`<the event's id>`, `string`). */
function standsForId(name: string, value: string): boolean {
  const id = /^(?:id|event_?id|eventid|[a-z]+_id)$/i.test(name);
  return id && (/^(string|text|str)$/i.test(value) || (/^<.*>$/.test(value) && /\bid\b/i.test(value)));
}

/** Reads one written shape as an answer, or null when a value is neither a literal nor the event's id. */
function answerOf(text: string): WebhookAnswer | null {
  const entries = [...text.matchAll(ENTRY)];
  if (entries.length === 0 || text.replace(ENTRY, '').replace(/[{}\s,]/g, '') !== '') return null;
  const answer: WebhookAnswer = { values: {} };
  for (const [, name, value] of entries) {
    if (standsForId(name, value)) {
      if (answer.id_as !== undefined) return null;
      answer.id_as = name;
    } else if (/^(true|false)$/.test(value)) answer.values[name] = value === 'true';
    else if (/^-?\d/.test(value)) answer.values[name] = Number(value);
    else if (value.startsWith('"')) answer.values[name] = JSON.parse(value) as string;
    else return null;
  }
  return answer;
}

/** Words that introduce an answer (six languages), or a 2xx status, just before a shape. */
const ANSWER_CUE =
  /(?:\b(?:answers?|answering|returns?|returning|responds?|responding|replies|reply|antwortet|antworten|liefert|gibt|zur[üu]ck|responde|responder|devuelve|devolver|retorna|retornar|r[ée]pond|r[ée]pondre|renvoie|retourne|risponde|rispondere|restituisce|ritorna)\b|\b2\d\d\b|→|->)[^{}.;]{0,25}$/iu;

/**
 * The answer a receiver feature writes for an accepted event: the one 2xx status it names, and the shape after an
 * answer cue ("answers {"accepted": true}", "→ 202 {"received": true}", "responde {"id": string}"), its values
 * literal or the event's id. The event's own shape (`accepts {"id": string, "type": string}`) says whether a type
 * is required.
 */
export function readWebhookAnswer(feature: string): WebhookAnswerReading {
  const literals = readFeatureLiterals(feature);
  const reading: WebhookAnswerReading = {};
  const success = [...new Set(literals.statuses.filter((s) => s >= 200 && s < 300))];
  if (success.length === 1) reading.status = success[0];
  for (const shape of topLevelShapes(feature)) {
    const before = feature.slice(Math.max(0, shape.start - 40), shape.start);
    if (ERROR_CUE.test(before)) continue;
    if (ANSWER_CUE.test(before)) {
      const answer = answerOf(shape.text);
      if (answer) reading.answer = answer;
    } else if (/"id"\s*:/.test(shape.text) && !/"type"\s*:/.test(shape.text)) {
      reading.type_required = false;
    }
  }
  return reading;
}

/** A signing secret the feature writes literally: `secret "whsec_abc"`, `key "x"`, `Geheimnis "x"`, `clave "x"`. */
const LITERAL_SECRET =
  /\b(?:secret|key|secreto|secr[èe]te?|geheimnis|schl[üu]ssel|clave|cl[ée]|segreto|segredo|chiave|chave)\b[^"\u201c\u201d\n]{0,20}["\u201c]([^"\u201c\u201d\s]{1,100})["\u201d]/iu;

/** A config setting the feature names for the secret (`from config WEBHOOK_SECRET`, `env PAYMENTS_SECRET`). */
const SECRET_SETTING = /\b([A-Z][A-Z0-9]*_(?:[A-Z0-9]+_)*(?:SECRET|KEY))\b/;

/** The secret a receiver feature writes: its literal value, and the config setting that holds it. */
export function readWebhookSecret(feature: string): { value?: string; setting?: string } {
  const value = LITERAL_SECRET.exec(feature)?.[1];
  const setting = SECRET_SETTING.exec(feature)?.[1];
  return { ...(value !== undefined ? { value } : {}), ...(setting !== undefined ? { setting } : {}) };
}

/**
 * Whether a feature without the word "webhook" receives a provider's signed events: it speaks of events
 * delivered to the service and of a signature to verify ("the provider POSTs events to us signed with a shared
 * secret"). A signature on anything else (a document, a PDF, a password hash) is not this.
 */
function receivesSignedEvents(feature: string): boolean {
  return (
    speaksOfSignedEvents(feature) &&
    hasAny(featureWords(feature), [...RECEIVING, ...TO_US_WORDS, ...SENDER_WORDS])
  );
}

/**
 * Whether a feature reads the events a receiver keeps: events received ("list the received events", "Empfangene
 * Ereignisse auflisten", "keep the accepted events") beside a receiver another feature made, or a webhook
 * feature's events.
 */
export function readsReceivedEvents(feature: string, receiverMade: boolean): boolean {
  if (!hasAny(featureWords(feature), EVENT_WORDS)) return false;
  if (receiverMade) return speaksOfReceivedEvents(feature) || readsAsWebhooks(feature);
  return readsAsWebhooks(feature) && speaksOfReceivedEvents(feature);
}

/** Whether a receiver feature refuses an event id it already received (409), rather than answering it again. */
export function readWebhookDuplicates(feature: string): 'conflict' | undefined {
  return refusesRepeatedEvents(feature) ? 'conflict' : undefined;
}

/** A written list answer: one key holding an array (`{"events": [...]}`, `{"eventos": [<evento>]}`). */
const ENVELOPE = /\{\s*"([A-Za-z_][A-Za-z0-9_]{0,63})"\s*:\s*\[[^\]]*\]\s*\}/;

/** The key a list feature writes its events under (`GET /events returns {"events": [...]}`), if it writes one. */
export function writtenEnvelope(feature: string): string | undefined {
  return ENVELOPE.exec(feature)?.[1];
}

/** A setting named for a URL (`REPLAY_TARGET_URL`, `FORWARD_URL`). */
const URL_SETTING = /\b([A-Z][A-Z0-9]*_(?:[A-Z0-9]+_)*URL)\b/;

/** An absolute http(s) URL written in a feature. */
const URL_TEXT = /\bhttps?:\/\/[^\s"'<>,;)]+[^\s"'<>,;).]/;

/**
 * Where a replay feature re-delivers stored events: the setting it names (else `REPLAY_TARGET_URL`) and the URL
 * it writes, its default; null when the feature sends nothing anywhere (a replay that re-processes).
 */
export function readReplayTarget(feature: string): { setting: string; url?: string } | null {
  if (!redeliversEvents(feature)) return null;
  const url = URL_TEXT.exec(feature)?.[0];
  return { setting: URL_SETTING.exec(feature)?.[1] ?? 'REPLAY_TARGET_URL', ...(url ? { url } : {}) };
}

/** The status a receiver feature states for a missing or wrong signature ("bad signature → 403"), unless 401. */
export function signatureStatusOf(feature: string): { signature_status?: 400 | 403 } {
  const status = statedSignatureStatus(feature);
  return status === 400 || status === 403 ? { signature_status: status } : {};
}
