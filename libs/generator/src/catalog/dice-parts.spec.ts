import fc from 'fast-check';
import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { rollByParts } from './dice-reference';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/*
 * Dice asked for by their count and sides in words ("roll a number of dice with a given number of sides") take
 * those two numbers, not a notation the user never wrote; dice written in notation keep it.
 */

const inputsOf = (feature: string) => {
  const found = recogniseFeature(feature);
  return found && 'design' in found ? found.design.inputs.map((i) => i.field.name) : null;
};

describe('dice by count and sides', () => {
  it.each([
    'roll a number of dice with a given number of sides and return every roll plus the total',
    'roll N dice, each with S sides, and give back each die and the sum',
    'Würfle eine Anzahl Würfel mit wählbarer Seitenzahl und gib alle Würfe und die Summe zurück',
    'Würfel werfen: Anzahl der Würfel und Anzahl der Seiten angeben',
    'tirar varios dados de un número de caras dado y devolver cada tirada y la suma',
    'lancer plusieurs dés à un nombre de faces donné et renvoyer chaque jet et le total',
    'lanciare un numero di dadi con un numero di facce a scelta, restituendo ogni lancio e il totale',
    'rolar uma quantidade de dados com um número de lados escolhido e devolver cada rolagem e o total',
    'roll a die with a chosen number of sides',
  ])('reads %p as count and sides', (feature) => {
    expect(inputsOf(feature)).toEqual(['count', 'sides', 'seed']);
  });

  it.each([
    'roll dice written in notation like 2d6+3',
    'Würfeln mit Würfelnotation, z. B. 3W6',
    'roll 2d20 with a seed',
  ])('keeps the notation for %p', (feature) => {
    expect(inputsOf(feature)).toEqual(['notation', 'seed']);
  });

  it('rolls the same dice as the notation does, and refuses counts and sides out of bounds', () => {
    const options = { form: 'parts' };
    expect(runCatalogFunction('dice.roll', { count: 2, sides: 6, seed: 42 }, options)).toEqual(
      runCatalogFunction('dice.roll', { notation: '2d6', seed: 42 }, {}),
    );
    expect(runCatalogFunction('dice.roll', { sides: 20, seed: 7 }, options)).toEqual({
      ok: true,
      value: { rolls: [1], total: 1 },
    });
    for (const input of [
      { count: 101, sides: 6 },
      { count: 0, sides: 6 },
      { count: 2, sides: 1 },
      { count: 2.5, sides: 6 },
      { count: '2', sides: 6 },
      { count: 2 },
      { count: 2, sides: 6, seed: 'x' },
    ])
      expect([input, runCatalogFunction('dice.roll', input, options).ok]).toEqual([input, false]);
  });

  it('realises a roll by count and sides with its seed and its bounds, every feature under the gate', () => {
    const features = [
      'roll a number of dice with a given number of sides and return every roll plus the total',
      'the same seed must give the same rolls',
      'at most 100 dice at once, and a die needs at least 2 sides',
    ];
    const { fidelity } = judgedOffline(familyIntent('dice', 'Dice for board games.', features));
    expect(fidelity.map((v) => [v.feature, v.realised])).toEqual(features.map((f) => [f, true]));
  });

  it('has reference semantics that agree with the emitted code on every count, sides and seed', () => {
    const options = { form: 'parts' };
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -5, max: 130 }), fc.constant(undefined), fc.double(), fc.string()),
        fc.oneof(fc.integer({ min: -5, max: 1100 }), fc.double(), fc.constant(null)),
        fc.oneof(fc.integer(), fc.constant(undefined)),
        (count, sides, seed) => {
          const input = {
            ...(count === undefined ? {} : { count }),
            sides,
            ...(seed === undefined ? {} : { seed }),
          };
          const emitted = runCatalogFunction('dice.roll', input, options);
          const reference = rollByParts(input);
          expect(reference.ok).toBe(emitted.ok);
          if (reference.ok && emitted.ok && seed !== undefined)
            expect(reference.results).toEqual(emitted.value);
        },
      ),
      { numRuns: 300 },
    );
    // Worked out apart: mulberry32 seeded with 42, two six-sided dice roll 4 and 3.
    expect(rollByParts({ count: 2, sides: 6, seed: 42 })).toEqual({
      ok: true,
      results: { rolls: [4, 3], total: 7 },
    });
    for (const [count, sides] of [
      [1, 2],
      [100, 1000],
    ])
      expect(rollByParts({ count, sides }).ok).toBe(true);
    for (const [count, sides] of [
      [0, 6],
      [101, 6],
      [2, 1],
      [2, 1001],
    ])
      expect(rollByParts({ count, sides }).ok).toBe(false);
  });
});
