import type { EndpointSpec, WebhookReceiveBehavior } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { errorBody, eventId, signed } from './acceptance-steps';
import { claimComputation } from './refusal-features';
import { asSaid } from '../catalog/feature-words';

/*
 * What a signed event's body must be, stated as a feature of its own ("the verified body must be a JSON object
 * with a string "id", else 400", "Der Inhalt muss ein JSON-Objekt mit einer Zeichenkette "id" sein, sonst 400"):
 * the webhook receiver another feature designed parses the body it verified and refuses anything but an object
 * whose id field is a string with 400 VALIDATION_FAILED (`codegen/webhook-handler.ts`), so the feature is claimed
 * there with a worked 400 example of each: a JSON array, an object without the id, an id that is a number. A
 * body rule that names no type field lets an event without a type through (the feature asks only for an id). A
 * feature naming other fields, another status, or an intent with no receiver or two, is not attached here.
 */

/** The folded words of a feature, quotes and punctuation dropped. */
function wordsOf(feature: string): string[] {
  return (
    feature
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}_]+/gu) ?? []
  );
}

/** Words for a JSON object (six languages). */
const OBJECT = /^(?:object|objekt|objeto|objet|oggetto|json)$/;
/** Words for the body or the event that is checked. */
const BODY =
  /^(?:body|payload|event|events|inhalt|rumpf|korper|ereignis|cuerpo|evento|eventos|corps|evenement|corpo|carga)$/;
/** Words for a text value. */
const TEXT = /^(?:string|strings|text|zeichenkette|cadena|texto|chaine|stringa|testo)$/;

/**
 * Whether a feature only says what a signed event's body must be: a JSON object with an id (a string), else 400
 * (or refused). At most 30 words, no route, no field besides id and type.
 */
export function readsEventBodyRule(feature: string): boolean {
  if (/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\//.test(feature)) return false;
  const words = wordsOf(feature);
  if (words.length === 0 || words.length > 30) return false;
  if (!words.some((w) => OBJECT.test(w)) || !words.some((w) => BODY.test(w) || w === 'json')) return false;
  if (!words.includes('id') || !words.some((w) => TEXT.test(w))) return false;
  const statuses = words.filter((w) => /^\d{3}$/.test(w));
  if (statuses.length !== 1 || statuses[0] !== '400') return false;
  // Quoted names are fields the body must hold: only the id and the type are the receiver's.
  const quoted = [...feature.matchAll(/["\u201c\u201d`]([A-Za-z_][A-Za-z0-9_]*)["\u201c\u201d`]/g)].map((m) =>
    m[1].toLowerCase(),
  );
  return quoted.every((q) => q === 'id' || q === 'type');
}

/** The one webhook receiver that checks HMAC signatures and parses what it verified, or null. */
function receiverOf(b: ContractBuilder): (EndpointSpec & { behavior: WebhookReceiveBehavior }) | null {
  const receivers = b.contract.endpoints.filter(
    (e): e is EndpointSpec & { behavior: WebhookReceiveBehavior } =>
      e.behavior.kind === 'webhook_receive' && e.behavior.signature_header !== '',
  );
  return receivers.length === 1 ? receivers[0] : null;
}

/**
 * Claims a body rule on the one signed receiver, with worked 400 examples of a signed array, a signed object
 * without the id and a signed number id; false when the feature is not one, or there is no such receiver or two.
 */
export function attachEventBodyRule(b: ContractBuilder, feature: string): boolean {
  if (!readsEventBodyRule(feature)) return false;
  const e = receiverOf(b);
  if (e === null) return false;
  const w = e.behavior;
  const words = wordsOf(feature);
  if (!words.includes('type') && !words.includes(w.type_field)) w.type_required = false;
  // The examples sign with the receiver's secret: its setting is declared now (as it would be at the end).
  b.completeConfig();
  const said = asSaid(feature);
  const expect = { status: 400, body_contains: errorBody('VALIDATION_FAILED') };
  const bodies: [string, string][] = [
    ['a JSON array', JSON.stringify([{ [w.id_field]: eventId(e, 'array') }])],
    ['an object without the id', JSON.stringify({ [w.type_field]: 'test.event', note: 'no id' })],
    ['an object whose id is a number', JSON.stringify({ [w.id_field]: 42, [w.type_field]: 'test.event' })],
  ];
  for (const [what, body] of bodies) {
    b.contract.acceptance.push({
      id: 'draft',
      endpoint_id: e.id,
      kind: 'error',
      description: `A correctly signed body that is ${what} answers 400 VALIDATION_FAILED and is not stored ("${said}").`,
      steps: [{ request: { method: e.method, path: e.path, ...signed(w, b.contract, body) }, expect }],
    });
  }
  claimComputation(e, feature);
  return true;
}
