/**
 * What a feature about receiving a provider's signed events asks of its realisation, read by the designer and
 * held by the gate: a signature verified by a `webhook_receive` endpoint (never a plain record store that keeps
 * whatever it is sent), and the events listed newest first when it says so. Pure; the feature is only data.
 */
import type { EndpointSpec } from '../spec-contract';
import { label } from './worked-examples';
import { eventTypeListProblems } from './event-types';

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
  `received incoming inbound accepted verified verificados verificadas verifies verifiees verificati
  verificate verifizierte verifizierten gepruften empfangen empfangene empfangenen eingegangene angenommene angenommenen
  recibidos recibidas aceptados entrantes recus recues acceptes entrants ricevuti ricevute accettati recebidos
  recebidas aceitos recibido recibida ricevuto ricevuta recebido recebida stored saved gespeicherte gespeicherten guardados guardadas almacenados almacenadas
  enregistres enregistrees stockes salvati salvate memorizzati armazenados armazenadas salvos`.split(/\s+/),
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

/**
 * Whether a feature refuses a signature ("a wrong or missing signature returns 401", "Ereignisse ohne gültige
 * Signatur werden mit 401 abgelehnt"): a word of signing beside 401 or a word of refusing.
 */
export function refusesSignatures(feature: string): boolean {
  const words = wordsOf(feature);
  return (
    words.some((w) => SIGNING.has(w)) &&
    words.some(
      (w) =>
        w === '401' ||
        /^(?:refus|reject|rejet|rejeit|rechaz|rifiut|abgelehnt|zuruckgewiesen|unauthori)/.test(w),
    )
  );
}

/** "Newest first" in the languages intents are written in. */
const NEWEST_FIRST =
  /\b(?:newest|latest|most recent|last received)(?: ones?)? (?:first|on top)\b|\bnewest to oldest\b|\breverse chronological\b|\bneueste[ns]? (?:zuerst|oben)\b|\bvom neuesten zum altesten\b|\bmas recientes? primero\b|\bdel mas reciente al mas antiguo\b|\bplus recents? (?:d'abord|en premier|en tete)\b|\bdu plus recent au plus ancien\b|\bpiu recenti? (?:prima|per primi|per primo)\b|\bdal piu recente al piu vecchio\b|\bmais recentes? primeiro\b|\bdo mais recente ao mais antigo\b/i;

/** Whether a feature asks for events newest first ("newest first", "neueste zuerst", "más recientes primero"). */
export function asksNewestFirst(feature: string): boolean {
  return NEWEST_FIRST.test(feature.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Words asking for the events' bodies as they were sent, not records about them (six languages, folded). */
const BODIES =
  /\bevent bodies\b|\bbod(?:y|ies) of (?:each|every|the) (?:\w+ )?events?\b|\b(?:exactly )?as (?:it was |they were )?(?:sent|received|delivered)\b|\bereignis-?(?:inhalte|korper)\b|\binhalt jedes\b|\bwie (?:gesendet|empfangen|geliefert)\b|\bcuerpos? de (?:cada|los) eventos?\b|\btal (?:como|cual) (?:se )?(?:envio|recibio|llego)\b|\bcorps de (?:chaque|chacun des) evenements?\b|\btel(?:le)?s? qu'?(?:envoye|recu)e?s?\b|\bcorpo di (?:ogni|ciascun) evento\b|\bcosi come (?:inviat|ricevut)\w*\b|\bcorpo de cada evento\b|\btal como (?:foi )?(?:enviad|recebid)\w*\b/;

/** Whether a feature lists the events' JSON bodies as sent ("a JSON array of the verified event bodies"). */
export function asksEventBodies(feature: string): boolean {
  return BODIES.test(folded(feature).replace(/[\u2019`]/g, "'"));
}

/** Whether `e` replays events by delivering them to a configured URL. */
function deliversReplays(e: EndpointSpec): boolean {
  return e.behavior?.kind === 'webhook_replay' && e.behavior.target_config !== undefined;
}

/** The status receiver `e` answers a missing or wrong signature with. */
function refusedWith(e: EndpointSpec): number {
  return e.behavior?.kind === 'webhook_receive' ? (e.behavior.signature_status ?? 401) : 401;
}

/** Whether `e` refuses a repeated event id with 409. */
function refusesRepeats(e: EndpointSpec): boolean {
  return e.behavior?.kind === 'webhook_receive' && e.behavior.duplicates === 'conflict';
}

/** Whether `e` lists a receiver's events newest first. */
export function listsEventsNewestFirst(e: EndpointSpec): boolean {
  return e.behavior?.kind === 'webhook_events' && e.behavior.order === 'newest_first';
}

/** Words of a signature that is wrong or missing (six languages, folded). */
const FAILED =
  /\b(?:wrong|missing|invalid|bad|incorrect|forged|tampered|absent|without|unsigned|mismatch\w*|falsch\w*|fehl\w*|ohne|ungultig\w*|incorrect\w*|invalid\w*|falsa|ausente|sin|fausse|absente|manquante|sans|errata|sbagliata|mancante|senza|non valida|errada|sem)\b/;
/** A clause that opens with "else" (six languages, folded): the refusal of what the clause before accepts. */
const ELSE =
  /^\s*(?:else|otherwise|sonst|andernfalls|si no|de lo contrario|sinon|altrimenti|senao|caso contrario)\b/;

/**
 * The status a feature answers a wrong or missing signature with ("bad signature → 403", "else 400", "eine
 * ungültige Signatur → 401"): a 400, 401 or 403 in a clause of a feature about signatures that speaks of a
 * wrong or missing signature, or opens with "else". Undefined when it states none, or two.
 */
export function statedSignatureStatus(feature: string): number | undefined {
  if (!wordsOf(feature).some((w) => SIGNING.has(w))) return undefined;
  const stated = new Set<number>();
  let before = '';
  for (const clause of folded(feature.replace(/\{[^{}]*\}/g, ' ')).split(/[;,.]\s|[;,]/)) {
    const status = /\b(40[013])\b/.exec(clause)?.[1];
    const signature = wordsOf(clause).some((w) => SIGNING.has(w));
    // "else 400" refuses what the clause before asks: a signature's, unless that clause asks for a body's shape
    // ("a correctly signed body must be a JSON object with a string id, otherwise 400").
    const elseOfSignature = ELSE.test(clause) && !BODY_SHAPE.test(before);
    if (status !== undefined && ((signature && FAILED.test(clause)) || elseOfSignature))
      stated.add(Number(status));
    before = clause;
  }
  return stated.size === 1 ? [...stated][0] : undefined;
}

/** A clause asking for a body's shape (its fields, their types), whose "else" refuses the body, not a signature. */
const BODY_SHAPE =
  /\b(?:json object|object with|field|fields|string|number|integer|boolean|array|objeto|objet|oggetto|feld|felder|campo|campos|champ|champs)\b/;

/** Words naming an event's type, what a receiver's list may be filtered by (six languages, folded). */
const EVENT_TYPE = /^(?:event|events|type|types|typ|typen|tipo|tipos|event_type|eventtype|ereignistyp\w*)$/;

/**
 * Whether the filter a feature names (`named`: the words after "filter by", "nach … gefiltert") is only the
 * events' type, and one of `endpoints` lists a receiver's events filtered by their type. A filter naming
 * anything else (an amount, a customer) is not this; naming nothing is not either.
 */
export function filtersEventsByType(named: string[], endpoints: EndpointSpec[]): boolean {
  if (named.length === 0 || !named.every((w) => EVENT_TYPE.test(w))) return false;
  return endpoints.some((e) => e.behavior?.kind === 'webhook_events' && e.behavior.type_filter !== undefined);
}

/** Words of an event id seen before (six languages, folded). */
const REPEATED = new RegExp(
  [
    '\\b(?:duplicat\\w*|duplicad\\w*|doppelt\\w*|doublons?|dupliqu\\w*)\\b',
    '\\b(?:twice|zweimal|dos veces|deux fois|due volte|duas vezes)\\b',
    '\\b(?:same|dieselbe|gleiche|mismo|misma|meme|stesso|mesmo)\\b[^.;]{0,12}\\bid\\b',
    '\\b(?:already|bereits|schon|ya|deja|gia|ja)\\b[^.;]{0,12}\\b(?:received|seen|stored|known|empfangen\\w*|erhalten\\w*|gespeichert\\w*|recibid\\w*|guardad\\w*|recu\\w*|enregistr\\w*|ricevut\\w*|recebid\\w*)',
  ].join('|'),
);

/** Words of refusing (six languages, folded) or the 409 itself. */
const REFUSED =
  /\b(?:409|conflict|refused?|rejected?|reject|abgelehnt|ablehnen|zuruckgewiesen|rechaza|rechazad[oa]s?|rechazar|refuse[es]?|refuser|rejete[es]?|rifiutat[oi]|rifiutare|recusad[oa]s?|recusar|rejeitad[oa]s?)\b/;

function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether a feature refuses an event id received before ("the same event id twice is refused with 409",
 * "dieselbe Ereignis-ID zweimal → 409"): a repeat of delivered events, and a refusal or 409. "Ignore duplicates"
 * and "answered 200 without storing again" are not refusals.
 */
export function refusesRepeatedEvents(feature: string): boolean {
  return speaksOfRepeatedEvents(feature) && REFUSED.test(folded(feature));
}

/**
 * Whether a feature speaks of an event id received before ("an event with an id already received → 200 without
 * storing it again", "un evento con un id già ricevuto", "dieselbe Ereignis-ID zweimal"), refused or not.
 */
export function speaksOfRepeatedEvents(feature: string): boolean {
  const text = folded(feature);
  const events = wordsOf(feature).some((w) => DELIVERED.has(w)) || /\bids?\b/.test(text);
  return events && REPEATED.test(text);
}

/** Words of sending an event again (six languages, folded). */
const REDELIVER =
  /\b(?:re-?sends?|re-?sent|re-?deliver(?:s|ed|y)?|re-?post(?:s|ed)?|forwards?|replay(?:s|ed)?|erneut|nochmals|wiederholen|weiterleiten|zustellen|reenvi\w*|reenvio|reenviar|repet\w*|rejou\w*|renvo\w*|reinvi\w*|reinoltr\w*|reenvi\w*|retransmit\w*)\b/;

/** Words of where it goes: a URL, a target (six languages, folded), or a URL itself. */
const TARGET = /\b(?:urls?|targets?|ziel\w*|destino|destination|cible|destinazione)\b|https?:\/\//;

/** Whether a feature re-delivers stored events to a URL ("re-sends the event to the configured URL"). */
export function redeliversEvents(feature: string): boolean {
  const text = folded(feature);
  const events = wordsOf(feature).some((w) => DELIVERED.has(w));
  return events && REDELIVER.test(text) && TARGET.test(text);
}

/** Whether a feature keeps a signing secret per source ("each source has its own secret", "/hooks/{source}"). */
export function keepsSecretPerSource(feature: string): boolean {
  const text = folded(feature);
  const secret =
    /\b(?:secrets?|geheimnis\w*|schlussel\w*|secreto|clave|secret|cle|segreto|chiave|segredo|chave)\b/.test(
      text,
    );
  const each =
    /\b(?:per|each|every|its own|that|jede[nrs]?|eigenes?|dieser|cada|propio|propia|ese|esa|chaque|propre|cette|ce|ogni|proprio|quella|seu|sua|essa)\b[^.;]{0,30}\b(?:sources?|providers?|quellen?|anbieter[s]?|fuentes?|proveedor(?:es)?|fournisseurs?|fonti|fonte|fornitori|provedor(?:es)?)\b/;
  return secret && (each.test(text) || /\{(?:source|provider|quelle|fuente|fonte)\}/.test(text));
}

/** Whether a feature carries the signature elsewhere than a header: a query parameter or a body field. */
export function signsOutsideHeader(feature: string): boolean {
  const text = folded(feature);
  if (!wordsOf(feature).some((w) => SIGNING.has(w) || w === 'sig')) return false;
  const query =
    /[?&](?:sig|signature|hmac)=|\bquery(?:[- ]?(?:parameter|param|string))?\b|\bparametro de consulta\b|\bparametre de requete\b|\bquery-parameter\b|\babfrageparameter\b|\bparametro (?:di query|query)\b/;
  const body = /"(?:signature|sig|hmac|firma|signatur)"\s*:/;
  return query.test(text) || body.test(feature);
}

/**
 * What no webhook behaviour realises yet, whatever endpoints a design made for it. A signature sent in a body
 * field is a webhook's only where events are delivered: `POST /verify with {"message", "secret", "signature"}`
 * is an HMAC calculator, not a receiver reading its signature from the body.
 */
function unbuiltProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const problems: string[] = [];
  const hooks =
    wordsOf(feature).some((w) => DELIVERED.has(w)) ||
    endpoints.some((e) => e.behavior?.kind.startsWith('webhook_') === true);
  if (keepsSecretPerSource(feature)) {
    problems.push(
      'it keeps a signing secret per source, but a webhook receiver checks every event with one secret',
    );
  }
  // "takes a JSON body" (any object): a receiver keeps events by their string id, refusing a body without one.
  const anyBody = /\b(?:takes|accepts|any)\s+(?:a\s+|any\s+)?(?:json|JSON)\s+(?:body|object|payload)\b/.test(
    feature,
  );
  if (anyBody && !/"id"/.test(feature) && endpoints.some((e) => e.behavior?.kind === 'webhook_receive')) {
    problems.push(
      'it takes any JSON body, but a webhook receiver refuses a body without a string id (events are kept by id)',
    );
  }
  if (hooks && signsOutsideHeader(feature)) {
    problems.push(
      'it reads the signature from a query parameter or a body field, but a webhook receiver reads it from a header',
    );
  }
  return problems;
}

/**
 * What the endpoints realising `feature` lack for the signed events it speaks of: one that verifies the signature
 * (or reads what such a receiver stored), and a list of events newest first when it asks for that order. In a
 * contract with a receiver (`receives`), events received are the receiver's: records kept apart are not them.
 */
export function webhookProblems(feature: string, endpoints: EndpointSpec[], receives = false): string[] {
  if (endpoints.length === 0) return [];
  const problems = [...unbuiltProblems(feature, endpoints), ...eventTypeListProblems(feature, endpoints)];
  // "a JSON array of the verified event bodies": the bodies as sent, not records wrapping them.
  const listing = endpoints.filter((e) => e.behavior?.kind === 'webhook_events' && !e.behavior.param);
  const bodies = (e: EndpointSpec) => e.behavior?.kind === 'webhook_events' && e.behavior.items === 'bodies';
  if (asksEventBodies(feature) && listing.length > 0 && !listing.some(bodies)) {
    problems.push(
      `it lists the events' bodies as they were sent, but ${listing.map(label).join(', ')} lists records around them ({id, type, event, replay_count})`,
    );
  }
  // "re-sends the stored event to the configured URL": a replay that delivers, never a flag named replay.
  if (redeliversEvents(feature) && !endpoints.some(deliversReplays)) {
    problems.push(
      `it sends stored events again to a URL, but none of ${endpoints.map(label).join(', ')} delivers them anywhere`,
    );
  }
  // "the same event id twice is refused with 409": a receiver that refuses repeats, not one that flags them.
  const receivers = endpoints.filter((e) => e.behavior?.kind === 'webhook_receive');
  if (refusesRepeatedEvents(feature) && receivers.length > 0 && !receivers.some(refusesRepeats)) {
    problems.push(
      `it refuses an event id received before, but ${receivers.map(label).join(', ')} accepts it again`,
    );
  }
  // "a wrong or missing signature returns 401": only a receiver checking the signature refuses it (a list of the
  // events received, or a record store, would answer whatever it is sent).
  const checking = receivers.filter(
    (e) => e.behavior?.kind === 'webhook_receive' && e.behavior.signature_header,
  );
  // "bad signature → 403", "else 400": the status stated, not the receiver's 401 for another.
  const status = statedSignatureStatus(feature);
  if (status !== undefined && checking.length > 0 && !checking.some((e) => refusedWith(e) === status)) {
    problems.push(
      `it answers a wrong or missing signature with ${status}, but ${checking.map(label).join(', ')} answers ${refusedWith(checking[0])}`,
    );
  }
  if (refusesSignatures(feature) && checking.length === 0) {
    problems.push(
      `it refuses a wrong or missing signature, but none of ${endpoints.map(label).join(', ')} verifies one (a webhook receiver)`,
    );
  }
  const signed = speaksOfSignedEvents(feature);
  if (!signed && !(receives && speaksOfReceivedEvents(feature))) return problems;
  const kinds = endpoints.map((e) => e.behavior?.kind);
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
