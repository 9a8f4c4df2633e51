import { wordsOf } from '@sf/service-spec';
import { CATALOG } from './catalog';
import type { GlossaryClaim } from './catalog-entry';
import { witnessProblem } from './testing/glossary-witness';
import { runCatalogFunction } from './testing/run-function';

/*
 * Every glossary claim holds on the emitted code: each of its witnesses is run as a generated service runs the
 * function (transpiled source, fresh context) and answers what the claim says, or refuses what it says is
 * refused. A claim the code does not keep fails here, so the generator never carries a feature's word for a
 * behaviour the service does not have.
 */

const CLAIMS: [string, string, GlossaryClaim][] = CATALOG.flatMap((family) =>
  Object.entries(family.glossary ?? {}).flatMap(([id, claims]) =>
    claims.map((claim): [string, string, GlossaryClaim] => [family.name, id, claim]),
  ),
);

describe('catalog glossaries', () => {
  it('cover the families whose features are said in words of their own', () => {
    const ids = new Set(CLAIMS.map(([, id]) => id));
    for (const id of [
      'markdown.to-html',
      'html.escape',
      'text.statistics',
      'isbn.validate',
      'units.length',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each(CLAIMS)('%s: %s claims "%s" only for a function of its own', (_family, id, claim) => {
    const family = CATALOG.find((f) => f.glossary?.[id]?.includes(claim));
    expect(family?.functions.map((f) => f.id)).toContain(id);
    expect(claim.shows.length).toBeGreaterThan(0);
  });

  it.each(CLAIMS)('%s: %s keeps its claim %p on the emitted code', (_family, id, claim) => {
    expect(
      claim.shows.map((w) => witnessProblem((input, options) => runCatalogFunction(id, input, options), w)),
    ).toEqual(claim.shows.map(() => ''));
  });

  it.each(CLAIMS)('%s: %s writes the words of %p folded, one per word', (_family, _id, claim) => {
    const words = claim.words.split(' ');
    expect(wordsOf(claim.words)).toEqual(words);
  });
});
