import { fold } from './lexicon';
import type { ContractBuilder } from './contract-builder';
import { namedFields } from './named-fields';

/*
 * A stock named before a colon, the records it holds after it: "Tenere le scorte di magazzino: articoli con nome,
 * scaffale, unità e quantità", "Controlar o estoque da oficina: peças com nome, prateleira e quantidade",
 * "Lagerbestand führen: Artikel mit Name, Lagerplatz und Menge", "Track the inventory: parts with a name and a
 * quantity". The words before the colon name the stock as a whole (never a record of its own); the records are
 * the ones after it, with the fields listed there, so the feature is read as that part alone.
 */

/** A verb of keeping or managing a stock (folded), before or after its noun. */
const VERB =
  '(?:keep|keeps|track|tracks|manage|manages|maintain|maintains|fuhren|fuhrt|verwalten|verwaltet|llevar|controlar|gestionar|gerer|suivre|tenir|tenere|gestire|controllare|manter|controlar|gerir)';
/** Articles and possessives before the stock's noun (folded). */
const ARTICLE =
  '(?:the|our|my|a|den|die|das|unseren|unser|el|la|las|los|nuestro|nuestras|nuestros|le|la|les|l|notre|nos|il|lo|le|gli|i|la|nostro|nostre|o|a|os|as|nosso|nossa)';
/** A stock as a whole: a store room's stock, its inventory, the pantry's contents. */
const STOCK =
  '(?:stock|stocks|inventory|store ?room stock|lagerbestand|lagerbestande|bestand|bestande|inventar|existencias|inventario|stock|stocks|inventaire|scorte|giacenze|magazzino|estoque|estoques)';
/** Where the stock is kept, after "of" ("des Lagers", "del almacén", "de la réserve", "di magazzino", "da oficina"). */
const PLACE =
  "(?:\\s+(?:of|in|at|des|der|im|del|de|de la|du|di|del|della|dello|da|do|dos|das|no|na)(?:\\s+(?:the|our|my|l|la|le|el|lo|il))?\\s+[a-z']+(?:\\s+[a-z']+)?)?";

const LEAD_IN = new RegExp(
  `^\\s*(?:${VERB}\\s+(?:${ARTICLE}\\s+)?${STOCK}${PLACE}|(?:${ARTICLE}\\s+)?${STOCK}${PLACE}\\s+${VERB})\\s*:\\s*`,
);

/** "cada artículo tiene un nombre, …" → "artículo con un nombre, …": the record and its fields, as they are read. */
const EACH_HAS = /^(?:each|every|cada|jede[rs]?|chaque|ogni)\s+([\p{L}]+)\s+(has|tiene|hat|a|ha|tem)\s+/iu;
const WITH_BY_VERB: Record<string, string> = {
  has: 'with',
  tiene: 'con',
  hat: 'mit',
  a: 'avec',
  ha: 'con',
  tem: 'com',
};

function eachHas(rest: string): string {
  const m = EACH_HAS.exec(rest);
  return m ? `${m[1]} ${WITH_BY_VERB[m[2].toLowerCase()]} ${rest.slice(m[0].length)}` : rest;
}

/**
 * The part after a stock's lead-in ("Tenere le scorte di magazzino: articoli con nome, …" → "articoli con nome,
 * …") when that part names records with at least two fields; else null (the feature is read as written).
 */
export function withoutStockLeadIn(feature: string): string | null {
  const folded = fold(feature).toLowerCase().replace(/[’'`]/g, ' ');
  // fold keeps the length of Latin text, so the match maps back onto the written text.
  if (folded.length !== feature.length) return null;
  const m = LEAD_IN.exec(folded);
  if (!m) return null;
  const rest = eachHas(feature.slice(m[0].length).trim());
  const fields = namedFields(rest);
  return fields !== null && fields.length >= 2 ? rest : null;
}

/** The words of a stock's lead-in ("Controlar o estoque da oficina"), for the realisation's texts. */
export function stockLeadInWords(feature: string): string[] {
  const rest = withoutStockLeadIn(feature);
  if (rest === null) return [];
  return fold(feature.slice(0, feature.length - rest.length))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2);
}

/**
 * Carries the lead-in words of the features that keep a stocked resource into its description ("Written in the
 * intent as: controlar, estoque, oficina"): those records are the stock the lead-in names.
 */
export function carryStockLeadIn(b: ContractBuilder, resource: string): void {
  const words = b.contract.endpoints
    .filter((e) => e.behavior.kind === 'create' && e.behavior.resource === resource)
    .flatMap((e) => e.features.flatMap(stockLeadInWords));
  if (words.length > 0) b.writtenAs(resource, [...new Set(words)]);
}
