import { oneCheckTable, type OneCheckRow } from './testing/one-check-table';

/*
 * Phrasing table of national identifier checks written before their family: the Brazilian CPF (11 digits, two mod-11
 * check digits, with or without its dots and dash, all-equal digits invalid) and the Spanish DNI / NIE (8 digits and
 * the letter of the number mod 23 in TRWAGMYFPDXBNJZSQVHLCKE; an NIE starts with X, Y or Z for 0, 1, 2). Rows in
 * English, Portuguese, Spanish, German, French and Italian; near misses ask for identifiers this family does not
 * keep (a Portuguese NIF, a French NIR) or for generating numbers, which it does not do.
 */

type Row = OneCheckRow;

const ROWS: Row[] = [
  {
    name: 'pt: CPF válido pelos dígitos verificadores',
    features: ['Validar um CPF pelos dígitos verificadores, com ou sem pontuação'],
    expect: 'cpf.validate',
  },
  {
    name: 'en: CPF check with a reason',
    features: [
      'check whether a Brazilian CPF number is valid (both check digits), dots and dash optional, and say why when it is not',
    ],
    expect: 'cpf.validate',
  },
  {
    name: 'pt: dígitos repetidos em linha própria',
    features: [
      'Conferir se o CPF informado é válido',
      'Um CPF com os onze dígitos iguais, como 222.222.222-22, é inválido',
    ],
    expect: 'cpf.validate',
  },
  {
    name: 'es: DNI con su letra',
    features: [
      'Comprobar si un DNI es correcto: 8 números y la letra de control (resto de dividir entre 23)',
    ],
    expect: 'dni.validate',
  },
  {
    name: 'es: DNI y NIE',
    features: [
      'Validar un DNI español comprobando la letra',
      'También se aceptan NIE, que empiezan por X, Y o Z',
    ],
    expect: 'dni.validate',
  },
  {
    name: 'en: Spanish ID letter',
    features: ['validate a Spanish DNI (eight digits plus the control letter), tell me if it is valid'],
    expect: 'dni.validate',
  },
  {
    name: 'de: spanische DNI',
    features: ['Prüfen, ob eine spanische DNI-Nummer gültig ist (Kontrollbuchstabe stimmt)'],
    expect: 'dni.validate',
  },
  {
    name: 'fr: CPF brésilien',
    features: ['Vérifier un CPF brésilien (les deux chiffres de contrôle), avec ou sans points et tiret'],
    expect: 'cpf.validate',
  },
  {
    name: 'it: DNI spagnolo',
    features: ['Verificare se un DNI spagnolo è valido controllando la lettera finale'],
    expect: 'dni.validate',
  },
  {
    name: 'pt near miss: NIF português',
    features: ['Validar um NIF português pelo dígito de controlo'],
    expect: 'refused',
  },
  {
    name: 'en near miss: generate CPFs',
    features: ['generate random valid CPF numbers for our test fixtures'],
    expect: 'refused',
  },
  {
    name: 'fr near miss: NIR',
    features: ['Vérifier un numéro de sécurité sociale français (NIR) avec sa clé'],
    expect: 'refused',
  },
];

/** Rows the readers do not read yet (the table is green; each leaves the list once read). */
const NOT_YET_READ = new Set<string>([]);

oneCheckTable(
  'national identifier checks (phrasing table)',
  ROWS,
  NOT_YET_READ,
  'id-checks',
  'Checks of identity numbers at sign-up.',
);
