import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

const scale = (amount: unknown, servings: unknown, target: unknown, decimals = 2) =>
  runCatalogFunction('scale.servings', { amount, servings, target_servings: target }, { decimals });

describe('scale.servings (the emitted code)', () => {
  // Independent examples: a 4-serving recipe's 3 eggs for 8 is 6, its 250 ml for 6 is 375; 1 cup for 3 to 1
  // is 0.33; 500 g for 6 to 4 is 333.33 (333.3 to 1 decimal, 333 whole).
  it.each([
    [3, 4, 8, 2, 6],
    [250, 4, 6, 2, 375],
    [1, 3, 1, 2, 0.33],
    [500, 6, 4, 2, 333.33],
    [500, 6, 4, 1, 333.3],
    [500, 6, 4, 0, 333],
    [0, 2, 10, 2, 0],
    [7.5, 10, 10, 2, 7.5],
  ])('%p for %p servings is for %p servings (%p decimals) %p', (amount, from, to, decimals, want) => {
    expect(scale(amount, from, to, decimals)).toEqual({ ok: true, value: { amount: want } });
  });

  it('refuses a negative amount and servings that are not whole numbers above 0', () => {
    for (const [amount, from, to] of [
      [-1, 4, 2],
      [100, 0, 2],
      [100, 4, 0],
      [100, -4, 2],
      [100, 2.5, 2],
      [100, 4, '2'],
      ['100', 4, 2],
      [Number.POSITIVE_INFINITY, 4, 2],
      [1e308, 1, Number.MAX_SAFE_INTEGER],
    ])
      expect(scale(amount, from, to).ok).toBe(false);
  });
});

describe('the servings recogniser', () => {
  const fn = (text: string) => {
    const found = recogniseFeature(text);
    return found === null ? null : 'design' in found ? found.design.function : found.constraint.function;
  };

  it('reads scaling by servings, people and portions in six languages, with the rounding written', () => {
    for (const text of [
      'scale a recipe ingredient amount from 4 servings to 6 servings',
      'Zutatenmengen eines Rezepts für eine andere Personenzahl umrechnen',
      'ajustar la cantidad de un ingrediente de una receta a otro número de personas',
      "adapter les quantités d'une recette au nombre de convives",
      'ricalcolare le quantità di una ricetta per un altro numero di porzioni',
      'ajustar a quantidade de um ingrediente de uma receita para outro número de porções',
    ])
      expect(fn(text)).toBe('scale.servings');
    const found = recogniseFeature('scale an ingredient amount to another number of servings, 1 decimal');
    expect(found && 'design' in found ? found.design.options : null).toEqual({ decimals: 1 });
  });

  it('leaves recipe stores and calorie targets alone', () => {
    for (const text of [
      'add a recipe with a name, the number of servings and a list of ingredients',
      'scale a recipe so that one serving has exactly 500 kcal',
      'Guardar recetas con un título y las raciones; listarlas',
    ])
      expect(fn(text)).not.toBe('scale.servings');
  });
});
