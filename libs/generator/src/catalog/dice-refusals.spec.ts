import { diceDesign, dicePartsDesign } from './dice';
import { diceBoundsRefusal, diceExamples, diceRefusal } from './dice-refusals';
import { featureWords } from './feature-words';

const read = (text: string) => diceRefusal('dice.roll', text, featureWords(text));

describe('refusal-only features of dice, by example', () => {
  it.each([
    ['nonsense like 0d6, 2d0 or banana gets rejected', ['0d6', '2d0', 'banana']],
    ['nonsense like "0d6", "2d0" or "banana" is refused with 400', ['0d6', '2d0', 'banana']],
    ['Unsinn wie 0d6 oder Banane wird mit 400 abgelehnt', ['0d6', 'Banane']],
    ['Une notation absurde comme 0d6 ou « banane » est refusée', ['0d6', 'banane']],
    ["reject nonsense like 0d6, 3d1, 'd' or more than fifty dice", ['0d6', '3d1', 'd']],
  ])('reads the examples of %j', (text, values) => {
    expect(diceExamples(text)).toEqual(values);
  });

  it('sends each example to the notation and refuses it by the reference, in the feature words', () => {
    const constraint = read('nonsense like 0d6, 2d0 or banana gets rejected');
    const refusals = constraint?.refusals(diceDesign([])) ?? [];
    expect(refusals.map((r) => r.input)).toEqual([
      { notation: '0d6', seed: 1 },
      { notation: '2d0', seed: 1 },
      { notation: 'banana', seed: 1 },
    ]);
    expect(
      refusals.every((r) => r.description.includes('("nonsense like 0d6, 2d0 or banana gets rejected")')),
    ).toBe(true);
    expect(constraint?.fits?.(diceDesign([]))).toBe(true);
  });

  it('sends 0d6 to a roll by count and sides as 0 dice of 6 sides', () => {
    const constraint = read('nonsense like 0d6 or 2d1 gets rejected');
    expect(constraint?.refusals(dicePartsDesign([])).map((r) => r.input)).toEqual([
      { count: 0, sides: 6, seed: 1 },
      { count: 2, sides: 1, seed: 1 },
    ]);
  });

  it('does not fit a roll that answers an example (2d6) or one it cannot send (banana by count and sides)', () => {
    expect(read('nonsense like 2d6 or banana gets rejected')?.fits?.(diceDesign([]))).toBe(false);
    expect(read('nonsense like 0d6 or banana gets rejected')?.fits?.(dicePartsDesign([]))).toBe(false);
  });

  it('does not fit when it bounds the dice otherwise than the roll (fifty, 50) or in words it cannot read', () => {
    expect(read('nonsense like 0d6 or more than 50 dice is refused')?.fits?.(diceDesign([]))).toBe(false);
    expect(read("reject nonsense like 0d6, 'd' or more than fifty dice")?.fits?.(diceDesign([]))).toBe(false);
    expect(read('nonsense like 0d6 or more than 100 dice is refused')?.fits?.(diceDesign([]))).toBe(true);
  });

  it('is no refusal of a feature that rolls, or that gives no value written like dice notation', () => {
    expect(read('roll dice like 2d6 and refuse nonsense')).toBeNull();
    expect(read('nonsense like banana gets rejected')).toBeNull();
    expect(read('dice like 0d6 are fun')).toBeNull();
  });
});

describe('features that only bound the dice or their sides', () => {
  const bounds = (text: string) => diceBoundsRefusal('dice.roll', text, featureWords(text));

  it.each([
    'the dice count must be 1 to 100 and the sides 2 to 1000; other values are rejected',
    'Erlaubt sind 1 bis 100 Würfel mit 2 bis 1000 Seiten, alles andere ergibt 400',
    'Weniger als 1 oder mehr als 100 Würfel, Würfel mit weniger als 2 Seiten oder kaputte Notation: Fehler 400',
    'entre 1 et 100 dés, entre 2 et 1000 faces, sinon 400',
    'Se rechaza con 400 una notación mal escrita, 0 dados, más de 100 dados o dados de menos de 2 caras',
  ])('fits the roll when every bound of %j is its own, with a refusal just past each', (text) => {
    const constraint = bounds(text);
    expect(constraint?.fits?.(diceDesign([]))).toBe(true);
    for (const r of constraint?.refusals(diceDesign([])) ?? [])
      expect(diceDesign([]).reference?.compute(r.input)).toMatchObject({ ok: false });
  });

  it('sends the bound past the most dice as notation, or as count and sides', () => {
    const text = 'more than 100 dice or fewer than 2 sides is a 400';
    expect(
      bounds(text)
        ?.refusals(diceDesign([]))
        .map((r) => r.input),
    ).toEqual([
      { notation: '101d6', seed: 1 },
      { notation: '2d1', seed: 1 },
    ]);
    expect(
      bounds(text)
        ?.refusals(dicePartsDesign([]))
        .map((r) => r.input),
    ).toEqual([
      { count: 101, sides: 6, seed: 1 },
      { count: 2, sides: 1, seed: 1 },
    ]);
  });

  it('does not fit bounds other than the roll’s, or malformed notation on a roll by count and sides', () => {
    expect(bounds('only 1 to 50 dice are allowed, anything else is rejected')?.fits?.(diceDesign([]))).toBe(
      false,
    );
    expect(bounds('dice with more than 20 sides are refused')?.fits?.(diceDesign([]))).toBe(false);
    expect(bounds('more than 100 dice or garbage notation is refused')?.fits?.(dicePartsDesign([]))).toBe(
      false,
    );
  });

  it('is no bound when a number stays unread, or the feature rolls', () => {
    // A bound on the modifier is read as one on the dice before it: not the roll's, so it does not fit.
    expect(
      bounds('more than 100 dice or a modifier over 500 is refused')?.fits?.(diceDesign([])) ?? false,
    ).toBe(false);
    expect(bounds('roll 1 to 100 dice and refuse anything else')).toBeNull();
    expect(bounds('1 to 100 items are refused')).toBeNull();
  });
});
