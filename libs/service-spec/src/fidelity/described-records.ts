import type { EndpointSpec } from '../spec-contract';
import { wordsOf } from './domain-terms';
import { readRating } from '../rating-scale';

/* Records described by their fields, with no verb of keeping them (`record-features.ts`). */

/**
 * Records described by their fields, with no verb: "Office supplies with a name, a count and a reorder point",
 * "Lagerartikel mit SKU, Name und Menge", "Cleaning supplies have a name and a quantity". The head noun is plural
 * in form (a singular one, "Translate text with …", may be a verb's object); the list is its first clause.
 */
const DESCRIBED_RECORDS =
  /^\s*((?:[\p{L}][\p{L}'-]*\s+){1,4}?)(?:with|mit|con|avec|com|have|has|haben|tienen|ont|hanno|tem)\s+([^;.]+)/iu;
/** A plural noun (or a German one, whose plural may look singular): "supplies", "Artikel", "ricambi". */
const PLURAL_FORM = /(?:s|x|i|el|er|en)$/;

/** Whether a feature describes records by their fields and a create of the realisation takes at least two of them. */
export function describedRecordsKept(feature: string, endpoints: EndpointSpec[]): boolean {
  if (ratingKept(feature, endpoints)) return true;
  const found = DESCRIBED_RECORDS.exec(feature.normalize('NFKD').replace(/\p{M}/gu, ''));
  if (!found || !wordsOf(found[1]).some((w) => PLURAL_FORM.test(w))) return false;
  const listed = found[2].split(/,|\b(?:and|und|y|et|e)\b/i).filter((x) => x.trim() !== '');
  if (listed.length < 2) return false;
  return endpoints.some((e) => {
    if (e.behavior?.kind !== 'create') return false;
    const names = (e.request.body?.fields ?? []).map((f) => f.name.split('_'));
    const named = listed.filter((part) => {
      const said = wordsOf(part);
      return names.some((n) => n.some((w) => said.includes(w)));
    });
    return named.length >= 2;
  });
}

/**
 * "Rate a product from 1 to 5 stars" keeps ratings: held by a create whose body requires the item as text and the
 * rating as a whole number bounded by exactly the scale the feature says.
 */
export function ratingKept(feature: string, endpoints: EndpointSpec[]): boolean {
  const rating = readRating(feature);
  if (rating === null) return false;
  return endpoints.some((e) => {
    if (e.behavior?.kind !== 'create') return false;
    const fields = e.request.body?.fields ?? [];
    const item = fields.find((f) => f.name === rating.item);
    const value = fields.find((f) => f.name === rating.value);
    const comment = rating.comment ? fields.find((f) => f.name === rating.comment?.field) : undefined;
    if (rating.comment && (comment?.type !== 'string' || comment.required !== rating.comment.required))
      return false;
    return (
      item?.type === 'string' &&
      item.required === true &&
      value?.type === 'integer' &&
      value.required === true &&
      value.minimum === rating.low &&
      value.maximum === rating.high
    );
  });
}
