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
