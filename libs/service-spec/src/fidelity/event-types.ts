import type { EndpointSpec } from '../spec-contract';
import { label } from './worked-examples';

/*
 * "GET /webhooks/ci/types lists the event types received with their counts", "eine Liste aller empfangenen
 * Ereignistypen", "listar los tipos de eventos recibidos": the distinct types, not the events. No behaviour
 * lists types, so a webhook endpoint claiming such a feature (a list of events at /types) realises something
 * else; a list filtered by one type ("nach Typ gefiltert", "?type=push") and a rule on the types a receiver
 * accepts ("only push and pull_request types are accepted") are not lists of types.
 */

/** Plural words for types, alone or compounded with the event (folded). */
const TYPES =
  /^(?:types|typen|tipos|tipi|(?:event|ereignis|evento|eventi|webhook)s?-?(?:types|typen|tipos|tipi))$/;

/** Words for listing or showing a set (six languages, folded). */
const LISTING =
  /^(?:list|lists|listed|listing|show|shows|return|returns|liste|listet|auflisten|anzeigen|zeigt|abrufen|lista|listar|listan|muestra|devuelve|lister|liste|affiche|renvoie|elenca|elencare|mostra|restituisce|retorna|devolve|mostrar)$/;

/** Words for a rule on which types are accepted ("only … types are accepted"). */
const ACCEPTING =
  /^(?:only|accept|accepts|accepted|allowed|nur|erlaubt|akzeptiert|angenommen|solo|solamente|aceptan|aceptados|permitidos|seulement|acceptes|autorises|accettati|ammessi|apenas|aceites|aceitos|permitidos)$/;

function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}-]+/gu) ?? []
  );
}

/** Whether the feature asks for the list of the event types themselves. */
export function listsEventTypes(feature: string): boolean {
  const route = /\b(?:GET)\s+(\/[^\s?]*)/.exec(feature);
  if (route && /\/(?:event-?)?(?:types|typen|tipos|tipi)\/?$/i.test(route[1])) return true;
  // Quoted values ("secret \"ci_types\"", "type": string) are data, not what the feature asks.
  const words = wordsOf(feature.replace(/"[^"]*"/g, ' '));
  if (words.some((w) => ACCEPTING.test(w))) return false;
  return words.some((w) => TYPES.test(w)) && words.some((w) => LISTING.test(w));
}

/** The problem of a webhook endpoint realising a list of event types (none can). */
export function eventTypeListProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const hooks = endpoints.filter((e) => e.behavior?.kind.startsWith('webhook_'));
  if (hooks.length === 0 || !listsEventTypes(feature)) return [];
  return [
    `it lists the event types themselves, but ${hooks.map(label).join(', ')} lists or keeps the events, not their types`,
  ];
}
