import type { EndpointSpec } from '../spec-contract';

/*
 * Stock running low. A list of every item leaves the judging to the client, so a feature that asks for the items
 * running low ("low stock", "at or below their reorder level") is realised only by an endpoint that filters them
 * by their level against a threshold (`low_stock`).
 */

/** Words for records running low, or below a threshold, in the languages intents are written in (folded). */
const LOW_STOCK =
  /\b(low[- ]stock|running low|runs? low|low inventory|low on stock|niedrig\w* (lager)?bestand|bajo stock|stock bajo|existencias bajas|poco stock|stock faible|stock bas|rupture de stock)\b|\b(below|under|at or below|unter\w*|por debajo|inferior\w*|en dessous|sous)\b[^.;]{0,30}\b(threshold|reorder (level|point)|mindestbestand|meldebestand|schwelle\w*|umbral\w*|punto de pedido|seuil\w*)\b|\b(fewer|less) than \d+ (\w+ )?(left|remaining|in stock|on hand)\b|\bweniger als \d+ (\w+ )?(stuck|ubrig|auf lager|vorratig|im bestand)\b|\bmenos de \d+ (\w+ )?(en stock|en existencia|restantes|quedan)\b|\bmoins de \d+ (\w+ )?(en stock|restants?)\b/i;

/** Whether a feature asks for the records running low. */
export function asksLowStock(feature: string): boolean {
  return LOW_STOCK.test(feature.normalize('NFKD').replace(/\p{M}/gu, ''));
}

/** Behaviours that answer records without judging their level. */
const UNJUDGED = new Set(['list', 'get', 'search', 'create', 'update', 'delete', 'static']);

/**
 * A feature that asks for the records running low is not realised by endpoints that only keep and list records
 * (or answer a fixed document): one of its endpoints must filter by level (`low_stock`).
 */
export function lowStockProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  if (!asksLowStock(feature) || endpoints.some((e) => e.behavior?.kind === 'low_stock')) return [];
  if (!endpoints.every((e) => UNJUDGED.has(e.behavior?.kind))) return [];
  return [
    'it asks for the records running low, but no endpoint of its realisation filters them by a threshold',
  ];
}

/** A stock that never goes below zero ("stock never goes below 0", "der Bestand darf nie unter 0 fallen"). */
const FLOOR =
  /\b(never|nie|niemals|nunca|jamais|mai|cannot|can not|must not|darf nicht|darf nie|no puede|ne peut|non puo)\b[^.;]{0,40}\b(below|under|unter|bajo|por debajo de|en dessous de|sous|sotto)\s*(0|zero|null|cero)\b|\b(never|nie|nunca|jamais|mai)\s+(go(es)?\s+)?negativ\w*/i;
/** Taking or reserving more than there is ("more than is in stock", "mehr als vorhanden"). */
const MORE_THAN_THERE_IS =
  /\bmore than (there is|is in stock|is available|we have|what is left|the stock)\b|\bmehr als (vorhanden|verfugbar|auf lager|da ist)\b|\bmas de lo (que hay|disponible)\b|\bplus que (le stock|ce qui reste|disponible)\b/i;

/** A discount or its code, whose amount a floor may bound ("never more than the subtotal, never below zero"). */
const DISCOUNT_WORDS =
  /\b(discount\w*|coupons?|vouchers?|promo\w*|codes?|rabatt\w*|gutschein\w*|nachlass|descuentos?|cupon\w*|codigos?|remises?|reductions?|sconto|sconti|codice|desconto\w*|cupom)\b/i;
/** What a stock floor is about: a level kept on hand (not the money of an order). */
const STOCK_WORDS =
  /\b(stocks?|inventory|inventar\w*|bestand\w*|lager\w*|vorrat\w*|existencias|inventario|balances?|saldos?|soldes?|units on hand|on hand|available)\b/i;

/**
 * A feature that keeps a stock level from going below zero when it changes is realised only by an endpoint that
 * changes the level within its bounds (`adjust`, 409 past them): records that are only kept, or reserved as a
 * whole with a yes/no flag, never take a quantity away.
 */
export function stockFloorProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const folded = feature.normalize('NFKD').replace(/\p{M}/gu, '');
  if (!FLOOR.test(folded) && !MORE_THAN_THERE_IS.test(folded)) return [];
  // "TENOFF knocks 10.00 off, the total can't go negative": the floor of a discount's money, not of a stock.
  if (DISCOUNT_WORDS.test(folded) && !STOCK_WORDS.test(folded)) return [];
  if (endpoints.length === 0 || endpoints.some((e) => e.behavior?.kind === 'adjust')) return [];
  return [
    'it keeps a stock from going below what there is, but no endpoint of its realisation changes a quantity within its bounds',
  ];
}
