import type { ScenarioStep } from '../testing/scenario';
import { scenarioTableTests, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of additions to a family's answer, as people write them:
 *
 * - a validator that says more than valid or not: an IBAN's country (with spaces allowed, read as the spaces a
 *   check drops, not as words of a feature left unanswered), whether an ISBN is an ISBN-10 or an ISBN-13, the
 *   ISBN-13 of a valid ISBN-10, the country lengths a feature writes as what "valid" means;
 * - the read of a record of a lending or voting family: "look up a book and see who has it at the moment", "show
 *   whether it is available and, if not, which student has it", "look at an idea and see how many votes it has"
 *   are answered by the record's own read (the holder, whether it is free, its vote count), not by a bare get;
 * - an addition answered in the same answer: "also the average word length and the reading time at 200 words a
 *   minute, rounded up", not a computation on a route of its own.
 *
 * A row is a scenario run against the reference interpreter of the designed contract (the gate must find every
 * feature realised and the contract's own acceptance pack must pass); the expected answers are worked out by hand
 * (the IBAN's 2-letter prefix, the ISBN's length, 10 letters over 4 words, 201 words at 200 a minute rounded up to
 * 2 minutes). Near misses (steps null) ask what the records or the computation do not keep or know and must be
 * refused. Rows the designer does not read yet are named in NOT_YET_READ: such a row fails the suite as soon as it
 * is read, so the set only shrinks.
 */

type Row = ScenarioRow;

// A validator that says more. ----------------------------------------------------------------------------------

const IBAN = 'iban|value|iban_number';
const VALID = 'valid|is_valid|gueltig|valido|valide';
const COUNTRY = 'country|country_code|land|laendercode|pais|pays|paese';

/** A valid IBAN sent with spaces answers valid and its country; one digit off answers not valid. */
function ibanCountry(good: string, country: string, bad: string): ScenarioStep[] {
  return [
    {
      method: 'POST',
      feature: 0,
      body: { [IBAN]: good },
      status: 200,
      has: { [VALID]: true, [COUNTRY]: country },
    },
    { method: 'POST', feature: 0, body: { [IBAN]: bad }, status: 200, has: { [VALID]: false } },
  ];
}

const ISBN = 'isbn|code|value';
const KIND = 'type|kind|format|tipo|isbn_type';

const VALIDATOR_ROWS: Row[] = [
  {
    name: 'de IBAN prüfen, Leerzeichen sind erlaubt, und den Ländercode angeben',
    features: [
      'IBAN prüfen (Leerzeichen sind erlaubt) und sagen, ob sie stimmt',
      'für eine gültige IBAN auch den Ländercode angeben',
    ],
    steps: ibanCountry('DE89 3704 0044 0532 0130 00', 'DE', 'DE89 3704 0044 0532 0130 01'),
  },
  {
    name: 'es IBAN con espacios admitidos y su país',
    features: ['comprobar un IBAN; se admiten espacios', 'si es válido, devolver también el código del país'],
    steps: ibanCountry('ES91 2100 0418 4502 0005 1332', 'ES', 'ES91 2100 0418 4502 0005 1333'),
  },
  {
    name: 'pt IBAN com espaços permitidos e o país',
    features: ['validar um IBAN (espaços são permitidos)', 'quando for válido, dizer também de que país é'],
    steps: ibanCountry('FR14 2004 1010 0505 0001 3M02 606', 'FR', 'FR14 2004 1010 0505 0001 3M02 607'),
  },
  {
    name: 'en free text: a good IBAN tells the country it is from',
    features: [
      'check an IBAN someone types in, spaces and all',
      'when it checks out, also tell me which country it is from',
    ],
    steps: ibanCountry('GB82 WEST 1234 5698 7654 32', 'GB', 'GB82 WEST 1234 5698 7654 33'),
  },
  {
    name: 'en spelled: valid means the length fits the country and mod 97',
    features: [
      'POST /iban/check with {"iban": string} returns {"valid": boolean, "country": string}',
      'valid means the length matches the country (GB 22, DE 22, NL 18, BE 16) and the mod 97 check gives 1',
    ],
    steps: [
      {
        method: 'POST',
        path: '/iban/check',
        body: { iban: 'NL91ABNA0417164300' },
        status: 200,
        has: { valid: true, country: 'NL' },
      },
      {
        method: 'POST',
        path: '/iban/check',
        body: { iban: 'BE68539007547034' },
        status: 200,
        has: { valid: true },
      },
      // 20 characters: a British IBAN has 22.
      {
        method: 'POST',
        path: '/iban/check',
        body: { iban: 'GB82WEST123456987654' },
        status: 200,
        has: { valid: false },
      },
    ],
  },
  {
    name: 'en the country code and the country name',
    features: [
      'check whether an IBAN is valid',
      'when it is valid, also say which country it belongs to: the country code and the country name',
    ],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { [IBAN]: 'NL91 ABNA 0417 1643 00' },
        status: 200,
        has: { [VALID]: true, [COUNTRY]: 'NL', country_name: 'Netherlands' },
      },
      {
        method: 'POST',
        feature: 0,
        body: { [IBAN]: 'NL91 ABNA 0417 1643 01' },
        status: 200,
        has: { [VALID]: false, country_name: null },
      },
    ],
  },
  {
    name: 'near miss: the bank beside the country name (no answer of the check names a bank)',
    features: [
      'check whether an IBAN is valid',
      'when it is valid, also say which bank it belongs to and the country name',
    ],
    steps: null,
  },
  {
    name: 'fr indiquer s’il s’agit d’un ISBN-10 ou d’un ISBN-13',
    features: ['vérifier un ISBN', "indiquer s'il s'agit d'un ISBN-10 ou d'un ISBN-13"],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { [ISBN]: '0-306-40615-2' },
        status: 200,
        has: { [VALID]: true, [KIND]: 'ISBN-10' },
      },
      {
        method: 'POST',
        feature: 0,
        body: { [ISBN]: '978-0-306-40615-7' },
        status: 200,
        has: { [KIND]: 'ISBN-13' },
      },
    ],
  },
  {
    name: 'it ISBN-10 or ISBN-13, said in Italian',
    features: ['controllare un ISBN', 'dire anche se è un ISBN-10 oppure un ISBN-13'],
    steps: [
      { method: 'POST', feature: 0, body: { [ISBN]: '0306406152' }, status: 200, has: { [KIND]: 'ISBN-10' } },
      {
        method: 'POST',
        feature: 0,
        body: { [ISBN]: '9783161484100' },
        status: 200,
        has: { [KIND]: 'ISBN-13' },
      },
    ],
  },
  {
    name: 'it la risposta contiene anche "isbn13" con prefisso 978',
    features: [
      'verificare un ISBN',
      'per un ISBN-10 valido la risposta contiene anche "isbn13": la forma a 13 cifre con prefisso 978',
    ],
    steps: [
      // 978 + 030640615 and the new check digit: 9+21+8+0+3+0+6+12+0+18+1+15 = 93, 10 - 3 = 7.
      {
        method: 'POST',
        feature: 0,
        body: { [ISBN]: '0-306-40615-2' },
        status: 200,
        has: { [VALID]: true, isbn13: '9780306406157' },
      },
    ],
  },
];

// The read of a record of a lending or voting family. -------------------------------------------------------

const TITLE = 'title|titulo|titre|titel';

/** A book created, lent to `who`, read (the holder shown), returned and read again (nobody). */
function whoHasIt(holder: string, who: string, read = 3): ScenarioStep[] {
  return [
    {
      method: 'POST',
      feature: 0,
      body: { [TITLE]: 'Dune', 'author|autor|auteur': 'Herbert' },
      status: 201,
      save: { id: 'id' },
    },
    { method: 'POST', feature: 1, params: ['{{id}}'], body: { [holder]: who }, status: 200 },
    { method: 'GET', feature: read, params: ['{{id}}'], status: 200, has: { [holder]: who } },
    { method: 'POST', feature: 2, params: ['{{id}}'], status: 200 },
    { method: 'GET', feature: read, params: ['{{id}}'], status: 200, has: { [holder]: null } },
  ];
}

const AVAILABLE = 'available|disponivel|disponible|verfuegbar|disponibile';

/** A book read while free (available), lent to `who` and read again (not available, and who has it). */
function availableOrWho(holder: string, who: string): ScenarioStep[] {
  return [
    {
      method: 'POST',
      feature: 0,
      body: { [TITLE]: 'Dune', 'author|autor': 'Herbert' },
      status: 201,
      save: { id: 'id' },
    },
    { method: 'GET', feature: 3, params: ['{{id}}'], status: 200, has: { [AVAILABLE]: true } },
    { method: 'POST', feature: 1, params: ['{{id}}'], body: { [holder]: who }, status: 200 },
    {
      method: 'GET',
      feature: 3,
      params: ['{{id}}'],
      status: 200,
      has: { [AVAILABLE]: false, [holder]: who },
    },
  ];
}

const VOTES = 'votes|vote_count|votos|stimmen|voti|count';

/** An idea read with 0 votes, voted for twice, read with 2. */
function voteCount(title: string): ScenarioStep[] {
  return [
    { method: 'POST', feature: 0, body: { [TITLE]: title }, status: 201, save: { id: 'id' } },
    { method: 'GET', feature: 2, params: ['{{id}}'], status: 200, has: { [VOTES]: 0 } },
    { method: 'POST', feature: 1, params: ['{{id}}'], status: 200 },
    { method: 'POST', feature: 1, params: ['{{id}}'], status: 200 },
    { method: 'GET', feature: 2, params: ['{{id}}'], status: 200, has: { [TITLE]: title, [VOTES]: 2 } },
  ];
}

const LOOKUP_ROWS: Row[] = [
  {
    name: 'en look up a book and see who has it at the moment',
    features: [
      'add a book with a title and an author',
      'lend a book to a member; lending a book that is out is a conflict',
      'return a book',
      'look up a book and see who has it at the moment',
    ],
    steps: whoHasIt('member|borrower', 'Ana'),
  },
  {
    name: 'pt mostra se está disponível e, se não, com qual aluno está',
    features: [
      'cadastrar um livro com título e autor',
      'emprestar um livro a um aluno; se já está emprestado, 409',
      'devolver um livro emprestado',
      'consultar um livro: mostra se está disponível e, se não, com qual aluno está',
    ],
    steps: availableOrWho('aluno|student', 'Beatriz'),
  },
  {
    name: 'es consultar un libro y ver quién lo tiene ahora',
    features: [
      'registrar un libro con título y autor',
      'prestar un libro a un socio; si ya está prestado, responder 409',
      'devolver un libro',
      'consultar un libro y ver quién lo tiene ahora',
    ],
    steps: whoHasIt('socio|member', 'Lucía'),
  },
  {
    name: 'de ein Buch ansehen und sehen, ob es verfügbar ist',
    features: [
      'ein Buch mit Titel und Autor erfassen',
      'ein Buch an ein Mitglied verleihen; ist es schon verliehen, 409',
      'ein Buch zurückgeben',
      'ein Buch ansehen und sehen, ob es verfügbar ist und wer es hat',
    ],
    steps: availableOrWho('mitglied|member', 'Jonas'),
  },
  {
    name: 'en see a camera and who has it right now',
    features: [
      'register a camera with a title',
      'check a camera out to a person; checking out one that is out is a conflict',
      'check a camera back in',
      'see a camera and who has it right now',
    ],
    steps: whoHasIt('person|holder', 'Farah'),
  },
  {
    name: 'en look at an idea and see how many votes it has',
    features: [
      'post an idea with a title',
      'vote for an idea',
      'look at an idea and see how many votes it has',
    ],
    steps: voteCount('Standing desks'),
  },
  {
    name: 'es consultar una idea y ver cuántos votos tiene',
    features: [
      'proponer ideas con un título',
      'votar por una idea',
      'consultar una idea y ver cuántos votos tiene',
    ],
    steps: voteCount('Fruta los lunes'),
  },
  {
    name: 'fr voir une idée avec son nombre de votes',
    features: [
      'proposer une idée avec un titre',
      'voter pour une idée',
      'voir une idée avec son nombre de votes',
    ],
    steps: voteCount('Vélos partagés'),
  },
  {
    name: 'near miss: how many times a book has been lent (no store keeps a count of loans)',
    features: [
      'add a book with a title and an author',
      'lend a book to a member; lending a book that is out is a conflict',
      'return a book',
      'look up a book and see how many times it has been lent so far',
    ],
    steps: null,
  },
  {
    name: 'near miss: who voted for an idea (a vote keeps no voter)',
    features: ['post an idea with a title', 'vote for an idea', 'look at an idea and see who voted for it'],
    steps: null,
  },
];

// An addition answered in the same answer. --------------------------------------------------------------------

const AVERAGE = 'average_word_length|avg_word_length|mean_word_length';
const READING = 'reading_time|reading_minutes|reading_time_minutes';
const TEXT = 'text|texto|texte|testo';
/** 201 words: a minute too many at 200 a minute, rounded up to 2. */
const WORDS_201 = Array.from({ length: 201 }, () => 'wort').join(' ');

/** 10 letters over 4 words (2.5) read in 1 minute; 201 words in 2 minutes. */
function averageAndReading(): ScenarioStep[] {
  return [
    {
      method: 'POST',
      feature: 0,
      body: { [TEXT]: 'a bb ccc dddd' },
      status: 200,
      has: { [AVERAGE]: 2.5, [READING]: 1 },
    },
    { method: 'POST', feature: 0, body: { [TEXT]: WORDS_201 }, status: 200, has: { [READING]: 2 } },
  ];
}

const TEXT_ROWS: Row[] = [
  {
    name: 'en also the average word length and the reading time at 200 words a minute',
    features: [
      'count the words and sentences of a text',
      'also the average word length and the reading time at 200 words a minute, rounded up to whole minutes',
    ],
    steps: averageAndReading(),
  },
  {
    name: 'de dazu die mittlere Wortlänge und die Lesezeit',
    features: [
      'Wörter und Sätze eines Textes zählen',
      'dazu die durchschnittliche Wortlänge und die Lesezeit bei 200 Wörtern pro Minute, auf ganze Minuten aufgerundet',
    ],
    steps: averageAndReading(),
  },
  {
    name: 'es además la longitud media y el tiempo de lectura',
    features: [
      'contar las palabras y las frases de un texto',
      'además, la longitud media de las palabras y el tiempo de lectura a 200 palabras por minuto, redondeado hacia arriba',
    ],
    steps: averageAndReading(),
  },
  {
    name: 'en spelled: and the mean length of the words as well',
    features: [
      'POST /text/stats with {"text": string} returns {"words": integer, "sentences": integer}',
      'and the mean length of the words as well',
    ],
    steps: [
      {
        method: 'POST',
        path: '/text/stats',
        body: { text: 'One two. Three!' },
        status: 200,
        has: { words: 3, sentences: 2 },
      },
      {
        method: 'POST',
        path: '/text/stats',
        body: { text: 'a bb ccc dddd' },
        status: 200,
        has: { [AVERAGE]: 2.5 },
      },
    ],
  },
  {
    name: 'near miss: also the number of syllables (no count of the statistics)',
    features: ['count the words and sentences of a text', 'also the number of syllables'],
    steps: null,
  },
];

const ROWS: Row[] = [...VALIDATOR_ROWS, ...LOOKUP_ROWS, ...TEXT_ROWS];

/** Rows the designer does not read yet (named in the branch's final report). */
const NOT_YET_READ = new Set<string>([
  'pt mostra se está disponível e, se não, com qual aluno está',
  'de ein Buch ansehen und sehen, ob es verfügbar ist',
  'en see a camera and who has it right now',
]);

scenarioTableTests({
  title:
    'additions to a family answer: validators that say more, reads of lent and voted records, extra figures',
  service: 'additions-svc',
  purpose: 'a small service',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
  atLeast: 20,
});
