import { integerField, stringField, type FunctionCode, type FunctionDesign } from './catalog-entry';
import { glossIn, hasAny, type Language } from './feature-words';

/*
 * The most frequent words of a text: words counted case-insensitively, the n most frequent answered with their
 * counts, most frequent first and ties in alphabetical order. Recognised from a word for words beside a word
 * for frequency ("most frequent", "top", "häufigste", "más frecuentes", "les plus fréquents").
 */

export const TOP_WORDS_CODE: FunctionCode = {
  id: 'text.top-words',
  exportName: 'textTopWords',
  source: String.raw`/** Words: runs of letters and digits, an apostrophe inside one kept ("don't"). */
const TEXT_TOP_WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * text.top-words: the n most frequent words of text, counted in lower case, most frequent first, ties in
 * alphabetical (code point) order; with option single, the one most frequent word and its count.
 */
export const textTopWords: CatalogFunction = (input, options) => {
  const text = typeof input.text === 'string' ? input.text : '';
  // option single: the feature asks for THE most frequent word; answered as {word, count}, n is 1.
  const single = options.single === true;
  const n = single ? 1 : input.n;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    return { ok: false, problems: ['n must be a whole number of at least 1 (how many words to answer)'] };
  }
  const counts = new Map<string, number>();
  for (const match of text.normalize('NFC').toLowerCase().matchAll(TEXT_TOP_WORD_PATTERN)) {
    const word = match[0].replace(/’/g, "'");
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (single) {
    if (ranked.length === 0) return { ok: false, problems: ['text has no words, so no word is the most frequent'] };
    return { ok: true, value: { word: ranked[0][0], count: ranked[0][1] } };
  }
  return { ok: true, value: { words: ranked.slice(0, n).map(([word, count]) => ({ word, count })) } };
};`,
};

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Die häufigsten Wörter eines Textes mit ihrer Anzahl (Häufigkeit), ohne Groß- und Kleinschreibung zu unterscheiden, das häufigste zuerst, bei Gleichstand alphabetisch.',
  es: ' Las palabras más frecuentes de un texto con su número de apariciones (frecuencia), sin distinguir mayúsculas, la más frecuente primero, empates en orden alfabético.',
  fr: " Les mots les plus fréquents d'un texte avec leur nombre d'occurrences (fréquence), sans tenir compte de la casse, le plus fréquent d'abord, égalités par ordre alphabétique.",
  it: ' Le parole più frequenti di un testo con il loro conteggio (frequenza), senza distinguere maiuscole, la più frequente prima, a parità in ordine alfabetico.',
  pt: ' As palavras mais frequentes de um texto com a sua contagem (frequência), sem distinguir maiúsculas, a mais frequente primeiro, empates em ordem alfabética.',
};

/** Word counts worked out by hand: text, n, and the ranked words the text has. */
const FACTS: { text: string; n: number; words: [string, number][]; why: string }[] = [
  {
    text: 'Apple banana apple Cherry banana APPLE',
    n: 3,
    words: [
      ['apple', 3],
      ['banana', 2],
      ['cherry', 1],
    ],
    why: 'apple counted in any case',
  },
  {
    text: 'the cat and the hat',
    n: 2,
    words: [
      ['the', 2],
      ['and', 1],
    ],
    why: 'and, cat and hat tie at 1 and and comes first alphabetically',
  },
  {
    text: 'b a c b a',
    n: 1,
    words: [['a', 2]],
    why: 'a and b tie at 2 and a comes first alphabetically',
  },
  {
    text: "Hello, hello! Don't panic.",
    n: 5,
    words: [
      ['hello', 2],
      ["don't", 1],
      ['panic', 1],
    ],
    why: 'fewer distinct words than n: all of them',
  },
];

/**
 * THE most frequent word (one, named in the singular with no count: "name the most frequent word", "das
 * häufigste Wort"): the text alone in, `{word, count}` out; a text without words is refused.
 */
function mostFrequentWordDesign(languages: Language[]): FunctionDesign {
  const facts = FACTS.filter((f) => f.words.length > 0);
  return {
    function: TOP_WORDS_CODE.id,
    method: 'POST',
    path: '/text/most-frequent-word',
    summary:
      'Names the most frequent word of a text (word frequency), case-insensitively: words are runs of letters ' +
      "and digits (an apostrophe inside one is kept: don't), counted in lower case; answers that word, in lower " +
      'case, with how often it occurs; a tie goes to the word first in alphabetical order. A text with no words ' +
      'is refused with 400.' +
      glossIn(GLOSS, languages),
    options: { single: true },
    inputs: [{ param: 'text', field: stringField('text', 'Text whose words to count', facts[0].text) }],
    outputs: [
      {
        result: 'word',
        field: 'word',
        description: 'The most frequent word, in lower case',
        example: facts[0].words[0][0],
      },
      {
        result: 'count',
        field: 'count',
        description: 'How often the most frequent word occurs',
        example: facts[0].words[0][1],
      },
    ],
    examples: facts.map((f) => ({
      description: `The most frequent word of "${f.text}" is ${f.words[0][0]}, ${f.words[0][1]} times (${f.why}).`,
      input: { text: f.text },
      output: { word: f.words[0][0], count: f.words[0][1] },
    })),
    refusals: [
      { description: 'A text with no words has no most frequent word.', input: { text: ' -- !! ' } },
    ],
  };
}

/** Counts written as words: "the ten most frequent words", "top three". */
const COUNT_WORDS =
  'two three four five six seven eight nine ten twenty top zwei drei funf zehn dos tres cinco diez deux trois cinq dix'.split(
    ' ',
  );

/** Words for one word and for several, in the languages the recogniser reads. */
const ONE_WORD = ['word', 'wort', 'palabra', 'mot', 'parola', 'palavra'];
const SEVERAL_WORDS = ['words', 'worter', 'palabras', 'mots', 'parole', 'palavras'];

/**
 * The design for a feature asking for frequent words: THE most frequent word when it names one word, no
 * words and no count ("name the most frequent word"); the n most frequent otherwise.
 */
export function topWordsDesign(languages: Language[], words: string[] = []): FunctionDesign {
  const one =
    words.some((w) => ONE_WORD.includes(w)) &&
    !words.some((w) => SEVERAL_WORDS.includes(w) || /^\d+$/.test(w) || COUNT_WORDS.includes(w));
  return one ? mostFrequentWordDesign(languages) : nMostFrequentDesign(languages);
}

function nMostFrequentDesign(languages: Language[]): FunctionDesign {
  const shown = (f: (typeof FACTS)[number]) => f.words.map(([w, c]) => `${w} ${c}`).join(', ');
  return {
    function: TOP_WORDS_CODE.id,
    method: 'POST',
    path: '/text/top-words',
    summary:
      'Ranks the words of a text by how often they occur (word frequency), case-insensitively: words are ' +
      "runs of letters and digits (an apostrophe inside one is kept: don't), counted in lower case; answers " +
      'the n most frequent words with their count, most frequent first, ties in alphabetical order; fewer ' +
      'distinct words than n answer all of them. An n that is not a whole number of at least 1 is refused ' +
      'with 400.' +
      glossIn(GLOSS, languages),
    inputs: [
      {
        param: 'text',
        field: { ...stringField('text', 'Text whose words to count', FACTS[0].text), allow_empty: true },
      },
      {
        param: 'n',
        field: integerField('n', 'How many of the most frequent words to answer (1 or more)', 3),
      },
    ],
    outputs: [
      {
        result: 'words',
        field: 'words',
        description: 'The most frequent words, each {word, count}, most frequent first, ties alphabetical',
        example: FACTS[0].words.map(([word, count]) => ({ word, count })),
      },
    ],
    examples: FACTS.map((f) => ({
      description: `The ${f.n} most frequent words of "${f.text}" are ${shown(f)} (${f.why}).`,
      input: { text: f.text, n: f.n },
      output: { words: f.words.map(([word, count]) => ({ word, count })) },
    })),
    refusals: [
      { description: 'n = 0 asks for no words and is refused.', input: { text: 'the cat', n: 0 } },
      { description: 'A negative n (-2) is refused.', input: { text: 'the cat', n: -2 } },
    ],
  };
}

const FREQUENCY_WORDS = (
  'frequent frequency frequencies common top ranking rank ranked haufigste haufigsten haufigkeit ' +
  'haufigstes haufigkeiten frecuentes frecuente frecuencia frecuencias comunes frequents frequent frequence ' +
  'frequences courants frequenti frequente frequenza frequentes frequencia comuns'
).split(' ');

/** Whether the feature asks for the most frequent words (words already known to be its subject). */
export function asksTopWords(words: string[]): boolean {
  // "occurs most often" ranks; "how often does a word occur" alone counts one word (not this).
  return hasAny(words, FREQUENCY_WORDS) || (words.includes('most') && words.includes('often'));
}
