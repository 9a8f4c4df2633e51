import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * Phrasing table of national identifier checks written before their family: the Brazilian CPF (11 digits, two mod-11
 * check digits, with or without its dots and dash, all-equal digits invalid) and the Spanish DNI / NIE (8 digits and
 * the letter of the number mod 23 in TRWAGMYFPDXBNJZSQVHLCKE; an NIE starts with X, Y or Z for 0, 1, 2). Rows in
 * English, Portuguese, Spanish, German, French and Italian; near misses ask for identifiers this family does not
 * keep (a Portuguese NIF, a French NIR) or for generating numbers, which it does not do.
 */

interface Row {
  name: string;
  features: string[];
  /** The one check every feature is realised on, or `refused`. */
  expect: 'cpf.validate' | 'dni.validate' | 'refused';
}

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

function readsRow(row: Row): boolean {
  const { contract, fidelity } = judgedOffline(
    familyIntent('id-checks', 'Checks of identity numbers at sign-up.', row.features),
  );
  const realised = fidelity.length === row.features.length && fidelity.every((f) => f.realised);
  if (row.expect === 'refused') return !realised;
  if (!realised) return false;
  const checks = contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && e.behavior.function === row.expect,
  );
  return (
    checks.length === 1 &&
    contract.endpoints.length === 1 &&
    row.features.every((f) => checks[0].features.includes(f))
  );
}

describe('national identifier checks (phrasing table)', () => {
  it('has rows in six languages with distinct names', () => {
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
    expect(new Set(ROWS.map((r) => r.name.slice(0, 2)))).toEqual(
      new Set(['en', 'de', 'es', 'fr', 'it', 'pt']),
    );
  });

  for (const row of ROWS.filter((r) => !NOT_YET_READ.has(r.name))) {
    it(`reads: ${row.name}`, () => {
      expect(readsRow(row)).toBe(true);
    });
  }

  it('keeps the rows not yet read in the list only while they fail', () => {
    for (const row of ROWS.filter((r) => NOT_YET_READ.has(r.name))) expect(readsRow(row)).toBe(false);
  });
});
