import { row, type Paraphrase } from './paraphrases';

/**
 * The phrasing table of text transformations stated by examples or rules (tests only): accent folding and
 * transliteration given as examples ("é→e", "ß becomes ss"), slug rules in words (separator, maximum length),
 * markdown to HTML where the point is safety, HTML escaping and unescaping, palindromes, anagrams, reversed
 * letters, vowel counts, the longest word, character frequencies, case styles named by an example
 * ("helloWorld"), Roman numerals and bases asked for by example ("4 = IV", "2 em binário é 10"). Each row: the
 * function it must be read as, a request, and the answer worked out by hand from the feature's own words.
 */

const fold = (text: string, folded: string) => row('text.fold-accents', { text }, { folded });
const slug = (text: string, s: string) => row('text.slugify', { text }, { slug: s });
const script = 'Hi <script>alert(1)</script>';
const safeMarkdown = row(
  'markdown.to-html',
  { markdown: script },
  { html: '<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;</p>' },
);
const escape = row(
  'html.escape',
  { text: '<b>"Tom" & Jerry</b>' },
  { escaped: '&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;' },
);
const unescape = row(
  'html.unescape',
  { text: 'Tom &amp; Jerry &lt;3 &#39;hi&#39; &#x41;' },
  { unescaped: "Tom & Jerry <3 'hi' A" },
);
const palindrome = (text: string) => row('text.palindrome', { text }, { palindrome: true });
const anagram = (first: string, second: string) => row('text.anagram', { first, second }, { anagram: true });
const reverse = (text: string, reversed: string) => row('text.reverse', { text }, { reversed });
const vowels = (text: string, want: Record<string, number>) => row('text.vowels', { text }, want);
const longest = (text: string, word: string, length: number) =>
  row('text.longest-word', { text }, { word, length });
const frequency = (text: string, frequencies: Record<string, number>) =>
  row('text.character-frequency', { text }, { frequencies });
const cases = (want: Record<string, string>) =>
  row('text.case-conversion', { phrase: 'Hello big World', text: 'Hello big World' }, want);
const toRoman = row('roman.to-roman', { number: 1994 }, { roman: 'MCMXCIV' });
const fromRoman = row('roman.from-roman', { roman: 'XIV' }, { number: 14 });
const bases = row('numbers.base_convert', { value: '255', from_base: 10, to_base: 16 }, { result: 'FF' });

export const TEXT_PHRASINGS: Paraphrase[] = [
  // Accent folding and transliteration, by example.
  fold('Crème, señor Müller', 'Creme, senor Muller')('Strip accents from a text: é→e, ñ→n, ü→u'),
  fold('José Ñúñez', 'Jose Nunez')('remove diacritics from names so "José Ñúñez" becomes "Jose Nunez"'),
  fold(
    'Grüße aus Köln',
    'Gruesse aus Koeln',
  )('transliterate German umlauts: ä becomes ae, ö becomes oe, ü becomes ue and ß becomes ss'),
  fold('Straße Café', 'Strasse Cafe')('Umlaute und Akzente entfernen (é wird zu e, ß wird zu ss)'),
  fold('Canción de España', 'Cancion de Espana')('quitar las tildes de un texto: á→a, ñ→n'),
  fold(
    'Œuvre française à l’école',
    'Oeuvre francaise a l’ecole',
  )('supprimer les accents d’un texte (é → e, ç → c, œ → oe)'),
  fold('Ação e coração', 'Acao e coracao')('remover acentos de um texto: ã→a, ç→c'),
  fold('Perché è così', 'Perche e cosi')('togliere gli accenti da un testo (è → e)'),
  fold('Łódź and Øresund', 'Lodz and Oresund')('convert text to plain ASCII, e.g. Ø → O and Ł → L'),
  // Slugs with rules stated in words.
  slug('Hello World Again', 'hello_world_again')('slugify titles: lowercase, words separated by underscores'),
  slug(
    'The Quick Brown Fox Jumps Over',
    'the-quick-brown-fox',
  )('make a URL slug of at most 20 characters from a title'),
  slug('Straße für Café', 'strasse-fur-cafe')('slug generator: é→e, ß→ss, spaces become hyphens'),
  slug(
    'Schöne Grüße aus München',
    'schone_grusse_aus_munchen',
  )('Titel in einen Slug umwandeln, höchstens 30 Zeichen, Trennzeichen Unterstrich'),
  slug(
    'Año nuevo en España',
    'ano-nuevo-en-es',
  )('generar slugs de títulos con guiones, sin tildes (ñ→n) y como máximo 15 caracteres'),
  slug(
    'Là où Ça Va',
    'la-ou-ca-va',
  )('créer un slug à partir d’un titre, en minuscules, mots séparés par des tirets'),
  // Markdown to HTML where the feature is about safety.
  safeMarkdown('render user comments written in markdown as HTML — they come from users, so no XSS please'),
  safeMarkdown('markdown preview for comments; escape any HTML the user typed'),
  safeMarkdown('turn markdown into HTML; script tags must come out as text'),
  safeMarkdown('Markdown-Kommentare als HTML ausgeben, ohne XSS: HTML im Text wird maskiert'),
  safeMarkdown('convertir comentarios en Markdown a HTML seguro (sin XSS, el HTML se escapa)'),
  safeMarkdown('transformer du Markdown en HTML sans faille XSS (les balises script deviennent du texte)'),
  // HTML escaping and unescaping on their own.
  escape('escape HTML special characters in a string (<, >, &, quotes)'),
  escape('HTML-encode user input so <script> shows up as text'),
  escape('HTML-Sonderzeichen in einem Text maskieren (< wird &lt;)'),
  escape('escapar los caracteres especiales de HTML de un texto'),
  escape('échapper les caractères HTML d’une chaîne (< devient &lt;)'),
  escape('write & < > " and \' as &amp; &lt; &gt; &quot; &#39; so user text shows as text'),
  unescape('decode HTML entities like &amp; and &lt; back into characters'),
  unescape('unescape HTML: turn &quot;hi&quot; into "hi"'),
  unescape('HTML-Entitäten dekodieren (&amp; wird zu &)'),
  unescape('decodificar entidades HTML de un texto (&lt; → <)'),
  // Palindromes, anagrams, reversed letters, vowels, longest word, character frequency.
  palindrome('Ésope reste ici et se repose')(
    'is this a palindrome? ignore case, spaces, punctuation and accents',
  ),
  palindrome('Socorram-me, subi no ônibus em Marrocos')(
    'verificar se uma frase é palíndromo, sem considerar acentos',
  ),
  anagram('Listen', 'Silent')('check whether two words are anagrams of each other, ignoring case and spaces'),
  anagram('Dormitory', 'Dirty room')('are "Dormitory" and "dirty room" anagrams?'),
  anagram('Listen', 'Silent')('prüfen, ob zwei Wörter Anagramme sind'),
  anagram('Roma', 'amor')('comprobar si dos palabras son anagramas'),
  anagram('Marie', 'aimer')('vérifier si deux mots sont des anagrammes (sans tenir compte des accents)'),
  reverse('Hello', 'olleH')('reverse a string character by character'),
  reverse('stressed', 'desserts')('spell a word backwards: "stressed" gives "desserts"'),
  reverse('Lager', 'regaL')('die Buchstaben eines Wortes umdrehen'),
  reverse('hola', 'aloh')('invertir los caracteres de una cadena'),
  reverse('roma', 'amor')('invertire le lettere di una parola'),
  vowels('Hello World', { vowels: 3, consonants: 7 })('count the vowels and consonants in a text'),
  vowels('café', { vowels: 2 })('how many vowels does a word have (accented ones count too)'),
  vowels('Hello World', { vowels: 3, consonants: 7 })('Vokale und Konsonanten in einem Text zählen'),
  vowels('murciélago', { vowels: 5 })('contar las vocales de una frase'),
  vowels('Bonjour', { vowels: 3, consonants: 4 })('compter les voyelles et les consonnes d’un mot'),
  longest('The quick brown fox jumped', 'jumped', 6)('find the longest word in a sentence'),
  longest(
    'Ich liebe Donaudampfschiffe sehr',
    'Donaudampfschiffe',
    17,
  )('das längste Wort eines Satzes finden'),
  longest('el murciélago vuela', 'murciélago', 10)('devolver la palabra más larga de un texto'),
  frequency('Hello', { h: 1, e: 1, l: 2, o: 1 })(
    'character frequency: how often each character occurs in a string, ignoring case',
  ),
  frequency('banana', { b: 1, a: 3, n: 2 })('count how many times each letter appears in a word'),
  frequency('banana', { b: 1, a: 3, n: 2 })('Häufigkeit jedes Buchstabens in einem Text zählen'),
  frequency('banana', { b: 1, a: 3, n: 2 })('compter la fréquence de chaque caractère d’une chaîne'),
  // Case styles named by an example rather than by name.
  cases({ camel_case: 'helloBigWorld' })('turn "hello world" into helloWorld'),
  cases({ kebab_case: 'hello-big-world', pascal_case: 'HelloBigWorld' })(
    'convert identifiers like hello_world to hello-world and HelloWorld',
  ),
  cases({ camel_case: 'helloBigWorld' })('rename variables: user_name → userName'),
  cases({ constant_case: 'HELLO_BIG_WORLD', title_case: 'Hello Big World' })(
    'format a phrase as CONSTANT_CASE (HELLO_WORLD) or Title Case (Hello World)',
  ),
  cases({ camel_case: 'helloBigWorld' })('Bezeichner umwandeln: aus "hallo welt" wird halloWelt'),
  cases({ snake_case: 'hello_big_world' })('convertir "hola mundo" en hola_mundo o holaMundo'),
  cases({ kebab_case: 'hello-big-world' })('transformer « bonjour le monde » en bonjour-le-monde'),
  // Roman numerals and bases asked for by example.
  toRoman('numbers to Roman numerals, e.g. 4 = IV, 900 = CM'),
  toRoman('converter para algarismos romanos (4 = IV, 9 = IX)'),
  fromRoman('Roman numerals back to numbers: XIV is 14'),
  bases('converter números entre bases (2 em binário é 10)'),
  bases('convert between decimal and hex: 255 → FF'),
  bases('Zahlen zwischen Dezimal und Binär umrechnen (5 → 101)'),
];

/** Texts that share a word with the class but ask for something else: no catalog function reads them. */
export const TEXT_NEAR_MISSES = [
  'store blog posts with a title and a slug',
  'store user comments with an author and a body',
  'translate text into French',
  'spell-check a document',
  'escape room bookings: reserve a room for a group',
  'count page views per article',
  'find the longest running task',
  'summarise a long text in three sentences',
  'encrypt a message with a password',
  'detect the language of a text',
  "anagram game leaderboard: store each player's score",
  'generate a random name for a project',
  'return JSON fields in camelCase like userName instead of user_name',
  'the API answers with snake_case keys such as created_at',
];
