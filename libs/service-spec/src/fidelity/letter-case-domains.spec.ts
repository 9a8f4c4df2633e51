import { functionIsAbout } from '../testing/function-about';

/*
 * Letter case and naming styles are two computations: text.case-conversion splits a phrase into words and joins
 * them again (punctuation gone, "Hello, world!" → HELLO_WORLD), text.letter-case changes the case of the text as
 * written. A naming-style endpoint claimed for "upper case" would pass a gate that reads both as "case"; each
 * is about its own features only.
 */

const about = (fn: string, feature: string): boolean => functionIsAbout(fn, feature);

const LETTER_CASE = [
  'convert a text to upper case',
  'Text in Großbuchstaben umwandeln',
  'pasar un texto a mayúsculas o minúsculas',
  'mettre un texte en majuscules',
  'capitalise each word of a title',
  'convert text to sentence case',
];
const NAMING_STYLES = [
  'given a phrase, give it back in snake_case, camelCase, kebab-case and PascalCase',
  'convert variable names to camelCase',
  'Bezeichner in verschiedene Schreibweisen umwandeln',
];

describe('letter case and naming styles in the gate', () => {
  it.each(LETTER_CASE)('reads %p as about letter case, not naming styles', (feature) => {
    expect(about('text.letter-case', feature)).toBe(true);
    expect(about('text.case-conversion', feature)).toBe(false);
  });

  it.each(NAMING_STYLES)('reads %p as about naming styles', (feature) => {
    expect(about('text.case-conversion', feature)).toBe(true);
  });

  it('refuses letter case for a feature of another domain', () => {
    for (const feature of ['translate any English text into Klingon', 'book a meeting room for a team'])
      expect(about('text.letter-case', feature)).toBe(false);
  });
});
