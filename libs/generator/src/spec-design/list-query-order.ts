import { statedFirst, type FieldSpec, type ListSort } from '@sf/service-spec';

/* The order a list's records come in when a feature states it as what comes first ("oldest first"). */

/** Field types a list can sort by. */
export const SORTABLE = new Set(['string', 'number', 'integer', 'boolean']);

/** A text field holding a date or a date-time, by its format or its name. */
export function isDateLike(f: FieldSpec): boolean {
  return (
    f.type === 'string' &&
    (f.format === 'date-time' ||
      /(^|_)(date|at|on|day|due|start|end|from|to|deadline|datum|fecha)($|_)/.test(f.name))
  );
}

/** Field names that hold a price or a name, for "cheapest first" and "alphabetically". */
const PRICE_NAMES =
  /^(price|cost|amount|fee|preis|kosten|betrag|precio|coste|importe|prix|montant|prezzo|costo|preco)$/;
const NAME_NAMES = /^(name|title|nom|nombre|titel|titulo|titre|nome|titolo)$/;

/**
 * The order a feature states as what comes first ("oldest first", "cheapest first", "alphabetically") on the one
 * field of `fields` it can mean (the one date, the one price, the name or title), as the list's default order;
 * null when it states none or no single field is meant.
 */
export function firstOrder(feature: string, fields: FieldSpec[]): ListSort | null {
  const said = statedFirst(feature);
  if (!said) return null;
  const one = (found: FieldSpec[]) => (found.length === 1 ? found[0] : null);
  let target: FieldSpec | null = null;
  let desc = false;
  if (/\b(oldest|earliest|soonest|alteste|mas antiguos?|plus ancien)/.test(said)) {
    target = one(fields.filter(isDateLike));
  } else if (/\b(newest|latest|most recent|neueste|mas recientes?|plus recent)/.test(said)) {
    [target, desc] = [one(fields.filter(isDateLike)), true];
  } else if (/\b(cheapest|gunstigste|mas baratos?)/.test(said)) {
    target = one(fields.filter((f) => PRICE_NAMES.test(f.name) && SORTABLE.has(f.type)));
  } else if (/\b(dearest|most expensive|teuerste|mas caros?|plus cher)/.test(said)) {
    [target, desc] = [one(fields.filter((f) => PRICE_NAMES.test(f.name) && SORTABLE.has(f.type))), true];
  } else if (/alphabeti|\ba\s*(-|to|bis|a)\s*z\b/.test(said)) {
    target = fields.find((f) => NAME_NAMES.test(f.name) && f.type === 'string') ?? null;
  }
  if (!target) return null;
  return {
    param: 'sort',
    fields: [target.name],
    order_param: 'order',
    default_field: target.name,
    default_order: desc ? 'desc' : 'asc',
  };
}
