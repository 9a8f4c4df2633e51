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

describe('check schemes that share their words (digits, check digit)', () => {
  // An EAN-13 and a card number both end in a mod-10 check digit, computed differently (weights 3-1 against
  // Luhn's doubling): 4006381333931 is a valid EAN-13 and fails Luhn. A Luhn check claimed for an EAN feature
  // passed the gate by the word "digit".
  it('refuses a Luhn check for an EAN, UPC or GTIN feature, and a GS1 check for a card number', () => {
    expect(
      foreign(
        'luhn.validate',
        'check whether an EAN-13 barcode number is valid (the last digit is the check digit)',
      ),
    ).toBe(true);
    expect(foreign('luhn.check_digit', 'compute the check digit of a UPC-A code')).toBe(true);
    expect(foreign('gtin.validate', 'validate a credit card number with the Luhn checksum')).toBe(true);
    expect(foreign('isbn.validate', 'validar un código EAN-8')).toBe(true);
    expect(foreign('uuid.validate', 'check an IBAN')).toBe(true);
  });

  it('keeps each scheme for its own features, and one that names two of them for both', () => {
    expect(foreign('gtin.validate', 'check whether an EAN-13 barcode number is valid')).toBe(false);
    expect(foreign('gtin.complete', 'calcular el dígito de control de un EAN-8')).toBe(false);
    expect(foreign('luhn.validate', 'validate a credit card number with the Luhn checksum')).toBe(false);
    expect(foreign('isbn.validate', 'check an ISBN-13 printed as an EAN barcode')).toBe(false);
    expect(
      foreign(
        'gtin.validate',
        'for 12 digits, work out the check digit and give back the full 13-digit code',
      ),
    ).toBe(false);
  });
});
