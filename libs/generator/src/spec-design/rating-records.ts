import { readRating, type FieldSpec } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { asSaid } from '../catalog/feature-words';

/*
 * Ratings on a scale ("Rate a product from 1 to 5 stars", "Produkte mit 1 bis 5 Sternen bewerten", "valorar un
 * restaurante de 1 a 5 estrellas"; the reader is @sf/service-spec's rating-scale.ts, shared with the gate). The
 * records are the ratings: the rated item (a required text named after the item's noun) and the rating (a required
 * whole number bounded by the scale). An item's average over them is another feature's (owner-aggregate-features.ts).
 */

/** Designs the store of ratings a feature asks for ("rate a product from 1 to 5 stars"); false when it asks none. */
export function realiseRatingRecords(b: ContractBuilder, feature: string): boolean {
  const rating = readRating(feature);
  if (rating === null) return false;
  const r = b.resource(rating.resource);
  const item: FieldSpec = {
    name: rating.item,
    type: 'string',
    required: true,
    min_length: 1,
    description: `The ${rating.item} rated (written in the intent as: ${rating.said[0]})`,
    example: 'alpha',
  };
  const value: FieldSpec = {
    name: rating.value,
    type: 'integer',
    required: true,
    minimum: rating.low,
    maximum: rating.high,
    description: `The rating, a whole number from ${rating.low} to ${rating.high}`,
    example: rating.high,
  };
  const comment: FieldSpec[] = rating.comment
    ? [
        {
          name: rating.comment.field,
          type: 'string',
          required: rating.comment.required,
          description: `A ${rating.comment.field} kept with the rating${rating.comment.required ? '' : ' (optional)'}`,
          example: 'good',
        },
      ]
    : [];
  const others = r.fields.filter(
    (f) => ![item.name, value.name, rating.comment?.field, 'name', 'description', 'title'].includes(f.name),
  );
  r.fields = [item, value, ...comment, ...others];
  b.writtenAs(rating.resource, rating.said);
  const e = b.endpoint(
    'POST',
    b.collectionPath(rating.resource),
    { kind: 'create', resource: rating.resource },
    feature,
  );
  const quote = ` In the intent's words: "${asSaid(feature)}".`;
  if (!e.summary.includes(quote)) e.summary += quote;
  return true;
}
