import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { PALINDROME_REFERENCE } from './text-checks-reference';
import {
  featureWords,
  glossIn,
  hasAny,
  languagesOf,
  refuses,
  type Language,
  wordList,
} from './feature-words';
import { CASE_CODE, caseDesign, statedCases } from './text-case';
import { READING_SPEED, READING_TIME_CODE, readingDesign, readingRules } from './text-reading';
import { averageWordLength } from './text-word-length';
import { SLUG_CODE, slugDesign, slugRules } from './text-slug';
import { asksTopWords, TOP_WORDS_CODE, topWordsDesign } from './text-frequency';
import { refusesBlankText, type StatisticsExtras } from './text-statistics-more';
import { dashIsNoWord, sentenceEndRule } from './text-statistics-rules';
import { statisticsDesign, TEXT_STATISTICS_CODE } from './text-statistics';
import { moreCountsFollowUp, moreCountsOf, namesMoreCounts, withMoreCounts } from './text-statistics-counts';

/*
 * Text utilities: a palindrome check (case, spaces, punctuation and accents ignored), the words of a sentence
 * in reverse order, word/character/sentence counts, a URL slug, and a phrase in snake_case, camelCase,
 * kebab-case and PascalCase. Each refuses a text with nothing to work on. Recognised from the words for each
 * tool in English, German, Spanish, French, Italian and Portuguese.
 */

export const PALINDROME_CODE: FunctionCode = {
  id: 'text.palindrome',
  exportName: 'textIsPalindrome',
  source: String.raw`/** text.palindrome: whether text reads the same backwards, ignoring case, spaces, punctuation and accents. */
export const textIsPalindrome: CatalogFunction = (input) => {
  const text = typeof input.text === 'string' ? input.text : '';
  const letters = Array.from(
    text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''),
  );
  if (letters.length === 0) return { ok: false, problems: ['text has no letter or digit to read as a palindrome'] };
  const palindrome = letters.every((c, i) => c === letters[letters.length - 1 - i]);
  return { ok: true, value: { palindrome } };
};`,
};

export const REVERSE_WORDS_CODE: FunctionCode = {
  id: 'text.reverse-words',
  exportName: 'textReverseWords',
  source: String.raw`/** text.reverse-words: the words of sentence (runs of non-space) in reverse order, one space apart. */
export const textReverseWords: CatalogFunction = (input) => {
  const sentence = typeof input.sentence === 'string' ? input.sentence : '';
  const words = sentence.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return { ok: false, problems: ['sentence has no words to reverse'] };
  return { ok: true, value: { reversed: words.reverse().join(' ') } };
};`,
};

type Gloss = Partial<Record<Language, string>>;

const PALINDROME_GLOSS: Gloss = {
  de: ' Prüfen, ob ein Wort, ein Satz oder ein Text ein Palindrom ist (Groß- und Kleinschreibung, Leerzeichen und Satzzeichen zählen nicht).',
  es: ' Comprobar si una palabra, frase u oración es un palíndromo (sin contar mayúsculas, espacios ni signos de puntuación).',
  fr: ' Vérifier si un mot, une phrase ou un texte est un palindrome (sans tenir compte de la casse, des espaces ni de la ponctuation).',
  it: ' Verificare se una parola, una frase o un testo è palindromo (ignorando maiuscole, spazi e punteggiatura).',
  pt: ' Verificar se uma palavra, frase ou texto é um palíndromo (ignorando maiúsculas, espaços e pontuação).',
};
const REVERSE_GLOSS: Gloss = {
  de: ' Die Reihenfolge der Wörter in einem Satz umkehren (Wörter in umgekehrter Reihenfolge).',
  es: ' Invertir el orden de las palabras de una frase u oración.',
  fr: " Inverser l'ordre des mots d'une phrase.",
  it: " Invertire l'ordine delle parole di una frase.",
  pt: ' Inverter a ordem das palavras de uma frase.',
};
function palindromeDesign(languages: Language[]): FunctionDesign {
  const facts: [string, boolean, string][] = [
    ['A man, a plan, a canal: Panama', true, 'is a palindrome once case, spaces and punctuation are ignored'],
    ['racecar', true, 'reads the same backwards: a palindrome'],
    ['Was it a car or a cat I saw?', true, 'is a palindrome sentence'],
    ['Hello, world', false, 'reads "dlrowolleh" backwards: not a palindrome'],
  ];
  return {
    function: PALINDROME_CODE.id,
    method: 'POST',
    path: '/text/palindrome',
    summary:
      'Checks whether a text (a word, phrase or sentence) is a palindrome: it reads the same backwards as ' +
      'forwards once case, spaces, punctuation and accents are ignored ("A man, a plan, a canal: Panama" is ' +
      'one). Answers palindrome: true or false; a text without any letter or digit is refused with 400.' +
      glossIn(PALINDROME_GLOSS, languages),
    inputs: [
      {
        param: 'text',
        field: stringField('text', 'Word, phrase or sentence to check', 'A man, a plan, a canal: Panama'),
      },
    ],
    outputs: [
      {
        result: 'palindrome',
        field: 'palindrome',
        description: 'Whether the text is a palindrome',
        example: true,
      },
    ],
    examples: facts.map(([text, palindrome, why]) => ({
      description: `"${text}" ${why}.`,
      input: { text },
      output: { palindrome },
    })),
    refusals: [
      {
        description: 'Punctuation alone ("?!") has no letters to read as a palindrome.',
        input: { text: '?!' },
      },
      { description: 'A blank text has nothing to check for a palindrome.', input: { text: '   ' } },
    ],
    reference: PALINDROME_REFERENCE,
  };
}

function reverseDesign(languages: Language[]): FunctionDesign {
  const facts: [string, string, string][] = [
    ['Hello big World', 'World big Hello', 'three words'],
    ['the quick brown fox', 'fox brown quick the', 'four words'],
    ['Hello, world!', 'world! Hello,', 'words that keep their punctuation'],
    ['  one   two  three ', 'three two one', 'words with runs of spaces between them'],
  ];
  return {
    function: REVERSE_WORDS_CODE.id,
    method: 'POST',
    path: '/text/reverse-words',
    summary:
      'Reverses the order of the words in a sentence (words are separated by spaces and keep their letters ' +
      'and punctuation; runs of spaces become one): "Hello big World" becomes "World big Hello". A sentence ' +
      'without any word is refused with 400.' +
      glossIn(REVERSE_GLOSS, languages),
    inputs: [
      {
        param: 'sentence',
        field: stringField('sentence', 'Sentence whose words to reverse', 'Hello big World'),
      },
    ],
    outputs: [
      {
        result: 'reversed',
        field: 'reversed',
        description: 'The words of the sentence in reverse order',
        example: 'World big Hello',
      },
    ],
    examples: facts.map(([sentence, reversed, what]) => ({
      description: `The reverse word order of "${sentence}" (${what}) is "${reversed}".`,
      input: { sentence },
      output: { reversed },
    })),
    refusals: [{ description: 'A blank sentence has no words to reverse.', input: { sentence: '   ' } }],
  };
}

const words = wordList;
const WORD_NOUNS = words('word words worter wort palabra palabras mot mots parola parole palavra palavras');
/** Reversing plural words (unless each one) or the word order reverses the order of words, not letters. */
const PLURAL_WORDS = words('words worter palabras mots parole palavras');
const ORDER_NOUNS = words('order reihenfolge orden ordre ordine ordem');
const EACH_WORDS = words('each every jedes jeden cada chaque ogni');
const CHARACTER_NOUNS = words(
  'character characters char chars zeichen caracter caracteres caractere carattere caratteri',
);
const LETTER_NOUNS = words('letter letters buchstaben letra letras lettre lettres lettera lettere');
const SENTENCE_NOUNS = words(
  'sentence sentences satz satze saetze oracion oraciones phrase phrases frase frases frasi',
);
const REVERSE_STEMS = words(
  'revers invert inviert flip backward umkehr umdreh umgekehrt ruckwart inverso inversa inverse renvers',
);
const COUNT_WORDS = words(
  'count counts counting counter statistics statistic stats tally wordcount zahlen zahlt zahle ' +
    'statistik statistiken textstatistik textstatistiken wortanzahl wortzahl zeichenanzahl contar cuenta cuentan conteo recuento ' +
    'estadisticas estadistica compter compte comptage statistiques contare conta conteggio statistiche ' +
    'contagem estatisticas estatistica',
);
/** "number of", "Anzahl der", "nombre de", "how many": a count when what is counted follows. */
const AMOUNT_WORDS = words('number numero nombre anzahl quantidade cantidad quantita');
const OF_WORDS = words('of de di der des du do da dos das del delle degli dei von');
const CASE_STYLES = words(
  'snake camel kebab pascal snakecase camelcase kebabcase pascalcase constantcase screaming titlecase',
);
const TRANSFORM_WORDS = words(
  'convert converts turn turns transform transforms change into umwandeln umwandlung konvertieren ' +
    'umformen convertir convierte transformar cambiar transformer convertire trasformare converter ' +
    'converte generate generates make makes build derive produce erzeugen generieren erstellen generar ' +
    'crear generer creer generare creare gerar criar machen hacer faire fare fazer',
);
const TEXT_NOUNS = words(
  'text texts string strings title titles phrase phrases sentence sentences heading headings name ' +
    'headline headlines uberschrift uberschriften titular titulares ' +
    'texto textos titulo titulos titel texte titre titres chaine chaines frase testo titolo',
);
/** Verbs that hand a slug back ("give the slug of a title", "donner le slug", "den Slug liefern"). */
const GIVE_WORDS = words(
  'give gives return returns donner donne renvoyer renvoie dar da devolver devuelve geben gib liefern liefert ' +
    'dare restituire restituisce devolva',
);
/** Words of keeping or serving records, which a slug made from a post's title does not name. */
const STORING_WORDS = words(
  'store stored stores save saved saves persist database lookup list lists keep keeps get fetch create ' +
    'json field fields key keys column columns response responses request requests api endpoint endpoints ' +
    'parameter parameters header headers feld felder campo campos champ champs',
);
/** Words that say where a slug comes from ("a slug from a title") or that a text becomes one ("into a slug"). */
const SLUG_SOURCE = words('from of aus von de da a partir');
const SLUG_INTO = words('into in en zu em ein einen un une uno um a an url friendly');

/** Beyond "text": what the feature makes a slug of ("article headline"), as it writes it. */
function slugSource(list: string[]): string[] {
  const at = list.findIndex((w) => TEXT_NOUNS.includes(w) && !['text', 'texts'].includes(w));
  if (at < 0) return [];
  const owner = OTHER_DOMAIN.includes(list[at - 1] ?? '') ? [list[at - 1]] : [];
  return [...owner, list[at]];
}

/**
 * Whether a slug is what the feature makes ("turn a blog post title into a URL slug", "a slug from an
 * article's headline"), not a field of records it keeps ("blog posts with a title and a slug").
 */
function slugIsProduct(list: string[]): boolean {
  if (hasAny(list, STORING_WORDS)) return false;
  const at = list.findIndex((w) => w.startsWith('slug'));
  // "find a post by its slug" looks records up; "words joined by dashes" only says how the slug is written.
  if (list[at - 1] === 'by' || list[at - 2] === 'by') return false;
  const next = list[at + 1] ?? '';
  if (SLUG_SOURCE.includes(next)) return true;
  let k = at - 1;
  while (k >= 0 && SLUG_INTO.includes(list[k]) && !['into', 'in', 'en', 'zu', 'em'].includes(list[k])) k--;
  return ['into', 'in', 'en', 'zu', 'em'].includes(list[k] ?? '');
}
/** Words of a feature about stored records or the API's own naming, not a text tool. */
const OTHER_DOMAIN = words(
  'post posts article articles blog page pages product products entry entries store stored save saved ' +
    'persist database lookup user users todo todos task tasks item items field fields json key keys ' +
    'property properties column columns response responses request requests api endpoint endpoints ' +
    'parameter parameters header headers feld felder campo campos champ champs ' +
    // A slug a redirect answers by ("GET /go/{slug} redirects …; an unknown slug returns 404") names a short link.
    'redirect redirects redirected redirecting redirige rediriger redirigir leitet weiterleiten reindirizza redireciona',
);

/** Words of an API's own naming rules or stored records ("JSON fields in camelCase like userName"), not a tool. */
const API_WORDS = words(
  'store stored save saved persist database json field fields key keys property properties column columns ' +
    'response responses request requests api endpoint endpoints parameter parameters header headers',
);

/** Other counts (vowels, word frequencies, unique words) and other palindrome tasks (the longest one). */
const OTHER_COUNTS = words(
  'vowel vowels consonant consonants vokale vocales voyelles vocali vogais frequency frequencies haufigkeit ' +
    'frecuencia frequence frequenza frequencia occurrence occurrences vorkommen ocurrencias unique distinct ' +
    'each every jedes cada chaque ogni most common longest shortest',
);
/** Words of frequency a feature asking for the most frequent word may use beside "most" and "common". */
const FREQUENCY_NAMES = words('frequency frequencies haufigkeit frecuencia frequence frequenza frequencia');
/** "the longest word", "das längste Wort", "la palabra más larga", "le mot le plus long", "la parola più lunga". */
function longestWord(words: string[]): boolean {
  return words.some(
    (w, i) =>
      w === 'longest' ||
      w === 'langste' ||
      w === 'langsten' ||
      ((w === 'larga' || w === 'largo' || w === 'long' || w === 'longue' || w === 'lunga' || w === 'longa') &&
        ['mas', 'plus', 'piu', 'mais'].includes(words[i - 1] ?? '')),
  );
}
const OTHER_PALINDROMES = words(
  'longest shortest largest smallest substring substrings subsequence langste largo larga longue lungo ' +
    'lunga longo longa next nearest count',
);

const startsAny = (words: string[], stems: string[]): boolean =>
  words.some((w) => stems.some((stem) => w.startsWith(stem)));

/** "How many" in one word: cuántas/cuántos, combien, quante/quanti, quantas/quantos (folded). */
const HOW_MANY = words('cuantas cuantos combien quante quanti quantas quantos');

/** Whether the feature asks for counts: a count word, "number of …", "how many …", "wie viele …", "cuántas …". */
function countsText(words: string[]): boolean {
  if (hasAny(words, COUNT_WORDS)) return true;
  return words.some(
    (w, i) =>
      (AMOUNT_WORDS.includes(w) && OF_WORDS.includes(words[i + 1] ?? '')) ||
      (w === 'many' && words[i - 1] === 'how') ||
      (w === 'viele' && words[i - 1] === 'wie') ||
      HOW_MANY.includes(w),
  );
}

/** A time asked in seconds, which the reading time answered beside the counts is not (it answers minutes). */
const IN_SECONDS = /\b(?:seconds?|secs?|sekunden?|segundos?|secondes?|second[io])\b/i;

/** Whether a feature counts a text apart from the words of a reading speed ("200 words per minute"). */
function countsApartFromSpeed(text: string): boolean {
  const rest = featureWords(
    text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(READING_SPEED, ' '),
  );
  const counted = hasAny(rest, WORD_NOUNS) || hasAny(rest, CHARACTER_NOUNS) || hasAny(rest, SENTENCE_NOUNS);
  return counted && countsText(rest);
}

export const TEXT: CatalogFamily = {
  name: 'text',
  functions: [
    PALINDROME_CODE,
    REVERSE_WORDS_CODE,
    TEXT_STATISTICS_CODE,
    SLUG_CODE,
    CASE_CODE,
    TOP_WORDS_CODE,
    READING_TIME_CODE,
  ],
  recognise(text: string, words: string[]): Recognised {
    const languages = languagesOf(words);
    if (words.some((w) => w.startsWith('palindrom')))
      return hasAny(words, OTHER_PALINDROMES) ? null : { design: palindromeDesign(languages) };
    const otherDomain = hasAny(words, OTHER_DOMAIN);
    // Naming two case styles or more is asking for them ("give it back in snake_case and camelCase").
    const named = (a: string, b: string) => words.some((w, i) => w === a && words[i + 1] === b);
    const styles =
      CASE_STYLES.filter((style) => words.includes(style)).length +
      (named('constant', 'case') ? 1 : 0) +
      (named('title', 'case') ? 1 : 0);
    // A conversion shown by example ("hello world" into helloWorld, user_name → userName) asks for it too.
    const shown = statedCases(text);
    if (shown === null) return null;
    if (styles > 0 && (hasAny(words, TRANSFORM_WORDS) || styles >= 2) && !otherDomain)
      return { design: caseDesign(languages, shown) };
    if (shown.length > 0 && !hasAny(words, API_WORDS)) return { design: caseDesign(languages, shown) };
    const slug = words.some((w) => w.startsWith('slug'));
    if (slug && (!otherDomain || (hasAny(words, TRANSFORM_WORDS) && slugIsProduct(words)))) {
      const rules = slugRules(text);
      const ruled = rules.separator !== '-' || rules.maxLength !== null || rules.folds.length > 0;
      // "Give the slug of a title": a slug handed back for a text the feature names is made from it.
      const made = hasAny(words, TRANSFORM_WORDS) || (!otherDomain && hasAny(words, GIVE_WORDS));
      // A German compound names the text too ("Artikeltitel", "Blogüberschrift").
      const named = hasAny(words, TEXT_NOUNS) || words.some((w) => /.(?:titel|uberschrift)$/.test(w));
      if (words.some((w) => w.startsWith('slugif')) || (made && (named || ruled)))
        return { design: slugDesign(languages, rules, slugSource(words)) };
      if (refuses(words)) return { constraint: { function: SLUG_CODE.id, refusals: (d) => d.refusals } };
      return null;
    }
    const average = averageWordLength(text, languages);
    if (average) return { constraint: average };
    // "also the number of paragraphs", "characters without spaces too": more answers of the counts.
    const more = moreCountsFollowUp(text, languages, () => statisticsDesign(languages));
    if (more) return { constraint: more };
    const reading = readingRules(text);
    // "count the words and sentences … also a reading time at 200 words per minute": one more answer of the
    // counts, when the feature counts the text apart from the speed's own words.
    const joined =
      reading !== null && reading.perMinute !== null && countsApartFromSpeed(text) && !IN_SECONDS.test(text);
    if (reading && !joined)
      return hasAny(words, STORING_WORDS) ? null : { design: readingDesign(languages, reading) };
    const aboutWords = hasAny(words, WORD_NOUNS);
    const aboutCharacters = hasAny(words, CHARACTER_NOUNS);
    const wordOrder =
      (aboutWords && hasAny(words, ORDER_NOUNS)) ||
      (hasAny(words, PLURAL_WORDS) && !hasAny(words, EACH_WORDS));
    if (wordOrder && !aboutCharacters && !hasAny(words, LETTER_NOUNS) && startsAny(words, REVERSE_STEMS))
      return { design: reverseDesign(languages) };
    // "The frequency of each word" is a table of every word, which needs no n: not this computation. "Count the
    // words and sentences … also the most frequent word" counts the text: the word is one more of its answers.
    const countsSentences = hasAny(words, SENTENCE_NOUNS) && countsText(words);
    if (
      aboutWords &&
      asksTopWords(words) &&
      !aboutCharacters &&
      !otherDomain &&
      !hasAny(words, EACH_WORDS) &&
      !countsSentences
    )
      return { design: topWordsDesign(languages, words) };
    const counted = aboutWords || aboutCharacters || hasAny(words, SENTENCE_NOUNS);
    // "a sentence ends with a full stop or a line break": another rule than the counts' (. ! ?).
    const sentenceEnds = sentenceEndRule(text);
    if (sentenceEnds === 'other') return null;
    // "… and also tell which word is used most often", "… "longest_word": string": results the statistics
    // answer beside their counts, when the feature counts the text as well.
    const extras: StatisticsExtras = {
      mostCommon: aboutWords && asksTopWords(words) && !hasAny(words, EACH_WORDS),
      longest: aboutWords && longestWord(words),
      // "… a text of spaces only is an error", "blank text => 400": the counts refuse a blank text instead of 0.
      refuseBlank: refusesBlankText(text) && (refuses(words) || /(?:->|→|=>)\s*4\d\d\b/.test(text)),
      dashNotWord: aboutWords && dashIsNoWord(text),
      sentenceEnds: sentenceEnds === 'stated',
      reading: joined ? reading : null,
    };
    const explained = new Set([
      ...(extras.mostCommon ? [...FREQUENCY_NAMES, 'most', 'common'] : []),
      ...(extras.longest ? ['longest'] : []),
    ]);
    const others = hasAny(
      words.filter((w) => !explained.has(w)),
      OTHER_COUNTS,
    );
    if (counted && countsText(words) && !otherDomain && !others) {
      // Paragraphs or characters without spaces named under another rule: counts the design does not answer.
      const counts = moreCountsOf(text);
      if (!counts && namesMoreCounts(text)) return null;
      const d = statisticsDesign(languages, extras);
      return { design: counts ? withMoreCounts(d, counts, languages) : d };
    }
    return null;
  },
};
