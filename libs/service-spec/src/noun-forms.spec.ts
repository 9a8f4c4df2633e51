import { pluralPair, sameNoun } from './noun-forms';

/*
 * One noun in the singular and the plural, in the languages intents are written in: the designer keeps one store
 * for "registrare una lettura" and "elencare tutte le letture", and the gate reads either word as its name.
 */

it.each([
  ['lettura', 'letture'],
  ['libro', 'libri'],
  ['chiave', 'chiavi'],
  ['banca', 'banche'],
  ['parco', 'parchi'],
  ['negozio', 'negozi'],
  ['messung', 'messungen'],
  ['lampe', 'lampen'],
  ['buch', 'bucher'],
  ['kundin', 'kundinnen'],
  ['locacao', 'locacoes'],
  ['animal', 'animais'],
  ['papel', 'papeis'],
  ['journal', 'journaux'],
  ['bateau', 'bateaux'],
  ['ciudad', 'ciudades'],
  ['lapiz', 'lapices'],
  ['category', 'categories'],
  ['note', 'notes'],
])('%s is the singular of %s', (one, many) => {
  expect(pluralPair(one, many)).toBe(one);
  expect(pluralPair(many, one)).toBe(one);
  expect(sameNoun(many, one)).toBe(true);
});

it.each([
  ['note', 'note'],
  ['book', 'booking'],
  ['car', 'card'],
  ['tag', 'task'],
  ['lettura', 'lettore'],
  ['ab', 'abe'],
])('%s and %s are not singular and plural of one noun', (a, b) => {
  expect(pluralPair(a, b)).toBeNull();
});
