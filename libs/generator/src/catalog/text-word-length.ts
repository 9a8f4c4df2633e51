import type { ConstraintDesign, FunctionDesign } from './catalog-entry';
import { foldText } from './checks-shared';
import { glossIn, type Language } from './feature-words';
import { readingRules } from './text-reading';
import { withReadingTime } from './text-statistics-more';

const AVERAGE_GLOSS: Partial<Record<Language, string>> = {
  de: ' Dazu die durchschnittliche Wortlänge (Buchstaben pro Wort), gerundet auf {n} Nachkommastellen.',
  es: ' Además, la longitud media de las palabras (letras por palabra), redondeada a {n} decimales.',
  fr: ' Ainsi que la longueur moyenne des mots (lettres par mot), arrondie à {n} décimales.',
  it: ' Inoltre la lunghezza media delle parole (lettere per parola), arrotondata a {n} decimali.',
  pt: ' Também o comprimento médio das palavras (letras por palavra), arredondado a {n} casas decimais.',
};

/*
 * "Also the average word length in letters, rounded to 2 decimals": the text statistics answer it beside their
 * counts (letters only — punctuation, digits and spaces do not count — over the words, runs of non-space),
 * rounded half away from zero to the decimals the feature states (2 when it states none). Worked out here on
 * the statistics' own example texts by counting letters, apart from the emitted code.
 */

const AVERAGE_LENGTH =
  /\b(?:average|mean) word length\b|\b(?:average|mean) length of (?:the |a )?words?\b|\b(?:average|mean) (?:number of )?letters per word\b|\bdurchschnittliche[nr]? wortlange\b|\bmittlere[nr]? wortlange\b|\blongitud (?:media|promedio) de (?:las )?palabras\b|\blongueur moyenne des mots\b|\blunghezza media (?:delle )?parole\b|\bcomprimento medio (?:das )?palavras\b/;
const OTHER_RESULTS =
  /\b(?:most (?:frequent|common|used)|longest|shortest|unique|distinct|vowels?|consonants?|syllables?|haufigst\w*|mas (?:frecuente|comun)\w*|plus (?:frequent|courant)\w*|piu (?:frequente|comune)|mais (?:frequente|comum))\b/;
/** Words of a reading time ("reading time", "Lesezeit", "tiempo de lectura"), folded. */
const READING_TIME =
  /\b(?:reading time|time to read|lesezeit|lesedauer|tiempo de lectura|temps de lecture|tempo di lettura|tempo de leitura)\b/;
/** A reading speed's number, never a number of decimals. */
const READING_SPEEDS = /\d+\s*(?:words?|wpm|wortern|woertern|palabras|mots|parole|palavras)\b/g;
const DECIMALS =
  /(\d)\s*(?:decimals?|decimal places?|dezimalstellen|nachkommastellen|decimales|decimales|decimali|casas decimais)/;
const ONE_DECIMAL =
  /\bone decimal\b|\beine[rn]? (?:nachkommastelle|dezimalstelle)\b|\bun decimal\b|\bune decimale\b/;

/** letters / words to `decimals`, half away from zero, by long division (quotient, then the remainder's half). */
function rounded(letters: number, words: number, decimals: number): number {
  if (words === 0) return 0;
  const scale = 10 ** decimals;
  const quotient = Math.floor((letters * scale) / words);
  const remainder = letters * scale - quotient * words;
  return (2 * remainder >= words ? quotient + 1 : quotient) / scale;
}

function withAverage(d: FunctionDesign, decimals: number, languages: Language[]): FunctionDesign {
  const letters = (text: string) => [...text].filter((c) => /\p{L}/u.test(c)).length;
  const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;
  return {
    ...d,
    summary:
      `${d.summary} It also answers the average word length: the letters of the text (punctuation, digits and ` +
      `spaces do not count) over its words, rounded half away from zero to ${decimals} decimals (0 for no words).` +
      glossIn(AVERAGE_GLOSS, languages).replace(/\{n\}/g, String(decimals)),
    options: { ...d.options, decimals: decimals },
    outputs: [
      ...d.outputs,
      {
        result: 'average_word_length',
        field: 'average_word_length',
        description: `Average word length in letters, rounded to ${decimals} decimals`,
        example: 0,
      },
    ],
    // Counted by hand: 3 words, 12 characters, 1 sentence, 7 letters (7 / 3 never ends, so every rounding shows).
    examples: [
      ...d.examples,
      {
        description: '"Go, Ana, go!" has 3 words, 12 characters and 1 sentence.',
        input: { text: 'Go, Ana, go!' },
        output: { words: 3, characters: 12, sentences: 1 },
      },
    ].map((e) => {
      const text = String(e.input.text);
      const average = rounded(letters(text), words(text), decimals);
      return {
        ...e,
        description: `${e.description} Its average word length is ${average} letters.`,
        output: { ...e.output, average_word_length: average },
      };
    }),
  };
}

/** The refinement a feature asking for the average word length makes to the text statistics, or null. */
export function averageWordLength(text: string, languages: Language[]): ConstraintDesign | null {
  const t = foldText(text);
  // "… and the most frequent word": a second result the statistics do not answer; the feature is not this.
  if (!AVERAGE_LENGTH.test(t) || OTHER_RESULTS.test(t)) return null;
  // "… and the reading time at 200 words a minute, rounded up": one more answer the statistics give, at the speed
  // the feature states (a reading time at no stated speed is left to be read on its own).
  const reading = READING_TIME.test(t) ? readingRules(text) : null;
  if (READING_TIME.test(t) && (reading === null || reading.perMinute === null)) return null;
  const stated = DECIMALS.exec(t.replace(READING_SPEEDS, ' '));
  const decimals = stated ? Number(stated[1]) : ONE_DECIMAL.test(t) ? 1 : 2;
  return {
    function: 'text.statistics',
    refusals: () => [],
    refine: (d) => {
      if (!reading) return withAverage(d, decimals, languages);
      // The reading time first, so that its worked examples show an average too; then the minutes of the
      // average's own worked example.
      const timed = withAverage(withReadingTime(d, reading, languages), decimals, languages);
      return withReadingTime(timed, reading, languages);
    },
  };
}
