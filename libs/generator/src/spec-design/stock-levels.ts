import { namesBalance, type FieldSpec, type ResourceSpec } from '@sf/service-spec';

/*
 * Which record field holds a stock level or a balance, and the level a movement changes: shared by the low-stock
 * lists, stock and balance moves, floors and record rules (apart from the low-stock reader, which imports the
 * lead-in reader: one module for both closed an import cycle through the record readers).
 */

/** Number fields a stock level lives in. */
const LEVEL_NAMES =
  /^(?:\w+_)?(quantity|qty|stock|in_stock|stock_level|on_hand|units|count|level|amount|menge|bestand|anzahl|stuckzahl|cantidad|existencias|stock_actual|quantite|quantita|giacenza|quantidade|estoque)(?:_\w+)?$/;
/** Number fields that hold a record's own threshold ("reorder_level", "mindestmenge", "punto_di_riordino"). */
export const OWN_THRESHOLD_NAMES =
  /(?:^|_)(threshold|reorder|restock|min|minimum|minimo|minima|minimos|minimas|minimale|mindest\w*|meldebestand|schwelle|umbral|seuil|soglia|limiar|riordino|riassortimento|reposicao|reposicion|reabastecimiento|reassort|reorden|pedido|bestellpunkt|nachbestellgrenze)(?:_|$)/;
/** The paraphrase of a count a field was read from ("how many are on the shelf", "cuántas unidades hay …"). */
const COUNTED = /: "(?:how many|wie viele?|cuant[oa]s|combien|quant[oa]s|quant[ie])\b/;

/** Whether a record field holds a stock level (a number named like one, or a count said in words, not a threshold). */
export function isLevel(f: FieldSpec): boolean {
  return (
    (f.type === 'integer' || f.type === 'number') &&
    (LEVEL_NAMES.test(f.name) || COUNTED.test(f.description)) &&
    !OWN_THRESHOLD_NAMES.test(f.name)
  );
}

/** Whether a record field holds a balance actions raise and lower ("balance", "points", "Guthaben", "saldo"). */
export function isBalance(f: FieldSpec): boolean {
  return (f.type === 'integer' || f.type === 'number') && namesBalance(f.name);
}

/**
 * The level a movement changes: the resource's one stock level (else its balance), given a floor at 0 when it
 * has no lower bound (a stock on hand, or a balance, is never negative) and an example with room to move.
 */
export function movedLevel(r: ResourceSpec, direction: 'in' | 'out'): FieldSpec | undefined {
  const level = r.fields.find(isLevel) ?? r.fields.find(isBalance);
  if (!level) return undefined;
  if (direction === 'out' && level.minimum === undefined && level.exclusive_minimum === undefined) {
    level.minimum = 0;
    level.description = `${level.description}; never below 0: taking out more than ${isLevel(level) ? 'is on hand' : `the ${level.name.replace(/_/g, ' ')}`} is refused`;
  }
  const low = typeof level.example !== 'number' || level.example < 5 || !Number.isInteger(level.example);
  if (low && (level.maximum === undefined || level.maximum >= 12)) level.example = 12;
  return level;
}
