import { recogniseFeature } from './catalog';
import type { Paraphrase } from './testing/paraphrases';
import { phrasingTableTests } from './testing/phrasing-check';

/*
 * The phrasing table of letter case: a text in UPPER CASE, lower case, Title Case or Sentence case, one mode a
 * feature names, the mode the caller picks among those it names ("Groß- oder Kleinbuchstaben"), or every named
 * mode at once. Written as users write it in English, German, Spanish, French, Italian and Portuguese. Each
 * row: the function it must be read as, a request, and the answer worked out by hand from Unicode's case
 * mappings (ß upper-cases to SS, accents stay, no Turkish dotless i). Beside them, naming styles (snake_case,
 * camelCase…) that must stay naming styles, and near misses that are no case conversion at all.
 */

const row =
  (fn: string, input: Record<string, unknown>, want: Record<string, unknown>) =>
  (text: string): Paraphrase => ({ text, fn, input, want });
const letterCase = (input: Record<string, unknown>, want: Record<string, unknown>) =>
  row('text.letter-case', input, want);

// Upper case by Unicode's full mapping: ß → SS, é → É (the accent stays).
const upper = letterCase({ text: 'Straße café' }, { result: 'STRASSE CAFÉ' });
const upperEs = letterCase({ text: 'Año nuevo, señor' }, { result: 'AÑO NUEVO, SEÑOR' });
const upperFr = letterCase({ text: "l'élève à Noël" }, { result: "L'ÉLÈVE À NOËL" });
const upperIt = letterCase({ text: 'perché così' }, { result: 'PERCHÉ COSÌ' });
const lower = letterCase({ text: 'HeLLo WORLD' }, { result: 'hello world' });
const lowerPt = letterCase({ text: 'OLÁ MUNDO, AÇÃO' }, { result: 'olá mundo, ação' });
const lowerDe = letterCase({ text: 'ÄRGER ÜBER ÖL' }, { result: 'ärger über öl' });
// Title case: each word's first letter up, the rest down; an apostrophe does not start a word, a hyphen does.
const title = letterCase({ text: 'the lord of the RINGS' }, { result: 'The Lord Of The Rings' });
const titleApostrophe = letterCase({ text: "don't stop me now" }, { result: "Don't Stop Me Now" });
const titleEs = letterCase({ text: 'hola mundo cruel' }, { result: 'Hola Mundo Cruel' });
const titleFr = letterCase({ text: 'jean-luc à paris' }, { result: 'Jean-Luc À Paris' });
const titleDe = letterCase({ text: 'guten morgen, straße' }, { result: 'Guten Morgen, Straße' });
// Sentence case: the first letter of each sentence up, every other letter down.
const sentence = letterCase({ text: 'hELLO THERE. how ARE you?' }, { result: 'Hello there. How are you?' });
// The caller's mode among those the feature names.
const chosenUpper = letterCase({ text: 'Straße', mode: 'upper' }, { result: 'STRASSE' });
const chosenLower = letterCase({ text: 'Hola MUNDO', mode: 'lower' }, { result: 'hola mundo' });
const chosenTitle = letterCase({ text: 'hello world', mode: 'title' }, { result: 'Hello World' });
// Every named mode at once.
const allThree = letterCase(
  { text: 'hello World' },
  { upper_case: 'HELLO WORLD', lower_case: 'hello world', title_case: 'Hello World' },
);
const bothEs = letterCase({ text: 'Año Nuevo' }, { upper_case: 'AÑO NUEVO', lower_case: 'año nuevo' });

// The existing naming styles, asked for by name: they stay text.case-conversion.
const styles = row(
  'text.case-conversion',
  { phrase: 'Hello big World' },
  { snake_case: 'hello_big_world', camel_case: 'helloBigWorld' },
);

// Whitespace tidied: both ends trimmed, runs inside collapsed to one space, or both ("extra spaces").
const trimmed = row('text.whitespace', { text: '  hello  world \n' }, { result: 'hello  world' });
const collapsed = row('text.whitespace', { text: 'a   b\t c' }, { result: 'a b c' });
const tidied = row('text.whitespace', { text: '  Grüße   aus Köln  ' }, { result: 'Grüße aus Köln' });

export const LETTER_CASE_PHRASINGS: Paraphrase[] = [
  upper('convert text to upper case'),
  upper('Text in Großbuchstaben umwandeln'),
  upperEs('pasar un texto a mayúsculas'),
  upperFr('mettre un texte en majuscules'),
  upperIt('convertire un testo in maiuscolo'),
  upper('SHOUT: make a message ALL CAPS'),
  lower('lowercase a string'),
  lowerPt('converter um texto para minúsculas'),
  lowerDe('einen Text in Kleinbuchstaben umwandeln'),
  title('capitalise each word of a title'),
  titleApostrophe('convert a sentence to Title Case'),
  titleEs('poner en mayúscula la primera letra de cada palabra'),
  titleFr('mettre une majuscule au début de chaque mot'),
  titleDe('den Anfangsbuchstaben jedes Wortes großschreiben'),
  sentence('convert text to sentence case'),
  sentence('sentence case: only the first letter of each sentence is a capital, the rest lower case'),
  chosenUpper('Text in Groß- oder Kleinbuchstaben umwandeln'),
  chosenLower('pasar un texto a mayúsculas o minúsculas'),
  chosenTitle('convert text to upper, lower or title case; the caller picks the mode'),
  chosenLower('transformer un texte en majuscules ou en minuscules au choix'),
  allThree('return a text in upper case, lower case and title case all at once'),
  bothEs('devolver un texto en mayúsculas y en minúsculas a la vez'),
  trimmed('trim leading and trailing whitespace from a text'),
  trimmed('supprimer les espaces au début et à la fin d’un texte'),
  collapsed('collapse runs of spaces in a text into a single space'),
  tidied('remove extra spaces from a sentence'),
  tidied('überflüssige Leerzeichen aus einem Text entfernen'),
  tidied('quitar los espacios sobrantes de un texto'),
  styles('given a phrase, give it back in snake_case, camelCase, kebab-case and PascalCase all at once'),
  styles('convert variable names between snake_case and camelCase'),
];

/** Phrasings not yet read, each failing its own check (remove a row once it is read). */
const NOT_YET_READ = new Set<string>([]);

/** Texts that mention letter case but ask for something else: never read as a letter-case conversion. */
export const LETTER_CASE_NEAR_MISSES = [
  'the password must contain at least one uppercase letter',
  'search products by name, case-insensitive',
  'store country codes in upper case',
  'return JSON fields in camelCase like userName instead of user_name',
  'capitalize the first letter of a string',
  'slugify titles: lowercase, words separated by underscores',
  'convert a number to hexadecimal in upper case',
  'name the most frequent word, ignoring upper/lower case',
  'count the uppercase letters in a text',
  'check whether a sentence is a palindrome regardless of upper and lower case',
  'convert text to upper case without accents',
  'return the text in upper case and reversed',
  'translate a sentence into French and write it in capitals',
  'remove the spaces from an IBAN',
  'count the spaces in a text',
  'remove all spaces from a string',
];

describe('letter case (upper, lower, title, sentence) as users write it', () => {
  phrasingTableTests(LETTER_CASE_PHRASINGS, NOT_YET_READ);

  it.each(LETTER_CASE_NEAR_MISSES)(
    'does not read %p as a letter-case conversion or a whitespace tidy-up',
    (text) => {
      const found = recogniseFeature(text);
      const fn = found && 'design' in found ? found.design.function : found ? 'constraint' : null;
      expect(['text.letter-case', 'text.whitespace']).not.toContain(fn);
    },
  );
});
