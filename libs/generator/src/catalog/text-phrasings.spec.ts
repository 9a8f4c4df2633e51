import { recogniseFeature } from './catalog';
import { phrasingTableTests } from './testing/phrasing-check';
import { TEXT_NEAR_MISSES, TEXT_PHRASINGS } from './testing/text-phrasings';

/*
 * Text transformations stated by examples or rules (testing/text-phrasings.ts): each phrasing is recognised as
 * its function, the designed endpoint's emitted code answers the worked example with the options the feature's
 * words gave it, and the SPEC gate finds the feature realised. Near misses are left to other parts.
 */

/**
 * Phrasings not yet read, each failing its own check; the set shrinks as the recognisers learn them (at the
 * start: 55 of 67; now 5 of 68). A slug's maximum length is read by the gate as a bound on the input text's
 * length, which a slug cut at that length does not have; a case conversion shown only by an example phrase
 * ("hello world" into helloWorld) carries no word of the computation's domain, so the gate cannot tell it from
 * another domain (an intent whose purpose says "naming styles" or "identifiers" is read).
 */
const NOT_YET_READ = new Set<string>([
  'make a URL slug of at most 20 characters from a title',
  'Titel in einen Slug umwandeln, höchstens 30 Zeichen, Trennzeichen Unterstrich',
  'turn "hello world" into helloWorld',
  'convertir "hola mundo" en hola_mundo o holaMundo',
  'transformer « bonjour le monde » en bonjour-le-monde',
]);

describe('text transformations stated by examples or rules', () => {
  phrasingTableTests(TEXT_PHRASINGS, NOT_YET_READ);

  it.each(TEXT_NEAR_MISSES)('leaves %p unrecognised', (text) => {
    expect(recogniseFeature(text)).toBeNull();
  });
});
