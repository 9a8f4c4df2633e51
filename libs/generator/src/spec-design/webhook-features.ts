import type { WebhookEncoding } from '@sf/service-spec';
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
  encoding?: WebhookEncoding;
  stripe: boolean;
  tolerance_seconds?: number;
}

/** A header name as features write it: `X-Something`, or a hyphenated name with "signature" in it. */
const HEADER =
  /(?<![\w-])((?:x|X)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-[Ss]ignature(?:-[A-Za-z0-9]+)*)(?![\w-])/g;

/** A tolerance: a number of seconds or minutes (four languages). */
const TOLERANCE =
  /(\d+)\s*-?\s*(s|secs?|seconds?|sekunden?|segundos?|secondes?|min|mins|minutes?|minuten?|minutos?)(?![\p{L}])/giu;

/** Reads the signature details a webhook feature writes. */
export function readWebhookSignature(feature: string): WebhookSignatureReading {
  const header = [...feature.matchAll(HEADER)].map((m) => m[1].toLowerCase())[0];
  const words = featureWords(feature);
  const stripe = hasAny(words, ['stripe']) || header === 'stripe-signature' || /\bt=.*\bv1=/.test(feature);
  const reading: WebhookSignatureReading = { stripe };
  if (header) reading.header = header;
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
  evento eventos evenement evenements notification notifications`.split(/\s+/);

/** Whether a feature that asks for a replay speaks of events or webhooks. */
export function replaysEvents(feature: string): boolean {
  return hasAny(featureWords(feature), EVENT_WORDS);
}

/** Words for sending webhooks out, which a receiver does not do (unless the feature also receives). */
const SENDING = 'send sends sending senden sendet enviar envia envoyer envoie notify notifies push'.split(
  ' ',
);
const RECEIVING =
  `receive receives receiving receiver accept accepts incoming inbound verify verified verifies
  empfangen empfangt eingehende recibir recibe entrantes recevoir recoit entrants`.split(/\s+/);

/**
 * Whether a feature is about receiving webhooks: it names webhooks, or asks to replay events, anywhere in its
 * text (German puts its verbs last: "Ereignisse auflisten … wiederholen"). Sending webhooks out is not receiving.
 */
export function readsAsWebhooks(feature: string): boolean {
  const words = featureWords(feature);
  const webhook = words.some((w) => actionOf(w) === 'webhook');
  const replay = words.some((w) => actionOf(w) === 'replay') && replaysEvents(feature);
  if (!webhook && !replay) return false;
  return !hasAny(words, SENDING) || hasAny(words, RECEIVING);
}
