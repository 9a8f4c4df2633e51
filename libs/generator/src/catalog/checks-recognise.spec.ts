import { featureFidelity } from '@sf/service-spec';
import type { IntentInput } from '@sf/contracts';
import { designSpec } from '../spec-design/spec-designer';
import type { FunctionDesign } from './catalog-entry';
import { recogniseFeature } from './catalog';
import { CHECKS } from './checks';
import { featureWords } from './feature-words';
import { runCatalogFunction } from './testing/run-function';
import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * The recogniser of the validators and checksums: which phrasings (en, de, es, fr, it, pt) it reads as which
 * check, what it leaves alone, that every design's hand-written examples agree with the emitted code, and
 * that every design passes the SPEC gate's free-text rule for the feature it was made from.
 */

const designOf = (text: string): FunctionDesign | null => {
  const found = CHECKS.recognise(text, featureWords(text));
  return found && 'design' in found ? found.design : null;
};

/** Phrasings, and what each must be read as (function, path, options). */
const PHRASINGS: [string, string, string, Record<string, unknown>][] = [
  ['Validate credit card numbers with the Luhn algorithm', 'luhn.validate', '/luhn/validate', {}],
  ['Kartennummer mit Luhn prüfen', 'luhn.validate', '/luhn/validate', {}],
  ['validar tarjetas de crédito', 'luhn.validate', '/luhn/validate', {}],
  ['Vérifier un numéro de carte bancaire (algorithme de Luhn)', 'luhn.validate', '/luhn/validate', {}],
  ['Verificare il numero della carta di credito', 'luhn.validate', '/luhn/validate', {}],
  ['Validar o número do cartão com o algoritmo de Luhn', 'luhn.validate', '/luhn/validate', {}],
  [
    'Check whether a card number is valid (Luhn); only digits and spaces are allowed, anything else is rejected',
    'luhn.validate',
    '/luhn/validate',
    { refuseInvalid: false, hyphens: false },
  ],
  [
    'Validate card numbers with Luhn; spaces and hyphens are allowed',
    'luhn.validate',
    '/luhn/validate',
    { hyphens: true },
  ],
  [
    'Reject card numbers that fail the Luhn check',
    'luhn.validate',
    '/luhn/validate',
    { refuseInvalid: true },
  ],
  [
    'Tell whether 4539 1488 0343 6467 is a valid card number',
    'luhn.validate',
    '/luhn/validate',
    { refuseInvalid: false },
  ],
  [
    'Validate a card number (digits only, 13 to 19 digits) with Luhn',
    'luhn.validate',
    '/luhn/validate',
    { minDigits: 13, maxDigits: 19 },
  ],
  ['Validar tarjetas con Luhn: entre 13 y 19 dígitos', 'luhn.validate', '/luhn/validate', { maxDigits: 19 }],
  [
    'Luhn check for credit card numbers (16 digits)',
    'luhn.validate',
    '/luhn/validate',
    { minDigits: 16, maxDigits: 16 },
  ],
  [
    'Reject card numbers that are not 16 digits or fail Luhn',
    'luhn.validate',
    '/luhn/validate',
    { refuseInvalid: true, minDigits: 16 },
  ],
  [
    'Kreditkartennummern mit dem Luhn-Algorithmus validieren; nur Ziffern und Leerzeichen sind erlaubt, alles andere wird mit 400 abgelehnt',
    'luhn.validate',
    '/luhn/validate',
    { refuseInvalid: false, hyphens: false },
  ],
  [
    'Tarjetas: validar el número con Luhn; los guiones y espacios se permiten',
    'luhn.validate',
    '/luhn/validate',
    { hyphens: true },
  ],
  ['Compute the Luhn check digit of a number', 'luhn.check_digit', '/luhn/check-digit', {}],
  ['Calcular el dígito de control de Luhn', 'luhn.check_digit', '/luhn/check-digit', {}],
  ['Luhn-Prüfziffer berechnen', 'luhn.check_digit', '/luhn/check-digit', {}],
  ['Vérifier si un IBAN est valide', 'iban.validate', '/iban/validate', { refuseInvalid: false }],
  ['Validate IBANs (ISO 13616 mod-97) and return the country', 'iban.validate', '/iban/validate', {}],
  ['IBAN prüfen und den Ländercode zurückgeben', 'iban.validate', '/iban/validate', {}],
  ['Validar un IBAN', 'iban.validate', '/iban/validate', {}],
  ['Controllare se un IBAN è valido', 'iban.validate', '/iban/validate', {}],
  ['Verificar se o IBAN é válido', 'iban.validate', '/iban/validate', {}],
  ['Reject invalid IBANs with 400', 'iban.validate', '/iban/validate', { refuseInvalid: true }],
  [
    'Check IBANs such as DE89 3704 0044 0532 0130 00; an invalid one is answered valid: false, not an error',
    'iban.validate',
    '/iban/validate',
    { refuseInvalid: false },
  ],
  ['controlla il codice ISBN', 'isbn.validate', '/isbn/validate', { accept: 'both' }],
  ['Validate ISBN-10 and ISBN-13 numbers', 'isbn.validate', '/isbn/validate', { accept: 'both' }],
  ['Check ISBN-13 codes', 'isbn.validate', '/isbn/validate', { accept: '13' }],
  ['ISBN-10 prüfen (mit X als Prüfziffer)', 'isbn.validate', '/isbn/validate', { accept: '10' }],
  ['Validar un ISBN', 'isbn.validate', '/isbn/validate', {}],
  ['Refuse invalid ISBNs', 'isbn.validate', '/isbn/validate', { refuseInvalid: true }],
  ['Convert an ISBN-10 to ISBN-13', 'isbn.convert', '/isbn/isbn10-to-isbn13', { to: '13' }],
  [
    'Given an ISBN-10 like 3-598-21508-8, return the ISBN-13',
    'isbn.convert',
    '/isbn/isbn10-to-isbn13',
    { to: '13' },
  ],
  ['Calcular el ISBN-13 a partir de un ISBN-10', 'isbn.convert', '/isbn/isbn10-to-isbn13', { to: '13' }],
  [
    'Validate ISBN-10 and ISBN-13 and return whether valid',
    'isbn.validate',
    '/isbn/validate',
    { accept: 'both' },
  ],
  ['ISBN-10 in ISBN-13 umwandeln', 'isbn.convert', '/isbn/isbn10-to-isbn13', { to: '13' }],
  ['Convertir un ISBN-13 en ISBN-10', 'isbn.convert', '/isbn/isbn13-to-isbn10', { to: '10' }],
  ['ISBN-10 → ISBN-13 (0306406152 gives 9780306406157)', 'isbn.convert', '/isbn/isbn10-to-isbn13', {}],
  ['Check whether an email address is valid', 'email.validate', '/email/validate', { refuseInvalid: false }],
  ['Prüfen, ob eine E-Mail-Adresse gültig ist', 'email.validate', '/email/validate', {}],
  ['Validar direcciones de correo electrónico', 'email.validate', '/email/validate', {}],
  ["Vérifier la syntaxe d'une adresse e-mail", 'email.validate', '/email/validate', {}],
  ['Verificare un indirizzo email', 'email.validate', '/email/validate', {}],
  ['Validar um endereço de e-mail', 'email.validate', '/email/validate', {}],
  [
    'Validate email syntax: exactly one @, a non-empty local part, a domain with at least one dot and no empty labels',
    'email.validate',
    '/email/validate',
    { refuseInvalid: false },
  ],
  ['Reject malformed email addresses', 'email.validate', '/email/validate', { refuseInvalid: true }],
  [
    'Split a valid email address into its local part and domain; refuse invalid ones',
    'email.validate',
    '/email/split',
    { refuseInvalid: true },
  ],
  [
    'Check whether a string is a valid UUID and tell its version',
    'uuid.validate',
    '/uuid/validate',
    { version: 0 },
  ],
  ['Validate UUID v4 identifiers', 'uuid.validate', '/uuid/validate', { version: 4 }],
  ['Prüfen, ob eine UUID gültig ist', 'uuid.validate', '/uuid/validate', { version: 0 }],
  ['Validar UUIDs de la versión 4', 'uuid.validate', '/uuid/validate', { version: 4 }],
  ['Check whether an ID is a well-formed UUID', 'uuid.validate', '/uuid/validate', {}],
  ['separate an address into its local part and its domain', 'email.validate', '/email/split', {}],
  ['Eine Adresse in lokalen Teil und Domain zerlegen', 'email.validate', '/email/split', {}],
  ['Séparer une adresse en partie locale et domaine', 'email.validate', '/email/split', {}],
  ['Is 550e8400-e29b-41d4-a716-446655440000 a valid UUID?', 'uuid.validate', '/uuid/validate', {}],
  ['Check whether the supplied string is a GUID', 'uuid.validate', '/uuid/validate', {}],
  ['Vérifier le format des UUID (versions 1 à 8)', 'uuid.validate', '/uuid/validate', { version: 0 }],
];

describe('the checks recogniser', () => {
  it.each(PHRASINGS)('reads %p as %s', (text, fn, path, options) => {
    const design = designOf(text);
    expect(design).toMatchObject({ function: fn, path, method: 'POST' });
    expect(design?.options ?? {}).toMatchObject(options);
    expect(recogniseFeature(text)).toEqual({ design });
  });

  it.each([
    'Create todos',
    'list the overdue tasks',
    'convert a temperature in Celsius to Fahrenheit',
    'convert an amount in euros to US dollars',
    'Send a verification email to new users',
    'Users register with an email and a password; reject invalid emails',
    "Store each customer's IBAN",
    'Count the number of cards in a deck and check that there are 52',
    'Validate IBANs and email addresses',
    'Generate a UUID for each order',
    'Add a credit card to the wallet',
    'Compute the ISBN-13 check digit of 12 digits',
    'Compute the IBAN check digits',
    'Check whether a year is a leap year',
    'Validate the JSON body of every request',
    'Kanban board: move cards between columns and check them off',
    'Afficher la carte des restaurants',
    'Return the domain of a website',
    "Validate that the user's email is unique",
    'Check that the email is not already registered',
    'Validate the email field when creating a contact',
    'Check the ISBN of a book exists in the catalogue',
    'Check the balance of an IBAN account',
    'Validate card numbers with Luhn; show only the last 4 digits',
    'Mask credit card numbers',
    'Search books by ISBN-10 or ISBN-13',
    'Generate UUID v4 identifiers',
    'Check whether a string is a palindrome',
    'Check that the BIC/SWIFT code is valid',
    'Compute the checksum of a file (SHA-256)',
    'Split a postal address into street and city',
  ])('leaves %p alone', (text) => {
    expect(CHECKS.recognise(text, featureWords(text))).toBeNull();
  });

  it('puts the example values a feature writes into its worked examples, as the feature writes them', () => {
    const design = designOf(
      'Validate card numbers, e.g. 4111111111111111 passes and 8273 1232 7352 0569 fails',
    );
    expect(design?.examples.map((x) => x.input.card_number)).toEqual(
      expect.arrayContaining(['4111111111111111', '8273 1232 7352 0569']),
    );
  });
});

describe('every checks design', () => {
  const designs = PHRASINGS.map(([text]) => designOf(text)).filter((d): d is FunctionDesign => d !== null);

  it('has 3 or 4 worked examples (more only when the feature names them) and 1 to 3 refusals', () => {
    for (const d of designs) {
      expect(d.examples.length).toBeGreaterThanOrEqual(2);
      expect(d.examples.length).toBeLessThanOrEqual(5);
      expect(d.refusals.length).toBeGreaterThanOrEqual(1);
      expect(d.refusals.length).toBeLessThanOrEqual(3);
    }
  });

  it.each(designs.map((d) => [`${d.path} ${JSON.stringify(d.options)}`, d]))(
    '%s: its hand-written examples and refusals agree with the emitted code',
    (_, d: FunctionDesign) => {
      const params = (fields: Record<string, unknown>) =>
        Object.fromEntries(d.inputs.map((i) => [i.param, fields[i.field.name]]));
      for (const x of d.examples) {
        const result = runCatalogFunction(d.function, params(x.input), d.options ?? {});
        expect(result.ok).toBe(true);
        const answered = result.ok ? result.value : {};
        const fields = Object.fromEntries(d.outputs.map((o) => [o.field, answered[o.result]]));
        expect({ example: x.description, fields }).toEqual({
          example: x.description,
          fields: expect.objectContaining(x.output),
        });
      }
      for (const r of d.refusals) {
        expect({
          refusal: r.description,
          ok: runCatalogFunction(d.function, params(r.input), d.options ?? {}).ok,
        }).toEqual({ refusal: r.description, ok: false });
      }
    },
  );

  const intent = (features: string[]): IntentInput => ({
    service_name: 'checks-service',
    service_type: 'domain',
    priority: 'medium',
    purpose: 'Validators and checksums',
    key_features: features,
    dependencies: [],
    port: 3000,
    auto_build: false,
    approval_mode: 'auto',
  });

  it.each(PHRASINGS.map(([text]) => [text]))('%p passes the SPEC gate’s free-text rule', (text) => {
    const { contract } = designSpec(intent([text]));
    expect(featureFidelity(contract, [text])[0]).toMatchObject({ realised: true, problems: [] });
  });
});

describe('an ISBN check that refuses codes of the wrong shape', () => {
  const judged = (features: string[]) => judgedOffline(familyIntent('isbn-desk', 'Check ISBNs.', features));
  it.each([
    [
      'GET /isbn/{code} returns {"valid": boolean, "format": "ISBN-10" or "ISBN-13"}; hyphens are ignored',
      'a code that once hyphens are removed is not 10 or 13 characters, or has a letter other than the X an ISBN-10 may end with, returns 400',
    ],
    [
      'check whether an ISBN is valid (ISBN-10 or ISBN-13)',
      'any ISBN that is neither 10 nor 13 characters long once the dashes are gone is refused',
    ],
    ['ISBN prüfen: gültig oder nicht', 'ISBNs, die nicht 10 oder 13 Zeichen lang sind, werden abgelehnt'],
  ])(
    '%s / %s: the check refuses the malformed code, a wrong check digit stays valid: false',
    (check, refusal) => {
      const { contract, fidelity } = judged([check, refusal]);
      expect(fidelity.map((f) => [f.feature, f.realised])).toEqual([
        [check, true],
        [refusal, true],
      ]);
      expect(contract.endpoints).toHaveLength(1);
      const [endpoint] = contract.endpoints;
      expect(endpoint.behavior).toMatchObject({
        function: 'isbn.validate',
        options: { refuseMalformed: true },
      });
      expect(endpoint.features).toEqual([check, refusal]);
    },
  );

  it('still reads "the 13 digits" of a converter as ISBN-13, not as a length', () => {
    const feature =
      'POST /isbn/to13 with {"isbn": a valid ISBN-10} returns {"isbn13": the 13 digits without hyphens}; an invalid ISBN-10 returns 422';
    const { contract, fidelity } = judged([feature]);
    expect(fidelity[0].realised).toBe(true);
    expect(contract.endpoints[0].behavior).toMatchObject({ function: 'isbn.convert' });
  });
});
