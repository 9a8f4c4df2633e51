import type { FunctionDesign } from './catalog-entry';
import { glossIn, type Language } from './feature-words';

type Gloss = Partial<Record<Language, string>>;

/*
 * What the text statistics answer beside their counts when a feature asks for it: the most frequent word and
 * the longest word, with their summaries (glossed in the feature's languages) and the options the emitted code
 * reads.
 */

/** Results the text statistics answer beside their counts when a feature asks for them. */
export interface StatisticsExtras {
  /** The most frequent word, case-insensitively ("also tell which word is used most often"). */
  mostCommon: boolean;
  /** The longest word ("longest_word": string). */
  longest: boolean;
  /** A text that is empty or only spaces refused, not counted ("a text of spaces only is an error"). */
  refuseBlank: boolean;
}

/** Words of a text made of spaces only: "spaces only", "blank", "nur aus Leerzeichen", "solo con espacios". */
const BLANK_TEXT =
  /\b(?:blank|whitespace(?:[- ]only)?|white space|spaces only|only spaces|of spaces|nur (?:aus )?leerzeichen|lauter leerzeichen|en blanco|solo (?:con |de )?espacios|(?:que|seulement|uniquement) (?:des |d )?espaces|in bianco|solo (?:di )?spazi|em branco|(?:so|apenas|somente) (?:com |de )?espacos)\b/;

/** Whether a feature speaks of a text that is blank (only spaces), in the languages intents are written in. */
export function refusesBlankText(text: string): boolean {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, ' ');
  return BLANK_TEXT.test(folded);
}

const MOST_COMMON_GLOSS: Gloss = {
  de: ' Dazu das häufigste Wort (ohne Groß- und Kleinschreibung zu unterscheiden).',
  es: ' Además, la palabra más frecuente (sin distinguir mayúsculas).',
  fr: ' Ainsi que le mot le plus fréquent (sans tenir compte de la casse).',
  it: ' Inoltre la parola più frequente (ignorando maiuscole e minuscole).',
  pt: ' Também a palavra mais frequente (ignorando maiúsculas).',
};
const LONGEST_GLOSS: Gloss = {
  de: ' Dazu das längste Wort.',
  es: ' Además, la palabra más larga.',
  fr: ' Ainsi que le mot le plus long.',
  it: ' Inoltre la parola più lunga.',
  pt: ' Também a palavra mais longa.',
};

/** A text with a clear most frequent and longest word, counted by hand: words, characters, sentences, both. */
export const EXTRAS_FACT: [string, number, number, number, string, string] = [
  'The cat saw the other cat. The end!',
  8,
  35,
  2,
  'the',
  'other',
];

/** The extra answers, summary sentences and code options of `extras`. */
export function statisticsExtras(
  extras: StatisticsExtras,
  languages: Language[],
): { outputs: FunctionDesign['outputs']; summary: string; options: Record<string, boolean> } {
  const outputs: FunctionDesign['outputs'] = [
    ...(extras.mostCommon
      ? [
          {
            result: 'most_common_word',
            field: 'most_common_word',
            description: 'The word used most often, in lower case ("" when the text has no words)',
            example: 'the',
          },
        ]
      : []),
    ...(extras.longest
      ? [
          {
            result: 'longest_word',
            field: 'longest_word',
            description: 'The longest word, as written ("" when the text has no words)',
            example: 'other',
          },
        ]
      : []),
  ];
  const summary =
    (extras.refuseBlank
      ? ' A text that is empty or only spaces has nothing to count: it is refused with 400 (not counted 0).'
      : '') +
    (extras.mostCommon
      ? ' It also answers the word used most often (most frequent, most common): words are runs of letters ' +
        'and digits (punctuation left out), counted ignoring case and answered in lower case; a tie goes to the ' +
        'word first in alphabetical order; "" for a text with no words.' +
        glossIn(MOST_COMMON_GLOSS, languages)
      : '') +
    (extras.longest
      ? ' It also answers the longest word: the longest run of letters and digits (punctuation left out), as ' +
        'written, the first of equals; "" for a text with no words.' +
        glossIn(LONGEST_GLOSS, languages)
      : '');
  const options = {
    ...(extras.refuseBlank ? { refuse_blank: true } : {}),
    ...(extras.mostCommon ? { most_common: true } : {}),
    ...(extras.longest ? { longest: true } : {}),
  };
  return { outputs, summary, options };
}
