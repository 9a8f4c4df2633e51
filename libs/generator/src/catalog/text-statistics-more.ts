import type { FunctionDesign } from './catalog-entry';
import { glossIn, type Language } from './feature-words';
import { minutesOf, type ReadingRules } from './text-reading';
import { rulesSummary } from './text-statistics-rules';

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
  /** A dash standing on its own not counted as a word ("a dash standing on its own is not a word"). */
  dashNotWord?: boolean;
  /** The feature says where a sentence ends, naming the ends the counts take (. ! ?). */
  sentenceEnds?: boolean;
  /** A reading time at the speed the feature states ("also a reading time at 200 words per minute"). */
  reading?: ReadingRules | null;
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

const READING_GLOSS: Gloss = {
  de: ' Dazu die Lesezeit in ganzen Minuten (Wörter pro Minute).',
  es: ' Además, el tiempo de lectura en minutos enteros (palabras por minuto).',
  fr: ' Ainsi que le temps de lecture en minutes entières (mots par minute).',
  it: ' Inoltre il tempo di lettura in minuti interi (parole al minuto).',
  pt: ' Também o tempo de leitura em minutos inteiros (palavras por minuto).',
};

/** How a reading time is rounded, in words. */
export function readingHow(rules: ReadingRules): string {
  return rules.rounding === 'up'
    ? 'rounded up to whole minutes'
    : rules.rounding === 'down'
      ? 'rounded down to whole minutes'
      : `rounded to whole minutes (${rules.rounding === 'half_even' ? 'half to even' : 'half away from zero'})`;
}

/** The summary sentence of a reading time answered beside the counts. */
function readingSummary(rules: ReadingRules, languages: Language[]): string {
  const floor =
    rules.minimum > 0 ? `, at least ${rules.minimum} minute${rules.minimum === 1 ? '' : 's'}` : '';
  return (
    ` It also answers the reading time (reading_time) in whole minutes: the words at ${String(rules.perMinute)} ` +
    `words per minute, ${readingHow(rules)}${floor}.` +
    glossIn(READING_GLOSS, languages)
  );
}

/** The extra answers, summary sentences and code options of `extras`. */
export function statisticsExtras(
  extras: StatisticsExtras,
  languages: Language[],
): {
  outputs: FunctionDesign['outputs'];
  summary: string;
  options: Record<string, boolean | number | string>;
} {
  const reading = extras.reading ?? null;
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
    ...(reading
      ? [
          {
            result: 'reading_time',
            field: 'reading_time',
            description: `Reading time in whole minutes at ${String(reading.perMinute)} words per minute, ${readingHow(reading)}`,
            example: 1,
          },
        ]
      : []),
  ];
  const summary =
    rulesSummary(
      { sentenceEnds: extras.sentenceEnds === true, dashNotWord: extras.dashNotWord === true },
      languages,
    ) +
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
      : '') +
    (reading ? readingSummary(reading, languages) : '');
  const options = {
    ...(extras.refuseBlank ? { refuse_blank: true } : {}),
    ...(extras.mostCommon ? { most_common: true } : {}),
    ...(extras.longest ? { longest: true } : {}),
    ...(extras.dashNotWord ? { dash_not_word: true } : {}),
    ...(extras.sentenceEnds ? { sentence_ends: '.!?' } : {}),
    ...(reading
      ? {
          words_per_minute: Number(reading.perMinute),
          rounding: reading.rounding,
          reading_minimum: reading.minimum,
        }
      : {}),
  };
  return { outputs, summary, options };
}

/**
 * The statistics `d` answering a reading time too, at the speed `rules` states (a feature that adds it with
 * another answer: "also the average word length and the reading time at 200 words a minute, rounded up"): the
 * answer, its summary and options, the minutes of each worked example, and two of its own that turn over at the
 * speed (n and n + 1 times "word": n words, 5n - 1 characters, no sentence), worked out by `minutesOf`. On a design
 * that answers it already, only the worked examples without their minutes get them.
 */
export function withReadingTime(
  d: FunctionDesign,
  rules: ReadingRules,
  languages: Language[],
): FunctionDesign {
  const perMinute = Number(rules.perMinute);
  if (!(perMinute > 0)) return d;
  const answered = d.outputs.some((o) => o.result === 'reading_time');
  const { outputs, summary, options } = statisticsExtras(
    { mostCommon: false, longest: false, refuseBlank: false, reading: rules },
    languages,
  );
  const turning = answered
    ? []
    : [perMinute, perMinute + 1].map((n) => ({
        description: `A text of ${n} times "word" has ${n} words, ${5 * n - 1} characters and 0 sentences.`,
        input: { text: Array.from({ length: n }, () => 'word').join(' ') },
        output: { words: n, characters: 5 * n - 1, sentences: 0 },
      }));
  return {
    ...d,
    ...(answered
      ? {}
      : {
          summary: `${d.summary}${summary}`,
          options: { ...d.options, ...options },
          outputs: [...d.outputs, ...outputs],
        }),
    examples: [...d.examples, ...turning].map((e) => {
      if ('reading_time' in e.output || typeof e.output.words !== 'number') return e;
      const minutes = minutesOf(e.output.words, rules, perMinute);
      return {
        ...e,
        description: `${e.description} It takes ${minutes} minute(s) to read at ${perMinute} words per minute.`,
        output: { ...e.output, reading_time: minutes },
      };
    }),
  };
}
