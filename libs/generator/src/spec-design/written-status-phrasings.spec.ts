import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * The phrasing table of records whose refusals are written as a status after a verb of answering or a colon
 * ("responder 409", "dá 409", "risponde 409", "gibt 409", ": 409", "erro 400"), and whose lookups are said with
 * everyday verbs ("Consultar um livro: mostra se está disponível"). Each row is a whole intent every feature of
 * which must pass the fidelity gate: the refusal is shown by the realisation's 409 example, so its status is
 * stated. Rows not read yet are named in NOT_YET_READ (the set only shrinks).
 */

const ROWS: [string, string[]][] = [
  [
    'empréstimos (d1 wording)',
    [
      'Cadastrar um livro com título e autor; sem título, erro 400.',
      'Emprestar um livro a um aluno (pelo nome do aluno); se o livro já está emprestado, responder 409.',
      'Devolver um livro emprestado; devolver um livro que não está emprestado dá 409.',
      'Consultar um livro: mostra se está disponível e, se não, com qual aluno está.',
    ],
  ],
  [
    'prestiti in italiano',
    [
      'Registrare un libro con titolo e autore',
      'Prestare un libro a un socio; se il libro è già in prestito risponde 409',
      'Restituire un libro; se non è in prestito: 409',
    ],
  ],
  [
    'Verleih auf Deutsch',
    [
      'Ein Fahrrad mit Name und Rahmennummer erfassen',
      'Ein Fahrrad an einen Kunden verleihen; ist es schon verliehen, antwortet der Dienst 409',
      'Ein Fahrrad zurücknehmen; ist es nicht verliehen, gibt es 409',
    ],
  ],
  [
    'préstamos en español',
    [
      'Registrar una herramienta con nombre y código',
      'Prestar una herramienta a un socio; si ya está prestada, responde 409',
      'Devolver una herramienta; si no está prestada: 409',
    ],
  ],
  [
    'prêts en français',
    [
      'Enregistrer un livre avec titre et auteur',
      'Prêter un livre à un lecteur ; un livre déjà prêté répond 409',
      "Rendre un livre ; un livre qui n'est pas prêté : 409",
    ],
  ],
  [
    'loans in English with a colon',
    [
      'Register a camera with a name and a serial number',
      'Lend a camera to a member; a camera already lent: 409',
      'Take a camera back; one that is not lent answers 409',
    ],
  ],
];

const NOT_YET_READ = new Set<string>([
  // "mostra se está disponível" asks for an "available" field (the inverse of the loan flag), which the design
  // lacks: the gate keeps it refused by its domain terms (it deployed unfaithful when "consultar/mostra/esta/qual"
  // were read as function words).
  'empréstimos (d1 wording)',
  // "verleihen" / "zurücknehmen" and "take back" are no lending verbs the designer reads yet (lifecycle-verbs.ts).
  'Verleih auf Deutsch',
  'loans in English with a colon',
]);

describe.each(ROWS)('%s', (name, features) => {
  const index = ROWS.findIndex((r) => r[0] === name) + 1;
  const { fidelity } = judgedOffline({
    ...familyIntent(`written-status-${index}`, '', features),
    priority: 'medium',
  });
  const read = fidelity.length === features.length && fidelity.every((f) => f.realised);
  if (NOT_YET_READ.has(name)) {
    it('is not read yet (remove it from NOT_YET_READ once it is)', () => expect(read).toBe(false));
    return;
  }
  it('passes the fidelity gate on every feature', () => {
    expect(fidelity).toHaveLength(features.length);
    expect(fidelity.filter((f) => !f.realised)).toEqual([]);
  });
});
