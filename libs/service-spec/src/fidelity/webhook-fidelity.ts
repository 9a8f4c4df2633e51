/**
 * What a feature about receiving a provider's signed events asks of its realisation, read by the designer and
 * held by the gate: a signature verified by a `webhook_receive` endpoint (never a plain record store that keeps
 * whatever it is sent), and the events listed newest first when it says so. Pure; the feature is only data.
 */
import type { EndpointSpec } from '../spec-contract';
import { label } from './worked-examples';

/** Folded words of a text (accents dropped, lower case). */
function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Words of signing (six languages, folded). */
const SIGNING = new Set(
  `signed signature signatures hmac signiert signierte signierten signatur firma firmado firmados
  firmadas signe signes signee signees firmati firmato assinado assinados assinatura`.split(/\s+/),
);

/** Words of events a provider delivers, or of webhooks (six languages, folded). */
const DELIVERED = new Set(
  `event events callback callbacks notification notifications delivery deliveries ereignis ereignisse
  evento eventos evenement evenements eventi notifiche webhook webhooks`.split(/\s+/),
);

/** Words of events received or accepted (six languages, folded). */
const RECEIVED = new Set(
  `received incoming inbound accepted empfangen empfangene empfangenen eingegangene angenommene angenommenen
  recibidos recibidas aceptados entrantes recus recues acceptes entrants ricevuti ricevute accettati recebidos
  recebidas aceitos`.split(/\s+/),
);

/** Whether a feature speaks of events received ("the received events", "empfangene Ereignisse"). */
export function speaksOfReceivedEvents(feature: string): boolean {
  const words = wordsOf(feature);
  return words.some((w) => RECEIVED.has(w)) && words.some((w) => DELIVERED.has(w));
}

/** Whether a feature speaks of signed events or webhooks: a signature on what a provider delivers. */
export function speaksOfSignedEvents(feature: string): boolean {
  const words = wordsOf(feature);
  return words.some((w) => SIGNING.has(w)) && words.some((w) => DELIVERED.has(w));
}

/** "Newest first" in the languages intents are written in. */
const NEWEST_FIRST =
  /\b(?:newest|latest|most recent|last received)(?: ones?)? first\b|\bneueste[n]? (?:zuerst|oben)\b|\bmas recientes primero\b|\bplus recents? (?:d'abord|en premier)\b|\bpiu recenti prima\b|\bmais recentes primeiro\b/i;

/** Whether a feature asks for events newest first ("newest first", "neueste zuerst", "más recientes primero"). */
export function asksNewestFirst(feature: string): boolean {
  return NEWEST_FIRST.test(feature.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Whether `e` lists a receiver's events newest first. */
export function listsEventsNewestFirst(e: EndpointSpec): boolean {
  return e.behavior?.kind === 'webhook_events' && e.behavior.order === 'newest_first';
}

/**
 * What the endpoints realising `feature` lack for the signed events it speaks of: one that verifies the signature
 * (or reads what such a receiver stored), and a list of events newest first when it asks for that order. In a
 * contract with a receiver (`receives`), events received are the receiver's: records kept apart are not them.
 */
export function webhookProblems(feature: string, endpoints: EndpointSpec[], receives = false): string[] {
  if (endpoints.length === 0) return [];
  const signed = speaksOfSignedEvents(feature);
  if (!signed && !(receives && speaksOfReceivedEvents(feature))) return [];
  const kinds = endpoints.map((e) => e.behavior?.kind);
  const problems: string[] = [];
  if (!kinds.some((k) => k === 'webhook_receive' || k === 'webhook_events' || k === 'webhook_replay')) {
    problems.push(
      signed
        ? `it receives signed events, but none of ${endpoints.map(label).join(', ')} verifies a signature (a webhook receiver): it would keep whatever it is sent`
        : `it speaks of the events received, but ${endpoints.map(label).join(', ')} keep records of their own, not what the webhook receiver received`,
    );
  }
  const lists = endpoints.filter((e) => e.behavior?.kind === 'webhook_events' && !e.behavior.param);
  if (asksNewestFirst(feature) && lists.length > 0 && !lists.some(listsEventsNewestFirst)) {
    problems.push(
      `it lists the events newest first, but ${lists.map(label).join(', ')} lists them oldest first`,
    );
  }
  return problems;
}
