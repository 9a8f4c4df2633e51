import { asksAvailable, asksWhoHas } from '@sf/service-spec';
import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { runAcceptancePack } from '../testing/reference-service';

/* A read of a lent or checked-out record that asks who has it: answered by the taker the hold keeps. */

const judged = (features: string[]) => judgedOffline(familyIntent('loans', 'lending', features));

describe('who has a held record', () => {
  it.each([
    'look up a book and see who has it at the moment',
    'see an item and who has it right now',
    'consultar un libro y ver quién lo tiene ahora',
    'ein Buch ansehen und sehen, wer es gerade hat',
    "voir un livre et qui l'a en ce moment",
    "vedere un libro e chi ce l'ha adesso",
    'consultar um livro e ver com qual aluno está',
  ])('reads %p as asking who has the record', (feature) => {
    expect(asksWhoHas(feature)).toBe(true);
  });

  it.each(['look up a book', 'list the books that are on loan', 'see how many copies the library has'])(
    'does not read %p so',
    (feature) => {
      expect(asksWhoHas(feature)).toBe(false);
    },
  );

  it('answers on the record read the member a book is lent to, shown after a loan, and the pack passes', () => {
    const features = [
      'add a book with a title and an author',
      'lend a book to a member; lending a book that is out is a conflict',
      'return a book',
      'look up a book and see who has it at the moment',
    ];
    const { contract, fidelity } = judged(features);
    expect(fidelity.map((f) => f.realised)).toEqual([true, true, true, true]);
    const read = contract.endpoints.find((e) => e.features.includes(features[3]));
    expect(read && `${read.method} ${read.path}`).toBe('GET /books/{id}');
    const shown = contract.acceptance.filter((c) => c.endpoint_id === read?.id && c.kind === 'happy');
    const last = shown.map((c) => c.steps[c.steps.length - 1].expect.body_contains);
    expect(last).toEqual(
      expect.arrayContaining([expect.objectContaining({ on_loan: true, member: expect.any(String) })]),
    );
    expect(runAcceptancePack(contract)).toEqual([]);
  });

  it('refuses the read when the hold keeps no taker ("mark a book as lent")', () => {
    const { fidelity } = judged([
      'add a book with a title',
      'mark a book as lent; lending a book that is out is a conflict',
      'return a book',
      'look up a book and see who has it at the moment',
    ]);
    expect(fidelity[3].realised).toBe(false);
    expect(fidelity[3].problems.join(' ')).toContain('answers no taker');
  });

  it('refuses the read when it also asks whether the record is available (no field of the hold says so)', () => {
    const { fidelity } = judged([
      'Cadastrar um livro com título e autor; sem título, erro 400.',
      'Emprestar um livro a um aluno (pelo nome do aluno); se o livro já está emprestado, responder 409.',
      'Devolver um livro emprestado; devolver um livro que não está emprestado dá 409.',
      'Consultar um livro: mostra se está disponível e, se não, com qual aluno está.',
    ]);
    expect(fidelity[3].realised).toBe(false);
    expect(fidelity[3].problems.join(' ')).toContain('asks whether the record is available');
    expect(asksAvailable("voir un livre et qui l'a en ce moment")).toBe(false);
  });

  it('leaves a "who has" of records no hold gives out to the other readings', () => {
    const { fidelity } = judged(['add players with a name and points', 'show who has the most points']);
    expect(fidelity[1].problems.join(' ')).not.toContain('taker');
  });
});
