import type { FieldSpec } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { featureWords, glossIn, languagesOf, type Language } from '../catalog/feature-words';

/*
 * The list of a receiver's events filtered by their type, as users write it: spelled as a query parameter
 * ("GET /events?type=invoice.paid", "GET /eventos?tipo=…", "GET /ereignisse?typ=…") or in words ("optionally
 * filtered by event type", "nach Typ gefiltert", "filtrados por tipo", "filtrés par type", "filtrati per tipo").
 * The list then keeps only the events whose type is exactly the value asked (`type_filter` of `webhook_events`);
 * without the parameter it lists every event. A filter on anything else (an amount, a customer in the payload)
 * is not read here: the gate refuses it.
 */

/** A type parameter written in a query string (`?type=`, `&event_type=`, `?tipo=`, `?typ=`). */
const SPELLED = /[?&](type|event_type|eventtype|typ|tipo)=/i;

/** An article or the word "event" between the filter's preposition and "type" (six languages, folded). */
const BETWEEN = String.raw`(?:(?:the|its|their|an|a|el|la|le|il|lo|o|os|dem|den|der|ihrem|ihren)\s+)?(?:(?:event|evento|de evento|d'evenement|dell'evento|do evento|ereignis-?)\s*)?`;

/** "filtered by (event) type" and its kin: a word of filtering, a preposition, the type. */
const IN_WORDS = new RegExp(
  String.raw`\b(?:filter\w*|filtr\w*)\s+(?:by|nach|por|par|per)\s+${BETWEEN}(?:type|typ|tipo)\b(?!\s*\w*\s*(?:and|und|y|et|e|ou|or|oder|o)\b)`,
);
/** German puts the verb last: "nach (Ereignis)Typ gefiltert", "nach dem Typ filtern". */
const GERMAN = /\bnach\s+(?:dem\s+)?(?:ereignis-?)?typ\s+(?:ge)?filter\w*/;

function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The query parameter a feature filters a receiver's events by their type with: the name it spells, else `type`
 * for a filter by type said in words; undefined when it asks for none.
 */
export function readEventTypeFilter(feature: string): string | undefined {
  const spelled = SPELLED.exec(feature)?.[1];
  if (spelled !== undefined) return spelled.toLowerCase();
  const text = folded(feature);
  return IN_WORDS.test(text) || GERMAN.test(text) ? 'type' : undefined;
}

/** What a list filtered by type does, in the feature's language. */
const FILTER_GLOSS: Partial<Record<Language, string>> = {
  en: ' Optionally filtered by type: only the events of that type.',
  de: ' Wahlweise nach Typ gefiltert: nur die Ereignisse dieses Typs.',
  es: ' Filtrados por tipo si se pide: solo los eventos de ese tipo.',
  fr: ' Filtrés par type si demandé : seuls les événements de ce type.',
  it: ' Filtrati per tipo se richiesto: solo gli eventi di quel tipo.',
  pt: ' Filtrados por tipo se pedido: só os eventos desse tipo.',
};

/**
 * Gives each list of a receiver's events the type filter one of its features asks for, once every feature is
 * designed (a list is made by the receiver's feature and claimed by the one that filters it).
 */
export function settleEventFilters(b: ContractBuilder): void {
  for (const e of b.contract.endpoints) {
    if (e.behavior.kind !== 'webhook_events' || e.behavior.param !== undefined) continue;
    const asking = e.features.find((f) => readEventTypeFilter(f) !== undefined);
    if (asking === undefined) continue;
    e.behavior.type_filter = readEventTypeFilter(asking);
    const gloss = glossIn(FILTER_GLOSS, languagesOf(featureWords(asking)));
    if (!e.summary.includes(gloss)) e.summary += gloss;
  }
}

/** The query parameter of a list filtered by the events' type, `example` a type the receiver's sender uses. */
export function eventTypeQuery(name: string, example: string): FieldSpec {
  return {
    name,
    type: 'string',
    required: false,
    description: 'Lists only the events whose type is exactly this value; every event when absent',
    example,
  };
}
