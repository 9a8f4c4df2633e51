import { stringField, type CatalogFamily, type FunctionDesign, type Recognised } from './catalog-entry';
import { glossIn, hasAny, languagesOf, refuses, type Language, wordList } from './feature-words';
import {
  ANAGRAM_CODE,
  CHARACTER_FREQUENCY_CODE,
  LONGEST_WORD_CODE,
  REVERSE_CODE,
  VOWELS_CODE,
} from './text-letters-code';

/*
 * Letter-level text tools: a text's characters reversed, its vowels and consonants counted, two texts compared
 * as anagrams, its longest word, and how often each character occurs (in lower case when the feature says case
 * does not matter, letters and digits only when it counts letters). Worked examples are written by hand.
 * Recognised in English, German, Spanish, French, Italian and Portuguese; tried before the sentence-level tools
 * (text.ts), whose counts and reversals are about words.
 */

type Gloss = Partial<Record<Language, string>>;
const text = (description: string, example: string, allowEmpty = false) => ({
  param: 'text',
  field: { ...stringField('text', description, example), ...(allowEmpty ? { allow_empty: true } : {}) },
});
const notText = {
  description: 'A text that is not a string (the number 42) is refused.',
  input: { text: 42 },
};

const REVERSE_GLOSS: Gloss = {
  de: ' Die Buchstaben (Zeichen) eines Wortes oder Textes umdrehen, rückwärts schreiben.',
  es: ' Invertir los caracteres (letras) de una cadena o palabra, escribirla al revés.',
  fr: " Inverser les caractères (lettres) d'une chaîne ou d'un mot, l'écrire à l'envers.",
  it: ' Invertire i caratteri (lettere) di una stringa o parola, scriverla al contrario.',
  pt: ' Inverter os caracteres (letras) de uma string ou palavra, escrevê-la de trás para frente.',
};

function reverseDesign(languages: Language[]): FunctionDesign {
  const facts: [string, string][] = [
    ['Hello', 'olleH'],
    ['stressed', 'desserts'],
    ['Crème brûlée', 'eélûrb emèrC'],
    ['ab c', 'c ba'],
    ['ok👍🏽', '👍🏽ko'],
  ];
  return {
    function: REVERSE_CODE.id,
    method: 'POST',
    path: '/text/reverse',
    summary:
      'Reverses a string (a word or text) character by character, so it reads backwards: "Hello" becomes ' +
      '"olleH", "stressed" becomes "desserts". Letters with accents and emoji stay whole characters, spaces and ' +
      'punctuation are reversed with the letters; an empty string stays empty. A text that is not a string is ' +
      'refused with 400.' +
      glossIn(REVERSE_GLOSS, languages),
    inputs: [text('String whose characters to reverse', 'Hello', true)],
    outputs: [
      { result: 'reversed', field: 'reversed', description: 'The string backwards', example: 'olleH' },
    ],
    examples: facts.map(([from, reversed]) => ({
      description: `"${from}" backwards is "${reversed}".`,
      input: { text: from },
      output: { reversed },
    })),
    refusals: [notText],
  };
}

const VOWELS_GLOSS: Gloss = {
  de: ' Vokale und Konsonanten (Mitlaute) in einem Wort, Satz oder Text zählen; Umlaute und Akzente zählen als Vokale.',
  es: ' Contar las vocales y las consonantes de una palabra, frase o texto; las vocales con tilde también cuentan.',
  fr: " Compter les voyelles et les consonnes d'un mot, d'une phrase ou d'un texte ; les voyelles accentuées comptent.",
  it: ' Contare le vocali e le consonanti di una parola, frase o testo; anche le vocali accentate contano.',
  pt: ' Contar as vogais e as consoantes de uma palavra, frase ou texto; vogais acentuadas também contam.',
};

function vowelsDesign(languages: Language[]): FunctionDesign {
  const facts: [string, number, number, string][] = [
    ['Hello World', 3, 7, 'e, o, o; the space is neither'],
    ['café', 2, 2, 'é counts as the vowel e'],
    ['rhythm', 0, 6, 'y is a consonant'],
    ['AEIOU, 123!', 5, 0, 'capital vowels count; digits and punctuation are neither'],
  ];
  return {
    function: VOWELS_CODE.id,
    method: 'POST',
    path: '/text/vowels',
    summary:
      'Counts the vowels and consonants of a text (word or sentence): a, e, i, o and u in any case, accented ' +
      'ones included (é, ü), are vowels; every other letter (y too) is a consonant; digits, spaces and ' +
      'punctuation are neither ("Hello World": 3 vowels, 7 consonants). A text that is not a string is refused ' +
      'with 400.' +
      glossIn(VOWELS_GLOSS, languages),
    inputs: [text('Text whose letters to count', 'Hello World', true)],
    outputs: [
      { result: 'vowels', field: 'vowels', description: 'Number of vowels', example: 3 },
      { result: 'consonants', field: 'consonants', description: 'Number of consonants', example: 7 },
    ],
    examples: facts.map(([from, vowels, consonants, why]) => ({
      description: `"${from}" has ${vowels} vowels and ${consonants} consonants (${why}).`,
      input: { text: from },
      output: { vowels, consonants },
    })),
    refusals: [notText],
  };
}

const ANAGRAM_GLOSS: Gloss = {
  de: ' Prüfen, ob zwei Wörter oder Sätze Anagramme sind (dieselben Buchstaben; Groß- und Kleinschreibung, Leerzeichen, Satzzeichen und Akzente zählen nicht).',
  es: ' Comprobar si dos palabras o frases son anagramas (las mismas letras, sin distinguir mayúsculas, espacios, puntuación ni tildes).',
  fr: ' Vérifier si deux mots ou phrases sont des anagrammes (les mêmes lettres, sans tenir compte de la casse, des espaces, de la ponctuation ni des accents).',
  it: ' Verificare se due parole o frasi sono anagrammi (le stesse lettere, ignorando maiuscole, spazi, punteggiatura e accenti).',
  pt: ' Verificar se duas palavras ou frases são anagramas (as mesmas letras, ignorando maiúsculas, espaços, pontuação e acentos).',
};

function anagramDesign(languages: Language[]): FunctionDesign {
  const facts: [string, string, boolean, string][] = [
    ['Listen', 'Silent', true, 'the same six letters in any case'],
    ['Dormitory', 'Dirty room', true, 'spaces do not count'],
    ['Roma', 'amor', true, 'the same letters reordered'],
    ['Marie', 'aimer', true, 'an anagram in any case'],
    ['hello', 'world', false, 'different letters'],
    ['aab', 'abb', false, 'the same letters but not as often'],
  ];
  return {
    function: ANAGRAM_CODE.id,
    method: 'POST',
    path: '/text/anagram',
    summary:
      'Checks whether two words or phrases are anagrams of each other: they use the same letters and digits, ' +
      'each as often, once case, spaces, punctuation and accents are ignored ("Listen" and "Silent" are). ' +
      'Answers anagram: true or false; a text without any letter or digit is refused with 400.' +
      glossIn(ANAGRAM_GLOSS, languages),
    inputs: [
      { param: 'first', field: stringField('first', 'First word or phrase', 'Listen') },
      { param: 'second', field: stringField('second', 'Second word or phrase', 'Silent') },
    ],
    outputs: [
      { result: 'anagram', field: 'anagram', description: 'Whether the two are anagrams', example: true },
    ],
    examples: facts.map(([first, second, anagram, why]) => ({
      description: `"${first}" and "${second}" ${anagram ? 'are' : 'are not'} anagrams (${why}).`,
      input: { first, second },
      output: { anagram },
    })),
    refusals: [
      {
        description: 'Punctuation alone ("?!") has no letters to compare.',
        input: { first: '?!', second: 'abc' },
      },
    ],
  };
}

const LONGEST_GLOSS: Gloss = {
  de: ' Das längste Wort eines Satzes oder Textes finden, mit seiner Länge (bei gleich langen das erste).',
  es: ' Devolver la palabra más larga de una frase o texto, con su longitud (entre iguales, la primera).',
  fr: " Trouver le mot le plus long d'une phrase ou d'un texte, avec sa longueur (à égalité, le premier).",
  it: ' Trovare la parola più lunga di una frase o di un testo, con la sua lunghezza (a parità, la prima).',
  pt: ' Encontrar a palavra mais longa de uma frase ou texto, com o seu comprimento (em empate, a primeira).',
};

function longestDesign(languages: Language[]): FunctionDesign {
  const facts: [string, string, number, string][] = [
    ['The quick brown fox jumped', 'jumped', 6, 'six letters'],
    ['el murciélago vuela', 'murciélago', 10, 'é is one letter'],
    ['one two six', 'one', 3, 'equally long words: the first'],
    ['Wow, extraordinary!', 'extraordinary', 13, 'punctuation is not part of a word'],
  ];
  return {
    function: LONGEST_WORD_CODE.id,
    method: 'POST',
    path: '/text/longest-word',
    summary:
      'Finds the longest word of a text (sentence): words are runs of letters and digits (an apostrophe or ' +
      'hyphen inside one is kept, punctuation around it is not); answers the word as written and its length in ' +
      'letters; of equally long words the first. A text without any word is refused with 400.' +
      glossIn(LONGEST_GLOSS, languages),
    inputs: [text('Text to search', 'The quick brown fox jumped')],
    outputs: [
      { result: 'word', field: 'word', description: 'The longest word', example: 'jumped' },
      { result: 'length', field: 'length', description: 'Its length in letters', example: 6 },
    ],
    examples: facts.map(([from, word, length, why]) => ({
      description: `The longest word of "${from}" is "${word}", ${length} letters (${why}).`,
      input: { text: from },
      output: { word, length },
    })),
    refusals: [{ description: 'Punctuation alone (" -- !") has no words.', input: { text: ' -- !' } }],
  };
}

const FREQUENCY_GLOSS: Gloss = {
  de: ' Die Häufigkeit jedes Zeichens (Buchstabens) in einem Text zählen: wie oft jedes vorkommt.',
  es: ' Contar la frecuencia de cada carácter (letra) de un texto o cadena: cuántas veces aparece cada uno.',
  fr: " Compter la fréquence de chaque caractère (lettre) d'un texte ou d'une chaîne : combien de fois chacun apparaît.",
  it: ' Contare la frequenza di ogni carattere (lettera) di un testo: quante volte compare ciascuno.',
  pt: ' Contar a frequência de cada caractere (letra) de um texto: quantas vezes aparece cada um.',
};

function frequencyDesign(languages: Language[], ignoreCase: boolean, lettersOnly: boolean): FunctionDesign {
  const facts: [string, Record<string, number>][] = [
    ['banana', { b: 1, a: 3, n: 2 }],
    ['a b a', { a: 2, b: 1 }],
    [ignoreCase ? 'Hello' : 'Hello', ignoreCase ? { h: 1, e: 1, l: 2, o: 1 } : { H: 1, e: 1, l: 2, o: 1 }],
    ignoreCase ? ['AaA', { a: 3 }] : ['AaA', { A: 2, a: 1 }],
    lettersOnly ? ['hi, hi!', { h: 2, i: 2 }] : ['hi, hi!', { h: 2, i: 2, ',': 1, '!': 1 }],
  ];
  const rule =
    (ignoreCase ? 'in lower case (case is ignored: A and a are one)' : 'as written (A and a apart)') +
    (lettersOnly ? ', letters and digits only (punctuation is not counted)' : ', punctuation included');
  return {
    function: CHARACTER_FREQUENCY_CODE.id,
    method: 'POST',
    path: '/text/character-frequency',
    summary:
      `Counts how often each character (letter) occurs in a text, word or string (character frequency: how many times each one appears), ${rule}; ` +
      'spaces are not counted. Answers frequencies, each character with its count in order of first ' +
      'occurrence ("banana": b 1, a 3, n 2), and distinct, how many different characters there are. A text ' +
      'that is not a string is refused with 400.' +
      glossIn(FREQUENCY_GLOSS, languages),
    options: { ignore_case: ignoreCase, letters_only: lettersOnly },
    inputs: [text('Text whose characters to count', 'banana', true)],
    outputs: [
      {
        result: 'frequencies',
        field: 'frequencies',
        description: 'Each character and how often it occurs',
        example: { b: 1, a: 3, n: 2 },
      },
      { result: 'distinct', field: 'distinct', description: 'How many different characters', example: 3 },
    ],
    examples: facts.map(([from, frequencies]) => ({
      description: `In "${from}" the characters occur ${Object.entries(frequencies)
        .map(([c, n]) => `${c} ${n}`)
        .join(', ')}.`,
      input: { text: from },
      output: { frequencies, distinct: Object.keys(frequencies).length },
    })),
    refusals: [notText],
  };
}

const words = wordList;
const stems = (ws: string[], list: string[]): boolean => ws.some((w) => list.some((s) => w.startsWith(s)));
const CHARACTER_STEMS = words(
  'character char letter buchstab zeichen caracter lettre lettera carattere letra',
);
const STRING_NOUNS = words('string strings cadena chaine stringa word wort palabra mot parola palavra');
const REVERSE_STEMS = words(
  'revers invert inviert flip backward umkehr umdreh umgekehrt ruckwart inverso inversa renvers',
);
const PLURAL_WORDS = words('words worter palabras mots parole palavras sentence sentences satz frase phrase');
const VOWEL_STEMS = words('vowel consonant vokal konsonant vocal consonant voyelle consonne vogal consoante');
const LONGEST = words('longest langste langsten');
const LONG_AFTER_MOST = words('larga largo long longue lunga lungo longa longo');
const MOST = words('mas plus piu mais');
const WORD_NOUNS = words('word wort palabra mot parola palavra');
const FREQUENCY = words(
  'frequency frequencies haufigkeit haufigkeiten frecuencia frequence frequenza frequencia occurrences',
);
const EACH = words('each every jedes jeden jeder cada chaque ogni');
const SENTENCE_COUNTS = words('sentences satze saetze oraciones frases phrases frasi');
const CHARACTER_COUNTS = words('characters chars zeichen caracteres caratteri');
const EMPTY = words('empty blank leer leere leeren vacio vacia vide vuoto vuota vazio vazia');
const TIMES = words('times often mal veces fois volte vezes');
const IGNORE_CASE =
  /\b(?:ignor\w*|regardless of|without|sans|sin|senza|sem|ohne)\b[^.;]{0,30}\b(?:case|casse|mayusculas|maiuscole|maiusculas|gross)|case[- ]insensitive|gross und kleinschreibung/;
const OTHER_DOMAIN = words(
  'store stored save saved database leaderboard score scores player players game games generate list all dictionary solver unscramble',
);

export const TEXT_LETTERS: CatalogFamily = {
  name: 'text-letters',
  functions: [REVERSE_CODE, VOWELS_CODE, ANAGRAM_CODE, LONGEST_WORD_CODE, CHARACTER_FREQUENCY_CODE],
  recognise(raw: string, ws: string[]): Recognised {
    if (hasAny(ws, OTHER_DOMAIN)) return null;
    const languages = languagesOf(ws);
    if (ws.some((w) => w.startsWith('anagram'))) return { design: anagramDesign(languages) };
    if (stems(ws, VOWEL_STEMS)) return { design: vowelsDesign(languages) };
    const wordNoun = hasAny(ws, WORD_NOUNS) || ws.some((w) => w === 'wortes' || w === 'worts');
    const longest =
      hasAny(ws, LONGEST) || ws.some((w, i) => LONG_AFTER_MOST.includes(w) && MOST.includes(ws[i - 1]));
    // "words, characters, sentences and the longest word": the text statistics answer it beside their counts.
    // '"text" missing returns 400; an empty string gives "longest_word": ""' says what is refused and what an
    // empty text answers: a rule of the computation another feature asks for, not one of its own.
    const statistics =
      (hasAny(ws, SENTENCE_COUNTS) && hasAny(ws, CHARACTER_COUNTS)) || (refuses(ws) && hasAny(ws, EMPTY));
    if (longest && wordNoun && !statistics) return { design: longestDesign(languages) };
    const characters = stems(ws, CHARACTER_STEMS);
    if (
      characters &&
      (hasAny(ws, FREQUENCY) ||
        (hasAny(ws, EACH) && (hasAny(ws, TIMES) || ws.some((w) => /^(count|zahl|cont|compt)/.test(w)))))
    ) {
      const folded = ws.join(' ');
      const lettersOnly =
        !ws.some((w) => /^(character|char|zeichen|caracter|carattere)/.test(w)) ||
        /punctuation|puntuacion|ponctuation|satzzeichen|punteggiatura|pontuacao/.test(folded);
      return { design: frequencyDesign(languages, IGNORE_CASE.test(folded), lettersOnly) };
    }
    const backwards = stems(ws, REVERSE_STEMS) || (ws.includes('spell') && stems(ws, ['backward']));
    if (
      backwards &&
      (characters || hasAny(ws, STRING_NOUNS)) &&
      !hasAny(ws, PLURAL_WORDS) &&
      !/\border\b|reihenfolge|orden|ordre|ordine|ordem/.test(raw.toLowerCase())
    )
      return { design: reverseDesign(languages) };
    return null;
  },
};
