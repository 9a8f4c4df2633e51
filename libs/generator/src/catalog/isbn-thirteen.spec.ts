import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/*
 * An ISBN check that also answers the ISBN-13 of a valid ISBN ("for a valid ISBN-10 also return the 978-prefixed
 * ISBN-13"): the emitted code against ISBN-13s published for the same books (Wikipedia, the ISBN agency's
 * examples), the design's worked examples against the emitted code, and no answer for an invalid ISBN.
 */

const check = (isbn: unknown) =>
  runCatalogFunction('isbn.validate', { isbn }, { refuseInvalid: false, accept: 'both', isbn13: true });

describe('isbn.validate answering the ISBN-13 (the emitted code)', () => {
  it.each([
    ['0-306-40615-2', 'ISBN-10', '9780306406157'],
    ['3-16-148410-X', 'ISBN-10', '9783161484100'],
    ['3 598 21508 8', 'ISBN-10', '9783598215087'],
    ['0-8044-2957-x', 'ISBN-10', '9780804429573'],
    ['978-0-306-40615-7', 'ISBN-13', '9780306406157'],
    ['979-10-90636-07-1', 'ISBN-13', '9791090636071'],
  ])('answers %p (%s) with ISBN-13 %s', (isbn, type, isbn13) => {
    expect(check(isbn)).toEqual({ ok: true, value: { valid: true, type, isbn13 } });
  });

  it.each(['0-306-40615-3', '978-0-306-40615-8', '12345'])(
    'answers no ISBN-13 for %p, which is not valid',
    (isbn) => {
      expect(check(isbn)).toMatchObject({ ok: true, value: { valid: false, isbn13: null } });
    },
  );

  it('refuses an object, even one String() cannot convert (no usable toString), rather than throwing', () => {
    for (const isbn of [Object.create(null) as unknown, { toString: 1 }, { isbn: '9780306406157' }, ['978']])
      expect(check(isbn)).toMatchObject({ ok: false });
  });

  it('never throws, and answers an ISBN-13 of 13 digits beginning 978 or 979 for every valid ISBN', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9X -]{0,17}$/), fc.anything()), (isbn) => {
        const result = check(isbn);
        if (!result.ok) return;
        if (result.value.valid === true) expect(String(result.value.isbn13)).toMatch(/^97[89][0-9]{10}$/);
        else expect(result.value.isbn13).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('the check designed with the ISBN-13', () => {
  it.each([
    'check whether an ISBN is valid; for a valid ISBN-10 also return the 978-prefixed ISBN-13',
    "vérifier si un ISBN est valide; pour un ISBN-10 valide, donner aussi l'ISBN-13 correspondant (préfixe 978)",
  ])('answers every worked example of %p by the emitted code', (text) => {
    const found = recogniseFeature(text);
    if (!found || !('design' in found)) throw new Error('not a design');
    expect(found.design.function).toBe('isbn.validate');
    expect(found.design.options?.isbn13).toBe(true);
    const x10 = found.design.examples.filter((x) => x.output.type === 'ISBN-10' && x.output.valid === true);
    expect(x10.length).toBeGreaterThanOrEqual(2);
    for (const x of found.design.examples)
      expect(runCatalogFunction('isbn.validate', x.input, found.design.options ?? {})).toEqual({
        ok: true,
        value: x.output,
      });
  });

  it('keeps the conversion of its own when the feature converts without checking', () => {
    const found = recogniseFeature('convert an ISBN-10 to ISBN-13');
    expect(found && 'design' in found ? found.design.function : null).toBe('isbn.convert');
  });
});
