import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * A search "by" a field the records already have, written in the user's language, looks in that field: records
 * made "con título y autor" are found "por autor" in `autor`, not in a new English `author` no record fills.
 */

describe('a search by a field the records have, in the feature’s own word', () => {
  it.each([
    [['registrar un libro con título y autor', 'buscar libros por autor'], 'autor'],
    [['Bücher mit Titel und Autor anlegen', 'Bücher nach Autor suchen'], 'autor'],
    [['ajouter un livre avec titre et auteur', 'chercher les livres par auteur'], 'auteur'],
    [['aggiungere un libro con titolo e autore', 'cercare i libri per autore'], 'autore'],
    [['cadastrar um livro com título e autor', 'buscar livros por autor'], 'autor'],
    [['add a book with a title and an author', 'search books by author'], 'author'],
  ])('%p searches %p', (features, field) => {
    const { contract, fidelity } = judgedOffline(familyIntent('library', 'Books.', features));
    const search = contract.endpoints.find((e) => e.behavior.kind === 'search');
    expect(search?.behavior).toMatchObject({ fields: expect.arrayContaining([field]) });
    const create = contract.endpoints.find((e) => e.behavior.kind === 'create');
    expect(create?.request.body?.fields.map((f) => f.name)).toContain(field);
    expect(create?.request.body?.fields.map((f) => f.name)).not.toContain(
      field === 'author' ? 'autor' : 'author',
    );
    expect(fidelity.every((v) => v.realised)).toBe(true);
  });
});
