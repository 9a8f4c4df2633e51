import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* Dice notation with a seed: the emitted code against rolls worked out with the published generator. */

const roll = (notation: unknown, seed?: unknown) =>
  runCatalogFunction('dice.roll', seed === undefined ? { notation } : { notation, seed }, {});

describe('dice.roll (the emitted code)', () => {
  it.each([
    // mulberry32 seeded with the seed, each die floor(next × S) + 1 (computed apart from the emitted code)
    ['1d20', 7, [1], 1],
    ['2d6+3', 42, [4, 3], 10],
    ['4d6-2', 2024, [5, 5, 4, 5], 17],
    ['3D8', 1, [6, 1, 5], 12],
    [' 1 d 100 ', 123456789, [26], 26],
  ])('%p with seed %p rolls %p, total %p', (notation, seed, rolls, total) => {
    expect(roll(notation, seed)).toEqual({ ok: true, value: { rolls, total } });
  });

  it('refuses what is not dice notation, or outside its bounds', () => {
    for (const notation of [
      '',
      'd',
      '2d',
      '2x6',
      '0d6',
      '101d6',
      '2d1',
      '2d1001',
      '2d6+',
      '2d6*2',
      '1d6+1000001',
    ])
      expect([notation, roll(notation, 1).ok]).toEqual([notation, false]);
    expect(roll('2d6', 1.5).ok).toBe(false);
  });

  it('keeps every die from 1 to S and the total their sum plus M, repeats a seeded roll, and never throws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 2, max: 1000 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer(),
        (count, sides, modifier, seed) => {
          const notation = `${count}d${sides}${modifier < 0 ? '' : '+'}${modifier}`;
          const first = roll(notation, seed);
          expect(roll(notation, seed)).toEqual(first);
          if (!first.ok) throw new Error(first.problems.join('; '));
          const rolls = first.value.rolls as number[];
          expect(rolls).toHaveLength(count);
          for (const die of rolls) expect(die >= 1 && die <= sides && Number.isInteger(die)).toBe(true);
          expect(first.value.total).toBe(rolls.reduce((a, b) => a + b, 0) + modifier);
        },
      ),
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (notation, seed) => {
        expect(typeof roll(notation, seed).ok).toBe('boolean');
      }),
    );
  });
});

describe('the dice recogniser', () => {
  it.each([
    'roll dice written like 3d6+2',
    'throw two dice and add them up',
    'Würfeln mit Notation wie 2W6',
    'Tirar dados con notación 1d20',
    'Lancer des dés : 4d6-1',
    'Rolar dados 2d10',
  ])('reads %p as a dice roll', (text) => {
    const found = recogniseFeature(text);
    expect(found && 'design' in found ? found.design.function : null).toBe('dice.roll');
  });

  it('leaves other rolls and dying processes alone', () => {
    for (const text of [
      'roll back a failed deployment',
      'restart a worker when it dies',
      'lancer des campagnes',
    ])
      expect([text, recogniseFeature(text)]).toEqual([text, null]);
  });
});
