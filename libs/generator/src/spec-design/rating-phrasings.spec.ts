import { featureFidelity, type FieldSpec, type SpecContract } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from './spec-designer';

/*
 * The phrasing table of ratings on a scale ("rate a product from 1 to 5 stars", "Rezepte mit 1 bis 5 Sternen
 * bewerten", "valorar un restaurante de 1 a 5", "noter un film de 1 à 10", "dare un voto da 1 a 10 a un piatto",
 * "avaliar um livro de 1 a 5 estrelas") and what users ask of them: an item's average and how many ratings it has.
 * Each row is an intent read as the records it keeps (the rated item as a required text, the rating as a required
 * whole number bounded by the scale) and every feature must pass the fidelity gate. Beside them, near misses that
 * use the same words for something else ("rate limit", "exchange rate", "Bewertung" of a text, ratings without a
 * scale) and keep no ratings. Rows the designer does not read yet are named in NOT_YET_READ: such a row fails the
 * suite as soon as it is read, so the set only shrinks.
 */

interface RatingRow {
  features: string[];
  /** The rated item's field, the rating's field, and the scale's bounds. */
  item: string;
  value: string;
  min: number;
  max: number;
  /** A text kept beside the rating ("with an optional comment"). */
  comment?: { field: string; required: boolean };
}

export const RATING_PHRASINGS: RatingRow[] = [
  {
    features: [
      'Rate a product from 1 to 5 stars',
      'Show the average rating and the number of ratings of a product',
    ],
    item: 'product',
    value: 'stars',
    min: 1,
    max: 5,
  },
  {
    features: [
      'guests rate each recipe between 1 and 10',
      "get a recipe's average rating, rounded to one decimal",
    ],
    item: 'recipe',
    value: 'rating',
    min: 1,
    max: 10,
  },
  {
    features: ['users can give a movie 1-5 stars', 'average stars per movie'],
    item: 'movie',
    value: 'stars',
    min: 1,
    max: 5,
  },
  {
    features: [
      'Produkte mit 1 bis 5 Sternen bewerten',
      'für ein Produkt den Durchschnitt der Sterne abrufen',
    ],
    item: 'produkt',
    value: 'sterne',
    min: 1,
    max: 5,
  },
  {
    features: ['valorar un restaurante de 1 a 5 estrellas', 'ver la media de estrellas de un restaurante'],
    item: 'restaurante',
    value: 'estrellas',
    min: 1,
    max: 5,
  },
  {
    features: ['noter un film de 1 à 10', "afficher la moyenne des notes d'un film"],
    item: 'film',
    value: 'note',
    min: 1,
    max: 10,
  },
  {
    features: ['dare un voto da 1 a 10 a un piatto', 'la media dei voti di un piatto'],
    item: 'piatto',
    value: 'voto',
    min: 1,
    max: 10,
  },
  {
    features: ['avaliar um livro de 1 a 5 estrelas', 'mostrar a média de estrelas de um livro'],
    item: 'livro',
    value: 'estrelas',
    min: 1,
    max: 5,
  },
  {
    features: ['rate a course on a scale of 0 to 10', 'the average rating of a course'],
    item: 'course',
    value: 'rating',
    min: 0,
    max: 10,
  },
  {
    features: ['puntuar cada hotel del 1 al 5', 'consultar la puntuación media de un hotel'],
    item: 'hotel',
    value: 'puntuacion',
    min: 1,
    max: 5,
  },
  {
    features: ['Kurse von 1 bis 6 bewerten', 'die durchschnittliche Bewertung eines Kurses'],
    item: 'kurs',
    value: 'bewertung',
    min: 1,
    max: 6,
  },
  {
    features: ['évaluer chaque atelier de 1 à 5 étoiles', "la moyenne des étoiles d'un atelier"],
    item: 'atelier',
    value: 'etoiles',
    min: 1,
    max: 5,
  },
  {
    features: ['valutare un corso da 1 a 5 stelle', 'la media delle stelle di un corso'],
    item: 'corso',
    value: 'stelle',
    min: 1,
    max: 5,
  },
  {
    features: ['rate a book from 1 to 5 stars with an optional comment', 'the average stars of a book'],
    item: 'book',
    value: 'stars',
    min: 1,
    max: 5,
    comment: { field: 'comment', required: false },
  },
  {
    features: ['valorar cada vino de 1 a 10 con un comentario', 'la media de valoraciones de un vino'],
    item: 'vino',
    value: 'valoracion',
    min: 1,
    max: 10,
    comment: { field: 'comentario', required: true },
  },
  {
    features: ['Hotels mit 1 bis 5 Sternen bewerten', 'Durchschnitt der Sterne eines Hotels anzeigen'],
    item: 'hotel',
    value: 'sterne',
    min: 1,
    max: 5,
  },
];

/** Rows the designer does not read yet (remove a row once it is read: the suite fails until then). */
const NOT_YET_READ = new Set<RatingRow>([]);

/** What keeps no ratings: the second feature of a row beside one of these must stay unrealised or unrelated. */
const NEAR_MISSES = [
  'rate limit the API to 100 requests per minute',
  'convert an amount at the exchange rate of the day',
  'rate a text from 1 to 5 by its readability score',
  'a rating is required',
  'rate products',
  'give a number between 1 and 100',
  'note a temperature from 1 to 5',
];

/** The create endpoint of `feature` and its resource's fields. */
function ratingStore(contract: SpecContract, feature: string): FieldSpec[] | null {
  const e = contract.endpoints.find((x) => x.features.includes(feature) && x.behavior.kind === 'create');
  if (!e || e.behavior.kind !== 'create') return null;
  const resource = e.behavior.resource;
  return contract.resources.find((r) => r.name === resource)?.fields ?? null;
}

/** What goes wrong with a row: '' when every feature is realised and the ratings are kept as the row says. */
function problemOfRow(row: RatingRow): string {
  const { contract } = designSpec(intentOf({ service_name: 'ratings', key_features: row.features }));
  const unrealised = featureFidelity(contract, row.features).filter((v) => !v.realised);
  if (unrealised.length > 0)
    return `unrealised: ${unrealised.map((v) => `${v.feature} (${v.problems.join('; ')})`).join(' | ')}`;
  const fields = ratingStore(contract, row.features[0]);
  if (!fields) return 'no create endpoint realises the first feature';
  const item = fields.find((f) => f.name === row.item);
  const value = fields.find((f) => f.name === row.value);
  if (!item || item.type !== 'string' || !item.required) return `no required text ${row.item}`;
  if (!value || value.type !== 'integer' || !value.required) return `no required whole number ${row.value}`;
  if (value.minimum !== row.min || value.maximum !== row.max)
    return `${row.value} bounded ${value.minimum}..${value.maximum}, not ${row.min}..${row.max}`;
  if (row.comment) {
    const comment = fields.find((f) => f.name === row.comment?.field);
    if (comment?.type !== 'string' || comment.required !== row.comment.required)
      return `no ${row.comment.required ? 'required' : 'optional'} text ${row.comment.field}`;
  }
  const figure = contract.endpoints.find(
    (e) => e.features.includes(row.features[1]) && e.behavior.kind === 'owner_aggregate',
  );
  if (!figure || figure.behavior.kind !== 'owner_aggregate')
    return 'no owner figure realises the second feature';
  if (figure.behavior.owner_field !== row.item || figure.behavior.value_field !== row.value)
    return `the figure is ${figure.behavior.value_field} per ${figure.behavior.owner_field}`;
  return '';
}

/** Whether a near miss, beside a row's figure, designs a store of ratings. */
function nearMissKeepsRatings(text: string): boolean {
  const { contract } = designSpec(intentOf({ service_name: 'ratings', key_features: [text] }));
  const fields = ratingStore(contract, text);
  return (
    featureFidelity(contract, [text])[0].realised &&
    fields !== null &&
    fields.some((f) => f.type === 'integer' && f.minimum !== undefined && f.maximum !== undefined)
  );
}

describe('ratings on a scale: kept per item, averaged per item', () => {
  for (const row of RATING_PHRASINGS.filter((r) => !NOT_YET_READ.has(r))) {
    it(`reads ${JSON.stringify(row.features[0])}`, () => {
      expect(problemOfRow(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = RATING_PHRASINGS.filter((r) => NOT_YET_READ.has(r) && problemOfRow(r) === '');
    expect(read.map((r) => r.features[0])).toEqual([]);
  });

  it.each(RATING_PHRASINGS.map((r) => [r.features[0], r] as const))(
    'the gate refuses %p kept on another scale or without its item',
    (_feature, row) => {
      const { contract } = designSpec(intentOf({ service_name: 'ratings', key_features: row.features }));
      const e = contract.endpoints.find((x) => x.features.includes(row.features[0]))!;
      const fields = e.request.body!.fields;
      const value = fields.find((f) => f.name === row.value)!;
      value.maximum = row.max + 1;
      expect(featureFidelity(contract, [row.features[0]])[0].realised).toBe(false);
      value.maximum = row.max;
      e.request.body!.fields = fields.filter((f) => f.name !== row.item);
      expect(featureFidelity(contract, [row.features[0]])[0].realised).toBe(false);
    },
  );

  it.each(NEAR_MISSES)('keeps no ratings for %p', (text) => {
    expect(nearMissKeepsRatings(text)).toBe(false);
  });
});
