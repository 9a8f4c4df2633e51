import { recogniseFeature } from './catalog';
import { paraphraseProblem } from './testing/paraphrase-check';
import { TEXT_NEAR_MISSES, TEXT_PHRASINGS } from './testing/text-phrasings';

/*
 * Text transformations stated by examples or rules (testing/text-phrasings.ts): each phrasing is recognised as
 * its function, the designed endpoint's emitted code answers the worked example with the options the feature's
 * words gave it, and the SPEC gate finds the feature realised. Near misses are left to other parts.
 */

/**
 * Phrasings not yet read, each failing its own check; the set shrinks as the recognisers learn them (at the
 * start: 55 of 67).
 */
const NOT_YET_READ = new Set<string>([
  'Strip accents from a text: é→e, ñ→n, ü→u',
  'remove diacritics from names so "José Ñúñez" becomes "Jose Nunez"',
  'transliterate German umlauts: ä becomes ae, ö becomes oe, ü becomes ue and ß becomes ss',
  'Umlaute und Akzente entfernen (é wird zu e, ß wird zu ss)',
  'quitar las tildes de un texto: á→a, ñ→n',
  'supprimer les accents d’un texte (é → e, ç → c, œ → oe)',
  'remover acentos de um texto: ã→a, ç→c',
  'togliere gli accenti da un testo (è → e)',
  'convert text to plain ASCII, e.g. Ø → O and Ł → L',
  'slugify titles: lowercase, words separated by underscores',
  'make a URL slug of at most 20 characters from a title',
  'slug generator: é→e, ß→ss, spaces become hyphens',
  'Titel in einen Slug umwandeln, höchstens 30 Zeichen, Trennzeichen Unterstrich',
  'generar slugs de títulos con guiones, sin tildes (ñ→n) y como máximo 15 caracteres',
  'render user comments written in markdown as HTML — they come from users, so no XSS please',
  'transformer du Markdown en HTML sans faille XSS (les balises script deviennent du texte)',
  'escape HTML special characters in a string (<, >, &, quotes)',
  'HTML-encode user input so <script> shows up as text',
  'HTML-Sonderzeichen in einem Text maskieren (< wird &lt;)',
  'escapar los caracteres especiales de HTML de un texto',
  'échapper les caractères HTML d’une chaîne (< devient &lt;)',
  'decode HTML entities like &amp; and &lt; back into characters',
  'unescape HTML: turn &quot;hi&quot; into "hi"',
  'HTML-Entitäten dekodieren (&amp; wird zu &)',
  'decodificar entidades HTML de un texto (&lt; → <)',
  'check whether two words are anagrams of each other, ignoring case and spaces',
  'are "Dormitory" and "dirty room" anagrams?',
  'prüfen, ob zwei Wörter Anagramme sind',
  'comprobar si dos palabras son anagramas',
  'vérifier si deux mots sont des anagrammes (sans tenir compte des accents)',
  'reverse a string character by character',
  'spell a word backwards: "stressed" gives "desserts"',
  'die Buchstaben eines Wortes umdrehen',
  'invertir los caracteres de una cadena',
  'invertire le lettere di una parola',
  'count the vowels and consonants in a text',
  'how many vowels does a word have (accented ones count too)',
  'Vokale und Konsonanten in einem Text zählen',
  'contar las vocales de una frase',
  'compter les voyelles et les consonnes d’un mot',
  'find the longest word in a sentence',
  'das längste Wort eines Satzes finden',
  'devolver la palabra más larga de un texto',
  'character frequency: how often each character occurs in a string, ignoring case',
  'count how many times each letter appears in a word',
  'Häufigkeit jedes Buchstabens in einem Text zählen',
  'compter la fréquence de chaque caractère d’une chaîne',
  'turn "hello world" into helloWorld',
  'convert identifiers like hello_world to hello-world and HelloWorld',
  'rename variables: user_name → userName',
  'format a phrase as CONSTANT_CASE (HELLO_WORLD) or Title Case (Hello World)',
  'Bezeichner umwandeln: aus "hallo welt" wird halloWelt',
  'convertir "hola mundo" en hola_mundo o holaMundo',
  'transformer « bonjour le monde » en bonjour-le-monde',
  'Zahlen zwischen Dezimal und Binär umrechnen (5 → 101)',
]);

describe('text transformations stated by examples or rules', () => {
  for (const row of TEXT_PHRASINGS.filter((r) => !NOT_YET_READ.has(r.text))) {
    it(`reads ${JSON.stringify(row.text)} as ${row.fn}`, () => {
      expect(paraphraseProblem(row)).toBe('');
    });
  }

  it('still misses the phrasings marked as not yet read (remove them from the list once read)', () => {
    const read = TEXT_PHRASINGS.filter((r) => NOT_YET_READ.has(r.text) && paraphraseProblem(r) === '');
    expect(read.map((r) => r.text)).toEqual([]);
  });

  it.each(TEXT_NEAR_MISSES)('leaves %p unrecognised', (text) => {
    expect(recogniseFeature(text)).toBeNull();
  });
});
