import { diceDesign, dicePartsDesign } from './dice';
import { diceExamples, diceRefusal } from './dice-refusals';
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
