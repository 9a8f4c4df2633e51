import type { EndpointSpec } from '@sf/service-spec';
import { runCatalogFunction } from '../catalog/testing/run-function';
import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * The phrasing table of what validators and text statistics also answer (table first): a feature asks for a
 * check or for counts, the same feature or the next one asks a bit more of it ("when it is valid, also say which
 * country it belongs to", "a dash standing on its own is not a word", "also a reading time at 200 words per
 * minute, rounded up", "also say whether its domain is on our disposable blocklist: …"). A faithful service
 * answers it on the SAME endpoint as the check or the counts (an option of the computation, or one more answer),
 * honouring the numbers and lists the feature writes, with a worked example the emitted code answers. What the
 * computation cannot honour (the bank of an IBAN, a blocklist with no domains, a line break ending a sentence)
 * stays unrealised: the gate refuses the intent rather than a guess.
 */

const IBAN_EN = 'check whether an IBAN is valid';
const IBAN_DE = 'Prüfen, ob eine IBAN gültig ist';
const IBAN_ES = 'validar un IBAN';
const IBAN_FR = 'vérifier si un IBAN est valide';
const IBAN_IT = 'controllare se un IBAN è valido';
const UUID_EN = 'check whether a string is a valid UUID';
const UUID_DE = 'Prüfen, ob eine Zeichenkette eine gültige UUID ist';
const UUID_ES = 'validar un UUID';
const ISBN_EN = 'check whether an ISBN is valid';
const ISBN_DE = 'Prüfen, ob eine ISBN gültig ist';
const ISBN_FR = 'vérifier si un ISBN est valide';
const EMAIL_EN = 'check whether an email address is valid';
const EMAIL_DE = 'prüfen, ob eine E-Mail-Adresse gültig ist';
const EMAIL_ES = 'validar una dirección de correo electrónico';
const EMAIL_FR = 'dire si une adresse e-mail est valide';
const LUHN_EN = 'tell me whether a card number passes the Luhn checksum';
const LUHN_PT = 'Dizer se um número de cartão é válido pelo algoritmo de Luhn';
const LUHN_IT = 'Verificare un numero di carta di credito con Luhn';
const STATS_EN = 'count the words, characters and sentences of a text';
const STATS_DE = 'Wörter, Zeichen und Sätze eines Textes zählen';
const WORDS_EN = 'tell me how many words a piece of text has';
const WORDS_DE = 'Die Wörter eines Textes zählen';
const WORDS_ES = 'contar las palabras de un texto';
const WORDS_IT = 'contare le parole di un testo';

/** `n` words "w1 w2 …", a text whose count is plain to see. */
const wordsText = (n: number) => Array.from({ length: n }, (_, i) => `w${i + 1}`).join(' ');

interface ExtraRow {
  /** Features before the one read (none when the row's feature asks for the computation itself). */
  base: string[];
  /** The feature that asks a bit more (or the whole feature, when `base` is empty). */
  text: string;
  /** The catalog function whose one endpoint must realise `text` (and the base). */
  fn: string;
  /** Options the endpoint runs with once the feature is read. */
  options?: Record<string, string | number | boolean>;
  /** Requests (by parameter) and what the emitted code answers for them with those options. */
  runs?: { input: Record<string, unknown>; want: Record<string, unknown> }[];
}

const ROWS: ExtraRow[] = [
  // IBAN: the country of a valid one, what valid means, spaces and lower case
  {
    base: [IBAN_EN],
    text: 'when it is valid, also say which country it belongs to',
    fn: 'iban.validate',
    runs: [{ input: { iban: 'GB82 WEST 1234 5698 7654 32' }, want: { valid: true, country: 'GB' } }],
  },
  {
    base: [IBAN_DE],
    text: 'Bei einer gültigen IBAN auch angeben, zu welchem Land sie gehört',
    fn: 'iban.validate',
  },
  {
    base: [IBAN_ES],
    text: 'es válido cuando los dígitos de control son correctos y la longitud corresponde al país',
    fn: 'iban.validate',
    runs: [{ input: { iban: 'GB82 WEST 1234 5698 7654 3' }, want: { valid: false } }],
  },
  {
    base: [IBAN_EN],
    text: 'valid means the check digits are right AND the length fits the country',
    fn: 'iban.validate',
  },
  {
    base: [IBAN_IT],
    text: 'valido significa che le cifre di controllo sono giuste e la lunghezza corrisponde al paese',
    fn: 'iban.validate',
  },
  {
    base: [IBAN_EN],
    text: 'tolerate spaces and lower case',
    fn: 'iban.validate',
    runs: [{ input: { iban: 'gb82 west 1234 5698 7654 32' }, want: { valid: true, country: 'GB' } }],
  },
  {
    base: [IBAN_FR],
    text: 'les espaces et les minuscules sont acceptés',
    fn: 'iban.validate',
    runs: [{ input: { iban: 'de89 3704 0044 0532 0130 00' }, want: { valid: true, country: 'DE' } }],
  },
  // UUID: the version of a valid one
  {
    base: [UUID_EN],
    text: 'for a valid one, also say its version number',
    fn: 'uuid.validate',
    runs: [{ input: { uuid: '919108f7-52d1-4320-9bac-f847db4148a8' }, want: { valid: true, version: 4 } }],
  },
  {
    base: [UUID_DE],
    text: 'bei einer gültigen UUID auch die Versionsnummer nennen',
    fn: 'uuid.validate',
  },
  { base: [UUID_ES], text: 'si es válido, devolver también su versión', fn: 'uuid.validate' },
  // ISBN: which kind, the ISBN-13 of a valid ISBN-10, both kinds accepted
  {
    base: [ISBN_EN],
    text: 'say whether it is an ISBN-10 or an ISBN-13',
    fn: 'isbn.validate',
    runs: [{ input: { isbn: '0-306-40615-2' }, want: { valid: true, type: 'ISBN-10' } }],
  },
  {
    base: [ISBN_EN],
    text: 'for a valid ISBN-10 also return the 978-prefixed ISBN-13',
    fn: 'isbn.validate',
    runs: [
      { input: { isbn: '0-306-40615-2' }, want: { valid: true, isbn13: '9780306406157' } },
      { input: { isbn: '978-0-306-40615-7' }, want: { valid: true, isbn13: '9780306406157' } },
      { input: { isbn: '0-306-40615-3' }, want: { valid: false, isbn13: null } },
    ],
  },
  {
    base: [ISBN_FR],
    text: "pour un ISBN-10 valide, donner aussi l'ISBN-13 correspondant (préfixe 978)",
    fn: 'isbn.validate',
    runs: [{ input: { isbn: '3-598-21508-8' }, want: { valid: true, isbn13: '9783598215087' } }],
  },
  {
    base: [ISBN_DE],
    text: 'ISBN-10 (mit X als Prüfziffer) und ISBN-13 werden akzeptiert',
    fn: 'isbn.validate',
    options: { accept: 'both' },
    runs: [{ input: { isbn: '0-8044-2957-X' }, want: { valid: true } }],
  },
  // Email: a disposable blocklist written in the feature
  {
    base: [EMAIL_EN],
    text: 'also say whether its domain is on our disposable blocklist: mailinator.com and trashmail.dev',
    fn: 'email.validate',
    runs: [
      { input: { email: 'ann@mailinator.com' }, want: { valid: true, disposable: true } },
      { input: { email: 'bob@trashmail.dev' }, want: { valid: true, disposable: true } },
      { input: { email: 'ann@example.com' }, want: { valid: true, disposable: false } },
    ],
  },
  {
    base: [EMAIL_DE],
    text: 'zusätzlich angeben, ob die Domain auf unserer Sperrliste für Wegwerfadressen steht: wegwerf.de und temp-mail.org',
    fn: 'email.validate',
    runs: [
      { input: { email: 'jan@temp-mail.org' }, want: { valid: true, disposable: true } },
      { input: { email: 'jan@web.de' }, want: { valid: true, disposable: false } },
    ],
  },
  {
    base: [EMAIL_ES],
    text: 'indicar también si el dominio es desechable según nuestra lista: yopmail.com, tempmail.es',
    fn: 'email.validate',
    runs: [{ input: { email: 'eva@yopmail.com' }, want: { valid: true, disposable: true } }],
  },
  {
    base: [EMAIL_FR],
    text: 'dire aussi si le domaine est jetable, selon notre liste : jetable.org et yopmail.fr',
    fn: 'email.validate',
    runs: [{ input: { email: 'luc@JETABLE.ORG' }, want: { valid: true, disposable: true } }],
  },
  // Card numbers: spaces between the digit groups
  {
    base: [LUHN_EN],
    text: 'spaces between the groups of digits are ignored',
    fn: 'luhn.validate',
    runs: [{ input: { number: '4111 1111 1111 1111' }, want: { valid: true } }],
  },
  {
    base: [LUHN_PT],
    text: 'os espaços entre os grupos de dígitos são ignorados',
    fn: 'luhn.validate',
    runs: [{ input: { number: '4539 1488 0343 6467' }, want: { valid: true } }],
  },
  { base: [LUHN_IT], text: 'gli spazi tra i gruppi di cifre vengono ignorati', fn: 'luhn.validate' },
  // Text statistics: where a sentence ends
  {
    base: [],
    text: 'count the sentences in a text: a sentence ends with a full stop, question mark or exclamation mark',
    fn: 'text.statistics',
    runs: [{ input: { text: 'Hi. Who? Me!' }, want: { sentences: 3 } }],
  },
  {
    base: [],
    text: 'Zählt, wie viele Sätze ein Text hat; ein Satzende ist ein Punkt, ein Fragezeichen oder ein Ausrufezeichen',
    fn: 'text.statistics',
    runs: [{ input: { text: 'Ja. Nein? Doch!' }, want: { sentences: 3 } }],
  },
  {
    base: [],
    text: "compter les phrases d'un texte : une phrase se termine par un point, un point d'interrogation ou un point d'exclamation",
    fn: 'text.statistics',
  },
  {
    base: ['contar las oraciones de un texto'],
    text: 'una oración termina en punto, signo de interrogación o signo de exclamación',
    fn: 'text.statistics',
  },
  // Text statistics: a dash on its own is no word
  {
    base: [WORDS_EN],
    text: 'a dash standing on its own is not a word',
    fn: 'text.statistics',
    runs: [
      { input: { text: 'well - maybe not' }, want: { words: 3 } },
      { input: { text: 'yes – no — maybe' }, want: { words: 3 } },
      { input: { text: 'a well-known fact' }, want: { words: 3 } },
    ],
  },
  {
    base: [WORDS_DE],
    text: 'Ein alleinstehender Gedankenstrich zählt nicht als Wort',
    fn: 'text.statistics',
    runs: [{ input: { text: 'gut - sehr gut' }, want: { words: 3 } }],
  },
  { base: [WORDS_ES], text: 'un guion suelto no cuenta como palabra', fn: 'text.statistics' },
  // Text statistics: the most frequent word
  {
    base: [STATS_EN],
    text: 'also the most frequent word (ignoring case and punctuation)',
    fn: 'text.statistics',
    options: { most_common: true },
    runs: [{ input: { text: 'Cat, dog. CAT! bird' }, want: { most_common_word: 'cat' } }],
  },
  // Text statistics: a reading time, an extra answer of the same endpoint
  {
    base: [STATS_EN],
    text: 'also a reading time in whole minutes at 200 words per minute, rounded up',
    fn: 'text.statistics',
    options: { words_per_minute: 200 },
    runs: [
      { input: { text: wordsText(201) }, want: { words: 201, reading_time: 2 } },
      { input: { text: wordsText(200) }, want: { reading_time: 1 } },
      { input: { text: '' }, want: { reading_time: 0 } },
    ],
  },
  {
    base: [STATS_DE],
    text: 'dazu die Lesezeit in ganzen Minuten bei 250 Wörtern pro Minute, aufgerundet',
    fn: 'text.statistics',
    options: { words_per_minute: 250 },
    runs: [{ input: { text: wordsText(251) }, want: { reading_time: 2 } }],
  },
  {
    base: [WORDS_IT],
    text: 'restituire anche il tempo di lettura in minuti interi, a 180 parole al minuto, arrotondato per eccesso',
    fn: 'text.statistics',
    options: { words_per_minute: 180 },
    runs: [{ input: { text: wordsText(181) }, want: { reading_time: 2 } }],
  },
];

/** Extras the computation cannot honour: never claimed, the feature unrealised. */
const NEAR_MISSES: { base: string[]; text: string }[] = [
  { base: [IBAN_EN], text: 'also say the name of the bank that holds the account' },
  { base: [UUID_EN], text: 'for a valid one, also say when it was generated' },
  { base: [ISBN_EN], text: 'also return the title of the book' },
  { base: [EMAIL_EN], text: 'also say whether its domain is a disposable one' },
  { base: [EMAIL_EN], text: 'also say whether the mailbox really exists' },
  {
    base: [],
    text: 'count the sentences in a text: a sentence ends with a full stop or a line break',
  },
  { base: [WORDS_EN], text: 'numbers are not words' },
  { base: [STATS_EN], text: 'also a reading time, spoken aloud at 130 words per minute, in seconds' },
];

function judged(row: { base: string[]; text: string }) {
  return judgedOffline(familyIntent('validator-extras', 'Checks and counts', [...row.base, row.text]));
}

/** What goes wrong with a row: '' when one endpoint of the computation realises it (and the base). */
function problemOf(row: ExtraRow): string {
  const { contract, fidelity } = judged(row);
  const claiming = contract.endpoints.filter((e) => e.features.includes(row.text));
  const e: EndpointSpec | undefined = claiming.find(
    (x) => x.behavior.kind === 'function' && x.behavior.function === row.fn,
  );
  if (!e || e.behavior.kind !== 'function') return 'no endpoint of the computation claims it';
  if (claiming.length > 1) return `claimed by ${claiming.length} endpoints`;
  if (!row.base.every((f) => e.features.includes(f))) return 'answered apart from the base computation';
  if (fidelity.some((f) => !f.realised))
    return `unrealised: ${fidelity.flatMap((f) => f.problems).join('; ')}`;
  const options = e.behavior.options ?? {};
  for (const [k, v] of Object.entries(row.options ?? {}))
    if (options[k] !== v) return `option ${k} is ${String(options[k])}, not ${String(v)}`;
  for (const run of row.runs ?? []) {
    const result = runCatalogFunction(row.fn, run.input, options);
    if (!result.ok) return `refused ${JSON.stringify(run.input)}`;
    const got = Object.fromEntries(Object.keys(run.want).map((k) => [k, result.value[k]]));
    if (JSON.stringify(got) !== JSON.stringify(run.want))
      return `answered ${JSON.stringify(got)} for ${JSON.stringify(run.input)}`;
  }
  return '';
}

/** Rows not read yet, each failing its own check; the set shrinks as the designer learns them (at the start: 27 of 32; now 10). */
const NOT_YET_READ = new Set<string>([
  // "selon notre liste : jetable.org et …" reads as a list of records named "org" before any follow-up.
  'dire aussi si le domaine est jetable, selon notre liste : jetable.org et yopmail.fr',
  'es válido cuando los dígitos de control son correctos y la longitud corresponde al país',
  'valid means the check digits are right AND the length fits the country',
  'valido significa che le cifre di controllo sono giuste e la lunghezza corrisponde al paese',
  'ISBN-10 (mit X als Prüfziffer) und ISBN-13 werden akzeptiert',
]);

/**
 * Near misses the gate still counts realised, each checked to be (the set shrinks as they are refused). ("Whether
 * its domain is a disposable one" was claimed by the check for naming the domain it answers, until the family read
 * blocklists; "also return the title of the book" was held by a lending store of titles until the gate read an
 * addition kept apart in a store of its own.)
 */
const STILL_REALISED = new Set<string>([]);

describe('what validators and text statistics also answer, on the same endpoint', () => {
  it('has at least 30 rows and 8 near misses', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(8);
  });

  it.each(ROWS.filter((r) => !NOT_YET_READ.has(r.text)).map((r) => [r.text, r] as const))(
    'reads %p',
    (_text, row) => {
      expect(problemOf(row)).toBe('');
    },
  );

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = ROWS.filter((r) => NOT_YET_READ.has(r.text) && problemOf(r) === '');
    expect(read.map((r) => r.text)).toEqual([]);
  });

  it.each(NEAR_MISSES.filter((r) => !STILL_REALISED.has(r.text)).map((r) => [r.text, r] as const))(
    'leaves %p unrealised',
    (_text, row) => {
      const { fidelity } = judged(row);
      expect(fidelity[row.base.length].realised).toBe(false);
    },
  );

  it('still realises the near misses marked so (remove them once refused)', () => {
    const refused = NEAR_MISSES.filter(
      (r) => STILL_REALISED.has(r.text) && !judged(r).fidelity[r.base.length].realised,
    );
    expect(refused.map((r) => r.text)).toEqual([]);
  });
});
