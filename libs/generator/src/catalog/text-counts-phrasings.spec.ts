import { recogniseFeature } from './catalog';
import { phrasingTableTests } from './testing/phrasing-check';
import { row } from './testing/paraphrases';

/*
 * Text statistics that also count paragraphs and characters without spaces, as users write them for a copy desk
 * or a draft checker: in the counting feature itself ("count words, characters (with and without spaces) and
 * paragraphs") or as a follow-up of it ("also the number of paragraphs"), spelled out or in free text, in six
 * languages. Worked out by hand: "Hello world. How are you?" has 25 characters of which 4 are spaces (21
 * without); "One two.\n\nThree four five." has 5 words in 2 paragraphs (a blank line parts them, one line break
 * does not: "a\nb" is one paragraph). Near misses share a word with the class and ask for something else.
 */

const noSpaces = row(
  'text.statistics',
  { text: 'Hello world. How are you?' },
  { words: 5, characters: 25, characters_no_spaces: 21 },
);
const paragraphs = row(
  'text.statistics',
  { text: 'One two.\n\nThree four five.' },
  { words: 5, sentences: 2, paragraphs: 2 },
);
const both = row(
  'text.statistics',
  { text: 'First line\nsame paragraph.\n\n\nSecond one!' },
  { words: 6, characters_no_spaces: 33, paragraphs: 2 },
);

const ROWS = [
  // The counting feature itself names them.
  paragraphs('count the words, characters, sentences and paragraphs of a text'),
  noSpaces('count words and characters in a text, with and without spaces'),
  both('Wörter, Zeichen (mit und ohne Leerzeichen) und Absätze eines Textes zählen'),
  both('contar las palabras, los caracteres sin espacios y los párrafos de un texto'),
  both('compter les mots, les caractères (avec et sans espaces) et les paragraphes d’un texte'),
  both('contare parole, caratteri senza spazi e paragrafi di un testo'),
  both('contar as palavras, os caracteres sem espaços e os parágrafos de um texto'),
  both(
    'POST /stats with {"text": string} returns {"words": number, "characters": number, ' +
      '"characters_no_spaces": number, "paragraphs": number}',
  ),
  both(
    'text statistics for a draft:\n- words\n- characters without spaces\n- paragraphs (split by blank lines)',
  ),
  // A follow-up of the counts: alone it is the counts with that answer too.
  paragraphs('also the number of paragraphs (separated by blank lines)'),
  noSpaces('characters without spaces too'),
  paragraphs('auch die Anzahl der Absätze'),
  noSpaces('indicar también el número de caracteres sin espacios'),
  paragraphs('ainsi que le nombre de paragraphes'),
  noSpaces('e anche i caratteri senza spazi'),
  paragraphs('também o número de parágrafos'),
];

/** Rows not read yet (at the start: 16 of 16; text-statistics-counts.ts reads them all). */
const NOT_YET_READ = new Set<string>([]);

/** Features sharing a word with the class that ask for something else: no catalog function reads them. */
const NEAR_MISSES = [
  'split a text into paragraphs',
  'store articles with a title and paragraphs',
  'remove the spaces from a text',
  'translate each paragraph into English',
  'Absätze eines Textes einzeln übersetzen',
  'resumir cada párrafo en una frase',
];

describe('text statistics with paragraphs and characters without spaces', () => {
  phrasingTableTests(ROWS, NOT_YET_READ);

  it.each(NEAR_MISSES)('leaves %p unrecognised', (text) => {
    expect(recogniseFeature(text)).toBeNull();
  });
});
