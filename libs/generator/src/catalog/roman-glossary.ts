import type { GlossaryClaim } from './catalog-entry';

const NUMERALS =
  'roman numeral numerals romisch romische romischen zahlzeichen romano romanos romain romains romani';

/** What the Roman numeral code truly does, claim by claim (catalog-entry.ts `GlossaryClaim`). */
export const ROMAN_GLOSSARY: Readonly<Record<string, readonly GlossaryClaim[]>> = {
  'roman.to-roman': [
    {
      claim: 'a whole number (a year) from 1 to 3999 is written in Roman numerals',
      words: `${NUMERALS} year years jahr jahre jahreszahl ano anos annee annees anno anni`,
      shows: [{ input: { number: 1994 }, answer: { roman: 'MCMXCIV' } }],
    },
    {
      claim: 'a number outside 1 to 3999 is refused',
      words: 'outside range ausserhalb bereich fuera rango hors plage fuori intervallo fora intervalo',
      shows: [
        { input: { number: 0 }, refused: true },
        { input: { number: 4000 }, refused: true },
      ],
    },
  ],
  'roman.from-roman': [
    {
      claim: 'a Roman numeral is read as its number (a year)',
      words: `${NUMERALS} year years jahr jahre ano anos annee annees anno anni`,
      shows: [{ input: { roman: 'MCMXCIV' }, answer: { number: 1994 } }],
    },
    {
      claim: 'a malformed numeral (IIII, VX, ABC) is refused',
      words:
        'malformed invalid noncanonical fehlerhaft fehlerhafte ungultig ungultige malformado malformados invalido mal forme formes malformato malformati',
      shows: [
        { input: { roman: 'IIII' }, refused: true },
        { input: { roman: 'ABC' }, refused: true },
      ],
    },
  ],
};
