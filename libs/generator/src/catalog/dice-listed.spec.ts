import { diceDesign, dicePartsDesign } from './dice';
import { diceListedRefusal } from './dice-listed';
import { featureWords } from './feature-words';

const read = (text: string) => diceListedRefusal('dice.roll', text, featureWords(text));

describe('dice lines listing the refused rolls in parentheses or after a colon', () => {
  it('sends each listed value and a roll just past each bound, quoting the line', () => {
    const text = "Invalid notation (0d6, 3d1, 'd', more than 100 dice) is refused with 400";
    const constraint = read(text);
    const refusals = constraint?.refusals(diceDesign([])) ?? [];
    expect(refusals.map((r) => r.input)).toEqual([
      { notation: '0d6', seed: 1 },
      { notation: '3d1', seed: 1 },
      { notation: 'd', seed: 1 },
      { notation: '101d6', seed: 1 },
    ]);
    expect(refusals.every((r) => r.description.includes(`("${text}")`))).toBe(true);
    expect(constraint?.fits?.(diceDesign([]))).toBe(true);
  });

  it.each([
    ['Ungültige Notation (0W6, 3W1, mehr als 100 Würfel) wird mit 400 abgelehnt', 3],
    ['Una notación inválida (0d6, 3d1, más de 100 dados) se rechaza con 400', 3],
    ['Une notation invalide (0d6, 3d1, plus de 100 dés) est refusée avec 400', 3],
    ['Recusadas com 400: 0d6, 3d1 e mais de 100 dados', 3],
    ['Rejected with 400: 0d6, 5d0, d and 101d6', 4],
  ])('reads %j in the roll by notation', (text, count) => {
    const constraint = read(text);
    expect(constraint?.refusals(diceDesign([]))).toHaveLength(count);
    expect(constraint?.fits?.(diceDesign([]))).toBe(true);
  });

  it('sends the listed values to a roll by count and sides as count and sides', () => {
    const constraint = read('Refused with 400: 0d6, 2d1');
    expect(constraint?.refusals(dicePartsDesign([])).map((r) => r.input)).toEqual([
      { count: 0, sides: 6, seed: 1 },
      { count: 2, sides: 1, seed: 1 },
    ]);
  });

  it.each([
    // a value the roll answers
    'Invalid notation (0d6, 2d6) is refused with 400',
    // a bound that is not the roll's own
    "Invalid notation (0d6, 'd', more than 50 dice) is refused with 400",
    // an item read as neither a value nor a bound
    'Invalid notation (0d6, fifty dice or more) is refused with 400',
  ])('does not fit %j', (text) => {
    expect(read(text)?.fits?.(diceDesign([]))).toBe(false);
  });

  it.each([
    // it rolls: a roll of its own, not a refusal
    'Roll dice (2d6, 3d8) and refuse nothing else with 400',
    // no list, or a list of no notation
    'Invalid notation is refused with 400',
    'Invalid input (empty text, a number) is refused with 400',
    // it refuses nothing
    'Examples of notation: 2d6, 3d8',
  ])('is no listed refusal: %j', (text) => {
    expect(read(text)).toBeNull();
  });
});
