import { functionIsAbout } from '../testing/function-about';

/*
 * The rows of the text tools (accent folding, reversed characters, vowels, anagrams, longest word, character
 * frequency, HTML escaping both ways): a feature in their words is theirs, one from another domain is not, so a
 * text computation claimed for it stays refused.
 */

const foreign = (fn: string, feature: string): boolean => !functionIsAbout(fn, feature);

const OWN: [string, string][] = [
  ['text.fold-accents', 'strip the accents from a name'],
  ['text.fold-accents', 'Umlaute und Akzente entfernen'],
  ['text.reverse', 'invertir los caracteres de una cadena'],
  ['text.vowels', 'compter les voyelles d’un mot'],
  ['text.anagram', 'comprobar si dos palabras son anagramas'],
  ['text.longest-word', 'das längste Wort finden'],
  ['text.character-frequency', 'character frequency of a string'],
  ['html.escape', 'escape HTML special characters'],
  ['html.unescape', 'HTML-Entitäten dekodieren'],
  ['html.escape', 'write & as &amp; and < as &lt;'],
];

const OTHERS = [
  'translate any English text into Klingon',
  'book a meeting room for a team',
  'convert 100 celsius to fahrenheit',
  'recognise faces in a photo',
];

describe('the domain rows of the text tools', () => {
  it.each(OWN)('reads %s as about %p', (fn, feature) => {
    expect(foreign(fn, feature)).toBe(false);
  });

  it('still refuses each of them for a feature of another domain', () => {
    const claimed = OWN.flatMap(([fn]) =>
      OTHERS.filter((feature) => !foreign(fn, feature)).map((f) => `${fn}: ${f}`),
    );
    expect(claimed).toEqual([]);
  });
});

describe('Roman numerals by the values a feature writes', () => {
  // "1994 -> MCMXCIV" and "standard subtractive notation (4 = IV, 900 = CM)" write no word for Roman numerals:
  // the gate found roman.to-roman about none of their terms and refused the SPEC that realised them exactly.
  it('is about a feature made of a number and its canonical numeral', () => {
    expect(functionIsAbout('roman.to-roman', '1994 -> MCMXCIV')).toBe(true);
    expect(functionIsAbout('roman.from-roman', 'MMXXVI = 2026')).toBe(true);
  });

  it('is about the subtractive notation in the languages intents use', () => {
    expect(functionIsAbout('roman.to-roman', 'standard subtractive notation (4 = IV, 900 = CM)')).toBe(true);
    expect(functionIsAbout('roman.to-roman', 'notación sustractiva estándar')).toBe(true);
  });

  it('still refuses another computation for them, and a numeral-like word that is not canonical', () => {
    expect(foreign('temperature.convert', '1994 -> MCMXCIV')).toBe(true);
    expect(foreign('units.length', 'standard subtractive notation (4 = IV, 900 = CM)')).toBe(true);
    expect(foreign('roman.to-roman', 'ship the MIXXX order')).toBe(true);
  });
});
