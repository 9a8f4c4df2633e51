import { isDateField, orderedField, readStatedOrder, type FieldSpec, type ListSort } from '@sf/service-spec';

/*
 * The order a list's records come in when a feature states it in words ("earliest start first", "oldest first",
 * "cheapest first", "nach Datum sortiert, neueste zuerst", "le più recenti prima"): read by the same reader the
 * gate holds the list to (`orderedField` in service-spec), so the list is sorted by the field the words name, or
 * the one date or price they imply, in the direction they say.
 */

/** Field types a list can sort by. */
export const SORTABLE = new Set(['string', 'number', 'integer', 'boolean']);

/** A text field holding a date or a date-time, by its format or its name. */
export function isDateLike(f: FieldSpec): boolean {
  return isDateField(f);
}

/** The field and direction a feature states in words on `fields`; null when it states none or no field is meant. */
export function statedOrderOn(
  feature: string,
  fields: FieldSpec[],
): { field: string; dir: 'asc' | 'desc' } | null {
  const stated = orderedField(
    feature,
    fields.filter((f) => SORTABLE.has(f.type)),
  );
  return stated ? { field: stated.field, dir: stated.dir } : null;
}

/**
 * The order a feature states in words on the one field of `fields` it means, as the list's default order (a
 * client may still ask for another with `sort` and `order`); null when it states none or no single field is meant.
 */
export function firstOrder(feature: string, fields: FieldSpec[]): ListSort | null {
  const stated = statedOrderOn(feature, fields);
  if (!stated) return null;
  return {
    param: 'sort',
    fields: [stated.field],
    order_param: 'order',
    default_field: stated.field,
    default_order: stated.dir,
  };
}

/** Where in the folded words `ws` the order a feature states in words begins (its superlative); -1 if nowhere. */
export function statedOrderAt(feature: string, ws: string[]): number {
  const word = readStatedOrder(feature)
    ?.said.split(/[^a-z0-9_]+/)
    .find((w) => w !== '' && !/^(the|la|el|los|las|le|les|l|il|lo|i|gli|o|a|os|as|die|der|das|den)$/.test(w));
  return word === undefined ? -1 : ws.indexOf(word);
}
