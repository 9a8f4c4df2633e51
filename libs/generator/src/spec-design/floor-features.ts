import type { AdjustBehavior } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import type { FeatureReading } from './feature-reader';
import { fold } from './lexicon';
import { isLevel } from './stock-levels';
import { asSaid } from '../catalog/feature-words';

/*
 * A stock that never goes below zero: "stock never goes below 0; taking more than there is is refused", "der
 * Bestand darf nie unter 0 fallen", "el stock nunca puede ser negativo", "le stock ne descend jamais sous 0".
 * The level field of the records that keep a stock gets a floor at 0 (a create below it is 400), and the level
 * changes by a signed amount through an adjustment that refuses a result below 0 with 409, changing nothing.
 */

const FLOOR =
  /\b(?:never|nie|niemals|nunca|jamais|mai|cannot|can not|must not|darf nicht|darf nie|no puede|ne peut|non puo)\b[^.;]{0,40}\b(?:below|under|unter|bajo|por debajo de|en dessous de|sous|sotto)\s*(?:0|zero|null|cero)\b|\b(?:never|nie|nunca|jamais|mai)\s+(?:go(?:es)?\s+|ser\s+|etre\s+)?negativ\w*|\b(?:below|under|unter|bajo|por debajo de|en dessous de|sous|sotto|abaixo de)\s*(?:0|zero|null|cero)\b[^.;]{0,30}\b(?:refused|rejected|abgelehnt|rechazad\w*|refusee?s?|rifiutat\w*|recusad\w*|409)|\b(?:cannot|can not|kann nicht|darf nicht|no puede|ne peut pas|non (?:si )?puo|nao pode)\s+(?:become |werden |ser |devenir |diventare |ficar )?negativ\w*/;
/** Words of a reservation, which takes a stated quantity and gives it back: not a plain change of level. */
const RESERVES = /\b(?:reserv\w*|release\w*|freigeb\w*|liber\w*|vormerk\w*)\b/;

/** Whether a feature says a stock level never goes below zero (it is designed after the records it keeps). */
export function readsAsFloor(feature: string): boolean {
  const text = fold(feature).replace(/[’'`]/g, ' ');
  return FLOOR.test(text) && !RESERVES.test(text);
}

/**
 * Realises a floor at zero on the one stock level the intent keeps; false when the feature is none. True without
 * an endpoint when no resource (or more than one) keeps a level: the feature then stays unrealised.
 */
export function realiseFloor(b: ContractBuilder, feature: string, r: FeatureReading): boolean {
  if (r.literal || !readsAsFloor(feature)) return false;
  const levels = b.contract.resources.flatMap((resource) =>
    resource.fields.filter(isLevel).map((field) => ({ resource, field })),
  );
  if (levels.length !== 1) return true;
  const { resource, field } = levels[0];
  if (field.minimum === undefined || field.minimum < 0) field.minimum = 0;
  if (!field.description.includes('never below 0'))
    field.description = `${field.description}; never below 0 (${asSaid(feature)})`;
  const existing = b.contract.endpoints.find(
    (e) =>
      e.behavior.kind === 'adjust' &&
      e.behavior.resource === resource.name &&
      e.behavior.field === field.name,
  );
  const param = resource.key ?? 'id';
  const adjust: AdjustBehavior = {
    kind: 'adjust',
    resource: resource.name,
    param,
    field: field.name,
    amount_field: 'by',
  };
  const e =
    existing ?? b.endpoint('POST', `${b.collectionPath(resource.name)}/{${param}}/adjust`, adjust, feature);
  if (!e.features.includes(feature)) e.features.push(feature);
  // The words the floor was read by go with the resource ("never", "below", "nie", "unter").
  const said = FLOOR.exec(fold(feature).replace(/[’'`]/g, ' '))?.[0].match(/\p{L}+/gu) ?? [];
  b.writtenAs(resource.name, [field.name, ...said.filter((w) => w.length > 2)]);
  return true;
}
