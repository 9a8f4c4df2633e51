import { stringField, type FunctionCode, type FunctionDesign } from './catalog-entry';
import { glossIn, type Language } from './feature-words';
import { wordCountReference } from './text-checks-reference';
import { minutesOf } from './text-reading';
import { EXTRAS_FACT, statisticsExtras, type StatisticsExtras } from './text-statistics-more';
import { DASH_FACTS } from './text-statistics-rules';

/*
 * Text statistics (a family of text.ts): words, characters and sentences of a text, with the extra answers and the
 * refusal of a blank text a feature asks for (text-statistics-more.ts). Moved out of text.ts at its 500-line limit.
 */

type Gloss = Partial<Record<Language, string>>;

export const TEXT_STATISTICS_CODE: FunctionCode = {
  id: 'text.statistics',
  exportName: 'textStatistics',
  source: String.raw`/** Closing quotes and brackets that may follow a sentence's final . ! or ?. */
const TEXT_SENTENCE_CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/**
 * text.statistics: words (runs of non-space), characters (including spaces), sentences (ended by . ! or ?, or the
 * marks of options.sentence_ends), and
 * the average word length in letters when options.decimals is set; option refuse_blank refuses a text that is
 * empty or only spaces.
 */
export const textStatistics: CatalogFunction = (input, options) => {
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  const text = input.text;
  if (options.refuse_blank === true && text.trim() === '')
    return { ok: false, problems: ['text is empty or only spaces: nothing to count'] };
  const chars = Array.from(text);
  // options.sentence_ends: the marks a feature says end a sentence (. ! and ? unless it says otherwise).
  const ends = typeof options.sentence_ends === 'string' ? options.sentence_ends : '.!?';
  const isEnd = (c: string | undefined) => c !== undefined && ends.includes(c);
  let sentences = 0;
  let open = false;
  for (let i = 0; i < chars.length; i++) {
    if (!isEnd(chars[i])) {
      if (!/\s/.test(chars[i])) open = true;
      continue;
    }
    while (isEnd(chars[i + 1])) i++;
    let next = i + 1;
    while (next < chars.length && TEXT_SENTENCE_CLOSERS.has(chars[next])) next++;
    if (open && (next >= chars.length || /\s/.test(chars[next]))) {
      sentences++;
      open = false;
      i = next - 1;
    }
  }
  const tokens = text.match(/\S+/g) ?? [];
  // options.dash_not_word: a dash standing on its own (-, – or —) is no word; a hyphenated word still is one.
  const words = (options.dash_not_word === true ? tokens.filter((t) => !/^\p{Pd}+$/u.test(t)) : tokens).length;
  const value: Record<string, unknown> = { words, characters: chars.length, sentences };
  // options.words_per_minute: also the reading time in whole minutes at that speed, rounded by
  // options.rounding (up, down, half_up, half_even), at least options.reading_minimum.
  if (typeof options.words_per_minute === 'number' && options.words_per_minute > 0) {
    const perMinute = options.words_per_minute;
    const whole = Math.floor(words / perMinute);
    const rest = words - whole * perMinute;
    const mode = String(options.rounding ?? 'up');
    let minutes = whole;
    if (rest > 0 && mode === 'up') minutes = whole + 1;
    else if (rest > 0 && mode === 'half_up') minutes = 2 * rest >= perMinute ? whole + 1 : whole;
    else if (rest > 0 && mode === 'half_even')
      minutes = 2 * rest > perMinute || (2 * rest === perMinute && whole % 2 === 1) ? whole + 1 : whole;
    value.reading_time = Math.max(minutes, Number(options.reading_minimum ?? 0));
  }
  // options.decimals: also the letters per word (letters only: punctuation and digits do not count).
  if (typeof options.decimals === 'number') {
    const letters = (text.match(/\p{L}/gu) ?? []).length;
    const scale = 10 ** options.decimals;
    // Half away from zero in whole numbers: letters / words × scale, + ½, down.
    value.average_word_length = words === 0 ? 0 : Math.floor((2 * letters * scale + words) / (2 * words)) / scale;
  }
  // options.no_spaces: also the characters that are not white space (spaces, tabs and line breaks left out).
  if (options.no_spaces === true) value.characters_no_spaces = chars.filter((c) => !/\s/u.test(c)).length;
  // options.paragraphs: also the runs of lines holding a non-space character, parted by one blank line or more.
  if (options.paragraphs === true) {
    let paragraphs = 0;
    let inside = false;
    for (const line of text.split(/\r\n|\r|\n/)) {
      const blank = line.trim() === '';
      if (!blank && !inside) paragraphs++;
      inside = !blank;
    }
    value.paragraphs = paragraphs;
  }
  // Named words are runs of letters and digits (an inner apostrophe or hyphen kept), punctuation left out.
  const named = Array.from(text.normalize('NFC').matchAll(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu), (m) => m[0]);
  // options.most_common: also the most frequent word, counted in lower case, ties in alphabetical (code point)
  // order; "" for a text without words.
  if (options.most_common === true) {
    const counts = new Map<string, number>();
    for (const word of named) {
      const key = word.toLowerCase().replace(/’/g, "'");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let best = '';
    let most = 0;
    for (const [word, count] of counts) {
      if (count > most || (count === most && word < best)) {
        best = word;
        most = count;
      }
    }
    value.most_common_word = best;
  }
  // options.longest: also the longest word as written, the first of equals; "" for a text without words.
  if (options.longest === true) {
    let longest = '';
    for (const word of named) if (Array.from(word).length > Array.from(longest).length) longest = word;
    value.longest_word = longest;
  }
  return { ok: true, value };
};`,
};

const STATISTICS_GLOSS: Gloss = {
  de: ' Wörter, Zeichen und Sätze eines Textes zählen (Anzahl der Wörter, Zeichen und Sätze, Statistik; wie viele Wörter ein Text hat).',
  es: ' Contar las palabras, los caracteres y las oraciones (frases) de un texto (estadísticas del texto; decir cuántas palabras tiene un texto).',
  fr: " Compter les mots, les caractères et les phrases d'un texte (statistiques du texte ; dire combien de mots contient un texte).",
  it: ' Contare le parole, i caratteri e le frasi di un testo (statistiche del testo; dire quante parole ha un testo).',
  pt: ' Contar as palavras, os caracteres e as frases de um texto (estatísticas do texto; dizer quantas palavras tem um texto).',
};

export function statisticsDesign(
  languages: Language[],
  extras: StatisticsExtras = { mostCommon: false, longest: false, refuseBlank: false },
): FunctionDesign {
  // Counted by hand: words, characters (spaces included), sentences, the most frequent word (lower case, ties
  // alphabetical) and the longest word (letters and digits, the first of equals).
  const facts: [string, number, number, number, string, string][] = [
    ['Hello world. How are you?', 5, 25, 2, 'are', 'Hello'],
    ['Wait! Is it done? Yes.', 5, 22, 3, 'done', 'Wait'],
    ['One sentence only.', 3, 18, 1, 'one', 'sentence'],
    ['Ça va? Très bien.', 4, 17, 2, 'bien', 'Très'],
    // An empty text counts 0 of each, unless the feature refuses a blank text.
    ...(extras.refuseBlank
      ? []
      : [['', 0, 0, 0, '', ''] as [string, number, number, number, string, string]]),
    ...(extras.mostCommon || extras.longest ? [EXTRAS_FACT] : []),
    ...(extras.dashNotWord ? DASH_FACTS : []),
    // n times "word": n words, 5n - 1 characters, no sentence; the reading time turns over at the stated speed.
    ...(extras.reading
      ? [Number(extras.reading.perMinute), Number(extras.reading.perMinute) + 1].map(
          (n): [string, number, number, number, string, string] => [
            Array.from({ length: n }, () => 'word').join(' '),
            n,
            5 * n - 1,
            0,
            'word',
            'word',
          ],
        )
      : []),
  ];
  const reading = extras.reading ?? null;
  const minutes = (words: number) =>
    reading ? { reading_time: minutesOf(words, reading, Number(reading.perMinute)) } : {};
  const { outputs: extraOutputs, summary: extraSummary, options } = statisticsExtras(extras, languages);
  return {
    function: TEXT_STATISTICS_CODE.id,
    method: 'POST',
    path: '/text/statistics',
    summary:
      'Counts the words, characters and sentences of a text: words are runs of non-space characters, ' +
      "characters are the text's length including spaces, and a sentence is ended by ., ! or ?. An empty " +
      'text has 0 words, 0 characters and 0 sentences; a text that is not a string is refused with 400.' +
      glossIn(STATISTICS_GLOSS, languages) +
      extraSummary,
    ...(Object.keys(options).length > 0 ? { options } : {}),
    inputs: [
      {
        param: 'text',
        field: {
          ...stringField('text', 'Text to count', 'Hello world. How are you?'),
          ...(extras.refuseBlank ? {} : { allow_empty: true }),
        },
      },
    ],
    outputs: [
      { result: 'words', field: 'words', description: 'Number of words', example: 5 },
      {
        result: 'characters',
        field: 'characters',
        description: 'Number of characters, spaces included',
        example: 25,
      },
      { result: 'sentences', field: 'sentences', description: 'Number of sentences', example: 2 },
      ...extraOutputs,
    ],
    examples: facts.map(([text, words, characters, sentences, common, longest]) => ({
      description:
        `${text === '' ? 'An empty text' : text.length > 60 ? `A text of ${words} times "word"` : `"${text}"`} has ${words} words, ${characters} characters and ${sentences} sentences` +
        (extras.mostCommon ? `; the word used most often is "${common}"` : '') +
        (extras.longest ? `; the longest word is "${longest}"` : '') +
        (reading
          ? `; it takes ${minutesOf(words, reading, Number(reading.perMinute))} minute(s) to read at ${String(reading.perMinute)} words per minute`
          : '') +
        '.',
      input: { text },
      output: {
        words,
        characters,
        sentences,
        ...(extras.mostCommon ? { most_common_word: common } : {}),
        ...(extras.longest ? { longest_word: longest } : {}),
        ...minutes(words),
      },
    })),
    refusals: [
      { description: 'A text that is not a string (the number 42) is refused.', input: { text: 42 } },
      ...(extras.refuseBlank
        ? [
            { description: 'An empty text has nothing to count and is refused.', input: { text: '' } },
            {
              description: 'A text of spaces only has nothing to count and is refused.',
              input: { text: '   ' },
            },
          ]
        : []),
    ],
    reference: wordCountReference(extras.refuseBlank, extras.dashNotWord === true),
  };
}
