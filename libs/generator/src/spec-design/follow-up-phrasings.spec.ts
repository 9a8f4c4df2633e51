import type { EndpointSpec } from '@sf/service-spec';
import { runCatalogFunction } from '../catalog/testing/run-function';
import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * The phrasing table of follow-up features: one feature asks for a check or computation ("tell me whether a card
 * number passes the Luhn checksum"), the next one says more about it without naming it again ("spaces or dashes
 * between the digit groups should be ignored", "quand elle est valide, donner aussi son nom de domaine"). A
 * faithful service runs the first feature's computation with what the follow-up adds (an option, an answer), on
 * the same endpoint, with a worked example that shows it. A follow-up the computation cannot honour (a history
 * of checks, the issuing bank) stays unrealised: the gate refuses the intent rather than a guess.
 */

const LUHN_EN = 'tell me whether a card number passes the Luhn checksum';
const LUHN_DE = 'Prüfen, ob eine Kreditkartennummer die Luhn-Prüfung besteht';
const LUHN_ES = 'Comprobar si un número de tarjeta es válido con el algoritmo de Luhn';
const LUHN_FR = "Vérifier un numéro de carte bancaire avec l'algorithme de Luhn";
const LUHN_PT = 'Dizer se um número de cartão é válido pelo algoritmo de Luhn';
const LUHN_IT = 'Verificare un numero di carta di credito con Luhn';
const EMAIL_FR = 'dire si une adresse e-mail est valide ou non';
const EMAIL_EN = 'check whether an email address is valid';
const EMAIL_DE = 'prüfen, ob eine E-Mail-Adresse gültig ist';
const EMAIL_ES = 'validar una dirección de correo electrónico';
const EMAIL_IT = 'verificare se un indirizzo email è valido';
const EMAIL_PT = 'verificar se um endereço de e-mail é válido';

interface FollowUpRow {
  base: string;
  text: string;
  /** The catalog function whose endpoint must realise the follow-up. */
  fn: string;
  /** Options the endpoint runs with once the follow-up is read. */
  options?: Record<string, string | number | boolean>;
  /** A request (by parameter) and what the emitted code answers for it with those options. */
  run?: { input: Record<string, unknown>; want: Record<string, unknown> };
}

const ROWS: FollowUpRow[] = [
  // Separators a card number may hold: hyphens accepted beside spaces
  {
    base: LUHN_EN,
    text: 'spaces or dashes between the digit groups should be ignored',
    fn: 'luhn.validate',
    options: { hyphens: true },
    run: { input: { number: '4111-1111 1111-1111' }, want: { valid: true } },
  },
  {
    base: LUHN_EN,
    text: 'people paste numbers like 4111-1111-1111-1111, so hyphens are fine',
    fn: 'luhn.validate',
    options: { hyphens: true },
  },
  {
    base: LUHN_DE,
    text: 'Leerzeichen und Bindestriche zwischen den Blöcken werden ignoriert',
    fn: 'luhn.validate',
    options: { hyphens: true },
    run: { input: { number: '4111-1111-1111-1111' }, want: { valid: true } },
  },
  {
    base: LUHN_ES,
    text: 'se aceptan guiones y espacios entre los grupos de cifras',
    fn: 'luhn.validate',
    options: { hyphens: true },
  },
  {
    base: LUHN_FR,
    text: 'les tirets entre les groupes de chiffres sont acceptés',
    fn: 'luhn.validate',
    options: { hyphens: true },
  },
  {
    base: LUHN_PT,
    text: 'hífens entre os blocos de dígitos também são aceitos',
    fn: 'luhn.validate',
    options: { hyphens: true },
  },
  {
    base: LUHN_IT,
    text: 'trattini e spazi tra i gruppi di cifre vanno ignorati',
    fn: 'luhn.validate',
    options: { hyphens: true },
  },
  // How many digits a card number may have, said after the check
  {
    base: LUHN_EN,
    text: 'a card number has between 12 and 19 digits',
    fn: 'luhn.validate',
    options: { minDigits: 12, maxDigits: 19 },
    run: { input: { number: '4111111111111111' }, want: { valid: true } },
  },
  {
    base: LUHN_DE,
    text: 'Die Nummer hat 13 bis 19 Ziffern',
    fn: 'luhn.validate',
    options: { minDigits: 13, maxDigits: 19 },
  },
  {
    base: LUHN_ES,
    text: 'el número tiene entre 12 y 19 dígitos',
    fn: 'luhn.validate',
    options: { minDigits: 12, maxDigits: 19 },
  },
  // The domain of a valid address, asked after the check
  {
    base: EMAIL_FR,
    text: 'quand elle est valide, donner aussi son nom de domaine',
    fn: 'email.validate',
    run: {
      input: { email: 'jean+news@mail.example.org' },
      want: { valid: true, domain: 'mail.example.org' },
    },
  },
  { base: EMAIL_EN, text: 'for a valid one, also return its domain', fn: 'email.validate' },
  { base: EMAIL_EN, text: 'and give back the domain part of good ones', fn: 'email.validate' },
  { base: EMAIL_DE, text: 'bei gültigen Adressen auch die Domain zurückgeben', fn: 'email.validate' },
  { base: EMAIL_ES, text: 'si es válida, devolver también el dominio', fn: 'email.validate' },
  { base: EMAIL_IT, text: 'se è valido, restituire anche il dominio', fn: 'email.validate' },
  { base: EMAIL_PT, text: 'quando for válido, retornar também o domínio', fn: 'email.validate' },
  {
    base: EMAIL_EN,
    text: 'when it is valid, also say what the local part is',
    fn: 'email.validate',
    run: { input: { email: 'john.doe@example.com' }, want: { valid: true, local: 'john.doe' } },
  },
  // The country of an IBAN, added to the check another feature asks for (its route included)
  {
    base: 'POST /iban/check with {"iban": string} returns {"valid": boolean}',
    text: 'when the IBAN is valid the response also has "country": its two-letter country code',
    fn: 'iban.validate',
    run: { input: { iban: 'GB82 WEST 1234 5698 7654 32' }, want: { valid: true, country: 'GB' } },
  },
  {
    base: 'check whether an IBAN is valid',
    text: 'also return the country of the IBAN',
    fn: 'iban.validate',
  },
  {
    base: 'Prüfen, ob eine IBAN gültig ist',
    text: 'Zusätzlich das Land der IBAN zurückgeben',
    fn: 'iban.validate',
  },
  { base: 'validar un IBAN', text: 'devolver también el país del IBAN', fn: 'iban.validate' },
  { base: 'vérifier si un IBAN est valide', text: "donner aussi le pays de l'IBAN", fn: 'iban.validate' },
  // The most frequent word, added to the text statistics another feature asks for
  {
    base: 'count the words, sentences and characters (spaces included) in a piece of text',
    text: 'also tell which word is used most often, ignoring case',
    fn: 'text.statistics',
    options: { most_common: true },
    run: {
      input: { text: 'The cat sat. The dog ran! the end' },
      want: { words: 8, most_common_word: 'the' },
    },
  },
  {
    base: 'Wörter, Sätze und Zeichen eines Textes zählen',
    text: 'zusätzlich das häufigste Wort nennen',
    fn: 'text.statistics',
    options: { most_common: true },
  },
  {
    base: 'contar las palabras, frases y caracteres de un texto',
    text: 'también decir la palabra más frecuente',
    fn: 'text.statistics',
    options: { most_common: true },
  },
  {
    base: "compter les mots, les phrases et les caractères d'un texte",
    text: 'donner aussi le mot le plus fréquent',
    fn: 'text.statistics',
    options: { most_common: true },
  },
  // What each level of a password rating means, said after the rating
  {
    base: 'rate a password as weak, medium or strong',
    text: 'strong means 12+ characters with upper case, lower case, a digit and a symbol; anything shorter than 8 is always weak; the rest is medium',
    fn: 'password.strength',
    options: {
      min_length: 12,
      tiers: JSON.stringify([
        { name: 'weak', below: 8 },
        { name: 'strong', min_length: 12, classes: ['lowercase', 'uppercase', 'digit', 'symbol'] },
      ]),
      default_tier: 'medium',
    },
    run: { input: { password: 'Sh0rt!Pw' }, want: { strength: 'medium' } },
  },
  {
    base: 'Passwörter als schwach, mittel oder stark bewerten',
    text: 'stark heißt mindestens 12 Zeichen; unter 8 Zeichen ist es immer schwach',
    fn: 'password.strength',
    // Strong said only of its length: 12 characters, whatever classes.
    options: {
      min_length: 12,
      tiers: JSON.stringify([
        { name: 'schwach', below: 8 },
        { name: 'stark', min_length: 12 },
      ]),
      default_tier: 'mittel',
    },
    run: { input: { password: 'abcdefghijkl' }, want: { strength: 'stark' } },
  },
  {
    base: 'clasificar una contraseña como débil, media o fuerte',
    text: 'fuerte significa al menos 10 caracteres; con menos de 6 caracteres siempre es débil',
    fn: 'password.strength',
    options: {
      min_length: 10,
      tiers: JSON.stringify([
        { name: 'débil', below: 6 },
        { name: 'fuerte', min_length: 10 },
      ]),
      default_tier: 'media',
    },
    run: { input: { password: 'abcdefg' }, want: { strength: 'media' } },
  },
];

/** Follow-ups the first feature's computation cannot honour: never claimed by its endpoint. */
const NEAR_MISSES: { base: string; text: string; fn: string }[] = [
  { base: LUHN_EN, text: 'keep a history of the numbers checked', fn: 'luhn.validate' },
  { base: LUHN_EN, text: 'also say which bank issued the card', fn: 'luhn.validate' },
  { base: EMAIL_EN, text: 'send a welcome message to valid addresses', fn: 'email.validate' },
  { base: EMAIL_FR, text: "compter combien d'adresses ont été vérifiées aujourd'hui", fn: 'email.validate' },
  { base: LUHN_EN, text: 'also tell me the expiry date', fn: 'luhn.validate' },
  { base: EMAIL_EN, text: 'log the domain of every address to a file', fn: 'email.validate' },
  {
    base: 'count the words, sentences and characters in a text',
    text: 'also translate the text into German',
    fn: 'text.statistics',
  },
  {
    base: 'count the words, sentences and characters in a text',
    text: 'also give the reading time',
    fn: 'text.statistics',
  },
];

function endpointOf(row: { base: string; text: string; fn: string }): {
  e: EndpointSpec | undefined;
  realised: boolean[];
  problems: string[];
} {
  const { contract, fidelity } = judgedOffline(
    familyIntent('follow-up', 'Checks for a form', [row.base, row.text]),
  );
  const e = contract.endpoints.find(
    (x) => x.behavior.kind === 'function' && x.behavior.function === row.fn && x.features.includes(row.text),
  );
  return { e, realised: fidelity.map((f) => f.realised), problems: fidelity.flatMap((f) => f.problems) };
}

/** What goes wrong with a row: '' when the follow-up is realised on the first feature's endpoint. */
function problemOf(row: FollowUpRow): string {
  const { e, realised, problems } = endpointOf(row);
  if (!e || e.behavior.kind !== 'function') return 'no endpoint of the computation claims the follow-up';
  if (realised.some((r) => !r)) return `unrealised: ${problems.join('; ')}`;
  const options = e.behavior.options ?? {};
  for (const [k, v] of Object.entries(row.options ?? {})) {
    if (options[k] !== v) return `option ${k} is ${String(options[k])}, not ${String(v)}`;
  }
  if (row.run) {
    const result = runCatalogFunction(row.fn, row.run.input, options);
    if (!result.ok) return `refused ${JSON.stringify(row.run.input)}`;
    const got = Object.fromEntries(Object.keys(row.run.want).map((k) => [k, result.value[k]]));
    if (JSON.stringify(got) !== JSON.stringify(row.run.want)) return `answered ${JSON.stringify(got)}`;
  }
  return '';
}

/**
 * Rows not yet read, each failing its own check (the set shrinks as the designer learns them). A digit count
 * stated as a bound ("entre 12 y 19 dígitos") is read by the gate as bounds of a number field, which a card
 * number (digits in a string) does not have; a length a level needs ("mindestens 12 Zeichen") as a length rule
 * of a text field.
 */
const NOT_YET_READ = new Set<string>(['el número tiene entre 12 y 19 dígitos']);

describe('follow-up features that say more about the computation another feature asks for', () => {
  it.each(ROWS.filter((r) => !NOT_YET_READ.has(r.text)).map((r) => [r.text, r] as const))(
    'reads %p on its computation',
    (_text, row) => {
      expect(problemOf(row)).toBe('');
    },
  );

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = ROWS.filter((r) => NOT_YET_READ.has(r.text) && problemOf(r) === '');
    expect(read.map((r) => r.text)).toEqual([]);
  });

  it('keeps what one follow-up set when a later one is read (a refusal of letters keeps the hyphens)', () => {
    const { contract } = judgedOffline(
      familyIntent('follow-ups', 'Card numbers typed at the front desk', [
        LUHN_EN,
        'spaces or dashes between the digit groups should be ignored',
        'anything with letters in it is bad input and should be rejected',
      ]),
    );
    const luhn = contract.endpoints.find(
      (e) => e.behavior.kind === 'function' && e.behavior.function === 'luhn.validate',
    );
    expect(luhn?.behavior.kind === 'function' ? luhn.behavior.options?.hyphens : undefined).toBe(true);
    const sent = (kind: string) =>
      contract.acceptance
        .filter((c) => c.endpoint_id === luhn?.id && c.kind === kind)
        .map((c) => String((c.steps[0].request.body as Record<string, unknown>)?.card_number));
    expect(sent('error').filter((n) => n.includes('-'))).toEqual([]);
    expect(sent('happy').filter((n) => n.includes('-')).length).toBeGreaterThan(0);
  });

  it.each(NEAR_MISSES.map((r) => [r.text, r] as const))('leaves %p off the computation', (_text, row) => {
    const { e, realised } = endpointOf(row);
    expect(e).toBeUndefined();
    expect(realised[1]).toBe(false);
  });
});
